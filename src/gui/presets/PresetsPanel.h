#pragma once

#include "gui/presets/PresetSession.h"

#include <QWidget>

#include <memory>

class QAction;
class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class PresetsPanel;
}

namespace callpad {

class PresetListModel;
class PresetStore;

// The Presets panel: the presets folder as a searchable list plus the actions on it. It holds
// no preset logic of its own: every operation goes through the PresetSession, and the slots
// here only add the dialogs (names, confirmations, files). The actions are exposed so the main
// window can put the same ones in its menus.
class PresetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsPanel)

public:
    explicit PresetsPanel(PresetSession *session, QWidget *parent = nullptr);
    ~PresetsPanel() override;

    [[nodiscard]] PresetSession *session() const { return m_session; }
    [[nodiscard]] PresetListModel *listModel() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *filterModel() const { return m_filter; }

    [[nodiscard]] QAction *newAction() const { return m_newAction; }
    [[nodiscard]] QAction *saveAction() const { return m_saveAction; } // Ctrl+S
    [[nodiscard]] QAction *saveAsAction() const { return m_saveAsAction; } // Ctrl+Shift+S
    [[nodiscard]] QAction *renameAction() const { return m_renameAction; } // F2, in the panel
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicateAction; }
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; } // Delete, in the panel
    [[nodiscard]] QAction *importAction() const { return m_importAction; }
    [[nodiscard]] QAction *exportAction() const { return m_exportAction; }
    [[nodiscard]] QAction *openFolderAction() const { return m_openFolderAction; }
    [[nodiscard]] QAction *revealFolderAction() const { return m_revealFolderAction; }

    // The preset the file actions apply to: the selected row, else the open preset.
    [[nodiscard]] QString targetPath() const;
    // Selects the row of `path` (when listed and not filtered out).
    void selectPath(const QString &path);
    // Lists another folder (what "Open Presets Folder" does after its dialog); false and an
    // error shown in the panel when it cannot be used.
    bool openFolder(const QString &folder);

    // Asks Save / Discard / Cancel when the form has unsaved edits; false when cancelled. The
    // main window calls it before closing.
    bool maybeKeepChanges();
    // The dialog behind maybeKeepChanges().
    PresetSession::Unsaved askUnsaved();

Q_SIGNALS:
    // The user opened another presets folder (for the settings to remember).
    void folderChanged(const QString &folder);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void openIndex(const QModelIndex &index);
    void newPreset();
    void askNameAndSave();
    void saveAs();
    void renameTarget();
    void duplicateTarget();
    void deleteTarget();
    void importFiles();
    void exportTarget();
    void chooseFolder();
    void revealFolder();
    void resolveConflict(const QString &path);
    void showError(const QString &message);
    void updateCurrent();
    void updateFolderLabel();
    void updateActions();
    void updateErrorColor();
    void restoreSelection();

    std::unique_ptr<Ui::PresetsPanel> m_ui;
    PresetSession *m_session;
    PresetStore *m_store;
    PresetListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QString m_selectedPath; // kept across model resets
    bool m_conflictShown = false;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_revealFolderAction = nullptr;
};

} // namespace callpad
