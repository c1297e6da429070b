// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where ChipTrace keeps its data, following XDG through QStandardPaths: the repository store,
// case files, user signature packs and the cache. One place so the README can say it once.

#include <QString>

namespace ChipTrace::Paths {

QString dataDir(); // $XDG_DATA_HOME/chiptrace
QString repositoryStore(); // dataDir()/repositories
QString casesDir(); // dataDir()/cases
QString userPacksDir(); // $XDG_CONFIG_HOME/chiptrace/packs
QString cacheDir(); // $XDG_CACHE_HOME/chiptrace

} // namespace ChipTrace::Paths
