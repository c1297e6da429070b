// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures/signaturepack.h"

#include "funnel/constraint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace ChipTrace::Signatures {

namespace {

// Thrown inside this file only, caught in parse(): yaml-cpp reports errors by exception too, so
// one catch site turns both into a Result naming the file, line and rule.
struct PackError
{
    int line;
    QString message;
};


int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

QString scalar(const YAML::Node &node, const char *key, bool required = false)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull()) {
        if (required)
            throw PackError{lineOf(node),
                QCoreApplication::translate(
                    "ChipTrace::Signatures::SignaturePack", "missing field \"%1\"")
                    .arg(QLatin1String(key))};
        return {};
    }
    if (!value.IsScalar())
        throw PackError{lineOf(value),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "field \"%1\" must be text")
                .arg(QLatin1String(key))};
    return QString::fromStdString(value.as<std::string>()).trimmed();
}

// A list of text items; a single scalar counts as a one-item list.
QStringList textList(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    QStringList out;
    if (!value || value.IsNull())
        return out;
    if (value.IsScalar())
        return {QString::fromStdString(value.as<std::string>())};
    if (!value.IsSequence())
        throw PackError{lineOf(value),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "field \"%1\" must be a list")
                .arg(QLatin1String(key))};
    for (const YAML::Node &item : value) {
        if (!item.IsScalar())
            throw PackError{lineOf(item),
                QCoreApplication::translate(
                    "ChipTrace::Signatures::SignaturePack", "items of \"%1\" must be text")
                    .arg(QLatin1String(key))};
        out.append(QString::fromStdString(item.as<std::string>()));
    }
    return out;
}

QList<RuleExample> examples(const YAML::Node &node, const char *key)
{
    QList<RuleExample> out;
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return out;
    if (!value.IsSequence())
        throw PackError{lineOf(value),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "examples.%1 must be a list")
                .arg(QLatin1String(key))};
    for (const YAML::Node &item : value) {
        if (item.IsScalar())
            out.append({QString::fromStdString(item.as<std::string>()), {}});
        else if (item.IsMap())
            out.append({scalar(item, "text", true), scalar(item, "path")});
        else
            throw PackError{lineOf(item),
                QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                    "an example must be text or {text, path}")};
    }
    return out;
}

QList<CoSignal> coSignals(const YAML::Node &node, const char *key)
{
    QList<CoSignal> out;
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return out;
    if (!value.IsSequence())
        throw PackError{lineOf(value),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "field \"%1\" must be a list")
                .arg(QLatin1String(key))};
    for (const YAML::Node &item : value) {
        if (item.IsScalar()) {
            out.append({QString::fromStdString(item.as<std::string>()), -1});
            continue;
        }
        CoSignal signal{scalar(item, "rule", true), -1};
        const QString within = scalar(item, "within_lines");
        if (!within.isEmpty()) {
            bool ok = false;
            signal.withinLines = within.toInt(&ok);
            if (!ok || signal.withinLines < 0)
                throw PackError{lineOf(item),
                    QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                        "within_lines must be a whole number >= 0")};
        }
        out.append(signal);
    }
    return out;
}

QList<ChipTrace::HitContext> contexts(const YAML::Node &node)
{
    QList<ChipTrace::HitContext> out;
    for (const QString &name : textList(node, "contexts")) {
        const auto context = ChipTrace::contextFromName(name.trimmed());
        if (!context)
            throw PackError{lineOf(node["contexts"]),
                QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                    "unknown context \"%1\" (use code, comment, string, prose)")
                    .arg(name)};
        out.append(*context);
    }
    return out;
}

bool flag(const YAML::Node &node, const char *key)
{
    const QString text = scalar(node, key).toLower();
    if (text.isEmpty() || text == u"false" || text == u"no")
        return false;
    if (text == u"true" || text == u"yes")
        return true;
    throw PackError{lineOf(node[key]),
        QCoreApplication::translate(
            "ChipTrace::Signatures::SignaturePack", "field \"%1\" must be true or false")
            .arg(QLatin1String(key))};
}

// A misspelt field ("require:") would otherwise silently drop a co-signal.
void rejectUnknownFields(const YAML::Node &node)
{
    static const QStringList known = {QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("family"), QStringLiteral("patterns"), QStringLiteral("case_insensitive"),
        QStringLiteral("files"), QStringLiteral("contexts"), QStringLiteral("implies"),
        QStringLiteral("strength"), QStringLiteral("rationale"), QStringLiteral("references"),
        QStringLiteral("false_positives"), QStringLiteral("requires"), QStringLiteral("vetoes"),
        QStringLiteral("examples")};
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = QString::fromStdString(it->first.as<std::string>());
        if (!known.contains(key))
            throw PackError{lineOf(it->first),
                QCoreApplication::translate(
                    "ChipTrace::Signatures::SignaturePack", "unknown field \"%1\"")
                    .arg(key)};
    }
}

