// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between the case's value structs and stored rows (column name -> value), the one
// form the audit trail, undo and merge work with (internal to core/casefile).

#include "casefile/casetypes.h"

#include <QJsonObject>

namespace ChipTrace::Case::Rows {

QJsonObject toRow(const CaseInfo &v);
QJsonObject toRow(const Lab &v);
QJsonObject toRow(const Model &v);
QJsonObject toRow(const Source &v);
QJsonObject toRow(const FindingRecord &v);
QJsonObject toRow(const Evidence &v);
QJsonObject toRow(const Review &v);
QJsonObject toRow(const Comment &v);
QJsonObject toRow(const Conclusion &v);
QJsonObject toRow(const Conflict &v);
QJsonObject toRow(const FunnelState &v);

CaseInfo caseInfo(const QJsonObject &r);
Lab lab(const QJsonObject &r);
Model model(const QJsonObject &r);
Source source(const QJsonObject &r);
FindingRecord finding(const QJsonObject &r);
Evidence evidence(const QJsonObject &r);
Review review(const QJsonObject &r);
Comment comment(const QJsonObject &r);
Conclusion conclusion(const QJsonObject &r);
Conflict conflict(const QJsonObject &r);
FunnelState funnelState(const QJsonObject &r);

QString timeText(const QDateTime &t); // ISO 8601 UTC with ms, null when invalid
QDateTime timeFrom(const QJsonValue &v);

// The review rule (see Evidence::status), over reviews sorted oldest first.
ReviewStatus deriveStatus(const QString &author, const QList<Review> &reviews);

} // namespace ChipTrace::Case::Rows
