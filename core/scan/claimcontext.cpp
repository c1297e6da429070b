// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/claimcontext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace ChipTrace::Scan::ClaimContext {

using namespace Qt::StringLiterals;

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption;

bool isSeparatorRow(const QString &line)
{
    static const RE sep(QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    return sep.match(line).hasMatch();
}

bool isPipeRow(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'|') || t.count(u'|') >= 2;
}

// Cells of a pipe row; a leading and a trailing '|' do not open empty cells.
QStringList pipeCells(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(u'|'))
        t.remove(0, 1);
    if (t.endsWith(u'|'))
        t.chop(1);
    QStringList cells = t.split(u'|');
    for (QString &c : cells)
        c = c.trimmed();
    return cells;
}

QString lineText(const QString &text, const Span &s)
{
    return text.mid(s.begin, s.end - s.begin);
}

// Up to three non-empty lines that end before `pos`: the heading and caption of a table.
QString linesBefore(const QString &text, qsizetype pos)
{
    QStringList lines;
    qsizetype end = pos;
    while (end > 0 && lines.size() < 3) {
        const Span s = lineAt(text, end - 1);
        const QString line = lineText(text, s).trimmed();
        if (!line.isEmpty())
            lines.prepend(line.left(400));
        end = s.begin;
    }
    return lines.join(u'\n');
}

std::optional<TableCell> markdownCell(const QString &text, qsizetype offset)
{
    const Span here = lineAt(text, offset);
    const QString line = lineText(text, here);
    if (!isPipeRow(line) || isSeparatorRow(line))
        return std::nullopt;
    // Walk up to the first row of the block.
    Span first = here;
    for (int guard = 0; first.begin > 0 && guard < 2000; ++guard) {
        const Span prev = lineAt(text, first.begin - 1);
        if (!isPipeRow(lineText(text, prev)))
            break;
        first = prev;
    }
    const Span second = first.end < text.size() ? lineAt(text, first.end + 1) : first;
    if (second.begin == first.begin || !isSeparatorRow(lineText(text, second)))
        return std::nullopt; // pipes without a header separator: not a table
    TableCell out;
    out.row = line.trimmed();
    out.header = lineText(text, first).trimmed();
    out.isHeader = first.begin == here.begin;
    QString prefix = text.mid(here.begin, offset - here.begin);
    const int column = int(prefix.count(u'|')) - (prefix.trimmed().startsWith(u'|') ? 1 : 0);
    const QStringList cells = pipeCells(line);
    const QStringList headers = pipeCells(out.header);
    if (column >= 0 && column < cells.size())
        out.cell = cells[column];
    if (column >= 0 && column < headers.size())
        out.headerCell = headers[column];
    out.before = linesBefore(text, first.begin);
    return out;
}

QString stripTags(const QString &html)
{
    static const RE tag(QStringLiteral("<[^>]*>"));
    return QString(html).replace(tag, u" "_s).simplified();
}

std::optional<TableCell> htmlCell(const QString &text, qsizetype offset)
{
    const qsizetype open = text.lastIndexOf(u"<table"_s, offset, Qt::CaseInsensitive);
    if (open < 0 || text.lastIndexOf(u"</table"_s, offset, Qt::CaseInsensitive) > open)
        return std::nullopt;
    const qsizetype td = std::max(text.lastIndexOf(u"<td"_s, offset, Qt::CaseInsensitive),
        text.lastIndexOf(u"<th"_s, offset, Qt::CaseInsensitive));
    if (td < open)
        return std::nullopt;
    TableCell out;
    qsizetype cellEnd = text.indexOf(u"</t"_s, offset, Qt::CaseInsensitive);
    out.cell = stripTags(text.mid(td, (cellEnd < 0 ? offset + 200 : cellEnd) - td));
    out.isHeader = text.mid(td, 3).compare(u"<th"_s, Qt::CaseInsensitive) == 0;
    const qsizetype tr = text.lastIndexOf(u"<tr"_s, offset, Qt::CaseInsensitive);
    const qsizetype trEnd = text.indexOf(u"</tr"_s, offset, Qt::CaseInsensitive);
    if (tr > open)
        out.row = stripTags(text.mid(tr, (trEnd < 0 ? offset + 400 : trEnd) - tr));
    static const RE th(
        QStringLiteral("<th\\b[^>]*>(.*?)</th>"), CI | RE::DotMatchesEverythingOption);
    QStringList headers;
    for (auto it = th.globalMatch(text.mid(open, offset - open)); it.hasNext();)
        headers << stripTags(it.next().captured(1));
    out.header = headers.join(u" | "_s);
    out.before = linesBefore(text, open);
    return out;
}

} // namespace

