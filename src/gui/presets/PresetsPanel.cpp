#include "gui/presets/PresetsPanel.h"

#include "core/presets/PresetStore.h"
#include "gui/common/Palette.h"
#include "gui/presets/PresetItemDelegate.h"
#include "gui/presets/PresetListModel.h"
#include "ui_PresetsPanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace callpad {

PresetsPanel::PresetsPanel(PresetSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PresetsPanel>()), m_session(session),
      m_store(session->store()), m_model(new PresetListModel(m_store, this)),
      m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"presetsPanel"_s);
    m_ui->presetErrorLabel->hide();

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PresetListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    QListView *view = m_ui->presetsListView;
    view->setModel(m_filter);
    view->setItemDelegate(new PresetItemDelegate(view));
    connect(m_ui->presetSearchLineEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(view, &QListView::activated, this, &PresetsPanel::openIndex);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_selectedPath = current.data(PresetListModel::PathRole).toString();
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PresetsPanel::restoreSelection);

    createActions();

    connect(m_session, &PresetSession::currentChanged, this, &PresetsPanel::updateCurrent);
    connect(m_session, &PresetSession::dirtyChanged, this, &PresetsPanel::updateCurrent);
    connect(m_session, &PresetSession::failed, this, &PresetsPanel::showError);
    connect(m_session, &PresetSession::statusMessage, m_ui->presetErrorLabel, &QLabel::hide);
    // Direct: save() expects the name to be given (or refused) before the signal returns.
    connect(m_session, &PresetSession::nameRequested, this, &PresetsPanel::askNameAndSave,
            Qt::DirectConnection);
    // Queued: the store is in the middle of reporting changes; the dialog waits until it is done.
    connect(m_session, &PresetSession::externalChangeConflict, this, &PresetsPanel::resolveConflict,
            Qt::QueuedConnection);
    if (m_store) {
        connect(m_store, &PresetStore::entriesChanged, this, &PresetsPanel::updateFolderLabel);
    }

    updateCurrent();
    updateFolderLabel();
    updateErrorColor();
}

PresetsPanel::~PresetsPanel() = default;

