#pragma once

#include <QDockWidget>

namespace callpad {

class PresetSession;
class PresetStore;
class PresetsPanel;

// The Presets dock: the panel over the presets folder and the open preset's session, both
// owned by the composition root.
class PresetsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsDock)

public:
    // `session` (and its store) are not owned and outlive the dock.
    explicit PresetsDock(PresetSession *session, QWidget *parent = nullptr);
    ~PresetsDock() override;

    PresetStore *store() const;
    PresetSession *session() const { return m_session; }
    PresetsPanel *panel() const { return m_panel; }

private:
    PresetSession *m_session;
    PresetsPanel *m_panel;
};

} // namespace callpad