Span lineAt(const QString &text, qsizetype offset)
{
    Span s;
    s.begin = offset > 0 ? text.lastIndexOf(u'\n', offset - 1) + 1 : 0;
    s.end = text.indexOf(u'\n', offset);
    if (s.end < 0)
        s.end = text.size();
    if (s.end > s.begin && text[s.end - 1] == u'\r')
        --s.end;
    return s;
}

std::optional<TableCell> tableCellAt(const QString &text, qsizetype offset)
{
    if (auto cell = markdownCell(text, offset))
        return cell;
    return htmlCell(text, offset);
}

std::optional<ClaimForm> infrastructureForm(const QString &text, qsizetype offset, qsizetype length)
{
    const Span line = lineAt(text, offset);
    const QString before = text.mid(line.begin, offset - line.begin);
    const QString after = text.mid(offset + length, line.end - offset - length);
    static const RE partition(
        QStringLiteral("(--partition[= ]\\s*|(^|\\s)-p\\s+|\\bpartition\\s*[:=]\\s*[\"']?|"
                       "--gres[= ]gpu:|--constraint[= ][\"']?|(^|\\s)-C\\s+|--qos[= ]|"
                       "\\bqueue\\s*[:=]\\s*[\"']?)$"),
        CI);
    if (partition.match(before).hasMatch())
        return ClaimForm::Partition;
    static const RE hostWord(
        QStringLiteral("(^|[^A-Za-z0-9])(gpu|gpus|node|nodes|host|worker|srv|server|compute)[-_]$"),
        CI);
    static const RE hostTail(QStringLiteral("^[-_](node|n)?\\d{1,3}(?![A-Za-z0-9])"));
    const QString spelling = text.mid(offset, length);
    if (hostWord.match(before).hasMatch()
        || (spelling == spelling.toLower() && hostTail.match(after).hasMatch()))
        return ClaimForm::Host;
    // A path is a token that starts like one ("/mnt/h800-pool", "./h800_ckpt/") or has '/' on
    // both sides of the chip; "A100/H800" is a list of chips, not a path.
    static const RE tokenStart(QStringLiteral("[^\\s=\"'(:,]*$"));
    const QString token = tokenStart.match(before).captured();
    static const RE pathTail(QStringLiteral("^[-_.A-Za-z0-9]*/"));
    const bool slashAfter = pathTail.match(after).hasMatch();
    if ((token.startsWith(u'/') || token.startsWith(u"./"_s) || token.startsWith(u"../"_s)
            || token.startsWith(u"~/"_s))
        && (token.size() > 1 || slashAfter))
        return ClaimForm::Path;
    if (token.contains(u'/') && slashAfter)
        return ClaimForm::Path;
    return std::nullopt;
}

bool isToolOutput(const QString &line)
{
    static const RE smi(QStringLiteral(
        "^\\s*\\|\\s+\\d+\\s+(NVIDIA|Tesla|GeForce|Quadro)\\b|^\\s*GPU \\d+: (NVIDIA|Tesla)\\b"));
    return smi.match(line).hasMatch();
}

bool gluedToWord(const QString &text, qsizetype offset)
{
    if (offset < 2)
        return false;
    const QChar sep = text[offset - 1];
    // A spreadsheet range ("A1:A100", "B2:H20"): a cell reference, not a chip.
    static const QRegularExpression cell(QStringLiteral("(^|[^A-Za-z0-9])[A-Z]{1,2}\\d{1,5}:$"));
    if (sep == u':' && cell.match(text.mid(std::max<qsizetype>(0, offset - 9), 9)).hasMatch())
        return true;
    if (sep != u'-' && sep != u'_' && sep != u'.')
        return false;
    qsizetype begin = offset - 1;
    while (begin > 0 && (text[begin - 1].isLetterOrNumber()))
        --begin;
    const QString word = text.mid(begin, offset - 1 - begin).toLower();
    if (word.isEmpty() || word.at(0).isDigit())
        return false; // "2-A100", "-A100": a count or an option, not a word
    static const QStringList allowed = {u"nvidia"_s, u"tesla"_s, u"dgx"_s, u"hgx"_s, u"geforce"_s,
        u"gpu"_s, u"gpus"_s, u"node"_s, u"nodes"_s, u"host"_s, u"server"_s, u"srv"_s, u"worker"_s,
        u"pool"_s, u"cluster"_s, u"partition"_s, u"queue"_s, u"compute"_s, u"ascend"_s, u"atlas"_s,
        u"instinct"_s, u"amd"_s, u"habana"_s, u"intel"_s, u"cloud"_s, u"vm"_s, u"instance"_s};
    return !allowed.contains(word);
}