void PresetsPanel::createActions()
{
    const auto make = [this](const QString &objectName, const QString &text,
                             const QString &statusTip, const QString &iconName,
                             QStyle::StandardPixmap fallback, QToolButton *button) {
        auto *action = new QAction(QIcon::fromTheme(iconName, style()->standardIcon(fallback)),
                                   text, this);
        action->setObjectName(objectName);
        action->setStatusTip(statusTip);
        addAction(action);
        if (button) {
            button->setDefaultAction(action);
        }
        return action;
    };
    m_newAction = make(u"newPresetAction"_s, tr("&New Preset"),
                       tr("Start a new preset with an empty request form"), u"document-new"_s,
                       QStyle::SP_FileIcon, m_ui->newPresetToolButton);
    m_saveAction = make(u"savePresetAction"_s, tr("&Save Preset"),
                        tr("Save the request form to the open preset"), u"document-save"_s,
                        QStyle::SP_DialogSaveButton, m_ui->savePresetToolButton);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = make(u"saveAsPresetAction"_s, tr("Save Preset &As…"),
                          tr("Save the request form as a new preset"), u"document-save-as"_s,
                          QStyle::SP_DialogSaveButton, m_ui->saveAsPresetToolButton);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_renameAction = make(u"renamePresetAction"_s, tr("&Rename Preset…"),
                          tr("Rename the selected preset and its file"), u"edit-rename"_s,
                          QStyle::SP_FileDialogContentsView, m_ui->renamePresetToolButton);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicateAction = make(u"duplicatePresetAction"_s, tr("D&uplicate Preset"),
                             tr("Copy the selected preset to a new file"), u"edit-copy"_s,
                             QStyle::SP_FileLinkIcon, m_ui->duplicatePresetToolButton);
    m_deleteAction = make(u"deletePresetAction"_s, tr("&Delete Preset…"),
                          tr("Delete the selected preset's file (to the trash where there is one)"),
                          u"edit-delete"_s, QStyle::SP_TrashIcon, m_ui->deletePresetToolButton);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_importAction
            = make(u"importPresetAction"_s, tr("&Import Presets…"),
                   tr("Copy preset files from elsewhere into the presets folder"),
                   u"document-import"_s, QStyle::SP_DialogOpenButton, m_ui->importPresetToolButton);
    m_exportAction = make(u"exportPresetAction"_s, tr("&Export Preset…"),
                          tr("Write the selected preset to a file of your choice"),
                          u"document-export"_s, QStyle::SP_ArrowUp, m_ui->exportPresetToolButton);
    m_openFolderAction = make(u"openPresetFolderAction"_s, tr("Open Presets &Folder…"),
                              tr("Use another folder for presets, e.g. one in a git repository"),
                              u"folder-open"_s, QStyle::SP_DirOpenIcon, m_ui->openFolderToolButton);
    m_revealFolderAction
            = make(u"revealPresetFolderAction"_s, tr("Show Presets Folder"),
                   tr("Open the presets folder in the file manager"), u"document-open-folder"_s,
                   QStyle::SP_DirLinkIcon, m_ui->revealFolderToolButton);
    // F2 and Delete mean something else in the form's tables and editors: only in this panel.
    for (QAction *action : { m_renameAction, m_deleteAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    for (QAction *action : actions()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(keys.isEmpty() ? action->statusTip()
                                          : tr("%1 (%2)").arg(action->statusTip(), keys));
    }

    connect(m_newAction, &QAction::triggered, this, &PresetsPanel::newPreset);
    connect(m_saveAction, &QAction::triggered, m_session, &PresetSession::save);
    connect(m_saveAsAction, &QAction::triggered, this, &PresetsPanel::askNameAndSave);
    connect(m_renameAction, &QAction::triggered, this, &PresetsPanel::renameTarget);
    connect(m_duplicateAction, &QAction::triggered, this, &PresetsPanel::duplicateTarget);
    connect(m_deleteAction, &QAction::triggered, this, &PresetsPanel::deleteTarget);
    connect(m_importAction, &QAction::triggered, this, &PresetsPanel::importFiles);
    connect(m_exportAction, &QAction::triggered, this, &PresetsPanel::exportTarget);
    connect(m_openFolderAction, &QAction::triggered, this, &PresetsPanel::chooseFolder);
    connect(m_revealFolderAction, &QAction::triggered, this, &PresetsPanel::revealFolder);
}

QString PresetsPanel::targetPath() const
{
    const QModelIndex selected = m_ui->presetsListView->selectionModel()->currentIndex();
    if (selected.isValid() && m_ui->presetsListView->selectionModel()->isSelected(selected)) {
        return selected.data(PresetListModel::PathRole).toString();
    }
    return m_session->currentPath();
}

void PresetsPanel::selectPath(const QString &path)
{
    const int row = m_model->rowOf(path);
    const QModelIndex index
            = m_filter->mapFromSource(row >= 0 ? m_model->index(row) : QModelIndex());
    if (index.isValid()) {
        m_ui->presetsListView->setCurrentIndex(index);
        m_ui->presetsListView->scrollTo(index);
    }
}

bool PresetsPanel::maybeKeepChanges()
{
    return m_session->maybeKeepChanges([this] { return askUnsaved(); });
}

PresetSession::Unsaved PresetsPanel::askUnsaved()
{
    const QString name = m_session->currentName().isEmpty() ? tr("The request form")
                                                            : m_session->currentName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("“%1” has unsaved changes.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedPresetMessageBox"_s);
    box.setInformativeText(tr("Save them to the preset before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return PresetSession::Unsaved::Save;
    case QMessageBox::Discard:
        return PresetSession::Unsaved::Discard;
    default:
        return PresetSession::Unsaved::Cancel;
    }
}

void PresetsPanel::openIndex(const QModelIndex &index)
{
    const QString path = index.data(PresetListModel::PathRole).toString();
    if (path.isEmpty() || (path == m_session->currentPath() && !m_session->isDirty())) {
        return;
    }
    if (maybeKeepChanges()) {
        m_session->open(path);
    }
}

void PresetsPanel::newPreset()
{
    if (maybeKeepChanges()) {
        m_session->newPreset();
    }
}

void PresetsPanel::askNameAndSave()
{
    QString suggestion = m_session->currentName();
    if (suggestion.isEmpty()) {
        suggestion = m_session->currentPreset().functionName;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Preset"), tr("Preset name:"),
                                               QLineEdit::Normal, suggestion, &ok);
    if (ok && m_session->saveAs(name)) {
        selectPath(m_session->currentPath());
    }
}

void PresetsPanel::renameTarget()
{
    const QString path = targetPath();
    const int row = m_model->rowOf(path);
    if (row < 0) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Preset"), tr("New name:"),
                                               QLineEdit::Normal, m_model->entry(row).name, &ok);
    if (ok) {
        selectPath(m_session->renamePreset(path, name));
    }
}

void PresetsPanel::duplicateTarget()
{
    selectPath(m_session->duplicatePreset(targetPath()));
}

void PresetsPanel::deleteTarget()
{
    const QString path = targetPath();
    const int row = m_model->rowOf(path);
    if (row < 0) {
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Preset"),
                    tr("Delete the preset “%1”?").arg(m_model->entry(row).name),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"deletePresetMessageBox"_s);
    box.setInformativeText(tr("The file %1 is moved to the trash where the system has one.")
                                   .arg(QDir::toNativeSeparators(path)));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() == remove) {
        m_session->removePreset(path);
    }
}

void PresetsPanel::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Presets"), QString(),
                                                            tr("Presets (*.json);;All files (*)"));
    QString last;
    for (const QString &file : files) {
        const QString imported = m_session->importPreset(file);
        if (!imported.isEmpty()) {
            last = imported;
        }
    }
    selectPath(last);
}

