// SPDX-License-Identifier: GPL-3.0-or-later
#include "assess/combination.h"

#include "assess/assessment_p.h"
#include "funnel/constraint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace ChipTrace::Assess {

namespace {

// Thrown inside this file only and caught in parse(), like the signature packs' loader, so that
// yaml-cpp's exceptions and ours become one Result naming file, line and rule.
struct SetError
{
    int line;
    QString message;
};

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

QString text(const YAML::Node &node, const char *key, bool required = false)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull()) {
        if (required)
            throw SetError{lineOf(node), tr("missing field \"%1\"").arg(QLatin1String(key))};
        return {};
    }
    if (!value.IsScalar())
        throw SetError{lineOf(value), tr("field \"%1\" must be text").arg(QLatin1String(key))};
    return QString::fromStdString(value.as<std::string>()).trimmed();
}

QStringList textList(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return {};
    if (value.IsScalar())
        return {QString::fromStdString(value.as<std::string>()).trimmed()};
    if (!value.IsSequence())
        throw SetError{lineOf(value), tr("field \"%1\" must be a list").arg(QLatin1String(key))};
    QStringList out;
    for (const YAML::Node &item : value) {
        if (!item.IsScalar())
            throw SetError{
                lineOf(item), tr("items of \"%1\" must be text").arg(QLatin1String(key))};
        out << QString::fromStdString(item.as<std::string>()).trimmed();
    }
    return out;
}

int number(const YAML::Node &node, const char *key, int fallback)
{
    const QString value = text(node, key);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1)
        throw SetError{lineOf(node[key]),
            tr("field \"%1\" must be a whole number >= 1").arg(QLatin1String(key))};
    return n;
}

// A misspelt key ("unles:") would otherwise silently drop a veto.
void rejectUnknown(const YAML::Node &node, const QStringList &known)
{
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = QString::fromStdString(it->first.as<std::string>());
        if (!known.contains(key))
            throw SetError{lineOf(it->first), tr("unknown field \"%1\"").arg(key)};
    }
}

Condition parseCondition(const YAML::Node &node)
{
    if (!node.IsMap())
        throw SetError{
            lineOf(node), tr("a condition must be a mapping (rules, families, sites, ...)")};
    rejectUnknown(node,
        {QStringLiteral("rules"), QStringLiteral("families"), QStringLiteral("sites"),
            QStringLiteral("comments"), QStringLiteral("min_count"), QStringLiteral("min_files"),
            QStringLiteral("min_rules")});
    Condition c;
    c.sourceLine = lineOf(node);
    c.rules = textList(node, "rules");
    c.families = textList(node, "families");
    if (c.rules.isEmpty() && c.families.isEmpty())
        throw SetError{c.sourceLine, tr("a condition needs \"rules\" or \"families\"")};
    for (const QString &name : textList(node, "sites")) {
        if (name == u"docs-command") {
            c.docsCommands = true;
            continue;
        }
        const auto site = Scan::siteFromName(name);
        if (!site)
            throw SetError{lineOf(node["sites"]), tr("unknown site \"%1\"").arg(name)};
        c.sites << *site;
    }
    if (c.sites.isEmpty() && !c.docsCommands)
        c.sites = {Scan::Site::Training, Scan::Site::Code};
    const QString comments = text(node, "comments").toLower();
    c.comments = comments == u"true" || comments == u"yes";
    c.minCount = number(node, "min_count", 1);
    c.minFiles = number(node, "min_files", 1);
    c.minRules = number(node, "min_rules", 1);
    return c;
}

QList<Condition> conditions(const YAML::Node &node, const char *key)
{
    QList<Condition> out;
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return out;
    if (!value.IsSequence())
        throw SetError{
            lineOf(value), tr("field \"%1\" must be a list of conditions").arg(QLatin1String(key))};
    for (const YAML::Node &item : value)
        out << parseCondition(item);
    return out;
}

