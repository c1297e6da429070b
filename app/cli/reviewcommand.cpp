// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace evidence list`, `chiptrace review` and `chiptrace comment`: reviewing a case
// (a file or a server case) without the workbench, for a reviewer at a terminal or a script.

#include "caseargs.h"
#include "commandregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

// An evidence item by its id or by a prefix of it that names one item only (ids are UUIDs;
// the list shows their first 8 characters).
static Result<Case::Evidence> findItem(const Case::CaseFile &cf, const QString &idOrPrefix)
{
    if (auto e = cf.evidenceItem(idOrPrefix))
        return *e;
    QList<Case::Evidence> matches;
    if (idOrPrefix.size() >= 4)
        for (const Case::Evidence &e : cf.evidence())
            if (e.id.startsWith(idOrPrefix, Qt::CaseInsensitive))
                matches << e;
    if (matches.size() == 1)
        return matches.first();
    if (!cf.readError().isEmpty())
        return fail(ErrorCode::Io, cf.readError());
    return fail(ErrorCode::InvalidArgument,
        matches.isEmpty()
            ? QCoreApplication::translate(
                  "Cli", "No evidence item %1 in this case (see: chiptrace evidence list CASE).")
                  .arg(idOrPrefix)
            : QCoreApplication::translate("Cli", "%1 names %2 evidence items; give more of the id.")
                  .arg(idOrPrefix)
                  .arg(matches.size()));
}

// The case of p.positional[0] and the item p.positional[1] names in it.
struct Target
{
    std::unique_ptr<Case::CaseFile> file;
    Case::Evidence item;
};
static Result<Target> openItem(const Parsed &p)
{
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return cf.error();
    auto item = findItem(**cf, p.positional[1]);
    if (!item)
        return item.error();
    return Target{std::move(*cf), *item};
}

static QString itemText(const Case::CaseFile &cf, const Case::Evidence &e)
{
    if (!e.quote.isEmpty())
        return e.quote;
    if (auto f = cf.finding(e.findingId))
        return f->text.trimmed().isEmpty() ? f->title : f->text.trimmed();
    return e.rationale;
}

static QJsonObject itemJson(
    const Case::CaseFile &cf, const Case::Evidence &e, const QHash<QString, QString> &modelNames)
{
    QJsonArray reviews, comments;
    for (const Case::Review &r : cf.reviews(e.id))
        reviews.append(QJsonObject{{u"reviewer"_s, r.reviewer}, {u"verdict"_s, nameOf(r.verdict)},
            {u"note"_s, r.note}, {u"at"_s, r.at.toString(Qt::ISODateWithMs)}});
    for (const Case::Comment &c : cf.comments(e.id))
        comments.append(QJsonObject{{u"author"_s, c.author}, {u"text"_s, c.text},
            {u"at"_s, c.at.toString(Qt::ISODateWithMs)}});
    return {{u"id"_s, e.id}, {u"model_id"_s, e.modelId}, {u"model"_s, modelNames.value(e.modelId)},
        {u"status"_s, reviewStatusName(e.status)}, {u"author"_s, e.author},
        {u"stance"_s, nameOf(e.stance)}, {u"scope"_s, nameOf(e.scope)},
        {u"strength"_s, strengthName(e.strength)},
        {u"reliability"_s, QString(nameOf(e.reliability) + nameOf(e.credibility))},
        {u"constraint"_s, e.constraint}, {u"text"_s, itemText(cf, e)},
        {u"training_facts"_s, toJson(e.facts)}, {u"finding_id"_s, e.findingId},
        {u"source_id"_s, e.sourceId}, {u"created"_s, e.created.toString(Qt::ISODateWithMs)},
        {u"reviews"_s, reviews}, {u"comments"_s, comments}};
}

