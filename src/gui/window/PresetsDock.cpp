#include "PresetsDock.h"

#include "AppPaths.h"
#include "presets/DraftStore.h"
#include "presets/PresetSession.h"
#include "presets/PresetStore.h"
#include "presets/PresetsPanel.h"

using namespace Qt::StringLiterals;

namespace callpad {

PresetsDock::PresetsDock(const AppPaths &paths, const QString &folder, QWidget *parent)
    : QDockWidget(tr("Presets"), parent), m_store(new PresetStore(this)),
      m_drafts(std::make_unique<DraftStore>(paths.draftFolder)),
      m_session(new PresetSession(m_store, this)), m_panel(nullptr)
{
    setObjectName(u"presetsDockWidget"_s);
    QString error;
    if (folder.isEmpty() || !m_store->setFolder(folder, &error)) {
        m_store->setFolder(paths.presetsFolder, &error);
    }
    m_session->setDraftStore(m_drafts.get());
    m_panel = new PresetsPanel(m_session, this);
    setWidget(m_panel);
}

PresetsDock::~PresetsDock() = default;

} // namespace callpad
