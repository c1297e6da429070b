// SPDX-License-Identifier: GPL-3.0-or-later
#include "plausibility/factextractor.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <limits>

namespace ChipTrace::Plausibility {

using namespace Qt::StringLiterals;

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;

// A figure and its multiplier: "2.788M", "2,664K", "14.8 trillion", "278.8万", "370亿". Never the
// digits of a name: "A100 GPU hours" is a column title, not 100 hours, and "3090/4090 GPUs" are
// cards, not 4,090 of them.
const QString kNumber =
    uR"((?<![A-Za-z0-9./_-])(?<num>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))\s*(?<mul>万亿|千亿|亿|万|thousand|million|billion|trillion|[KMBT](?![A-Za-z]))?)"_s;
// An optional chip or brand between the figure and its unit: "H800 GPU hours", "A100 GPUs".
const QString kChip =
    uR"((?:(?:NVIDIA\s+)?[A-Za-z]{0,8}\d{2,4}[A-Za-z]?(?:[- ]\d{2,3}G[B]?)?\s*)?)"_s;

double multiplier(const QString &mul)
{
    const QString m = mul.toLower();
    if (m == u"k" || m == u"thousand")
        return 1e3;
    if (m == u"m" || m == u"million")
        return 1e6;
    if (m == u"b" || m == u"billion")
        return 1e9;
    if (m == u"t" || m == u"trillion" || m == u"万亿")
        return 1e12;
    if (m == u"千亿")
        return 1e11;
    if (m == u"亿")
        return 1e8;
    if (m == u"万")
        return 1e4;
    return 1;
}

Quantity quantityOf(const QRegularExpressionMatch &m)
{
    QString num = m.captured(u"num"_s);
    num.remove(u',');
    return Quantity::exact(num.toDouble() * multiplier(m.captured(u"mul"_s)));
}

bool isEnd(QChar c)
{
    return c == u'\n' || c == u'。' || c == u'！' || c == u'？' || c == u'|';
}

QString sentenceAround(const QString &text, qsizetype begin, qsizetype end)
{
    qsizetype b = begin, e = end;
    while (b > 0 && begin - b < 400 && !isEnd(text[b - 1])
        && !(text[b - 1] == u' ' && b > 1 && text[b - 2] == u'.'))
        --b;
    while (e < text.size() && e - end < 400 && !isEnd(text[e])
        && !(text[e] == u'.' && (e + 1 >= text.size() || text[e + 1].isSpace())))
        ++e;
    return text.mid(b, e - b).trimmed();
}

// The phase whose word sits nearest the figure: "pre-training took 1.9M GPU hours; with
// post-training, 2.1M in total" gives each figure its own phase.
std::optional<Phase> phaseOf(const QString &sentence, qsizetype at = -1, qsizetype atEnd = -1)
{
    static const std::array<std::pair<Phase, RE>, 5> words{{
        {Phase::Rl, RE(uR"(\bRL\b|reinforcement|强化学习)"_s, CI)},
        {Phase::ContextExtension,
            RE(uR"(context[- ](?:length )?extension|long[- ]context|长上下文|上下文扩展)"_s, CI)},
        // "the stages after pre-training" are post-training: listed before pre-training, the
        // longer match wins the tie at the same distance.
        {Phase::PostTraining,
            RE(uR"(post-?train|\bSFT\b|fine-?tun|(?:after|following|beyond) (?:the )?pre-?train)"
               uR"(\w*|后训练|微调|预训练(?:之)?后)"_s,
                CI)},
        {Phase::Pretraining, RE(uR"(pre-?train|预训练)"_s, CI)},
        {Phase::Total, RE(uR"(\btotal\b|full training|in all|总计|总共|合计)"_s, CI)},
    }};
    std::optional<Phase> best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const auto &[phase, re] : words)
        for (auto it = re.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            const qsizetype d = at < 0 ? 0
                : m.capturedEnd() <= at
                ? at - m.capturedEnd()
                : std::max<qsizetype>(0, m.capturedStart() - std::max(at, atEnd));
            if (d < bestDistance) {
                best = phase;
                bestDistance = d;
            }
        }
    return best;
}

bool speaksOfTraining(const QString &sentence)
{
    static const RE train(uR"(train|训练|学習)"_s, CI);
    return train.match(sentence).hasMatch();
}

struct Pattern
{
    FactKind kind;
    RE re;
    bool trainingOnly; // counts only in a sentence about training
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = [] {
        const QString n = kNumber;
        return QList<Pattern>{
            {FactKind::DeviceHours,
                RE(n + uR"(\s*)"_s + kChip
                        + uR"((?:GPU|NPU|TPU|accelerator|device|chip|卡)[- ]?(?:hours?|小时|时))"_s,
                    CI),
                false},
            {FactKind::Tokens,
                RE(n + uR"(\s*(?:(?!(?:activated|active|per|each|for|of)\b)[A-Za-z-]+\s+){0,4}?)"_s
                        + uR"((?:个\s*)?(?:tokens?\b|词元))"_s,
                    CI),
                false},
            {FactKind::ActiveParams, RE(n + uR"(\s*(?:activated|active)\b)"_s, CI), false},
            {FactKind::ActiveParams,
                RE(uR"((?:activat(?:es|ing)|激活参数(?:量)?\s*(?:为|约|：|:)?)\s*)"_s + n, CI),
                false},
            {FactKind::TotalParams,
                RE(n + uR"(\s*(?:total\s+)?(?:param(?:eter)?s\b|(?:个)?参数))"_s, CI), false},
            {FactKind::TotalParams, RE(uR"((?:总参数(?:量)?\s*(?:为|约|：|:)?)\s*)"_s + n, CI),
                false},
            {FactKind::Devices,
                RE(n + uR"(\s*(?:张|块|个)?\s*)"_s + kChip
                        + uR"((?:GPUs|NPUs|TPUs|accelerators|AI Processors?|卡))"_s,
                    CI),
                true},
            {FactKind::Days, RE(n + uR"(\s*(?:days|天))"_s, CI), true},
        };
    }();
    return all;
}

