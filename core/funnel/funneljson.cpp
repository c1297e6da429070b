// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel/funnel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ChipTrace::Funnel {

static QJsonArray chipList(const Funnel &funnel, const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids) {
        const auto *chip = funnel.candidate(id);
        array.append(QJsonObject{{u"id"_s, id}, {u"name"_s, chip ? chip->name : id}});
    }
    return array;
}

QJsonObject toJson(const Funnel &funnel, const FunnelResult &result)
{
    QJsonArray steps;
    for (const StepOutcome &o : result.steps) {
        const Step &s = funnel.steps().at(o.stepIndex);
        steps.append(QJsonObject{
            {u"index"_s, o.stepIndex + 1},
            {u"constraint"_s, s.constraint.text()},
            {u"canonical"_s, s.constraint.canonical()},
            {u"strength"_s, strengthName(s.strength)},
            {u"evidence_id"_s, s.evidenceId},
            {u"evidence_label"_s, s.evidenceLabel},
            {u"enabled"_s, s.enabled},
            {u"status"_s, stepStatusName(o.status)},
            {u"eliminated"_s, chipList(funnel, o.eliminated)},
            {u"undecided"_s, chipList(funnel, o.undecided)},
            {u"remaining_before"_s, o.remainingBefore},
            {u"remaining_after"_s, o.remainingAfter},
        });
    }
    QJsonArray remaining;
    for (const Candidate &c : result.remaining) {
        const auto *chip = funnel.candidate(c.chipId);
        remaining.append(QJsonObject{{u"id"_s, c.chipId}, {u"name"_s, chip ? chip->name : c.chipId},
            {u"hint_score"_s, c.hintScore},
            {u"undecided"_s, QJsonArray::fromStringList(c.undecided)}});
    }
    QJsonArray eliminated;
    for (const auto &chip : funnel.candidates()) {
        const auto it = result.eliminated.constFind(chip.id);
        if (it == result.eliminated.cend())
            continue;
        eliminated.append(QJsonObject{{u"id"_s, chip.id}, {u"name"_s, chip.name},
            {u"step"_s, it->stepIndex + 1}, {u"evidence_id"_s, it->evidenceId},
            {u"evidence_label"_s, it->evidenceLabel}, {u"why"_s, it->why}});
    }
    return QJsonObject{{u"candidates"_s, int(funnel.candidates().size())}, {u"steps"_s, steps},
        {u"remaining"_s, remaining}, {u"eliminated"_s, eliminated}};
}

} // namespace ChipTrace::Funnel
