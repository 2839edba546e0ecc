#pragma once

#include <QDockWidget>

#include <memory>

namespace callpad {

class DraftStore;
class PresetSession;
class PresetStore;
class PresetsPanel;
struct AppPaths;

// The Presets dock: the presets folder, the open preset's session and the panel over them.
class PresetsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsDock)

public:
    // `folder` is the remembered presets folder; empty means the default from `paths`.
    PresetsDock(const AppPaths &paths, const QString &folder, QWidget *parent = nullptr);
    ~PresetsDock() override;

    PresetStore *store() const { return m_store; }
    PresetSession *session() const { return m_session; }
    PresetsPanel *panel() const { return m_panel; }
    DraftStore *drafts() const { return m_drafts.get(); }

private:
    PresetStore *m_store;
    std::unique_ptr<DraftStore> m_drafts;
    PresetSession *m_session;
    PresetsPanel *m_panel;
};

} // namespace callpad