static int runList(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption status(u"status"_s,
        QCoreApplication::translate(
            "Cli", "Only items with this status: proposed, accepted, disputed or rejected."),
        u"status"_s);
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("Cli", "text (default) or json."), u"format"_s, u"text"_s);
    if (const int done = parse(p, args, {u"CASE"_s},
            QCoreApplication::translate(
                "Cli", "List a case's evidence items and their review status."),
            {status, format});
        done >= 0)
        return done;
    const QString wanted = p.parser.value(status);
    static const QStringList statuses{u"proposed"_s, u"accepted"_s, u"disputed"_s, u"rejected"_s};
    if (!wanted.isEmpty() && !statuses.contains(wanted))
        return failWith(fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "Unknown status %1; use one of: %2")
                .arg(wanted, statuses.join(u", "_s))));
    const QString fmt = p.parser.value(format);
    if (fmt != u"text"_s && fmt != u"json"_s)
        return failWith(fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "Unknown format %1; use text or json.").arg(fmt)));
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    QHash<QString, QString> modelNames;
    for (const Case::Model &m : (*cf)->models())
        modelNames.insert(m.id, m.name);
    QList<Case::Evidence> items;
    for (const Case::Evidence &e : (*cf)->evidence())
        if (wanted.isEmpty() || reviewStatusName(e.status) == wanted)
            items << e;
    if (!(*cf)->readError().isEmpty())
        return failWith(fail(ErrorCode::Io, (*cf)->readError()));
    const bool verified = (*cf)->identitiesVerified();
    if (fmt == u"json"_s) {
        QJsonArray array;
        for (const Case::Evidence &e : std::as_const(items))
            array.append(itemJson(**cf, e, modelNames));
        const QJsonObject o{{u"case"_s, (*cf)->info().title},
            {u"identities"_s, verified ? u"server-verified"_s : u"self-asserted"_s},
            {u"items"_s, array}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson());
        return ExitOk;
    }
    for (const Case::Evidence &e : std::as_const(items)) {
        QString text = itemText(**cf, e).simplified();
        if (text.size() > 70)
            text = text.left(69) + u'…';
        out() << e.id.left(8) << u"  "_s << reviewStatusName(e.status).leftJustified(8) << u"  "_s
              << modelNames.value(e.modelId) << u"  "_s << e.author << u"  "_s
              << strengthName(e.strength) << u"  "_s << e.constraint << u"  "_s << text << Qt::endl;
    }
    out() << QCoreApplication::translate("Cli", "%n item(s).", nullptr, int(items.size())) << u' '
          << (verified ? QCoreApplication::translate(
                             "Cli", "Names are database roles checked by the case server.")
                       : QCoreApplication::translate("Cli",
                             "Names are self-asserted: on a file case anyone can type any name."))
          << Qt::endl;
    return ExitOk;
}

static int runEvidence(const QStringList &args)
{
    static const QList<QPair<QString, SubCommand>> subs{{u"list"_s, runList}};
    return dispatch(args, subs,
        QCoreApplication::translate(
            "Cli", "Usage: chiptrace evidence list CASE [--status S] [--format json]"));
}

static int runReview(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption accept(
        u"accept"_s, QCoreApplication::translate("Cli", "Accept the item."));
    const QCommandLineOption dispute(
        u"dispute"_s, QCoreApplication::translate("Cli", "Dispute the item."));
    const QCommandLineOption reject(
        u"reject"_s, QCoreApplication::translate("Cli", "Reject the item."));
    const QCommandLineOption note(
        u"note"_s, QCoreApplication::translate("Cli", "Why (shown with the verdict)."), u"text"_s);
    if (const int done = parse(p, args, {u"CASE"_s, u"ITEM"_s},
            QCoreApplication::translate("Cli",
                "Record your verdict on an evidence item (its id, or the first characters of it)."),
            {accept, dispute, reject, note});
        done >= 0)
        return done;
    const QList<QPair<const QCommandLineOption *, Case::Verdict>> verdicts{
        {&accept, Case::Verdict::Accept}, {&dispute, Case::Verdict::Dispute},
        {&reject, Case::Verdict::Reject}};
    std::optional<Case::Verdict> verdict;
    int given = 0;
    for (const auto &[option, v] : verdicts)
        if (p.parser.isSet(*option)) {
            verdict = v;
            ++given;
        }
    if (given != 1)
        return failWith(fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Cli", "Give exactly one of --accept, --dispute or --reject.")));
    auto t = openItem(p);
    if (!t)
        return failWith(t.error());
    Case::CaseFile &cf = *t->file;
    if (auto done = cf.review(t->item.id, *verdict, p.parser.value(note)); !done)
        return failWith(done.error());
    const auto after = cf.evidenceItem(t->item.id);
    out() << QCoreApplication::translate("Cli", "%1: %2 by %3; the item is now %4.")
                 .arg(t->item.id, nameOf(*verdict), identityText(cf, cf.actor()),
                     after ? reviewStatusName(after->status) : QString())
          << Qt::endl;
    if (*verdict == Case::Verdict::Accept && t->item.author == cf.actor())
        out() << QCoreApplication::translate(
            "Cli", "Your own acceptance does not count: another analyst must accept your evidence.")
              << Qt::endl;
    return ExitOk;
}

static int runComment(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"CASE"_s, u"ITEM"_s, u"TEXT"_s},
            QCoreApplication::translate("Cli", "Add a comment to an evidence item."));
        done >= 0)
        return done;
    auto t = openItem(p);
    if (!t)
        return failWith(t.error());
    if (auto done = t->file->addComment(t->item.id, p.positional[2]); !done)
        return failWith(done.error());
    out() << QCoreApplication::translate("Cli", "%1: comment by %2.")
                 .arg(t->item.id, identityText(*t->file, t->file->actor()))
          << Qt::endl;
    return ExitOk;
}

static const CommandRegistration evidenceRegistration({
    u"evidence"_s,
    QT_TRANSLATE_NOOP("Cli", "List a case's evidence items and their review status"),
    runEvidence,
});
static const CommandRegistration reviewRegistration({
    u"review"_s,
    QT_TRANSLATE_NOOP("Cli", "Accept, dispute or reject an evidence item"),
    runReview,
});
static const CommandRegistration commentRegistration({
    u"comment"_s,
    QT_TRANSLATE_NOOP("Cli", "Comment on an evidence item"),
    runComment,
});

} // namespace ChipTrace::Cli