QList<CombinationExample> examples(const YAML::Node &node, const char *key)
{
    QList<CombinationExample> out;
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return out;
    if (!value.IsSequence())
        throw SetError{lineOf(value), tr("examples.%1 must be a list").arg(QLatin1String(key))};
    for (const YAML::Node &item : value) {
        if (!item.IsMap())
            throw SetError{
                lineOf(item), tr("an example must be a mapping (name, findings, established)")};
        rejectUnknown(item,
            {QStringLiteral("name"), QStringLiteral("findings"), QStringLiteral("established")});
        CombinationExample ex;
        ex.sourceLine = lineOf(item);
        ex.name = text(item, "name", true);
        ex.established = textList(item, "established");
        const YAML::Node findings = item["findings"];
        if (!findings || !findings.IsSequence() || findings.size() == 0)
            throw SetError{ex.sourceLine, tr("an example needs a non-empty \"findings\" list")};
        for (const YAML::Node &f : findings) {
            if (!f.IsMap())
                throw SetError{lineOf(f), tr("an example finding must be {rule, path, context}")};
            rejectUnknown(f,
                {QStringLiteral("rule"), QStringLiteral("path"), QStringLiteral("context"),
                    QStringLiteral("text")});
            ExampleFinding ef{text(f, "rule", true), text(f, "path", true),
                ChipTrace::HitContext::Code, text(f, "text")};
            if (const QString context = text(f, "context"); !context.isEmpty()) {
                const auto c = ChipTrace::contextFromName(context);
                if (!c)
                    throw SetError{lineOf(f), tr("unknown context \"%1\"").arg(context)};
                ef.context = *c;
            }
            ex.findings << ef;
        }
        out << ex;
    }
    return out;
}

Combination parseCombination(const YAML::Node &node, const QString &sourceFile)
{
    if (!node.IsMap())
        throw SetError{lineOf(node), tr("a combination must be a mapping of fields")};
    rejectUnknown(node,
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("vendor"),
            QStringLiteral("all"), QStringLiteral("unless"), QStringLiteral("after"),
            QStringLiteral("implies"), QStringLiteral("strength"), QStringLiteral("rationale"),
            QStringLiteral("caveats"), QStringLiteral("references"), QStringLiteral("examples")});
    Combination c;
    c.sourceFile = sourceFile;
    c.sourceLine = lineOf(node);
    c.id = text(node, "id", true);
    c.title = text(node, "title", true);
    c.vendor = text(node, "vendor");
    c.all = conditions(node, "all");
    if (c.all.isEmpty())
        throw SetError{
            c.sourceLine, tr("a combination needs at least one condition under \"all\"")};
    c.unless = conditions(node, "unless");
    c.after = textList(node, "after");
    c.implies = text(node, "implies", true);
    const auto strength = ChipTrace::strengthFromName(text(node, "strength", true));
    if (!strength)
        throw SetError{lineOf(node["strength"]), tr("strength must be proof, strong or hint")};
    c.strength = *strength;
    c.rationale = text(node, "rationale", true);
    c.caveats = textList(node, "caveats");
    c.references = textList(node, "references");
    const YAML::Node ex = node["examples"];
    if (!ex || !ex.IsMap())
        throw SetError{
            c.sourceLine, tr("a combination needs examples: with fires: (and quiet:) lists")};
    c.fires = examples(ex, "fires");
    c.quiet = examples(ex, "quiet");
    if (c.fires.isEmpty())
        throw SetError{lineOf(ex), tr("a combination needs at least one example under \"fires\"")};
    return c;
}

QString idHint(const YAML::Node &node)
{
    try {
        if (node.IsMap() && node["id"] && node["id"].IsScalar())
            return QString::fromStdString(node["id"].as<std::string>());
    } catch (const YAML::Exception &) { }
    return {};
}

Error setError(const QString &file, int line, const QString &id, const QString &message)
{
    const QString where = id.isEmpty()
        ? QStringLiteral("%1:%2").arg(file).arg(line)
        : QStringLiteral("%1:%2: combination \"%3\"").arg(file).arg(line).arg(id);
    return fail(ErrorCode::Parse, QStringLiteral("%1: %2").arg(where, message));
}

} // namespace

bool Condition::accepts(const Scan::Finding &f) const
{
    // A line that never reached HEAD's history is not the lab's own training code.
    if (f.kind != Scan::FindingKind::Signature || f.unmerged)
        return false;
    if (!rules.contains(f.ruleId) && !families.contains(f.family))
        return false;
    if (!comments && f.context == ChipTrace::HitContext::Comment)
        return false;
    const Scan::Site site = f.vendored ? Scan::Site::Vendored : Scan::siteOf(f.path);
    if (docsCommands && site == Scan::Site::Docs && isDocumentedCommand(f.text))
        return true;
    return sites.contains(site);
}

// A line of a command shown in the lab's documentation: a continuation line that starts with an
// option ("    --bf16 True \\"), or a launcher with options ("torchrun ... train.py --bf16").
// The README's training command is the lab's own recipe, as much as a launch script is.
bool isDocumentedCommand(const QString &line)
{
    static const QRegularExpression command(
        QStringLiteral("^\\s*(--[A-Za-z][\\w-]*|(\\$\\s*)?(torchrun|deepspeed|accelerate launch|"
                       "python3?|bash|sh|srun|mpirun)\\b[^\\n]*\\s--[A-Za-z])"));
    return command.match(line).hasMatch();
}

