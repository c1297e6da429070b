// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/report: the HTML pieces briefinghtml.cpp and briefingappendix.cpp share.

#include "briefing.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ChipTrace::Report {

QString appendixHtml(const Briefing &briefing);

namespace Html {
QString escape(const QString &text);
QString script(const QString &text); // escaped, in the font that suits its script
QString td(const QString &html, const QString &attributes = {});
QString table(const QStringList &headers); // opens a table with a repeating header row
QString h1(const QString &title); // a section heading on a new page
QString anchor(const QUrl &url, const QString &text);
QString when(const QDateTime &when);
} // namespace Html

} // namespace ChipTrace::Report
