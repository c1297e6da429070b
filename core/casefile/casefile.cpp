// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/casefile.h"

#include "casefile/anchor.h"
#include "casefile/audit.h"
#include "casefile/casewriter.h"
#include "casefile/database.h"
#include "casefile/pgdatabase.h"
#include "casefile/rows.h"
#include "casefile/schema.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


QString CaseFile::fileSuffix()
{
    return u"chiptrace"_s;
}
QString CaseFile::bundleSuffix()
{
    return u"ctbundle"_s;
}

CaseFile::CaseFile(std::unique_ptr<Database> db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_actor(currentIdentity())
{
    if (const auto *server = dynamic_cast<const PgDatabase *>(m_db.get()))
        m_actor = server->role(); // the server authenticated it; nothing the client says counts
    // Told after the read that failed has returned: a listener may open a dialog, which must
    // not run inside a view's refresh.
    m_db->setReadFailureHandler([this](const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT unreadable(error); }, Qt::QueuedConnection);
    });
}

QString CaseFile::readError() const
{
    return m_db->readFailure();
}

CaseFile::~CaseFile() = default;

QString CaseFile::path() const
{
    return m_path;
}
QString CaseFile::filesDir() const
{
    // A server case's copies live in the database; they are written out here when needed
    // (content-addressed, so all server cases share the folder).
    if (identitiesVerified())
        return Paths::cacheDir() + u"/server-copies"_s;
    return m_path + u".files"_s;
}
QString CaseFile::actor() const
{
    return m_actor;
}
void CaseFile::setActor(const QString &actor)
{
    if (!identitiesVerified())
        m_actor = actor;
}
bool CaseFile::identitiesVerified() const
{
    return m_db->kind() == Database::Kind::Server; // a file holds no proof of who wrote it
}

QString CaseFile::absoluteCapturedPath(const Source &source) const
{
    if (source.capturedPath.isEmpty())
        return {};
    const QString path = filesDir() + u'/' + source.capturedPath;
    if (const auto *server = dynamic_cast<const PgDatabase *>(m_db.get());
        server && !QFileInfo::exists(path)) {
        // Written out once from the server; a copy that cannot be had leaves the path missing,
        // which readers already report.
        if (auto content = server->copy(source.sha256)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile f(path);
            if (f.open(QIODevice::WriteOnly) && f.write(*content) == content->size())
                f.commit();
        }
    }
    return path;
}

Result<QByteArray> CaseFile::capturedContent(const Source &source) const
{
    if (const auto *server = dynamic_cast<const PgDatabase *>(m_db.get()))
        return server->copy(source.sha256);
    QFile f(absoluteCapturedPath(source));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, f.errorString());
    return f.readAll();
}


// Schema and the case record in one transaction: a new file is complete or absent.
static Status initialise(CaseFile &cf, Database &db, const CaseInfo &info)
{
    Transaction outer(db);
    if (!outer.status())
        return outer.status();
    // The outer transaction makes the writer's commit an inner one: anchor it here instead.
    if (Status s = Schema::create(db); !s)
        return s;
    CaseWriter w(db, cf.actor(), u"create case"_s);
    CaseInfo v = info;
    v.id = v.id.isEmpty() ? newId() : v.id;
    v.created = QDateTime::currentDateTimeUtc();
    if (Status s = w.put(u"case_info"_s, v.id, Rows::toRow(v)); !s)
        return s;
    if (auto done = w.commit(); !done)
        return done.error();
    if (Status s = outer.commit(); !s)
        return s;
    AuditLog head(db);
    Anchor::record(db.path(), {head.headSeq(), head.headHash()});
    return {};
}

Result<std::unique_ptr<CaseFile>> CaseFile::create(const QString &path, const CaseInfo &info)
{
    if (PgDatabase::isUri(path))
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "A case reaches a server as a file first: create it, then `chiptrace case push "
                "FILE %1`.")
                .arg(path));
    if (QFileInfo::exists(path))
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "%1 already exists; choose another name for the new case.")
                .arg(path));
    if (info.title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "A case needs a title."));
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::open(path, Database::Mode::Create);
    if (!db)
        return db.error();
    std::unique_ptr<CaseFile> cf(new CaseFile(std::move(*db), QFileInfo(path).absoluteFilePath()));
    Status s = Schema::configureFile(*cf->m_db);
    if (s)
        s = initialise(*cf, *cf->m_db, info);
    if (!s) {
        cf.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return s.error();
    }
    return cf;
}

static Error corrupt(const QString &path, const QString &detail)
{
    return fail(ErrorCode::Corrupt,
        QCoreApplication::translate("ChipTrace::Case::CaseFile",
            "%1 is not a readable ChipTrace case: it is damaged or not a case file (%2). "
            "The file was not changed; restore it from a backup or a bundle.")
            .arg(path, detail));
}

