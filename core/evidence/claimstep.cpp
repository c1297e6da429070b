#include "claimstep.h"

#include <QRegularExpression>

namespace ChipTrace::Evidence {

// INTERIM: until the scanner's ClaimExtractor (core/scan) is on main, a small built-in pattern
// stands in so imports produce claims end to end. Replace claimsIn() with the extractor; the
// rest of this file (sentence, scope, locator narrowing) stays.
namespace {

struct RawClaim
{
    int offset = 0;
    int length = 0;
    QString match;
    QString scope;
};

QString scopeOf(const QString &sentence)
{
    const QString s = sentence.toLower();
    if (s.contains(u"fine-tun") || s.contains(u"finetun") || s.contains(u"微调"))
        return QStringLiteral("fine-tuning");
    if (s.contains(u"train") || s.contains(u"训练") || s.contains(u"学習") || s.contains(u"pre-train"))
        return QStringLiteral("training");
    if (s.contains(u"inference") || s.contains(u"推理") || s.contains(u"推論") || s.contains(u"serving"))
        return QStringLiteral("inference");
    if (s.contains(u"deploy") || s.contains(u"部署"))
        return QStringLiteral("deployment");
    if (s.contains(u"benchmark"))
        return QStringLiteral("benchmark");
    return QStringLiteral("unknown");
}

QString sentenceAround(const QString &text, int offset, int length)
{
    const int size = int(text.size());
    auto endsSentence = [&](int i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F')
            return true;
        // "2.5" or "e.g." inside a sentence: only a stop followed by a space ends it.
        return (c == u'.' || c == u'!' || c == u'?') && (i + 1 >= size || text[i + 1].isSpace());
    };
    int start = offset;
    while (start > 0 && !endsSentence(start - 1))
        --start;
    int end = offset + length;
    while (end < size && !endsSentence(end))
        ++end;
    return text.mid(start, std::min(end + 1, size) - start).simplified();
}

QList<RawClaim> claimsIn(const QString &text)
{
    static const QRegularExpression chip(
        QStringLiteral(R"((?<![\w-])((?:NVIDIA\s+)?(?:[HAVLB]\d{2,3}[A-Z]?(?:-\d{2,3}GB?)?|GB200|L40S?|RTX\s?\d{4}D?|MI\d{3}X?)"
                       R"(|(?:Ascend|昇腾|昇騰)\s?910[A-C]?|TPU\s?v\d[a-z]?|Gaudi\s?\d?))(?![\w-]))"));
    QList<RawClaim> claims;
    auto it = chip.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        RawClaim c;
        c.offset = int(m.capturedStart(1));
        c.length = int(m.capturedLength(1));
        c.match = m.captured(1);
        claims << c;
    }
    return claims;
}

} // namespace

QList<DocumentClaim> extractClaims(const QList<TextSegment> &segments,
                                   const QList<StructuredClaim> &structured)
{
    QList<DocumentClaim> claims;
    for (int i = 0; i < segments.size(); ++i) {
        const TextSegment &seg = segments[i];
        for (const RawClaim &raw : claimsIn(seg.text)) {
            DocumentClaim c;
            c.match = raw.match;
            c.sentence = sentenceAround(seg.text, raw.offset, raw.length);
            c.scope = scopeOf(c.sentence);
            c.strength = QStringLiteral("strong");
            c.segment = i;
            c.offset = raw.offset;
            c.length = raw.length;
            c.locator = seg.locator;
            c.locator.boxes = boxesForRange(seg, raw.offset, raw.length);
            claims << c;
        }
    }
    for (const StructuredClaim &sc : structured) {
        for (const RawClaim &raw : claimsIn(sc.value)) {
            DocumentClaim c;
            c.match = raw.match;
            c.sentence = sc.field + QStringLiteral(": ") + sc.value;
            // Model-card hardware fields describe the training run (the CO2 section says so).
            c.scope = QStringLiteral("training");
            c.strength = QStringLiteral("strong");
            c.field = sc.field;
            c.offset = raw.offset;
            c.length = raw.length;
            c.locator = sc.locator;
            claims << c;
        }
    }
    return claims;
}

} // namespace ChipTrace::Evidence
