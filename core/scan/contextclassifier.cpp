// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/contextclassifier.h"

#include <QRegularExpression>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>
#include <memory>
#include <numeric>

namespace ChipTrace::Scan {

using namespace Qt::StringLiterals;

namespace {

namespace KSH = KSyntaxHighlighting;

HitContext fromStyle(KSH::Theme::TextStyle style)
{
    switch (style) {
    case KSH::Theme::Comment:
    case KSH::Theme::CommentVar:
    case KSH::Theme::Documentation:
        return HitContext::Comment;
    case KSH::Theme::String:
    case KSH::Theme::VerbatimString:
    case KSH::Theme::SpecialString:
    case KSH::Theme::Char:
    case KSH::Theme::SpecialChar:
        return HitContext::String;
    default:
        return HitContext::Code;
    }
}

// Records the token styles of one line at a time.
class LineTokeniser : public KSH::AbstractHighlighter
{
public:
    struct Span
    {
        int offset;
        int length;
        HitContext context;
    };

    KSH::State tokenise(const QString &line, const KSH::State &state)
    {
        m_spans.clear();
        return highlightLine(line, state);
    }

    HitContext contextAt(int column) const
    {
        for (const Span &s : m_spans)
            if (column >= s.offset && column < s.offset + s.length)
                return s.context;
        return HitContext::Code;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        m_spans.append({offset, length, fromStyle(format.textStyle())});
    }

private:
    QList<Span> m_spans;
};

KSH::Repository &repository()
{
    thread_local std::unique_ptr<KSH::Repository> repo;
    if (!repo)
        repo = std::make_unique<KSH::Repository>();
    return *repo;
}

QString extensionOf(const QString &path)
{
    const QString name = path.section(u'/', -1).toLower();
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}

} // namespace

bool ContextClassifier::isProsePath(const QString &path)
{
    static const QStringList prose = {u"md"_s, u"markdown"_s, u"rst"_s, u"txt"_s, u"adoc"_s,
        u"org"_s, u"html"_s, u"htm"_s, u"tex"_s, u"mdx"_s};
    const QString name = path.section(u'/', -1).toLower();
    if (name.startsWith(u"readme") || name.startsWith(u"model_card")
        || name.startsWith(u"modelcard"))
        return true;
    return prose.contains(extensionOf(path));
}

bool ContextClassifier::isConfigPath(const QString &path)
{
    static const QStringList config = {
        u"yaml"_s, u"yml"_s, u"json"_s, u"toml"_s, u"ini"_s, u"cfg"_s, u"conf"_s};
    return config.contains(extensionOf(path));
}

QList<HitContext> ContextClassifier::classify(
    const QString &path, const QByteArray &data, const QList<TextPosition> &positions)
{
    QList<HitContext> out(positions.size(), HitContext::Code);
    if (positions.isEmpty())
        return out;
    if (isProsePath(path)) {
        out.fill(HitContext::Prose);
        return out;
    }
    const KSH::Definition definition = repository().definitionForFileName(path.section(u'/', -1));
    if (!definition.isValid())
        return out; // unknown syntax: nothing to tell comments from code
    LineTokeniser tokeniser;
    tokeniser.setDefinition(definition);
    // Positions in line order, so one pass over the lines serves them all.
    QList<int> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&](int a, int b) { return positions[a].line < positions[b].line; });

    KSH::State state;
    qsizetype start = 0;
    int line = 0;
    for (int k = 0; k < order.size() && start <= data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        state = tokeniser.tokenise(QString::fromUtf8(data.constData() + start, end - start), state);
        for (; k < order.size() && positions[order[k]].line == line; ++k)
            out[order[k]] = tokeniser.contextAt(positions[order[k]].column);
        start = end + 1;
    }
    return out;
}

bool isVendoredPath(const QString &path)
{
    static const QRegularExpression vendored(
        QStringLiteral(
            "(^|/)(third[_-]?party|3rd[_-]?party|vendor(ed)?|external|extern|deps|dependencies|"
            "node_modules|site-packages|submodules|kohya_ss-[^/]*|mindformers-[^/]*)/|(^|/)csrc/cutlass/"),
        QRegularExpression::CaseInsensitiveOption);
    return vendored.match(path).hasMatch();
}

} // namespace ChipTrace::Scan
