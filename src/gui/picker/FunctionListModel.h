#pragma once

#include "core/protocol/FunctionInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace callpad {

// The account's functions as they arrive, page after page: rows are only ever appended
// (or all cleared), so views keep their selection and scroll position while the list fills.
class FunctionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunctionListModel)

public:
    enum Column { NameColumn, ModelColumn, DescriptionColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ModelRole,
        RevisionIdRole, // the latest revision
        SearchTextRole, // name and description, for a filter proxy
    };
    Q_ENUM(Role)

    explicit FunctionListModel(QObject *parent = nullptr);
    ~FunctionListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void append(const QList<FunctionSummary> &functions);
    void clear();

    // `row` must be in range.
    [[nodiscard]] const FunctionSummary &function(int row) const { return m_functions.at(row); }
    // The row of the function with this id (any case), -1 when absent.
    [[nodiscard]] int rowOf(const QString &functionId) const;

private:
    QList<FunctionSummary> m_functions;
};

} // namespace callpad
