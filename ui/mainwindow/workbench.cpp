// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "casefile/casefile.h"
#include "casefile/caseundocommand.h"
#include "casefile/findingevidence.h"
#include "casefile/livefeed.h"
#include "demo/democase.h"
#include "git/repositorystore.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"
#include "models/watchchangesmodel.h"
#include "scan/scanner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>
#include <QStandardItemModel>
#include <QUndoStack>

namespace ChipTrace::Ui {

static const char kRecentKey[] = "workbench/recentCases";
static constexpr int kMaxRecent = 8;

Workbench::Workbench(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_findings(new FindingsModel(this))
    , m_evidence(new EvidenceModel(this))
    , m_watchChanges(new WatchChangesModel(this))
    , m_navigator(new QStandardItemModel(this))
    , m_files(new QStandardItemModel(this))
{
    refresh(); // gives the tree models their columns before any view is attached
}

Workbench::~Workbench() = default;

QString Workbench::demoCasePath()
{
    return Demo::defaultCasePath();
}

Status Workbench::openCase(const QString &path)
{
    Result<std::unique_ptr<Case::CaseFile>> c = Case::CaseFile::open(path);
    if (!c)
        return c.error();
    adopt(std::move(c.value()));
    // A server case is remembered by its address without a password (CaseFile::path()).
    addRecentCase(m_case->identitiesVerified() ? m_case->path() : path);
    return {};
}

bool Workbench::isOnline() const
{
    return !m_live || m_live->isOnline();
}

Status Workbench::createCase(const QString &path, const Case::CaseInfo &info)
{
    Result<std::unique_ptr<Case::CaseFile>> c = Case::CaseFile::create(path, info);
    if (!c)
        return c.error();
    adopt(std::move(c.value()));
    addRecentCase(path);
    return {};
}

Status Workbench::openDemo()
{
    Result<std::unique_ptr<Case::CaseFile>> c = Demo::openOrCreateCase();
    if (!c)
        return c.error();
    adopt(std::move(c.value()));
    return {};
}

void Workbench::closeCase()
{
    m_undo->clear();
    m_live.reset();
    m_case.reset();
    m_modelId.clear();
    m_browsedSource.clear();
    refresh();
    Q_EMIT caseClosed();
}

void Workbench::adopt(std::unique_ptr<Case::CaseFile> caseFile)
{
    m_undo->clear();
    m_live.reset();
    m_case = std::move(caseFile);
    listen();
    connect(m_case.get(), &Case::CaseFile::changed, this, [this](const Case::ChangeSet &changes) {
        // Reviews and comments are frequent: reload the (possibly 100,000) findings only when
        // findings or sources changed.
        const bool findings = std::any_of(
            changes.changes.cbegin(), changes.changes.cend(), [](const Case::RowChange &c) {
                return c.table == u"findings" || c.table == u"sources";
            });
        // The funnel's arrangement shows in the funnel only.
        const bool funnelOnly = std::all_of(changes.changes.cbegin(), changes.changes.cend(),
            [](const Case::RowChange &c) { return c.table == u"funnel_states"; });
        const bool models = std::any_of(changes.changes.cbegin(), changes.changes.cend(),
            [](const Case::RowChange &c) { return c.table == u"models"; });
        // The first model of a new case, or the current one gone (an undo): follow the case.
        if (models && (m_modelId.isEmpty() || !m_case->model(m_modelId))) {
            const QList<Case::Model> all = m_case->models();
            m_modelId = all.isEmpty() ? QString() : all.constFirst().id;
        }
        if (findings) {
            refresh();
            Q_EMIT findingsChanged();
        } else if (!funnelOnly) {
            refreshEvidence();
            refreshNavigator();
        }
        Q_EMIT caseChanged();
    });
    // A case whose reads fail says so, rather than showing fewer items as if that were all.
    connect(m_case.get(), &Case::CaseFile::unreadable, this, [this](const QString &error) {
        Q_EMIT errorOccurred(
            tr("The case cannot be read (%1); what it shows may be incomplete. Check the file with "
               "\"chiptrace case verify\" or open a backup.")
                .arg(error));
    });
    const QList<Case::Model> models = m_case->models();
    m_modelId = models.isEmpty() ? QString() : models.constFirst().id;
    // Back where the analyst left this case: the model they were working on.
    const QString remembered = sessionValue(QStringLiteral("model")).toString();
    if (std::any_of(models.cbegin(), models.cend(),
            [&](const Case::Model &m) { return m.id == remembered; }))
        m_modelId = remembered;
    const QList<Case::Source> repos = repositories();
    m_browsedSource = repos.isEmpty() ? QString() : repos.constFirst().id;
    refresh();
    Q_EMIT caseOpened();
}

// A server case: a colleague's change arrives through CaseFile::changed like our own, so the
// handler in adopt() reloads what it touched; the feed adds who did it and whether we are online.
void Workbench::listen()
{
    auto feed = Case::LiveFeed::attach(*m_case);
    if (!feed) {
        // The case works without it; views then show others' changes when reopened.
        Q_EMIT message(tr("Live updates are off for this case: %1").arg(feed.message()));
        return;
    }
    m_live = std::move(*feed);
    if (!m_live)
        return;
    connect(m_live.get(), &Case::LiveFeed::colleagueChanged, this,
        [this](const QString &, const QString &summary) { Q_EMIT colleagueChanged(summary); });
    connect(m_live.get(), &Case::LiveFeed::onlineChanged, this, &Workbench::connectionChanged);
}

void Workbench::setCurrentModelId(const QString &id)
{
    if (id == m_modelId)
        return;
    m_modelId = id;
    setSessionValue(QStringLiteral("model"), id);
    Q_EMIT caseChanged();
}

// Per-case session state (current model, open finding) in the settings, keyed by the case's
// path: the case file is shared with colleagues and holds facts, not one analyst's view.
static QString sessionKey(const QString &casePath, const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(casePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("session/%1/%2").arg(QString::fromLatin1(hash.toHex().left(16)), name);
}

QVariant Workbench::sessionValue(const QString &name) const
{
    return m_case ? QSettings().value(sessionKey(m_case->path(), name)) : QVariant();
}

void Workbench::setSessionValue(const QString &name, const QVariant &value)
{
    if (m_case)
        QSettings().setValue(sessionKey(m_case->path(), name), value);
}

QString Workbench::modelName(const QString &modelId) const
{
    if (!m_case)
        return {};
    const std::optional<Case::Model> m = m_case->model(modelId);
    return m ? m->name : QString();
}

QList<Case::Source> Workbench::repositories() const
{
    QList<Case::Source> out;
    if (!m_case)
        return out;
    for (const Case::Source &s : m_case->sources())
        if (s.kind == Case::SourceKind::Repository)
            out.append(s);
    return out;
}

QString Workbench::repositoryPath(const QString &sourceId) const
{
    if (!m_case)
        return {};
    const std::optional<Case::Source> s = m_case->source(sourceId);
    if (!s || s->kind != Case::SourceKind::Repository)
        return {};
    const QFileInfo local(s->uri);
    if (local.isDir())
        return local.absoluteFilePath();
    // A remote repository is scanned in its clone in the repository store, once fetched.
    if (!m_store)
        m_store = std::make_unique<Git::RepositoryStore>();
    const Result<Git::StoreEntry> entry = m_store->find(s->uri);
    return entry && QFileInfo(entry->path).isDir() ? entry->path : QString();
}

Status Workbench::addRepository(const QString &pathOrUrl)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open or create a case first.")));
    Case::Source s;
    s.kind = Case::SourceKind::Repository;
    const QFileInfo local(pathOrUrl);
    s.uri = local.isDir() ? local.absoluteFilePath() : pathOrUrl.trimmed();
    s.title = local.isDir() ? local.fileName() : QUrl(pathOrUrl).path().section(u'/', -1);
    s.retrieved = QDateTime::currentDateTimeUtc();
    Result<Case::ChangeSet> change = m_case->saveSource(s);
    if (change)
        change->label = tr("Add repository %1").arg(s.title);
    return pushChange(std::move(change));
}

Error Workbench::report(Error error)
{
    Q_EMIT errorOccurred(error.message);
    return error;
}

Status Workbench::pushChange(Result<Case::ChangeSet> change)
{
    if (!change)
        return report(change.error());
    if (!change->isEmpty())
        m_undo->push(new Case::CaseUndoCommand(m_case.get(), std::move(change.value()),
            [this](const QString &e) { Q_EMIT errorOccurred(e); }));
    return {};
}

Result<QStringList> Workbench::makeEvidence(const QStringList &findingIds, const QString &modelId)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open or create a case first.")));
    const QString model = modelId.isEmpty() ? m_modelId : modelId;
    if (model.isEmpty())
        return report(fail(
            ErrorCode::InvalidArgument, tr("Add a model to the case before making evidence.")));
    Result<Case::MadeEvidence> made = Case::makeEvidence(*m_case, findingIds, model);
    if (!made)
        return report(made.error());
    // Nothing wrong, nothing to do: said to the caller, not reported as an error.
    if (made->ids.isEmpty() && made->skipped > 0)
        return fail(ErrorCode::Conflict,
            tr("The selected finding(s) already are evidence for %1.").arg(modelName(model)));
    if (made->ids.isEmpty())
        return report(fail(ErrorCode::NotFound, tr("Select at least one finding.")));
    made->change.label = tr("Make %n finding(s) evidence", nullptr, int(made->ids.size()));
    if (const Status s = pushChange(std::move(made->change)); !s)
        return s.error();
    return made->ids;
}

Status Workbench::updateEvidence(Case::Evidence evidence, const std::optional<Case::Evidence> &base)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open a case first.")));
    // Removed meanwhile (a merge, an undo): saving would bring it back.
    if (evidence.id.isEmpty() || !m_case->evidenceItem(evidence.id))
        return report(fail(ErrorCode::NotFound,
            tr("The evidence item is no longer in this case (removed by an undo or a merge).")));
    Result<Case::ChangeSet> change = m_case->saveEvidence(evidence, base);
    if (change)
        change->label = tr("Edit evidence");
    return pushChange(std::move(change));
}