Rule parseRule(const YAML::Node &node, const QString &sourceFile)
{
    if (!node.IsMap())
        throw PackError{lineOf(node),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "a rule must be a mapping of fields")};
    rejectUnknownFields(node);
    Rule rule;
    rule.sourceFile = sourceFile;
    rule.sourceLine = lineOf(node);
    rule.id = scalar(node, "id", true);
    rule.title = scalar(node, "title", true);
    rule.family = scalar(node, "family", true);
    rule.patterns = textList(node, "patterns");
    if (rule.patterns.isEmpty())
        throw PackError{lineOf(node),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "a rule needs at least one pattern")};
    rule.caseInsensitive = flag(node, "case_insensitive");
    rule.files = textList(node, "files");
    rule.contexts = contexts(node);
    rule.implies = scalar(node, "implies");
    const auto strength = strengthFromName(scalar(node, "strength", true));
    if (!strength)
        throw PackError{lineOf(node["strength"]),
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "strength must be proof, strong or hint")};
    rule.strength = *strength;
    rule.rationale = scalar(node, "rationale");
    rule.references = textList(node, "references");
    rule.falsePositives = textList(node, "false_positives");
    rule.required = coSignals(node, "requires");
    rule.vetoes = coSignals(node, "vetoes");
    if (const YAML::Node ex = node["examples"]; ex && ex.IsMap()) {
        rule.examplesMatch = examples(ex, "match");
        rule.examplesNoMatch = examples(ex, "no_match");
    } else if (ex && !ex.IsNull()) {
        throw PackError{lineOf(ex),
            QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                "examples must hold match: and no_match: lists")};
    }
    return rule;
}

QString ruleIdHint(const YAML::Node &node)
{
    try {
        if (node.IsMap() && node["id"] && node["id"].IsScalar())
            return QString::fromStdString(node["id"].as<std::string>());
    } catch (const YAML::Exception &) { }
    return {};
}

Error packError(const QString &file, int line, const QString &ruleId, const QString &message)
{
    const QString where = ruleId.isEmpty()
        ? QCoreApplication::translate("ChipTrace::Signatures::SignaturePack", "%1:%2")
              .arg(file)
              .arg(line)
        : QCoreApplication::translate("ChipTrace::Signatures::SignaturePack", "%1:%2: rule \"%3\"")
              .arg(file)
              .arg(line)
              .arg(ruleId);
    return fail(ErrorCode::Parse,
        QCoreApplication::translate("ChipTrace::Signatures::SignaturePack", "%1: %2")
            .arg(where, message));
}

} // namespace

Result<SignaturePack> SignaturePack::parse(const QByteArray &yaml, const QString &sourceFile)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return packError(
            sourceFile, e.mark.is_null() ? 0 : e.mark.line + 1, {}, QString::fromStdString(e.msg));
    }
    if (!root.IsMap() || !root["rules"] || !root["rules"].IsSequence())
        return packError(sourceFile, 1, {},
            QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                "a signature pack needs a top-level \"rules:\" list"));

    SignaturePack pack;
    pack.sourceFile = sourceFile;
    QSet<QString> ids;
    YAML::Node current;
    try {
        pack.name = scalar(root, "pack");
        pack.version = scalar(root, "version");
        for (const YAML::Node &node : root["rules"]) {
            current = node;
            Rule rule = parseRule(node, sourceFile);
            if (ids.contains(rule.id))
                throw PackError{rule.sourceLine,
                    QCoreApplication::translate(
                        "ChipTrace::Signatures::SignaturePack", "duplicate rule id")};
            ids.insert(rule.id);
            pack.rules.append(std::move(rule));
        }
    } catch (const PackError &e) {
        return packError(sourceFile, e.line, ruleIdHint(current), e.message);
    } catch (const YAML::Exception &e) {
        return packError(sourceFile, e.mark.is_null() ? lineOf(current) : e.mark.line + 1,
            ruleIdHint(current), QString::fromStdString(e.msg));
    }
    if (pack.name.isEmpty())
        pack.name = sourceFile.section(u'/', -1).section(u'.', 0, 0);
    return pack;
}

Result<SignaturePack> SignaturePack::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "Cannot read signature pack %1: %2")
                .arg(fileName, file.errorString()));
    return parse(file.readAll(), fileName);
}

Result<QList<SignaturePack>> SignaturePack::builtin()
{
    QList<SignaturePack> packs;
    const QDir dir(QStringLiteral(":/data/signatures"));
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        auto pack = load(dir.filePath(name));
        if (!pack)
            return pack.error();
        packs.append(std::move(*pack));
    }
    return packs;
}

QList<Rule> allRules(const QList<SignaturePack> &packs)
{
    QList<Rule> rules;
    for (const SignaturePack &pack : packs)
        rules.append(pack.rules);
    return rules;
}

QStringList validateRules(const QList<Rule> &rules)
{
    QStringList problems;
    QSet<QString> ids;
    for (const Rule &rule : rules) {
        if (ids.contains(rule.id))
            problems.append(QCoreApplication::translate(
                "ChipTrace::Signatures::SignaturePack", "%1:%2: rule \"%3\" is defined twice")
                    .arg(rule.sourceFile)
                    .arg(rule.sourceLine)
                    .arg(rule.id));
        ids.insert(rule.id);
    }
    for (const Rule &rule : rules) {
        if (!rule.implies.isEmpty()) {
            const auto constraint = Funnel::Constraint::parse(rule.implies);
            if (!constraint)
                problems.append(QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                    "%1:%2: rule \"%3\": implies \"%4\": %5")
                        .arg(rule.sourceFile)
                        .arg(rule.sourceLine)
                        .arg(rule.id, rule.implies, constraint.message()));
        }
        for (const QList<CoSignal> *list : {&rule.required, &rule.vetoes})
            for (const CoSignal &signal : *list)
                if (!ids.contains(signal.rule))
                    problems.append(
                        QCoreApplication::translate("ChipTrace::Signatures::SignaturePack",
                            "%1:%2: rule \"%3\" refers to unknown rule \"%4\"")
                            .arg(rule.sourceFile)
                            .arg(rule.sourceLine)
                            .arg(rule.id, signal.rule));
    }
    return problems;
}

} // namespace ChipTrace::Signatures
