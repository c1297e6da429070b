// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/bundle.h"

#include "casefile/anchor.h"
#include "casefile/audit.h"
#include "casefile/casefile.h"
#include "casefile/database.h"
#include "casefile/server.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


static const QString dbEntry = u"case.chiptrace"_s;

struct ArchiveWriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct ArchiveReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using WriteArchive = std::unique_ptr<archive, ArchiveWriteFree>;
using ReadArchive = std::unique_ptr<archive, ArchiveReadFree>;

static Status addEntry(archive *a, const QString &name, const QByteArray &data)
{
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname_utf8(e, name.toUtf8().constData());
    archive_entry_set_size(e, data.size());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    const bool ok = archive_write_header(a, e) == ARCHIVE_OK
        && archive_write_data(a, data.constData(), size_t(data.size())) == la_ssize_t(data.size());
    archive_entry_free(e);
    if (!ok)
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Case::Bundle", "Cannot write %1 into the bundle: %2")
                .arg(name, QString::fromUtf8(archive_error_string(a))));
    return {};
}

static Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "Cannot read %1: %2")
                .arg(path, f.errorString()));
    return f.readAll();
}

Status Bundle::write(const QString &bundlePath, const QString &dbSnapshot, const QString &filesDir,
    const QString &caseId)
{
    const QString part = bundlePath + u".part"_s;
    WriteArchive a(archive_write_new());
    archive_write_set_format_zip(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(part).constData()) != ARCHIVE_OK)
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "Cannot create %1: %2")
                .arg(part, QString::fromUtf8(archive_error_string(a.get()))));
    const QJsonObject manifest{{u"format"_s, u"chiptrace-bundle"_s}, {u"version"_s, 1},
        {u"case"_s, caseId}, {u"schema"_s, CaseFile::SchemaVersion}};
    Status s = addEntry(a.get(), u"manifest.json"_s, QJsonDocument(manifest).toJson());
    if (s) {
        auto db = readAll(dbSnapshot);
        s = db ? addEntry(a.get(), dbEntry, *db) : Status(db.error());
    }
    QDirIterator it(filesDir, QDir::Files, QDirIterator::Subdirectories);
    while (s && it.hasNext()) {
        const QString abs = it.next();
        auto data = readAll(abs);
        s = data ? addEntry(a.get(), u"files/"_s + QDir(filesDir).relativeFilePath(abs), *data)
                 : Status(data.error());
    }
    if (s && archive_write_close(a.get()) != ARCHIVE_OK)
        s = fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "Cannot finish %1: %2")
                .arg(part, QString::fromUtf8(archive_error_string(a.get()))));
    a.reset();
    if (s) {
        QFile::remove(bundlePath);
        if (!QFile::rename(part, bundlePath))
            s = fail(ErrorCode::Io,
                QCoreApplication::translate(
                    "ChipTrace::Case::Bundle", "Cannot move the bundle into place at %1.")
                    .arg(bundlePath));
    }
    if (!s)
        QFile::remove(part);
    return s;
}

// Entry names come from someone else's file: never let one escape the target folder.
static bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    const QStringList parts = name.split(u'/');
    return !parts.contains(u".."_s);
}

static Status writeEntry(archive *a, const QString &target)
{
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "Cannot write %1: %2")
                .arg(target, f.errorString()));
    char buf[65536];
    la_ssize_t n;
    while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
        if (f.write(buf, n) != n)
            return fail(ErrorCode::Io,
                QCoreApplication::translate("ChipTrace::Case::Bundle", "Cannot write %1: %2")
                    .arg(target, f.errorString()));
    if (n < 0)
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "The bundle is damaged: %1")
                .arg(QString::fromUtf8(archive_error_string(a))));
    return {};
}

Status Bundle::extract(const QString &bundlePath, const QString &casePath)
{
    ReadArchive a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(bundlePath).constData(), 65536)
        != ARCHIVE_OK)
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate(
                "ChipTrace::Case::Bundle", "%1 is not a ChipTrace bundle: %2")
                .arg(bundlePath, QString::fromUtf8(archive_error_string(a.get()))));
    bool sawDb = false;
    archive_entry *e = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(e));
        if (!safeName(name))
            return fail(ErrorCode::Unsafe,
                QCoreApplication::translate("ChipTrace::Case::Bundle",
                    "The bundle holds an unsafe path (%1); it was not imported.")
                    .arg(name));
        QString target;
        if (name == dbEntry) {
            target = casePath;
            sawDb = true;
        } else if (name.startsWith(u"files/"_s)) {
            target = casePath + u".files/"_s + name.mid(6);
        } else {
            archive_read_data_skip(a.get());
            continue;
        }
        if (Status s = writeEntry(a.get(), target); !s)
            return s;
    }
    if (rc != ARCHIVE_EOF)
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "The bundle is damaged: %1")
                .arg(QString::fromUtf8(archive_error_string(a.get()))));
    if (!sawDb)
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("ChipTrace::Case::Bundle",
                "%1 holds no case database; it is not a ChipTrace bundle.")
                .arg(bundlePath));
    return {};
}

Status CaseFile::exportBundle(const QString &bundlePath) const
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Case::Bundle", "Cannot create a temporary folder for the bundle."));
    const QString snapshot = tmp.filePath(dbEntry);
    if (identitiesVerified()) { // a server case: its file copy, with the copies beside it
        if (Status s = Server::pull(m_path, snapshot); !s)
            return s;
        return Bundle::write(bundlePath, snapshot, snapshot + u".files"_s, info().id);
    }
    auto st = m_db->prepare(u"VACUUM INTO ?1"_s); // a consistent copy, even while others read
    if (!st)
        return st.error();
    st->bind(1, snapshot);
    if (Status s = st->exec(); !s)
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::Bundle", "Cannot snapshot the case: %1")
                .arg(s.message()));
    return Bundle::write(bundlePath, snapshot, filesDir(), info().id);
}

Result<std::unique_ptr<CaseFile>> CaseFile::importBundle(
    const QString &bundlePath, const QString &casePath)
{
    if (QFileInfo::exists(casePath))
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::Bundle",
                "%1 already exists; choose another place for the imported case.")
                .arg(casePath));
    if (Status s = Bundle::extract(bundlePath, casePath); !s) {
        QFile::remove(casePath);
        QDir(casePath + u".files"_s).removeRecursively();
        return s.error();
    }
    auto cf = open(casePath);
    if (cf) { // the imported trail is this copy's starting point
        AuditLog head(*(*cf)->m_db);
        Anchor::record((*cf)->path(), {head.headSeq(), head.headHash()});
    }
    return cf;
}

} // namespace ChipTrace::Case