Status Workbench::removeEvidence(const QString &evidenceId)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open a case first.")));
    Result<Case::ChangeSet> change = m_case->remove(QStringLiteral("evidence"), evidenceId);
    if (change)
        change->label = tr("Delete evidence");
    return pushChange(std::move(change));
}

QSet<QString> Workbench::evidenceFindingIds(const QString &modelId) const
{
    QSet<QString> ids;
    if (m_case)
        for (const Case::Evidence &e : m_case->evidence(modelId))
            if (!e.findingId.isEmpty())
                ids.insert(e.findingId);
    return ids;
}

Status Workbench::review(const QString &evidenceId, Case::Verdict verdict, const QString &note)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open a case first.")));
    return pushChange(m_case->review(evidenceId, verdict, note));
}

Status Workbench::reviewMany(
    const QStringList &evidenceIds, Case::Verdict verdict, const QString &note)
{
    if (!m_case)
        return fail(ErrorCode::InvalidArgument, tr("Open a case first."));
    if (evidenceIds.size() == 1)
        return review(evidenceIds.constFirst(), verdict, note);
    QList<std::function<Result<Case::ChangeSet>()>> edits;
    for (const QString &id : evidenceIds)
        edits << [this, id, verdict, note] { return m_case->review(id, verdict, note); };
    return pushAll(edits,
        tr("Review %n evidence item(s): %1", nullptr, int(edits.size()))
            .arg(Case::nameOf(verdict)));
}