Result<CombinationSet> CombinationSet::parse(const QByteArray &yaml, const QString &sourceFile)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return setError(
            sourceFile, e.mark.is_null() ? 0 : e.mark.line + 1, {}, QString::fromStdString(e.msg));
    }
    if (!root.IsMap() || !root["combinations"] || !root["combinations"].IsSequence())
        return setError(
            sourceFile, 1, {}, tr("a combination file needs a top-level \"combinations:\" list"));
    CombinationSet set;
    set.sourceFile = sourceFile;
    QSet<QString> ids;
    YAML::Node current;
    try {
        set.version = text(root, "version");
        for (const YAML::Node &node : root["combinations"]) {
            current = node;
            Combination c = parseCombination(node, sourceFile);
            if (ids.contains(c.id))
                throw SetError{c.sourceLine, tr("duplicate combination id")};
            ids.insert(c.id);
            set.rules << std::move(c);
        }
    } catch (const SetError &e) {
        return setError(sourceFile, e.line, idHint(current), e.message);
    } catch (const YAML::Exception &e) {
        return setError(sourceFile, e.mark.is_null() ? lineOf(current) : e.mark.line + 1,
            idHint(current), QString::fromStdString(e.msg));
    }
    return set;
}

Result<CombinationSet> CombinationSet::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            tr("Cannot read combination rules %1: %2").arg(fileName, file.errorString()));
    return parse(file.readAll(), fileName);
}

Result<CombinationSet> CombinationSet::builtin()
{
    CombinationSet all;
    const QDir dir(QStringLiteral(":/data/signatures/combinations"));
    all.sourceFile = dir.path();
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        auto set = load(dir.filePath(name));
        if (!set)
            return set.error();
        all.version = set->version;
        all.rules << set->rules;
    }
    return all;
}

QStringList validateCombinations(
    const QList<Combination> &rules, const QList<Signatures::Rule> &signatureRules)
{
    QStringList problems;
    QSet<QString> ruleIds, families, ids;
    for (const Signatures::Rule &r : signatureRules) {
        ruleIds.insert(r.id);
        families.insert(r.family);
    }
    for (const Combination &c : rules) {
        if (ids.contains(c.id))
            problems << QStringLiteral("%1:%2: combination \"%3\" is defined twice")
                            .arg(c.sourceFile)
                            .arg(c.sourceLine)
                            .arg(c.id);
        ids.insert(c.id);
    }
    for (const Combination &c : rules) {
        const QString where = QStringLiteral("%1:%2: combination \"%3\"")
                                  .arg(c.sourceFile)
                                  .arg(c.sourceLine)
                                  .arg(c.id);
        if (auto parsed = Funnel::Constraint::parse(c.implies); !parsed)
            problems
                << QStringLiteral("%1: implies \"%2\": %3").arg(where, c.implies, parsed.message());
        for (const QList<Condition> *list : {&c.all, &c.unless})
            for (const Condition &cond : *list) {
                for (const QString &r : cond.rules)
                    if (!ruleIds.contains(r))
                        problems << QStringLiteral(
                            "%1:%2: combination \"%3\": unknown signature rule \"%4\"")
                                        .arg(c.sourceFile)
                                        .arg(cond.sourceLine)
                                        .arg(c.id, r);
                for (const QString &f : cond.families)
                    if (!families.contains(f))
                        problems << QStringLiteral(
                            "%1:%2: combination \"%3\": unknown family \"%4\"")
                                        .arg(c.sourceFile)
                                        .arg(cond.sourceLine)
                                        .arg(c.id, f);
            }
        for (const QString &a : c.after)
            if (!ids.contains(a) || a == c.id)
                problems
                    << QStringLiteral("%1: comes after unknown combination \"%2\"").arg(where, a);
        for (const QList<CombinationExample> *list : {&c.fires, &c.quiet})
            for (const CombinationExample &ex : *list)
                for (const ExampleFinding &f : ex.findings)
                    if (!ruleIds.contains(f.rule))
                        problems << QStringLiteral(
                            "%1:%2: combination \"%3\": example \"%4\" uses unknown rule \"%5\"")
                                        .arg(c.sourceFile)
                                        .arg(ex.sourceLine)
                                        .arg(c.id, ex.name, f.rule);
    }
    // `after` must not loop: evaluate() resolves it in dependency order.
    QHash<QString, QStringList> after;
    for (const Combination &c : rules)
        after.insert(c.id, c.after);
    for (const Combination &c : rules) {
        QStringList stack = c.after;
        QSet<QString> seen;
        while (!stack.isEmpty()) {
            const QString next = stack.takeLast();
            if (next == c.id) {
                problems << QStringLiteral("%1:%2: combination \"%3\": \"after\" forms a cycle")
                                .arg(c.sourceFile)
                                .arg(c.sourceLine)
                                .arg(c.id);
                break;
            }
            if (!seen.contains(next)) {
                seen.insert(next);
                stack << after.value(next);
            }
        }
    }
    return problems;
}

