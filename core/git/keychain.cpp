// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace ChipTrace::Git {

namespace {

const QString service = QStringLiteral("ChipTrace");

QString keyFor(const QString &host)
{
    return QStringLiteral("git:") + host.toLower();
}

// QtKeychain jobs are asynchronous; transfers run on worker threads, so wait in a local loop,
// bounded so a missing keychain daemon cannot hang a clone.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

} // namespace

std::optional<Credential> keychainCredential(const QString &url)
{
    const QString host = QUrl(url).host();
    if (host.isEmpty())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyFor(host));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    const QString data = job.textData();
    const qsizetype colon = data.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    return Credential{data.left(colon), data.mid(colon + 1)};
}

Status storeKeychainCredential(const QString &host, const Credential &credential)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyFor(host));
    job.setTextData(credential.username + QLatin1Char(':') + credential.secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return fail(ErrorCode::Unsupported,
            QCoreApplication::translate(
                "ChipTrace::Git::Keychain", "The system keychain refused the credential: %1")
                .arg(job.errorString()));
    return {};
}

Status removeKeychainCredential(const QString &host)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyFor(host));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(ErrorCode::Unsupported,
            QCoreApplication::translate("ChipTrace::Git::Keychain",
                "The system keychain refused to remove the credential: %1")
                .arg(job.errorString()));
    return {};
}

} // namespace ChipTrace::Git