Result<CaseHeader> CaseFile::inspect(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "There is no case file at %1.")
                .arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "Cannot read %1: %2")
                .arg(path, f.errorString()));
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        return corrupt(
            path, QCoreApplication::translate("ChipTrace::Case::CaseFile", "no SQLite header"));
    f.close();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return corrupt(path, db.message());
    auto appId = (*db)->scalar(u"PRAGMA application_id"_s);
    if (!appId)
        return corrupt(path, appId.message());
    if (*appId != Schema::ApplicationId)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "%1 is an SQLite database but not a ChipTrace case.")
                .arg(path));
    CaseHeader h;
    h.schemaVersion = int((*db)->scalar(u"PRAGMA user_version"_s).value_or(0));
    if (h.schemaVersion > Schema::Current)
        return fail(ErrorCode::NewerVersion,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "%1 was written by a newer ChipTrace (case format %2; this version reads up to %3). "
                "Update ChipTrace to open it. The file was not changed.")
                .arg(path)
                .arg(h.schemaVersion)
                .arg(Schema::Current));
    auto check = (*db)->rows(u"PRAGMA quick_check"_s);
    if (!check)
        return corrupt(path, check.message());
    if (check->size() != 1 || check->first().begin().value().toString() != u"ok"_s)
        return corrupt(path, check->value(0).begin().value().toString());
    auto info = (*db)->rows(u"SELECT id, title FROM case_info LIMIT 1"_s);
    if (!info || info->isEmpty())
        return corrupt(path,
            info ? QCoreApplication::translate("ChipTrace::Case::CaseFile", "no case record")
                 : info.message());
    h.id = info->first().value(u"id"_s).toString();
    h.title = info->first().value(u"title"_s).toString();
    return h;
}

static Result<QString> backup(const QString &path, int version)
{
    QString target = u"%1.v%2.bak"_s.arg(path).arg(version);
    for (int i = 2; QFileInfo::exists(target); ++i)
        target = u"%1.v%2.%3.bak"_s.arg(path).arg(version).arg(i);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    // VACUUM INTO writes a consistent snapshot (WAL content included) without touching the source.
    auto st = (*db)->prepare(u"VACUUM INTO ?1"_s);
    if (!st)
        return st.error();
    st->bind(1, target);
    if (Status s = st->exec(); !s)
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "Cannot back up %1 before upgrading it: %2")
                .arg(path, s.message()));
    return target;
}

// A server case: the server's registry says its format; an older one is migrated by the
// server's owner (`chiptrace server init`), not by whoever opens it.
static Result<std::unique_ptr<Database>> openServer(const QString &uri)
{
    auto address = PgDatabase::parse(uri);
    if (!address)
        return address.error();
    if (address->caseName.isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "The address names no case: add ?case=NAME to %1.")
                .arg(uri));
    auto db = PgDatabase::connect(*address);
    if (!db)
        return db.error();
    const int version = (*db)->schemaVersion().value_or(0);
    if (version > Schema::Current)
        return fail(ErrorCode::NewerVersion,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "The case %1 is in format %2; this ChipTrace reads up to %3. Update ChipTrace.")
                .arg(address->display)
                .arg(version)
                .arg(Schema::Current));
    if (version < Schema::Current)
        return fail(ErrorCode::NewerVersion,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "The case %1 is in format %2, older than this ChipTrace's %3: the server's owner "
                "upgrades it with `chiptrace server init`.")
                .arg(address->display)
                .arg(version)
                .arg(Schema::Current));
    return std::unique_ptr<Database>(std::move(*db));
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(const QString &path)
{
    if (PgDatabase::isUri(path)) {
        auto db = openServer(path);
        if (!db)
            return db.error();
        const QString display = (*db)->path();
        return std::unique_ptr<CaseFile>(new CaseFile(std::move(*db), display));
    }
    auto header = inspect(path);
    if (!header)
        return header.error();
    if (header->schemaVersion < Schema::Current) {
        auto saved = backup(path, header->schemaVersion);
        if (!saved)
            return saved.error();
    }
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (Status s = Schema::configureFile(**db); !s)
        return s.error();
    if (header->schemaVersion < Schema::Current) {
        Transaction tx(**db);
        Status s = tx.status();
        if (s)
            s = Schema::migrate(**db, header->schemaVersion, currentIdentity());
        if (s)
            s = tx.commit();
        if (s) {
            AuditLog head(**db);
            Anchor::record(path, {head.headSeq(), head.headHash()});
        }
        if (!s)
            return fail(s.code(),
                QCoreApplication::translate("ChipTrace::Case::CaseFile",
                    "Cannot upgrade %1 to the current case format: %2. The backup next to it "
                    "holds the file as it was.")
                    .arg(path, s.message()));
    }
    return std::unique_ptr<CaseFile>(
        new CaseFile(std::move(*db), QFileInfo(path).absoluteFilePath()));
}

} // namespace ChipTrace::Case
