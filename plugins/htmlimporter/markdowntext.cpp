// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include "evidence/htmltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace ChipTrace::Evidence {

namespace {

// Keys whose value names the hardware a model was trained or run on.
bool isHardwareKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("hardware_used"),
        QStringLiteral("hardware"),
        QStringLiteral("hardware_type"),
        QStringLiteral("training_hardware"),
        QStringLiteral("compute_hardware"),
        QStringLiteral("gpu"),
        QStringLiteral("gpus"),
        QStringLiteral("accelerator"),
        QStringLiteral("accelerators"),
        QStringLiteral("compute_infrastructure"),
    };
    return keys.contains(key.toLower().replace(u'-', u'_').replace(u' ', u'_'));
}

// Bounds against alias bombs and deep nesting in hostile front matter.
constexpr int maxDepth = 24;
constexpr int maxNodes = 20000;

struct YamlWalk
{
    QList<StructuredClaim> claims;
    QString title;
    bool modelCardKeys = false;
    int nodes = 0;

    static QString scalar(const YAML::Node &n)
    {
        return QString::fromStdString(n.Scalar()).trimmed();
    }

    QString flatten(const YAML::Node &n, int depth)
    {
        if (++nodes > maxNodes || depth > maxDepth)
            return {};
        if (n.IsScalar())
            return scalar(n);
        QStringList parts;
        if (n.IsSequence()) {
            for (const auto &item : n)
                parts << flatten(item, depth + 1);
        } else if (n.IsMap()) {
            for (const auto &kv : n)
                parts << scalar(kv.first) + QStringLiteral(": ") + flatten(kv.second, depth + 1);
        }
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }

    void walk(const YAML::Node &n, const QString &path, int depth)
    {
        if (++nodes > maxNodes || depth > maxDepth)
            return;
        if (n.IsSequence()) {
            int i = 0;
            for (const auto &item : n)
                walk(item, path + QStringLiteral("[%1]").arg(i++), depth + 1);
            return;
        }
        if (!n.IsMap())
            return;
        for (const auto &kv : n) {
            if (!kv.first.IsScalar())
                continue;
            const QString key = scalar(kv.first);
            const QString childPath = path.isEmpty() ? key : path + u'.' + key;
            if (depth == 0) {
                static const QStringList cardKeys = {QStringLiteral("license"),
                    QStringLiteral("tags"), QStringLiteral("pipeline_tag"),
                    QStringLiteral("model-index"), QStringLiteral("library_name"),
                    QStringLiteral("base_model"), QStringLiteral("datasets"),
                    QStringLiteral("co2_eq_emissions")};
                modelCardKeys = modelCardKeys || cardKeys.contains(key);
                if ((key == u"model_name" || key == u"title") && kv.second.IsScalar())
                    title = scalar(kv.second);
            }
            if (isHardwareKey(key)) {
                StructuredClaim c;
                c.field = childPath;
                c.value = flatten(kv.second, depth + 1);
                c.locator.headingPath = {QStringLiteral("front matter"), childPath};
                if (!c.value.isEmpty())
                    claims << c;
            } else {
                walk(kv.second, childPath, depth + 1);
            }
        }
    }
};

// Inline markup to plain text: images to alt text, links to their text, emphasis and code
// marks dropped, inline HTML tags removed.
QString inlineText(const QString &line)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression marks(
        QStringLiteral(R"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)"));
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][^>]*>)"));
    QString t = line;
    t.replace(image, QStringLiteral("\\1"));
    t.replace(link, QStringLiteral("\\1"));
    t.replace(tag, QString());
    t.replace(marks, QString());
    return decodeEntities(t);
}

class Sections
{
public:
    void heading(int level, const QString &text)
    {
        flush();
        while (!m_stack.isEmpty() && m_stack.last().first >= level)
            m_stack.removeLast();
        m_stack.append({level, text});
        if (m_firstHeading.isEmpty())
            m_firstHeading = text;
        m_current = text + u'\n';
    }
    void line(const QString &text) { m_current += text + u'\n'; }
    void flush()
    {
        const QString t = m_current.trimmed();
        if (!t.isEmpty()) {
            TextSegment s;
            s.text = t;
            for (const auto &h : std::as_const(m_stack))
                s.locator.headingPath << h.second;
            m_sections << s;
        }
        m_current.clear();
    }
    QList<TextSegment> m_sections;
    QString m_firstHeading;

private:
    QString m_current;
    QList<QPair<int, QString>> m_stack;
};

void parseBody(const QStringList &lines, qsizetype from, Sections &out)
{
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$)"));
    static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)\s*$)"));
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(```|~~~))"));
    bool inFence = false;
    QString pending; // the previous plain line, a setext heading candidate
    for (qsizetype i = from; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out.line(line);
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            out.heading(int(m.capturedLength(1)), inlineText(m.captured(2)).simplified());
            continue;
        }
        const bool prevPlain =
            i > from && !lines[i - 1].trimmed().isEmpty() && !atx.match(lines[i - 1]).hasMatch();
        if (const auto m = setext.match(line); m.hasMatch() && prevPlain && !pending.isEmpty()) {
            out.heading(m.captured(1).startsWith(u'=') ? 1 : 2, pending);
            pending.clear();
            continue;
        }
        if (!pending.isEmpty())
            out.line(pending);
        pending = line.trimmed().isEmpty() ? QString() : inlineText(line).simplified();
        if (pending.isEmpty())
            out.line(QString());
    }
    if (!pending.isEmpty())
        out.line(pending);
    out.flush();
}

} // namespace

Result<MarkdownText> markdownToText(const QString &markdown)
{
    MarkdownText result;
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(u'\n');
    qsizetype bodyStart = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        qsizetype end = 1;
        while (
            end < lines.size() && lines[end].trimmed() != u"---" && lines[end].trimmed() != u"...")
            ++end;
        if (end >= lines.size())
            return fail(ErrorCode::Parse,
                QCoreApplication::translate(
                    "Evidence", "the front matter that starts on line 1 is never closed with ---"));
        const QString yaml = lines.mid(1, end - 1).join(u'\n');
        YamlWalk walk;
        try {
            walk.walk(YAML::Load(yaml.toStdString()), QString(), 0);
        } catch (const YAML::Exception &e) {
            return fail(ErrorCode::Parse,
                QCoreApplication::translate(
                    "Evidence", "the front matter is not valid YAML: line %1: %2")
                    .arg(e.mark.line + 2)
                    .arg(QString::fromStdString(e.msg)));
        } catch (const std::exception &e) {
            return fail(ErrorCode::Parse,
                QCoreApplication::translate("Evidence", "the front matter could not be read: %1")
                    .arg(QString::fromLocal8Bit(e.what())));
        }
        result.hasFrontMatter = true;
        result.looksLikeModelCard = walk.modelCardKeys || !walk.claims.isEmpty();
        result.structured = walk.claims;
        result.title = walk.title;
        if (walk.nodes > maxNodes)
            result.problems << QCoreApplication::translate(
                "Evidence", "the front matter is too large; only its first %1 nodes were read")
                                   .arg(maxNodes);
        bodyStart = end + 1;
    }
    Sections sections;
    parseBody(lines, bodyStart, sections);
    result.sections = sections.m_sections;
    if (result.title.isEmpty())
        result.title = sections.m_firstHeading;
    return result;
}

} // namespace ChipTrace::Evidence
