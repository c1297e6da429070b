// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/blobfindings.h"

#include "git/gitptr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace ChipTrace::Watch {

QString oidHex(const git_oid *id)
{
    char buf[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, id);
    return QString::fromLatin1(buf);
}

QByteArray encodeFindings(const QList<WatchFinding> &findings)
{
    QJsonArray list;
    for (const WatchFinding &f : findings) {
        QJsonObject o{{u"fp"_s, f.fingerprint}, {u"kind"_s, f.kind}, {u"rule"_s, f.ruleId},
            {u"line"_s, f.line}, {u"text"_s, f.text}};
        if (!f.chips.isEmpty())
            o.insert(u"chips"_s, QJsonArray::fromStringList(f.chips));
        if (!f.scope.isEmpty())
            o.insert(u"scope"_s, f.scope);
        list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<WatchFinding> decodeFindings(const QByteArray &json)
{
    QList<WatchFinding> out;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        WatchFinding f;
        f.fingerprint = o.value(u"fp"_s).toString();
        f.kind = o.value(u"kind"_s).toString();
        f.ruleId = o.value(u"rule"_s).toString();
        f.line = o.value(u"line"_s).toInt();
        f.text = o.value(u"text"_s).toString();
        for (const QJsonValue &c : o.value(u"chips"_s).toArray())
            f.chips << c.toString();
        f.scope = o.value(u"scope"_s).toString();
        out << f;
    }
    return out;
}

BlobFindings::BlobFindings(git_repository *repo, const Scan::ContentScanner &content,
    QHash<QString, QByteArray> cache, qint64 maxBlobSize)
    : m_repo(repo)
    , m_content(content)
    , m_cache(std::move(cache))
    , m_maxBlobSize(maxBlobSize)
{ }

QList<WatchFinding> BlobFindings::of(const git_oid &blob, const QString &path)
{
    if (git_oid_is_zero(&blob))
        return {};
    const QString key = oidHex(&blob) + u'\n' + path;
    auto it = m_decoded.find(key);
    if (it != m_decoded.end())
        return *it;
    if (auto stored = m_cache.constFind(key); stored != m_cache.cend())
        return *m_decoded.insert(key, decodeFindings(*stored));
    QList<WatchFinding> found = scan(blob, path);
    m_new << Case::WatchBlob{oidHex(&blob), path, encodeFindings(found)};
    return *m_decoded.insert(key, std::move(found));
}

QList<WatchFinding> BlobFindings::scan(const git_oid &id, const QString &path)
{
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, m_repo, &id) < 0)
        return {}; // a missing object has nothing to compare; the history scan reports it
    Git::GitPtr<git_blob> blob = Git::adopt(raw);
    const auto size = qint64(git_blob_rawsize(blob.get()));
    if (size > m_maxBlobSize)
        return {};
    // Borrowed, not copied: the scan finishes before the blob is freed.
    const QByteArray data = QByteArray::fromRawData(
        static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(size));
    if (Scan::ContentScanner::looksBinary(data) || Scan::ContentScanner::isLfsPointer(data))
        return {};
    ++m_scanned;
    m_bytes += size;
    QList<WatchFinding> out;
    for (Scan::Finding f : m_content.scan(path, data)) {
        f.path = path;
        out << WatchFinding{Scan::findingFingerprint(f), Scan::kindName(f.kind), f.ruleId, f.line,
            f.text.trimmed(), f.chips,
            f.kind == Scan::FindingKind::Claim ? Scan::scopeName(f.scope) : QString()};
    }
    return out;
}

bool BlobFindings::presentIn(git_tree *tree, const QString &path, const QString &fingerprint)
{
    git_tree_entry *raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree, path.toUtf8().constData()) < 0)
        return false;
    const git_oid id = *git_tree_entry_id(raw);
    const bool isBlob = git_tree_entry_type(raw) == GIT_OBJECT_BLOB;
    git_tree_entry_free(raw);
    if (!isBlob)
        return false;
    for (const WatchFinding &f : of(id, path))
        if (f.fingerprint == fingerprint)
            return true;
    return false;
}

namespace {
struct WatchTreeWalk
{
    BlobFindings *findings;
};

int watchTreeVisit(const char *root, const git_tree_entry *entry, void *payload)
{
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return 0;
    // Symbolic links are blobs too: their target is not content to scan.
    if (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK)
        return 0;
    auto *walk = static_cast<WatchTreeWalk *>(payload);
    const QString path = QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry));
    walk->findings->of(*git_tree_entry_id(entry), path);
    return 0;
}
} // namespace

void BlobFindings::addTree(git_tree *tree)
{
    WatchTreeWalk walk{this};
    git_tree_walk(tree, GIT_TREEWALK_PRE, watchTreeVisit, &walk);
}

QList<Case::WatchBlob> BlobFindings::takeNew()
{
    return std::exchange(m_new, {});
}

} // namespace ChipTrace::Watch