void PresetsPanel::exportTarget()
{
    const QString path = targetPath();
    if (path.isEmpty()) {
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u'/' + QFileInfo(path).fileName();
    const QString destination = QFileDialog::getSaveFileName(this, tr("Export Preset"), suggested,
                                                             tr("Presets (*.json);;All files (*)"));
    if (!destination.isEmpty()) {
        m_session->exportPreset(path, destination);
    }
}

void PresetsPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Open Presets Folder"), m_store ? m_store->folder() : QString());
    if (!folder.isEmpty()) {
        openFolder(folder);
    }
}

bool PresetsPanel::openFolder(const QString &folder)
{
    if (!m_store) {
        showError({});
        return false;
    }
    if (const Status opened = m_store->setFolder(folder); !opened) {
        showError(opened.error());
        return false;
    }
    m_ui->presetErrorLabel->hide();
    updateFolderLabel();
    Q_EMIT folderChanged(m_store->folder());
    return true;
}

void PresetsPanel::revealFolder()
{
    if (m_store != nullptr && !m_store->folder().isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_store->folder()));
    }
}

void PresetsPanel::resolveConflict(const QString &path)
{
    // Already answered, or a second change while the question is still open.
    if (m_conflictShown || !m_session->isDirty() || path != m_session->currentPath()) {
        return;
    }
    m_conflictShown = true;
    QMessageBox box(QMessageBox::Warning, tr("Preset Changed on Disk"),
                    tr("“%1” was changed by another program while you have unsaved edits.")
                            .arg(QFileInfo(path).fileName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"presetConflictMessageBox"_s);
    QPushButton *reload
            = box.addButton(tr("Reload and Lose My Edits"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Keep My Edits"), QMessageBox::RejectRole));
    box.exec();
    m_conflictShown = false;
    if (box.clickedButton() == reload) {
        m_session->reload();
    }
}

void PresetsPanel::showError(const QString &message)
{
    m_ui->presetErrorLabel->setText(message);
    m_ui->presetErrorLabel->show();
}

void PresetsPanel::updateCurrent()
{
    m_model->setCurrent(m_session->currentPath(), m_session->isDirty());
    const QString name
            = m_session->currentName().isEmpty() ? tr("Untitled") : m_session->currentName();
    QString text = m_session->currentPath().isEmpty() ? tr("%1 (not saved)").arg(name) : name;
    if (m_session->isDirty()) {
        text = tr("%1 \u25CF").arg(text);
    }
    m_ui->currentPresetLabel->setText(text);
    m_ui->currentPresetLabel->setToolTip(
            m_session->currentPath().isEmpty()
                    ? tr("The request form is not saved as a preset yet")
                    : QDir::toNativeSeparators(m_session->currentPath()));
    updateActions();
}

void PresetsPanel::updateFolderLabel()
{
    const QString folder = m_store ? QDir::toNativeSeparators(m_store->folder()) : QString();
    QLabel *label = m_ui->presetFolderLabel;
    label->setText(
            label->fontMetrics().elidedText(folder, Qt::ElideMiddle, std::max(label->width(), 40)));
    label->setToolTip(folder);
    updateActions();
}

void PresetsPanel::updateActions()
{
    const bool hasTarget = !targetPath().isEmpty();
    for (QAction *action : { m_renameAction, m_duplicateAction, m_deleteAction, m_exportAction }) {
        action->setEnabled(hasTarget);
    }
    m_revealFolderAction->setEnabled(m_store != nullptr && !m_store->folder().isEmpty());
}

void PresetsPanel::restoreSelection()
{
    selectPath(m_selectedPath);
    updateActions();
}

void PresetsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFolderLabel();
}

void PresetsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateErrorColor();
    }
}

void PresetsPanel::updateErrorColor()
{
    QPalette errorPalette = m_ui->presetErrorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(palette().color(QPalette::Window)));
    m_ui->presetErrorLabel->setPalette(errorPalette);
}

} // namespace callpad
