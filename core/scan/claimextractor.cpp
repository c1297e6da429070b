// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/claimextractor.h"

#include "scan/claimcontext.h"

#include <QSet>

#include <array>
#include <utility>

namespace ChipTrace::Scan {

namespace {

// One alternation of chip spellings across vendors, with optional form factor and memory
// suffixes ("A100-SXM4-80G", "DGX-A100（40G）", "H100 80GB", "H800-80g"). Kept broad on purpose:
// the resolver decides what is a chip. Counts may be glued on ("32xH100", "8*A800", "H800x8",
// "2048块H800"), and so may a plural or "GPU" ("A100s", "A100GPU"); a letter or digit anywhere
// else on either side refuses the token ("MMLU", "GPT4", "T4Rec", "0xA100", "XH800"). A bare
// GeForce number counts only right before "GPU" or "卡" ("a single 4090 GPU", "两张3090显卡").
const QString mentionPattern = QStringLiteral(
    "(?:(?<![A-Za-z0-9])|(?<=[1-9]x)|(?<=\\d\\dx))"
    "(?:NVIDIA[\\s_-]?)?(?:Tesla\\s)?(?:DGX[\\s-]?)?"
    "(?:"
    "G[BH]\\d{3}"
    "|[ABHL]\\d{2,3}(?-i:[SXD])?"
    "|[LT]4|[VPK]\\d{2,3}"
    "|(?:GeForce\\s?)?RTX\\s?(?:PRO\\s?)?A?\\d{4}(?:\\s?(?:Ti|D|Super))?"
    "|[2-5]0[6-9]0(?:\\s?Ti)?(?=\\s?(?:GPUs?|显卡|卡)(?![A-Za-z]))"
    "|(?:Instinct\\s?)?MI\\d{3}[AXL]?"
    "|Gaudi\\s?[123]?"
    "|(?:Ascend|昇腾|昇騰)\\s?(?:910[ABC]?\\d?|NPU)"
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
    "(?:(?![A-Za-z0-9])|(?=s(?![A-Za-z0-9]))|(?=x\\d)|(?=GPUs?(?![A-Za-z0-9])))");

struct ScopeWords
{
    ClaimScope scope;
    const char16_t *pattern;
};

// Order is priority: "full fine-tuning ... tested on H20" is fine-tuning, not a benchmark.
const std::array<ScopeWords, 5> scopeWords{{
    {ClaimScope::FineTuning,
        u"fine-?tun|finetun|fintun|\\blora\\b|qlora|\\bsft\\b|微调|微調|精调|ファインチューニング|"
        u"チューニング"},
    {ClaimScope::Training,
        u"pre-?train|\\btrain(ed|ing|s)?\\b|gpu[ -]hours|\\brl\\b|预训练|训练|訓練|学習|事前学習|"
        u"トレーニング|训练时长|卡时"},
    {ClaimScope::Deployment, u"deploy|serving|\\bserve[sd]?\\b|部署|デプロイ|上线"},
    {ClaimScope::Inference,
        u"inference|\\bgenerat(e|ion)\\b|run(s|ning)? (it |the model )?locally|推理|推論|生成|"
        u"\\bdecod(e|ing)\\b"},
    {ClaimScope::Benchmark,
        u"benchmark|tflops|throughput|\\btested\\b|profil|measured|\\bspeed\\b|latency|"
        u"吞吐|性能测试|测试|測試|测评|速度|延迟|ベンチマーク|評価|計測"},
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

// [begin, end) of the sentence around [offset, offset+length), at most 400 characters each side.
ClaimContext::Span sentenceBounds(const QString &text, qsizetype offset, qsizetype length)
{
    qsizetype begin = offset;
    while (begin > 0 && !isSentenceEnd(text, begin - 1) && offset - begin < 400)
        --begin;
    qsizetype end = offset + length;
    while (end < text.size() && !isSentenceEnd(text, end) && end - offset < 400)
        ++end;
    if (end < text.size() && text[end] != u'\n' && text[end] != u'|')
        ++end; // keep the full stop
    return {begin, end};
}

int scopeRank(ClaimScope s)
{
    for (std::size_t i = 0; i < scopeWords.size(); ++i)
        if (scopeWords[i].scope == s)
            return int(i);
    return int(scopeWords.size());
}

// A mention with what its surroundings say about it.
struct Located
{
    ClaimMention mention;
    ClaimContext::Span line;
    qsizetype group = 0; // mentions with the same group make one claim
    ClaimForm form = ClaimForm::Prose;
    ClaimScope scope = ClaimScope::Unknown;
    QString sentence;
    bool gpuContext = false; // the line, the table or the form says this is about GPUs
};

// The first scope any of `texts` gives, most specific text first.
ClaimScope firstScope(std::initializer_list<QString> texts)
{
    for (const QString &t : texts)
        if (const ClaimScope s = ClaimExtractor::scopeOf(t); s != ClaimScope::Unknown)
            return s;
    return ClaimScope::Unknown;
}

void locate(const QString &text, Located &l)
{
    const ClaimMention &m = l.mention;
    l.line = ClaimContext::lineAt(text, m.offset);
    const QString line = text.mid(l.line.begin, l.line.end - l.line.begin);
    l.gpuContext = ClaimContext::speaksOfGpus(line);
    if (ClaimContext::isToolOutput(line)) {
        l.form = ClaimForm::Log;
    } else if (const auto infra = ClaimContext::infrastructureForm(text, m.offset, m.length)) {
        l.form = *infra;
        l.gpuContext = l.gpuContext || *infra == ClaimForm::Partition;
    } else if (const auto cell = ClaimContext::tableCellAt(text, m.offset)) {
        l.form = ClaimForm::Table;
        l.sentence = cell->cell.isEmpty() ? cell->row : cell->cell;
        l.scope = firstScope({l.sentence, cell->headerCell, cell->row, cell->header, cell->before});
        l.gpuContext = l.gpuContext || ClaimContext::speaksOfGpus(cell->headerCell)
            || ClaimContext::speaksOfGpus(cell->header)
            || (l.scope != ClaimScope::Unknown && l.scope != ClaimScope::Benchmark);
        l.group = sentenceBounds(text, m.offset, m.length).begin; // the cell
        return;
    }
    if (l.form == ClaimForm::Prose) {
        const auto s = sentenceBounds(text, m.offset, m.length);
        l.sentence = text.mid(s.begin, s.end - s.begin).trimmed();
        l.group = s.begin;
    } else {
        l.sentence = line.trimmed();
        l.group =
            l.form == ClaimForm::Log ? l.line.begin : m.offset; // each path or host its own claim
    }
    l.scope = ClaimExtractor::scopeOf(l.sentence);
    // "推論にはH20を使用しました": a sentence about training or serving a model speaks of
    // accelerators; a benchmark word ("测试", "speed") does not (car reviews test and race too).
    l.gpuContext =
        l.gpuContext || (l.scope != ClaimScope::Unknown && l.scope != ClaimScope::Benchmark);
}

Claim merged(const QString &text, const QList<Located> &group)
{
    Claim c;
    const Located &first = group.first();
    c.offset = first.mention.offset;
    const Located &last = group.last();
    c.length = last.mention.offset + last.mention.length - c.offset;
    c.spelling = text.mid(c.offset, c.length);
    c.form = first.form;
    c.sentence = first.sentence;
    for (const Located &l : group) {
        c.mentions.append(l.mention);
        for (const QString &chip : l.mention.chips)
            if (!c.chips.contains(chip))
                c.chips.append(chip);
        c.scope = ClaimExtractor::preferredScope(c.scope, l.scope);
    }
    // Three or more chips named in one sentence are a list of examples or of supported cards
    // ("Nvidia GPUs of Turing, Ampere or Hopper such as H100, A100, RTX 3090, T4"), not the
    // record of a training run, even when the sentence speaks of training.
    if (group.size() >= 3 && c.scope == ClaimScope::Training && c.form == ClaimForm::Prose)
        c.scope = ClaimScope::Unknown;
    return c;
}

} // namespace

QString claimFormName(ClaimForm form)
{
    switch (form) {
    case ClaimForm::Prose:
        return QStringLiteral("prose");
    case ClaimForm::Table:
        return QStringLiteral("table");
    case ClaimForm::Log:
        return QStringLiteral("log");
    case ClaimForm::Path:
        return QStringLiteral("path");
    case ClaimForm::Host:
        return QStringLiteral("host");
    case ClaimForm::Partition:
        return QStringLiteral("partition");
    }
    return QStringLiteral("prose");
}

ClaimExtractor::ClaimExtractor(ChipResolver resolver)
    : m_resolver(resolver ? std::move(resolver) : defaultChipResolver())
    , m_mention(mentionPattern, QRegularExpression::CaseInsensitiveOption)
{ }

std::optional<ClaimMention> ClaimExtractor::mentionAt(
    const QString &text, const QRegularExpressionMatch &m) const
{
    if (ClaimContext::gluedToWord(text, m.capturedStart()))
        return std::nullopt; // ".Spotlight-V100", "model-T4": part of a longer name
    if (ClaimContext::insideUrl(text, m.capturedStart()))
        return std::nullopt; // a datasheet or model link names the chip without claiming it
    if (ClaimContext::insideBase64(text, m.capturedStart(), m.capturedLength()))
        return std::nullopt; // an embedded image, not a sentence
    ClaimMention out;
    out.spelling = m.captured().trimmed();
    out.offset = m.capturedStart();
    out.length = out.spelling.size();
    out.chips = m_resolver(out.spelling);
    if (out.chips.isEmpty())
        return std::nullopt;
    return out;
}

QList<Claim> ClaimExtractor::extract(const QString &text) const
{
    QList<Located> found;
    for (auto it = m_mention.globalMatch(text); it.hasNext();) {
        if (auto mention = mentionAt(text, it.next())) {
            Located l;
            l.mention = std::move(*mention);
            locate(text, l);
            found.append(std::move(l));
        }
    }
    // Short spellings that name other things count only where the text speaks of GPUs, or beside
    // an unambiguous chip on the same line ("A100 / L4").
    QSet<qsizetype> linesWithChip;
    for (const Located &l : found)
        if (!ClaimContext::isAmbiguous(l.mention.spelling))
            linesWithChip.insert(l.line.begin);
    found.removeIf([&](const Located &l) {
        return (ClaimContext::isAmbiguous(l.mention.spelling) && !l.gpuContext
                   && !linesWithChip.contains(l.line.begin))
            || ClaimContext::negated(text, l.mention.offset, l.mention.length);
    });
    QList<Claim> claims;
    for (qsizetype i = 0; i < found.size();) {
        qsizetype j = i + 1;
        while (
            j < found.size() && found[j].group == found[i].group && found[j].form == found[i].form)
            ++j;
        claims.append(merged(text, found.mid(i, j - i)));
        i = j;
    }
    return claims;
}

QString ClaimExtractor::sentenceAt(const QString &text, qsizetype offset, qsizetype length)
{
    const auto s = sentenceBounds(text, offset, length);
    return text.mid(s.begin, s.end - s.begin).trimmed();
}

ClaimScope ClaimExtractor::preferredScope(ClaimScope a, ClaimScope b)
{
    return scopeRank(b) < scopeRank(a) ? b : a;
}

ClaimScope ClaimExtractor::scopeOf(const QString &sentence)
{
    static const auto compiled = [] {
        std::array<std::pair<ClaimScope, QRegularExpression>, scopeWords.size()> out;
        for (std::size_t i = 0; i < scopeWords.size(); ++i)
            out[i] = {scopeWords[i].scope,
                QRegularExpression(QString::fromUtf16(scopeWords[i].pattern),
                    QRegularExpression::CaseInsensitiveOption)};
        return out;
    }();
    for (const auto &[scope, re] : compiled)
        if (re.match(sentence).hasMatch())
            return scope;
    return ClaimScope::Unknown;
}

} // namespace ChipTrace::Scan
