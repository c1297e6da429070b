// SPDX-License-Identifier: GPL-3.0-or-later
// JSON form of the plausibility verdicts (README "Compute plausibility": keys are stable).
#include "plausibility/plausibility.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ChipTrace::Plausibility {

QJsonObject toJson(const ChipVerdict &v)
{
    const bool assessed = v.band != Band::CannotAssess;
    auto fraction = [assessed](double x) {
        return assessed && std::isfinite(x) ? QJsonValue(x) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o{
        {u"chip"_s, v.chipName},
        {u"id"_s, v.chipId},
        {u"band"_s, bandName(v.band)},
        {u"mfu_low"_s, fraction(v.mfuLow)},
        {u"mfu_high"_s, fraction(v.mfuHigh)},
        {u"eliminates"_s, v.eliminates()},
        {u"verified"_s, assessed && v.verified},
        {u"explanation"_s, v.explain()},
    };
    if (assessed) {
        o[u"precision"_s] = v.precision ? precisionName(*v.precision) : QString();
        o[u"fallback"_s] = v.fallback;
        o[u"peak_tflops"_s] = v.peakHigh;
        o[u"peak_tflops_low"_s] = v.peakLow;
        o[u"devices_per_unit"_s] = v.devices;
        o[u"peak_source"_s] = v.peakSource;
    } else {
        o[u"peak_tflops"_s] = QJsonValue::Null;
        o[u"peak_source"_s] = QJsonValue::Null;
        o[u"reason"_s] = v.reason;
    }
    return o;
}

QJsonArray toJson(const Assessment &a)
{
    QJsonArray rows;
    for (const ChipVerdict &v : a.chips)
        rows.append(toJson(v));
    return rows;
}

} // namespace ChipTrace::Plausibility