QString combinationStatusName(CombinationStatus status)
{
    switch (status) {
    case CombinationStatus::Fired:
        return QStringLiteral("fired");
    case CombinationStatus::Blocked:
        return QStringLiteral("blocked");
    case CombinationStatus::Waiting:
        return QStringLiteral("waiting");
    case CombinationStatus::Unmet:
        break;
    }
    return QStringLiteral("unmet");
}

namespace {

// The findings meeting a condition, or nothing when it is not met.
QList<int> meeting(const Condition &cond, const QList<Scan::Finding> &findings)
{
    QList<int> hits;
    QSet<QString> files, rules;
    for (int i = 0; i < findings.size(); ++i)
        if (cond.accepts(findings[i])) {
            hits << i;
            files.insert(findings[i].path);
            rules.insert(findings[i].ruleId);
        }
    if (hits.size() < cond.minCount || files.size() < cond.minFiles || rules.size() < cond.minRules)
        return {};
    return hits;
}

} // namespace

QList<CombinationOutcome> evaluate(const QList<Combination> &rules,
    const QList<Scan::Finding> &findings, const QStringList &established)
{
    QList<CombinationOutcome> out(rules.size());
    QSet<QString> fired(established.cbegin(), established.cend());
    QList<bool> done(rules.size(), false);
    // Dependency order: a rule is decided once every rule it comes after is decided. Rules in a
    // cycle (validateCombinations reports them) are decided last, their `after` unmet.
    for (int pass = 0; pass <= rules.size(); ++pass) {
        bool progressed = false;
        for (int i = 0; i < rules.size(); ++i) {
            if (done[i])
                continue;
            const Combination &c = rules[i];
            const bool ready = pass == rules.size()
                || std::all_of(c.after.cbegin(), c.after.cend(), [&](const QString &a) {
                       for (int j = 0; j < rules.size(); ++j)
                           if (rules[j].id == a)
                               return bool(done[j]);
                       return true;
                   });
            if (!ready)
                continue;
            CombinationOutcome &o = out[i];
            o.rule = &c;
            bool met = true;
            for (const Condition &cond : c.all) {
                const QList<int> hits = meeting(cond, findings);
                met = met && !hits.isEmpty();
                for (int h : hits)
                    if (!o.restsOn.contains(h))
                        o.restsOn << h;
            }
            if (!met) {
                o.status = CombinationStatus::Unmet;
                o.restsOn.clear();
            } else {
                for (const Condition &cond : c.unless)
                    o.blockedBy << meeting(cond, findings);
                const bool afterMet = c.after.isEmpty()
                    || std::any_of(c.after.cbegin(), c.after.cend(),
                        [&](const QString &a) { return fired.contains(a); });
                if (!o.blockedBy.isEmpty())
                    o.status = CombinationStatus::Blocked;
                else if (!afterMet) {
                    o.status = CombinationStatus::Waiting;
                    o.missing = c.after;
                } else {
                    o.status = CombinationStatus::Fired;
                    fired.insert(c.id);
                }
            }
            std::sort(o.restsOn.begin(), o.restsOn.end());
            done[i] = true;
            progressed = true;
        }
        if (!progressed && pass < rules.size())
            pass = int(rules.size()) - 1; // only cycles left: decide them on the last pass
    }
    return out;
}

QList<Scan::Finding> exampleFindings(
    const CombinationExample &example, const QList<Signatures::Rule> &signatureRules)
{
    QHash<QString, const Signatures::Rule *> byId;
    for (const Signatures::Rule &r : signatureRules)
        byId.insert(r.id, &r);
    QList<Scan::Finding> out;
    int line = 0;
    for (const ExampleFinding &ef : example.findings) {
        Scan::Finding f;
        f.ruleId = ef.rule;
        const Signatures::Rule *rule = byId.value(ef.rule);
        f.family = rule ? rule->family : QString();
        f.title = rule ? rule->title : ef.rule;
        f.strength = rule ? rule->strength : ChipTrace::Strength::Hint;
        f.implies = rule ? rule->implies : QString();
        f.path = ef.path;
        f.line = ++line;
        f.context = ef.context;
        f.vendored = Scan::siteOf(ef.path) == Scan::Site::Vendored;
        f.text = ef.text.isEmpty() ? QStringLiteral("example: %1").arg(example.name) : ef.text;
        out << f;
    }
    return out;
}

} // namespace ChipTrace::Assess
