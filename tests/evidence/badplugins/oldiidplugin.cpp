// SPDX-License-Identifier: GPL-3.0-or-later
// A plugin built for an older importer interface: the registry must refuse it unloaded.
#include <QObject>
#include <QtPlugin>

class OldIidPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.chiptrace.IEvidenceImporter/0.9" FILE "oldiid.json")
};

#include "oldiidplugin.moc"
