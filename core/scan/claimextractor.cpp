#include "scan/claimextractor.h"

#include <array>
#include <utility>

namespace ChipTrace::Scan {

namespace {

// One alternation of chip spellings across vendors, with optional form factor and memory
// suffixes ("A100-SXM4-80G", "DGX-A100（40G）", "H100 80GB"). Kept broad on purpose: the resolver
// decides what is a chip.
const QString mentionPattern = QStringLiteral(
    "(?<![A-Za-z0-9])(?:NVIDIA[\\s_-]?)?(?:Tesla\\s)?(?:DGX[\\s-]?)?"
    "(?:"
    "G[BH]\\d{3}"
    "|[ABHL]\\d{2,3}[SXD]?"
    "|[LT]4|[VPK]\\d{2,3}"
    "|(?:GeForce\\s?)?RTX\\s?(?:PRO\\s?)?A?\\d{4}(?:\\s?(?:Ti|D|Super))?"
    "|(?:Instinct\\s?)?MI\\d{3}[AXL]?"
    "|Gaudi\\s?[123]?"
    "|(?:Ascend|昇腾|昇騰)\\s?910[ABC]?\\d?"
    "|Atlas\\s?\\d{3}[A-Z]?\\s?A[23]"
    "|TPU\\s?v\\d[a-z]?"
    "|Trainium\\d?"
    "|(?:海光\\s?)?DCU\\s?[ZK]100(?:L|-AI)?"
    "|(?:寒武纪\\s?)?(?:思元|MLU)\\s?\\d{3}(?:-[XM]\\d)?"
    "|MTT\\s?S\\d{4}"
    "|BR1\\d{2}"
    ")"
    "(?:[\\s_-]?(?:SXM\\d?|PCIe|NVL|HGX))?"
    "(?:[\\s_-]?[（(]?\\d{2,3}\\s?G(?:i?B)?[)）]?)?"
    "(?![A-Za-z0-9])");

struct ScopeWords
{
    ClaimScope scope;
    const char16_t *pattern;
};

// Order is priority: "full fine-tuning ... tested on H20" is fine-tuning, not a benchmark.
const std::array<ScopeWords, 5> scopeWords{{
    {ClaimScope::FineTuning, u"fine-?tun|finetun|fintun|\\blora\\b|qlora|\\bsft\\b|微调|微調|ファインチューニング"},
    {ClaimScope::Training, u"pre-?train|\\btrain(ed|ing|s)?\\b|gpu[ -]hours|\\brl\\b|预训练|训练|訓練|学習|事前学習"},
    {ClaimScope::Deployment, u"deploy|serving|\\bserve[sd]?\\b|部署|デプロイ"},
    {ClaimScope::Inference, u"inference|\\bgenerat(e|ion)\\b|run(s|ning)? (it |the model )?locally|推理|推論"},
    {ClaimScope::Benchmark, u"benchmark|tflops|throughput|\\btested\\b|profil|measured|吞吐|性能测试|ベンチマーク"},
}};

bool isSentenceEnd(const QString &text, qsizetype i)
{
    const QChar c = text[i];
    if (c == u'\n' || c == u'。' || c == u'！' || c == u'？' || c == u'|')
        return true;
    if (c == u'.' || c == u'!' || c == u'?' || c == u';')
        return i + 1 >= text.size() || text[i + 1].isSpace();
    return false;
}

} // namespace

ClaimExtractor::ClaimExtractor(ChipResolver resolver)
    : m_resolver(resolver ? std::move(resolver) : defaultChipResolver())
    , m_mention(mentionPattern, QRegularExpression::CaseInsensitiveOption)
{
}

QList<Claim> ClaimExtractor::extract(const QString &text) const
{
    QList<Claim> claims;
    auto it = m_mention.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString spelling = m.captured().trimmed();
        const QStringList chips = m_resolver(spelling);
        if (chips.isEmpty())
            continue;
        Claim claim;
        claim.offset = m.capturedStart();
        claim.length = m.capturedLength();
        claim.spelling = spelling;
        claim.chips = chips;
        claim.sentence = sentenceAt(text, claim.offset, claim.length);
        claim.scope = scopeOf(claim.sentence);
        claims.append(claim);
    }
    return claims;
}

QString ClaimExtractor::sentenceAt(const QString &text, qsizetype offset, qsizetype length)
{
    qsizetype begin = offset;
    while (begin > 0 && !isSentenceEnd(text, begin - 1) && offset - begin < 400)
        --begin;
    qsizetype end = offset + length;
    while (end < text.size() && !isSentenceEnd(text, end) && end - offset < 400)
        ++end;
    if (end < text.size() && text[end] != u'\n' && text[end] != u'|')
        ++end; // keep the full stop
    return text.mid(begin, end - begin).trimmed();
}

ClaimScope ClaimExtractor::scopeOf(const QString &sentence)
{
    static const auto compiled = [] {
        std::array<std::pair<ClaimScope, QRegularExpression>, scopeWords.size()> out;
        for (std::size_t i = 0; i < scopeWords.size(); ++i)
            out[i] = {scopeWords[i].scope, QRegularExpression(QString::fromUtf16(scopeWords[i].pattern),
                                                               QRegularExpression::CaseInsensitiveOption)};
        return out;
    }();
    for (const auto &[scope, re] : compiled)
        if (re.match(sentence).hasMatch())
            return scope;
    return ClaimScope::Unknown;
}

} // namespace ChipTrace::Scan
