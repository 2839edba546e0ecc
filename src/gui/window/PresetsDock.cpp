#include "gui/window/PresetsDock.h"

#include "gui/presets/PresetSession.h"
#include "gui/presets/PresetsPanel.h"

using namespace Qt::StringLiterals;

namespace callpad {

PresetsDock::PresetsDock(PresetSession *session, QWidget *parent)
    : QDockWidget(tr("Presets"), parent), m_session(session),
      m_panel(new PresetsPanel(session, this))
{
    setObjectName(u"presetsDockWidget"_s);
    setWidget(m_panel);
}

PresetsDock::~PresetsDock() = default;

PresetStore *PresetsDock::store() const
{
    return m_session->store();
}

} // namespace callpad