Status Workbench::pushAll(
    const QList<std::function<Result<Case::ChangeSet>()>> &edits, const QString &label)
{
    QList<Case::ChangeSet> parts;
    for (const auto &edit : edits) {
        Result<Case::ChangeSet> r = edit();
        if (!r) {
            // All or nothing: one dialog or one bulk verdict is one undo step.
            for (auto it = parts.crbegin(); it != parts.crend(); ++it)
                (void)m_case->revert(*it);
            Q_EMIT errorOccurred(r.message());
            return r.error();
        }
        parts.append(*r);
    }
    Case::ChangeSet all;
    all.label = label;
    for (const Case::ChangeSet &p : parts)
        all.changes.append(p.changes);
    return pushChange(std::move(all));
}

Status Workbench::addComment(const QString &evidenceId, const QString &text)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open a case first.")));
    return pushChange(m_case->addComment(evidenceId, text));
}

void Workbench::refresh()
{
    m_findings->setFindings(m_case ? m_case->findings() : QList<Case::FindingRecord>());
    refreshEvidence();
    refreshNavigator();
    refreshFiles();
    refreshWatchChanges();
}

void Workbench::refreshEvidence()
{
    QList<EvidenceRow> rows;
    QHash<QString, QString> modelNames;
    QHash<QString, QStringList> use; // finding id -> models it is evidence for
    if (m_case) {
        for (const Case::Model &m : m_case->models())
            modelNames.insert(m.id, m.name);
        QHash<QString, QString> sourceTitles;
        for (const Case::Source &s : m_case->sources())
            sourceTitles.insert(s.id, s.title);
        for (const Case::Evidence &e : m_case->evidence()) {
            EvidenceRow r;
            r.evidence = e;
            // An item made from a finding may carry no quote (claims): the finding's line is
            // what it rests on, so the board shows that rather than "README.md:203 —".
            QString quote = e.quote.trimmed();
            if (quote.isEmpty() && !e.findingId.isEmpty())
                if (const int row = m_findings->rowOf(e.findingId); row >= 0)
                    quote = m_findings->finding(row).text.trimmed();
            r.label = e.locator.isEmpty()
                ? quote
                : e.locator.toDisplayString() + QStringLiteral(" — ") + quote;
            r.sourceTitle = sourceTitles.value(e.sourceId);
            // A verdict's note is part of the discussion as much as a comment is.
            const QList<Case::Review> reviews = m_case->reviews(e.id);
            r.comments = int(m_case->comments(e.id).size())
                + int(std::count_if(reviews.cbegin(), reviews.cend(),
                    [](const Case::Review &v) { return !v.note.trimmed().isEmpty(); }));
            if (!reviews.isEmpty()) // oldest first
                r.lastReview = reviews.last();
            rows.append(r);
            if (!e.findingId.isEmpty())
                use[e.findingId].append(modelNames.value(e.modelId));
        }
    }
    m_evidence->setEvidence(rows, modelNames);
    m_findings->setEvidenceUse(std::move(use));
}

void Workbench::setHistoryMode(bool history)
{
    m_history = history;
    refreshFiles();
}

void Workbench::setBrowsedRepository(const QString &sourceId)
{
    const std::optional<Case::Source> s = m_case ? m_case->source(sourceId) : std::nullopt;
    if (!s || s->kind != Case::SourceKind::Repository || sourceId == m_browsedSource)
        return;
    m_browsedSource = sourceId;
    refreshFiles();
}

QStringList Workbench::recentCases()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void Workbench::addRecentCase(const QString &path)
{
    QStringList list = recentCases();
    const bool server = path.startsWith(QLatin1String("postgres"));
    const QString abs = server ? path : QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    QSettings().setValue(QLatin1String(kRecentKey), list.mid(0, kMaxRecent));
}

} // namespace ChipTrace::Ui
