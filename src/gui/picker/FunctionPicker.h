#pragma once

#include "core/protocol/ApiError.h"
#include "core/protocol/FunctionInfo.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class FunctionPicker;
}

namespace callpad {

class ApiClient;
class DetailsHandle;
class ListHandle;

// Which function revision to call: two id fields (typed or pasted, validated as typed) and a
// Browse… button. Once both ids are valid it loads the revision's details in the background,
// shows the function's name and the revision's created time beside the fields, and reports
// the outcome; a failure is shown inline with a Retry link.
class FunctionPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunctionPicker)

public:
    explicit FunctionPicker(ApiClient *client, QWidget *parent = nullptr);
    ~FunctionPicker() override;

    // The ids as typed (trimmed); check hasValidIds() before calling with them.
    [[nodiscard]] QString functionId() const;
    [[nodiscard]] QString revisionId() const;
    [[nodiscard]] bool hasValidIds() const;

    // Fills both fields at once (one idsChanged(), one load). `functionName`, when known,
    // is shown until the details confirm it.
    void setIds(const QString &functionId, const QString &revisionId,
                const QString &functionName = {});

    // The function's name as far as it is known: the details' once loaded, until then the name
    // given with setIds(); empty when neither.
    [[nodiscard]] QString functionName() const { return m_functionName; }
    // The details of the current ids, once loaded.
    [[nodiscard]] std::optional<FunctionDetails> details() const { return m_details; }
    // When the current revision was created; invalid until known (the details do not carry
    // it, so it comes from Browse… or a look-up in the revision list).
    [[nodiscard]] QDateTime revisionCreatedAt() const { return m_createdAt; }
    [[nodiscard]] bool isLoading() const;

public Q_SLOTS:
    // Loads the details of the current ids again, e.g. after the connection changed.
    void reload();
    // Opens the browse dialog (window-modal, not blocking); accepting it sets the ids.
    void browse();

Q_SIGNALS:
    void idsChanged();
    void detailsLoaded(const callpad::FunctionDetails &details);
    void detailsFailed(const callpad::ApiError &error);
    void revisionCreatedAtChanged(const QDateTime &createdAt);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyIds(const QString &functionId, const QString &revisionId, const QString &functionName,
                  const QDateTime &createdAt);
    void onIdEdited(QLineEdit *edit);
    void onIdsChanged();
    void updateMarks();
    void startLoading();
    void cancelLoading();
    void onDetailsFinished(const DetailsHandle &handle);
    void lookUpCreatedAt();
    void onRevisionPage(const ListHandle &handle, int firstRow, int rowCount);
    void stopLookUp();
    void setFunctionName(const QString &name);
    void setCreatedAt(const QDateTime &createdAt);
    void showStatus(const QString &text, const QString &toolTip = {}, bool error = false);

    std::unique_ptr<Ui::FunctionPicker> m_ui;
    ApiClient *m_client;
    QPointer<DetailsHandle> m_detailsHandle;
    QPointer<ListHandle> m_lookUpHandle;
    std::optional<FunctionDetails> m_details;
    QDateTime m_createdAt;
    QString m_functionName;
    // The ids last announced by idsChanged(); everything shown belongs to them.
    QString m_functionId;
    QString m_revisionId;
    bool m_applyingIds = false;
};

} // namespace callpad