bool insideUrl(const QString &text, qsizetype offset)
{
    qsizetype begin = offset;
    static const QString stops = u" \t\n\"'()<>[]`"_s;
    while (begin > 0 && offset - begin < 300 && !stops.contains(text[begin - 1]))
        --begin;
    const QStringView token = QStringView(text).mid(begin, offset - begin);
    return token.contains(u"://"_s) || token.startsWith(u"www."_s, Qt::CaseInsensitive);
}

bool insideBase64(const QString &text, qsizetype offset, qsizetype length)
{
    const auto isBase64 = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'/' || c == u'=';
    };
    constexpr qsizetype kRun = 40; // longer than any word, path or chip list in prose
    qsizetype begin = offset, end = offset + length;
    while (begin > 0 && offset - begin < kRun && isBase64(text[begin - 1]))
        --begin;
    while (end < text.size() && end - offset < kRun + length && isBase64(text[end]))
        ++end;
    return end - begin >= kRun;
}

bool negated(const QString &text, qsizetype offset, qsizetype length)
{
    const Span line = lineAt(text, offset);
    const QString after =
        text.mid(offset + length, std::min<qsizetype>(80, line.end - offset - length));
    const QString before =
        text.mid(std::max(line.begin, offset - 30), offset - std::max(line.begin, offset - 30));
    static const RE threshold(
        QStringLiteral(
            "^\\s*(以上|及以上|或以上|或更新|or (above|newer|later|better)|and (above|newer|later))"),
        CI);
    if (threshold.match(after).hasMatch())
        return false;
    // The predicate after a list of subjects: "V100, 20 and older architectures are not
    // supported". A negation with an object of its own ("不支持V100") speaks of that object.
    static const RE negAfter(
        QStringLiteral("^[^.。;；!?！？]*?(\\bnot (be )?(supported|compatible)|\\bunsupported\\b|"
                       "\\b(does|do|will) not work|won't work|不受支持|不支持|不适用|不兼容|"
                       "无法使用|无法运行|暂不支持|サポートされていません|非対応)"),
        CI);
    static const RE object(QStringLiteral("^\\s*[:：]?\\s*[A-Za-z]{0,6}\\s?\\d"));
    if (const auto m = negAfter.match(after);
        m.hasMatch() && !object.match(after.mid(m.capturedEnd())).hasMatch())
        return true;
    static const RE negBefore(
        QStringLiteral(
            "(\\b(does|do|did) not|doesn't|don't|cannot|can't|\\bnot)\\s+(support|run on|"
            "work on|supported on)\\s*[:：]?\\s*$|(不支持|不适用于|暂不支持|不兼容)\\s*$|"
            "unsupported( on)?\\s*[:：]?\\s*$"),
        CI);
    return negBefore.match(before).hasMatch();
}

bool speaksOfGpus(const QString &text)
{
    static const RE words(
        QStringLiteral(
            "gpu|graphics card|nvidia|cuda|geforce|accelerator|\\bvram\\b|\\bhbm|gddr|"
            "\\bsxm|\\bpcie\\b|nvlink|colab|--gres|\\bpartition\\b|"
            "显卡|显存|顯示卡|算力|加速卡|[单多双]卡|\\d\\s*[张块張塊]?卡|GPU|グラフィックボード"),
        CI);
    return words.match(text).hasMatch();
}

bool isAmbiguous(const QString &spelling)
{
    static const RE shortName(
        QStringLiteral("^(?:[LT]\\d|L\\d0|A[1-4]0|H20|B[12]00|[KZ]100|S4000)$"), CI);
    return shortName.match(spelling.trimmed()).hasMatch();
}

} // namespace ChipTrace::Scan::ClaimContext
