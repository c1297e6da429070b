// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/contentscanner.h"

#include "scan/contextclassifier.h"
#include "scan/site.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace ChipTrace::Scan {

using namespace Qt::StringLiterals;

namespace {

// Offsets of every '\n' in data; line i (0-based) starts after newline i-1.
std::vector<qsizetype> newlineOffsets(const QByteArray &data)
{
    std::vector<qsizetype> out;
    for (qsizetype i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1))
        out.push_back(i);
    return out;
}

QString lineAt(const QByteArray &data, const std::vector<qsizetype> &nl, int line)
{
    const qsizetype start = line == 0 ? 0 : nl[line - 1] + 1;
    const qsizetype end = std::size_t(line) < nl.size() ? nl[line] : data.size();
    QString text = QString::fromUtf8(data.constData() + start, end - start);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

} // namespace

ContentScanner::ContentScanner(
    std::shared_ptr<const Matcher> matcher, std::shared_ptr<const ClaimExtractor> claims)
    : m_matcher(std::move(matcher))
    , m_claims(std::move(claims))
{
    for (int i = 0; i < m_matcher->rules().size(); ++i)
        m_ruleIndex.insert(m_matcher->rules()[i].id, i);
}

bool ContentScanner::looksBinary(const QByteArray &data)
{
    return QByteArrayView(data).left(8192).contains('\0');
}

bool ContentScanner::isLfsPointer(const QByteArray &data)
{
    return data.size() < 1024 && data.startsWith("version https://git-lfs.github.com/spec/");
}

QList<ContentScanner::Candidate> ContentScanner::signatureCandidates(
    const QString &path, const QByteArray &data) const
{
    QList<Candidate> out;
    const QList<RawHit> hits = m_matcher->scan(data);
    if (hits.isEmpty())
        return out;
    const std::vector<qsizetype> nl = newlineOffsets(data);
    QHash<int, bool> applies;
    QSet<quint64> seenRuleLine;
    for (const RawHit &hit : hits) {
        auto a = applies.constFind(hit.rule);
        if (a == applies.cend())
            a = applies.insert(hit.rule, m_matcher->appliesToPath(hit.rule, path));
        if (!*a)
            continue;
        const int line = int(std::upper_bound(nl.begin(), nl.end(), hit.start - 1) - nl.begin());
        if (seenRuleLine.contains((quint64(line) << 20) | quint64(hit.rule)))
            continue; // one finding per rule and line
        seenRuleLine.insert((quint64(line) << 20) | quint64(hit.rule));
        const qsizetype lineStart = line == 0 ? 0 : nl[line - 1] + 1;
        Candidate c{hit.rule, line, 0, 0, lineAt(data, nl, line), {}, HitContext::Code};
        c.column =
            int(QString::fromUtf8(data.constData() + lineStart, hit.start - lineStart).size());
        c.match = QString::fromUtf8(data.constData() + hit.start, hit.end - hit.start);
        c.length = int(c.match.size());
        out.append(std::move(c));
    }
    QList<TextPosition> positions;
    for (const Candidate &c : out)
        positions.append({c.line, c.column});
    const QList<HitContext> contexts = ContextClassifier::classify(path, data, positions);
    for (int i = 0; i < out.size(); ++i)
        out[i].context = contexts[i];
    out.removeIf(
        [this](const Candidate &c) { return !m_matcher->rules()[c.rule].countsIn(c.context); });
    return out;
}

bool ContentScanner::coSignalsAllow(
    const Candidate &c, const QHash<int, QList<int>> &linesByRule) const
{
    const Signatures::Rule &rule = m_matcher->rules()[c.rule];
    auto present = [&](const Signatures::CoSignal &signal) {
        const auto lines = linesByRule.constFind(m_ruleIndex.value(signal.rule, -1));
        if (lines == linesByRule.cend())
            return false;
        if (signal.withinLines < 0)
            return true;
        return std::any_of(lines->begin(), lines->end(),
            [&](int l) { return std::abs(l - c.line) <= signal.withinLines; });
    };
    if (!std::all_of(rule.required.begin(), rule.required.end(), present))
        return false;
    return std::none_of(rule.vetoes.begin(), rule.vetoes.end(), present);
}

QList<Finding> ContentScanner::scan(const QString &path, const QByteArray &data) const
{
    const QList<Candidate> candidates = signatureCandidates(path, data);
    QHash<int, QList<int>> linesByRule;
    for (const Candidate &c : candidates)
        linesByRule[c.rule].append(c.line);

    QList<Finding> findings;
    const bool vendored = isVendoredPath(path);
    for (const Candidate &c : candidates) {
        if (!coSignalsAllow(c, linesByRule))
            continue;
        const Signatures::Rule &rule = m_matcher->rules()[c.rule];
        Finding f;
        f.kind = FindingKind::Signature;
        f.ruleId = rule.id;
        f.family = rule.family;
        f.title = rule.title;
        f.path = path;
        f.line = c.line + 1;
        f.column = c.column + 1;
        f.length = c.length;
        f.text = c.lineText;
        f.match = c.match;
        f.context = c.context;
        f.vendored = vendored;
        f.strength = rule.strength;
        f.implies = rule.implies;
        findings.append(std::move(f));
    }
    if (m_claims && mayClaim(siteOf(path)) && claimSource(path) != ClaimSource::None)
        findings.append(claimFindings(path, data));
    return findings;
}

