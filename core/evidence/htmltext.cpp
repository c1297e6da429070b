// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ChipTrace::Evidence {

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    if (auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom);
        return decoder.decode(bytes);
    }
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    return utf8.decode(bytes);
}

static QByteArray metaCharset(const QByteArray &html)
{
    static const QRegularExpression re(
        QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(html.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, char32_t> named = {
        {QStringLiteral("amp"), U'&'},
        {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},
        {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("ndash"), U'\u2013'},
        {QStringLiteral("mdash"), U'\u2014'},
        {QStringLiteral("hellip"), U'\u2026'},
        {QStringLiteral("times"), U'\u00D7'},
        {QStringLiteral("lsquo"), U'\u2018'},
        {QStringLiteral("rsquo"), U'\u2019'},
        {QStringLiteral("ldquo"), U'\u201C'},
        {QStringLiteral("rdquo"), U'\u201D'},
        {QStringLiteral("middot"), U'\u00B7'},
        {QStringLiteral("copy"), U'\u00A9'},
        {QStringLiteral("reg"), U'\u00AE'},
        {QStringLiteral("trade"), U'\u2122'},
        {QStringLiteral("euro"), U'\u20AC'},
        {QStringLiteral("thinsp"), U'\u2009'},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const qsizetype semi = c == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semi < 0 || semi - i > 12) {
            out += c;
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            ok = ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        } else if (auto it = named.constFind(name); it != named.constEnd()) {
            code = *it;
            ok = true;
        }
        if (!ok) {
            out += c;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

namespace {

bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
        QStringLiteral("p"),
        QStringLiteral("div"),
        QStringLiteral("br"),
        QStringLiteral("li"),
        QStringLiteral("tr"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("table"),
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("header"),
        QStringLiteral("footer"),
        QStringLiteral("blockquote"),
        QStringLiteral("pre"),
        QStringLiteral("hr"),
        QStringLiteral("dd"),
        QStringLiteral("dt"),
        QStringLiteral("figcaption"),
        QStringLiteral("main"),
        QStringLiteral("nav"),
        QStringLiteral("aside"),
        QStringLiteral("caption"),
    };
    return blocks.contains(name);
}

bool isRawTextTag(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"noscript" || name == u"template"
        || name == u"svg" || name == u"textarea";
}

int headingLevel(QStringView name)
{
    if (name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6')
        return name[1].unicode() - u'0';
    return 0;
}

QString attribute(QStringView tag, QStringView attr)
{
    const QRegularExpression re(
        QStringLiteral(R"re((?:^|\s)%1\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re")
            .arg(attr.toString()),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.matchView(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedLength(i) > 0)
            return decodeEntities(m.captured(i)).trimmed();
    }
    return {};
}

// One pass over the page; emits sections as headings open.
class Scanner
{
public:
    explicit Scanner(const QString &html)
        : m_html(html)
    { }
    HtmlText run();

private:
    void text(QStringView raw);
    void tag(QStringView body);
    qsizetype tagEnd(qsizetype lt) const;
    qsizetype comment(qsizetype lt);
    qsizetype skipRawText(QStringView body, qsizetype from) const;
    void flush();
    void newline();

    const QString &m_html;
    HtmlText m_out;
    QString m_current; // text of the section being built
    QString m_heading; // text of the heading being read
    int m_headingLevel = 0; // > 0 while inside <hN>
    bool m_inTitle = false;
    QString m_titleText;
    QList<QPair<int, QString>> m_stack; // open headings
};

void Scanner::newline()
{
    if (!m_current.isEmpty() && !m_current.endsWith(u'\n'))
        m_current += u'\n';
}

void Scanner::flush()
{
    const QString t = m_current.trimmed();
    if (!t.isEmpty()) {
        TextSegment s;
        s.text = t;
        for (const auto &h : std::as_const(m_stack))
            s.locator.headingPath << h.second;
        m_out.sections << s;
    }
    m_current.clear();
}

void Scanner::text(QStringView raw)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString t = decodeEntities(raw.toString());
    t.replace(space, QStringLiteral(" "));
    if (m_inTitle) {
        m_titleText += t;
        return;
    }
    if (m_headingLevel > 0)
        m_heading += t;
    // Collapsed whitespace never starts a line.
    if ((m_current.isEmpty() || m_current.endsWith(u'\n')) && t.startsWith(u' '))
        t.remove(0, 1);
    m_current += t;
}

void Scanner::tag(QStringView body)
{
    const bool closing = body.startsWith(u'/');
    QStringView rest = closing ? body.mid(1) : body;
    qsizetype n = 0;
    while (n < rest.size() && (rest[n].isLetterOrNumber() || rest[n] == u'-' || rest[n] == u':'))
        ++n;
    const QString name = rest.left(n).toString().toLower();
    if (name == u"title") {
        m_inTitle = !closing;
        if (closing && m_out.title.isEmpty())
            m_out.title = m_titleText.simplified();
        return;
    }
    if (!closing && name == u"link" && attribute(rest, u"rel").toLower() == u"canonical")
        m_out.canonicalUri = attribute(rest, u"href");
    if (!closing && name == u"meta" && attribute(rest, u"property").toLower() == u"og:url"
        && m_out.canonicalUri.isEmpty())
        m_out.canonicalUri = attribute(rest, u"content");
    if (const int level = headingLevel(name)) {
        if (!closing) {
            flush();
            m_headingLevel = level;
            m_heading.clear();
        } else if (m_headingLevel > 0) {
            while (!m_stack.isEmpty() && m_stack.last().first >= m_headingLevel)
                m_stack.removeLast();
            m_stack.append({m_headingLevel, m_heading.simplified()});
            if (m_out.title.isEmpty() && m_headingLevel == 1)
                m_out.title = m_heading.simplified();
            m_headingLevel = 0;
        }
        newline();
        return;
    }
    if (name == u"td" || name == u"th")
        m_current += u' ';
    else if (isBlockTag(name))
        newline();
}

// Index of the '>' closing the tag that starts at `lt`, skipping quoted attribute values.
qsizetype Scanner::tagEnd(qsizetype lt) const
{
    QChar quote;
    qsizetype j = lt + 1;
    for (; j < m_html.size(); ++j) {
        const QChar c = m_html[j];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
    }
    return j;
}

// Skips a comment starting at `lt`, noting a browser's "saved from url=" on the way.
qsizetype Scanner::comment(qsizetype lt)
{
    static const QRegularExpression savedFrom(QStringLiteral(R"(saved from url=\(\d+\)(\S+))"));
    const qsizetype end = m_html.indexOf(QStringLiteral("-->"), lt + 4);
    const QStringView body = QStringView(m_html).mid(lt, end < 0 ? m_html.size() - lt : end - lt);
    if (const auto m = savedFrom.matchView(body); m.hasMatch() && m_out.canonicalUri.isEmpty())
        m_out.canonicalUri = m.captured(1);
    return end < 0 ? m_html.size() : end + 3;
}

// After the start tag `body` (ending before `from`): past the element's content when it is
// script-like, else `from`.
qsizetype Scanner::skipRawText(QStringView body, qsizetype from) const
{
    qsizetype n = 0;
    while (n < body.size() && body[n].isLetterOrNumber())
        ++n;
    const QString name = body.left(n).toString().toLower();
    if (!isRawTextTag(name) || body.endsWith(u'/'))
        return from;
    const qsizetype close = m_html.indexOf(QStringLiteral("</") + name, from, Qt::CaseInsensitive);
    const qsizetype gt = close < 0 ? -1 : m_html.indexOf(u'>', close);
    return gt < 0 ? m_html.size() : gt + 1;
}

HtmlText Scanner::run()
{
    const qsizetype size = m_html.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype lt = m_html.indexOf(u'<', i);
        if (lt < 0) {
            text(QStringView(m_html).mid(i));
            break;
        }
        if (lt > i)
            text(QStringView(m_html).mid(i, lt - i));
        if (QStringView(m_html).mid(lt, 4) == u"<!--") {
            i = comment(lt);
            continue;
        }
        const QChar next = lt + 1 < size ? m_html[lt + 1] : QChar();
        if (!(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            text(u"<"); // a bare '<' in text
            i = lt + 1;
            continue;
        }
        const qsizetype end = tagEnd(lt);
        const QStringView body = QStringView(m_html).mid(lt + 1, end - lt - 1);
        i = end + 1;
        if (body.startsWith(u'!') || body.startsWith(u'?'))
            continue; // doctype, processing instruction
        tag(body);
        i = skipRawText(body, i);
    }
    if (m_inTitle && m_out.title.isEmpty())
        m_out.title = m_titleText.simplified();
    flush();
    return std::move(m_out);
}

} // namespace

HtmlText htmlToText(const QByteArray &html, const QByteArray &charset)
{
    const QString decoded = decodeText(html, charset.isEmpty() ? metaCharset(html) : charset);
    return Scanner(decoded).run();
}

} // namespace ChipTrace::Evidence
