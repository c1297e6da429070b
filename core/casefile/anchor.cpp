// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/anchor.h"

#include "util/paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case::Anchor {

static QString anchorFile(const QString &casePath)
{
    // A server case's address is its identity as it stands; a file's is its absolute path.
    const QString identity =
        casePath.contains(u"://"_s) ? casePath : QFileInfo(casePath).absoluteFilePath();
    const QByteArray key =
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return Paths::dataDir() + u"/anchors/"_s + QString::fromLatin1(key);
}

void record(const QString &casePath, const Head &head)
{
    const QString file = anchorFile(casePath);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return; // an anchor is a second line of defence; failing to write it must not fail the edit
    f.write(QByteArray::number(head.seq) + ' ' + head.hash.toLatin1() + '\n');
    f.commit();
}

std::optional<Head> recorded(const QString &casePath)
{
    QFile f(anchorFile(casePath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    return Head{parts[0].toLongLong(), QString::fromLatin1(parts[1])};
}

} // namespace ChipTrace::Case::Anchor