ContentScanner::ClaimSource ContentScanner::claimSource(const QString &path)
{
    static const QRegularExpression logs(
        QStringLiteral("\\.(log|out|err)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scripts(
        QStringLiteral("\\.(sh|bash|zsh|slurm|sbatch|pbs|py|ipynb)$|(^|/)dockerfile[^/]*$|"
                       "(^|/)makefile$"),
        QRegularExpression::CaseInsensitiveOption);
    if (ContextClassifier::isProsePath(path) || ContextClassifier::isConfigPath(path)
        || logs.match(path).hasMatch())
        return ClaimSource::All;
    if (scripts.match(path).hasMatch())
        return ClaimSource::CommentsAndInfrastructure;
    return ClaimSource::None; // C++, JavaScript, ...: their chip names are tables of devices, not
                              // claims
}

// 1-based lines of a notebook (.ipynb) that belong to Markdown cells. nbformat writes each cell's
// "cell_type" before its "source", so a line belongs to the cell type seen last above it.
QSet<int> ContentScanner::notebookMarkdownLines(const QString &path, const QString &text)
{
    QSet<int> out;
    if (!path.endsWith(u".ipynb"_s, Qt::CaseInsensitive))
        return out;
    // Only the "source" lines of Markdown cells: outputs and the notebook's metadata (a Colab
    // runtime's "gpuType") are not the author's prose.
    static const QRegularExpression cellType(QStringLiteral("\"cell_type\"\\s*:\\s*\"(\\w+)\""));
    static const QRegularExpression source(QStringLiteral("^\\s*\"source\"\\s*:"));
    static const QRegularExpression close(QStringLiteral("^\\s*\\],?\\s*$"));
    bool inMarkdown = false, inSource = false;
    int line = 0;
    for (const QStringView l : QStringView(text).split(u'\n')) {
        ++line;
        if (const auto m = cellType.matchView(l); m.hasMatch()) {
            inMarkdown = m.capturedView(1) == u"markdown";
            inSource = false;
        } else if (source.matchView(l).hasMatch()) {
            inSource = inMarkdown;
            if (inSource && !l.trimmed().endsWith(u'['))
                out.insert(line); // "source": "one line"
            inSource = inSource && l.trimmed().endsWith(u'[');
        } else if (inSource) {
            if (close.matchView(l).hasMatch())
                inSource = false;
            else
                out.insert(line);
        }
    }
    return out;
}

QList<Finding> ContentScanner::claimFindings(const QString &path, const QByteArray &data) const
{
    const QString text = QString::fromUtf8(data);
    QList<Claim> claims = m_claims->extract(text);
    if (claims.isEmpty())
        return {};
    // One finding per line (a finding is identified by its line): every chip of the line.
    QList<Finding> out;
    QList<TextPosition> positions;
    QList<ClaimForm> forms;
    for (const Claim &claim : claims) {
        const qsizetype lineStart = text.lastIndexOf(u'\n', claim.offset - 1) + 1;
        const int line = int(QStringView(text).left(lineStart).count(u'\n'));
        if (!out.isEmpty() && out.last().line == line + 1) {
            mergeIntoLine(out.last(), claim, text, lineStart);
            continue;
        }
        qsizetype lineEnd = text.indexOf(u'\n', claim.offset);
        if (lineEnd < 0)
            lineEnd = text.size();
        Finding f;
        f.kind = FindingKind::Claim;
        f.ruleId = u"claim"_s;
        f.family = u"claim"_s;
        f.title = claim.spelling;
        f.path = path;
        f.line = line + 1;
        f.column = int(claim.offset - lineStart) + 1;
        f.length = int(claim.length);
        f.text = text.mid(lineStart, lineEnd - lineStart);
        if (f.text.endsWith(u'\r'))
            f.text.chop(1);
        f.match = claim.spelling;
        f.chips = claim.chips;
        f.scope = claim.scope;
        f.strength = claim.scope == ClaimScope::Training ? ChipTrace::Strength::Strong
                                                         : ChipTrace::Strength::Hint;
        f.vendored = isVendoredPath(path);
        positions.append({line, f.column - 1});
        forms.append(claim.form);
        out.append(std::move(f));
    }
    const QList<HitContext> contexts = ContextClassifier::classify(path, data, positions);
    const bool commentsOnly = claimSource(path) == ClaimSource::CommentsAndInfrastructure;
    const QSet<int> markdown = notebookMarkdownLines(path, text);
    QList<Finding> kept;
    for (int i = 0; i < out.size(); ++i) {
        out[i].context = contexts[i];
        const bool infrastructure = forms[i] == ClaimForm::Path || forms[i] == ClaimForm::Host
            || forms[i] == ClaimForm::Partition || forms[i] == ClaimForm::Log;
        // A notebook's Markdown cell is prose, although the file stores it as JSON strings.
        if (markdown.contains(out[i].line))
            out[i].context = HitContext::Prose;
        // In code, a chip in a string or an identifier is a device table or a check, not a claim.
        if (commentsOnly && !infrastructure && out[i].context != HitContext::Comment
            && out[i].context != HitContext::Prose)
            continue;
        kept.append(std::move(out[i]));
    }
    return kept;
}

// A second claim on the same line: its chips join the line's finding, the match spans both.
void ContentScanner::mergeIntoLine(
    Finding &f, const Claim &claim, const QString &text, qsizetype lineStart)
{
    for (const QString &chip : claim.chips)
        if (!f.chips.contains(chip))
            f.chips.append(chip);
    f.scope = ClaimExtractor::preferredScope(f.scope, claim.scope);
    f.strength =
        f.scope == ClaimScope::Training ? ChipTrace::Strength::Strong : ChipTrace::Strength::Hint;
    const qsizetype begin = lineStart + f.column - 1;
    f.length = int(claim.offset + claim.length - begin);
    f.match = text.mid(begin, f.length);
    f.title = f.match;
}

} // namespace ChipTrace::Scan
