// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace conflicts CASE [--all] [--format json]` lists the edits a merge or a colleague's
// concurrent edit left for a decision, field by field; `chiptrace resolve CASE CONFLICT
// --ours|--theirs` decides one (audited, like every change). Until then the case keeps "ours".

#include "caseargs.h"
#include "commandregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

namespace {

QString conflictCli(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The fields whose values differ, with both values: what the reviewer has to decide.
QJsonArray differences(const Case::Conflict &c)
{
    QStringList keys = c.ours.keys() + c.theirs.keys();
    keys.removeDuplicates();
    keys.sort();
    QJsonArray out;
    for (const QString &k : std::as_const(keys))
        if (c.ours.value(k) != c.theirs.value(k))
            out.append(QJsonObject{
                {u"field"_s, k}, {u"ours"_s, c.ours.value(k)}, {u"theirs"_s, c.theirs.value(k)}});
    return out;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return u"(none)"_s;
    return v.isString() ? u"\"%1\""_s.arg(v.toString()) : QString::number(v.toDouble());
}

void printConflict(const Case::Conflict &c)
{
    out() << conflictCli("%1  %2 %3 from %4%5")
                 .arg(c.id, c.table, c.entityId, c.origin,
                     c.resolved ? conflictCli(" (resolved: %1)").arg(c.resolution) : QString())
          << Qt::endl;
    if (c.ours.isEmpty() || c.theirs.isEmpty()) {
        out() << (c.ours.isEmpty() ? conflictCli("  deleted here, edited there")
                                   : conflictCli("  edited here, deleted there"))
              << Qt::endl;
        return;
    }
    for (const QJsonValue &d : differences(c))
        out() << u"  %1: ours %2, theirs %3"_s.arg(
            d[u"field"].toString(), valueText(d[u"ours"]), valueText(d[u"theirs"]))
              << Qt::endl;
}

int runConflicts(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption all(u"all"_s, conflictCli("Include resolved conflicts."));
    const QCommandLineOption format(
        u"format"_s, conflictCli("text (default) or json."), u"format"_s, u"text"_s);
    if (const int done = parse(p, args, {u"CASE"_s},
            conflictCli("List the conflicting edits that wait for a decision."), {all, format});
        done >= 0)
        return done;
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    const QList<Case::Conflict> conflicts = (*cf)->conflicts(p.parser.isSet(all));
    if (p.parser.value(format) == u"json") {
        QJsonArray array;
        for (const Case::Conflict &c : conflicts)
            array.append(QJsonObject{{u"id"_s, c.id}, {u"table"_s, c.table},
                {u"entity_id"_s, c.entityId}, {u"origin"_s, c.origin},
                {u"detected"_s, c.detected.toString(Qt::ISODateWithMs)},
                {u"resolved"_s, c.resolved}, {u"resolution"_s, c.resolution},
                {u"differences"_s, differences(c)}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (conflicts.isEmpty())
        out() << conflictCli("No conflicts wait for a decision.") << Qt::endl;
    for (const Case::Conflict &c : conflicts)
        printConflict(c);
    return ExitOk;
}

int runResolve(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption ours(u"ours"_s, conflictCli("Keep this case's version."));
    const QCommandLineOption theirs(u"theirs"_s, conflictCli("Take the other version."));
    if (const int done = parse(p, args, {u"CASE"_s, u"CONFLICT"_s},
            conflictCli("Decide a conflict (its id, or the first characters of it)."),
            {ours, theirs});
        done >= 0)
        return done;
    if (p.parser.isSet(ours) == p.parser.isSet(theirs))
        return failWith(fail(
            ErrorCode::InvalidArgument, conflictCli("Give exactly one of --ours or --theirs.")));
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    QStringList ids;
    for (const Case::Conflict &c : (*cf)->conflicts())
        if (c.id.startsWith(p.positional[1], Qt::CaseInsensitive))
            ids << c.id;
    if (ids.size() != 1)
        return failWith(fail(ErrorCode::InvalidArgument,
            ids.isEmpty()
                ? conflictCli("No open conflict %1 in this case (see: chiptrace conflicts CASE).")
                      .arg(p.positional[1])
                : conflictCli("%1 names several conflicts; give more of the id.")
                      .arg(p.positional[1])));
    const auto resolution =
        p.parser.isSet(theirs) ? Case::Resolution::TakeTheirs : Case::Resolution::KeepOurs;
    if (auto done = (*cf)->resolveConflict(ids.first(), resolution); !done)
        return failWith(done.error());
    out() << conflictCli("%1: resolved, %2 kept.")
                 .arg(ids.first(), p.parser.isSet(theirs) ? u"theirs"_s : u"ours"_s)
          << Qt::endl;
    return ExitOk;
}

} // namespace

static const CommandRegistration conflictsRegistration({
    u"conflicts"_s,
    QT_TRANSLATE_NOOP("Cli", "List the conflicting edits of a case, field by field"),
    runConflicts,
});
static const CommandRegistration resolveRegistration({
    u"resolve"_s,
    QT_TRANSLATE_NOOP("Cli", "Decide a conflict: keep ours or take theirs"),
    runResolve,
});

} // namespace ChipTrace::Cli
