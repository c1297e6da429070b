// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentimport.h"

#include "evidence/claimstep.h"
#include "evidence/importerregistry.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace ChipTrace::Evidence {


QString defaultEvidenceStore()
{
    return Paths::dataDir() + QStringLiteral("/evidence");
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

static Result<QString> localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return fail(ErrorCode::Unsupported,
            QCoreApplication::translate("Evidence",
                "%1 is a web address; ChipTrace does not fetch pages. Save the page (or its "
                "WARC/WACZ from a web archive) and import that file, with --source-url to record "
                "where it came from.")
                .arg(pathOrUrl));
    if (scheme == u"file")
        return url.toLocalFile();
    return pathOrUrl;
}

static Result<QByteArray> readInput(const QString &path, qint64 maxBytes)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Evidence", "%1 does not exist").arg(path));
    if (!fi.isFile())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Evidence", "%1 is not a regular file").arg(path));
    if (fi.size() > maxBytes)
        return fail(ErrorCode::LimitExceeded,
            QCoreApplication::translate("Evidence", "%1 is %2 MiB; the import limit is %3 MiB")
                .arg(path)
                .arg(fi.size() >> 20)
                .arg(maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Evidence", "cannot read %1: %2")
                .arg(path, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Evidence", "cannot read %1: %2")
                .arg(path, file.errorString()));
    if (data.isEmpty())
        return fail(
            ErrorCode::Parse, QCoreApplication::translate("Evidence", "%1 is empty").arg(path));
    return data;
}

// Content-addressed: <store>/<first two hex digits>/<sha256>.<suffix>. Re-importing the same
// bytes reuses the copy; the copy is made read-only because it is the evidence.
static Result<QString> storeCopy(
    const QString &storeDir, const QString &sha, const QString &suffix, const QByteArray &data)
{
    const QString dir = storeDir + u'/' + sha.left(2);
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Evidence", "cannot create the evidence store folder %1")
                .arg(dir));
    const QString path = dir + u'/' + sha + (suffix.isEmpty() ? QString() : u'.' + suffix);
    if (QFileInfo(path).size() == data.size())
        return path;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Evidence", "cannot write the stored copy %1: %2")
                .arg(path, out.errorString()));
    QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return path;
}

static CapturedSource describe(const QString &path, const QByteArray &data,
    const ParsedDocument &parsed, const PluginMetadata &plugin, const ImportOptions &options)
{
    CapturedSource src;
    src.sha256 = sha256Hex(data);
    src.size = data.size();
    src.originalPath = QFileInfo(path).absoluteFilePath();
    src.retrievedAt = QDateTime::currentDateTimeUtc();
    src.title = parsed.title.isEmpty() ? QFileInfo(path).completeBaseName() : parsed.title;
    src.kind = parsed.kind;
    src.mimeType = parsed.mimeType;
    src.importer = plugin.name + u' ' + plugin.version;
    // What the analyst says beats what the file says beats where the file is.
    src.uri = !options.sourceUri.isEmpty() ? options.sourceUri
        : !parsed.uri.isEmpty()            ? parsed.uri
                                           : QUrl::fromLocalFile(src.originalPath).toString();
    return src;
}

Result<ImportedDocument> importDocument(const QString &pathOrUrl, const ImportOptions &options)
{
    auto path = localPath(pathOrUrl);
    if (!path)
        return path.error();
    auto data = readInput(*path, options.maxBytes);
    if (!data)
        return data.error();
    ImporterRegistry &registry =
        options.registry ? *options.registry : ImporterRegistry::instance();
    auto choice = registry.importerFor(*path, data->left(4096));
    if (!choice)
        return choice.error();

    ImportContext context;
    context.fileName = QFileInfo(*path).fileName();
    context.sourceUri = options.sourceUri;
    context.isCanceled = options.isCanceled;
    auto parsed = choice->importer->parse(*data, context);
    if (!parsed)
        return Error(parsed.code(),
            QCoreApplication::translate("Evidence", "%1: %2")
                .arg(context.fileName, parsed.message()));
    if (context.canceled())
        return fail(ErrorCode::Cancelled,
            QCoreApplication::translate("Evidence", "import of %1 cancelled")
                .arg(context.fileName));
    if (parsed->segments.isEmpty() && parsed->structured.isEmpty())
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Evidence", "%1: no text could be read from it%2")
                .arg(context.fileName,
                    parsed->problems.isEmpty() ? QString()
                                               : QStringLiteral(" (")
                            + parsed->problems.join(QStringLiteral("; ")) + u')'));

    ImportedDocument doc;
    doc.source = describe(*path, *data, *parsed, choice->metadata, options);
    if (options.storeCopy) {
        const QString store =
            options.storeDir.isEmpty() ? defaultEvidenceStore() : options.storeDir;
        auto stored =
            storeCopy(store, doc.source.sha256, QFileInfo(*path).completeSuffix().toLower(), *data);
        if (!stored)
            return stored.error();
        doc.source.storedPath = *stored;
    }
    doc.segments = std::move(parsed->segments);
    doc.structured = std::move(parsed->structured);
    doc.problems = std::move(parsed->problems);
    doc.claims = extractClaims(doc.segments, doc.structured);
    return doc;
}

} // namespace ChipTrace::Evidence
