// SPDX-License-Identifier: GPL-3.0-or-later
// A plugin with the right interface id but metadata lacking its version and file kinds.
#include "evidence/ievidenceimporter.h"

#include <QObject>

class NoMetaPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChipTraceEvidenceImporter_iid FILE "nometa.json")
};

#include "nometaplugin.moc"