void addPrecisionFacts(const QString &text, QList<TrainingFact> &out)
{
    static const RE before(
        uR"(\b(FP8|BF16|bfloat16|FP16)\b[^.。\n]{0,40}?(?:mixed[- ]precision\s+)?(?:train|训练))"_s,
        CI);
    static const RE after(
        uR"(train(?:ed|ing)?\s+(?:in|with|using)\s+(FP8|BF16|bfloat16|FP16)\b)"_s, CI);
    for (const RE *re : {&before, &after})
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            TrainingFact f;
            f.kind = FactKind::Precision;
            QString name = m.captured(1).toLower();
            if (name == u"bfloat16")
                name = u"bf16"_s;
            f.precision = precisionFromName(name);
            f.offset = m.capturedStart(1);
            f.length = m.capturedLength(1);
            f.spelling = m.captured();
            f.sentence = sentenceAround(text, m.capturedStart(), m.capturedEnd());
            f.phase = phaseOf(f.sentence);
            if (f.precision)
                out << f;
        }
}

} // namespace

QString factKindName(FactKind k)
{
    switch (k) {
    case FactKind::ActiveParams:
        return u"active-params"_s;
    case FactKind::TotalParams:
        return u"total-params"_s;
    case FactKind::Tokens:
        return u"tokens"_s;
    case FactKind::DeviceHours:
        return u"device-hours"_s;
    case FactKind::Devices:
        return u"devices"_s;
    case FactKind::Days:
        return u"days"_s;
    case FactKind::Precision:
        break;
    }
    return u"precision"_s;
}

QList<TrainingFact> extractTrainingFacts(const QString &text)
{
    QList<TrainingFact> out;
    for (const Pattern &p : patterns())
        for (auto it = p.re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedLength(u"num"_s) == 0)
                continue;
            // A parameter count always has its multiplier ("37B", "370亿"): "2 active" is not one.
            if ((p.kind == FactKind::ActiveParams || p.kind == FactKind::TotalParams)
                && m.capturedLength(u"mul"_s) == 0)
                continue;
            TrainingFact f;
            f.kind = p.kind;
            f.value = quantityOf(m);
            f.offset = m.capturedStart();
            f.length = m.capturedLength();
            f.spelling = m.captured().trimmed();
            f.sentence = sentenceAround(text, m.capturedStart(), m.capturedEnd());
            if (p.trainingOnly && !speaksOfTraining(f.sentence))
                continue;
            const qsizetype at = f.sentence.indexOf(f.spelling);
            f.phase = phaseOf(f.sentence, at, at < 0 ? -1 : at + f.spelling.size());
            out << f;
        }
    addPrecisionFacts(text, out);
    std::stable_sort(out.begin(), out.end(),
        [](const TrainingFact &a, const TrainingFact &b) { return a.offset < b.offset; });
    return out;
}

namespace {

// Facts of a kind for the phase: stated for it first, then without a phase, then for the whole
// training (a total still bounds what a phase could have used).
QList<const TrainingFact *> forPhase(const QList<TrainingFact> &facts, FactKind kind, Phase phase)
{
    QList<const TrainingFact *> exact, unphased, total;
    for (const TrainingFact &f : facts) {
        if (f.kind != kind)
            continue;
        if (f.phase == phase)
            exact << &f;
        else if (!f.phase)
            unphased << &f;
        else if (*f.phase == Phase::Total)
            total << &f;
    }
    return !exact.isEmpty() ? exact : !unphased.isEmpty() ? unphased : total;
}

bool mentionsExperts(const QList<TrainingFact> &facts)
{
    static const RE moe(uR"(expert|\bMoE\b|mixture|专家)"_s, CI);
    return std::any_of(facts.cbegin(), facts.cend(),
        [](const TrainingFact &f) { return moe.match(f.sentence).hasMatch(); });
}

} // namespace

TrainingClaim claimFromFacts(const QList<TrainingFact> &facts, Phase phase)
{
    TrainingClaim claim;
    claim.phase = phase;
    if (const auto hours = forPhase(facts, FactKind::DeviceHours, phase); !hours.isEmpty())
        claim.deviceHours = hours.first()->value;
    const auto tokens = forPhase(facts, FactKind::Tokens, phase);
    for (const TrainingFact *f : tokens)
        if (!claim.tokens || f->value.low > claim.tokens->low)
            claim.tokens = f->value;
    if (const auto active = forPhase(facts, FactKind::ActiveParams, phase); !active.isEmpty())
        claim.activeParams = active.first()->value;
    else if (const auto total = forPhase(facts, FactKind::TotalParams, phase);
        !total.isEmpty() && !mentionsExperts(facts))
        claim.activeParams = total.first()->value; // a dense model: every parameter is active
    if (!claim.deviceHours) {
        const auto devices = forPhase(facts, FactKind::Devices, phase);
        const auto days = forPhase(facts, FactKind::Days, phase);
        if (!devices.isEmpty() && !days.isEmpty())
            claim.deviceHours = (devices.first()->value * days.first()->value).scaled(24);
    }
    if (const auto precision = forPhase(facts, FactKind::Precision, phase); !precision.isEmpty())
        claim.precision = precision.first()->precision;
    return claim;
}

} // namespace ChipTrace::Plausibility
