// SPDX-License-Identifier: GPL-3.0-or-later
#include "acquirecli.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <csignal>

namespace ChipTrace::Cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}


} // namespace

std::optional<Git::Acquisition> acquireWithProgress(Git::RepositoryStore &store, const QString &url,
    const Git::AcquireOptions &options, bool quiet, int *exitCode)
{
    interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto progress = [&](const Git::TransferProgress &p) {
        if (!quiet && sinceReport.elapsed() >= 1000) {
            err() << p.text() << Qt::endl;
            sinceReport.restart();
        }
        return !interrupted.load();
    };
    Result<Git::Acquisition> result = store.acquire(url, options, progress);
    std::signal(SIGINT, previous);
    if (!result) {
        err() << result.message() << Qt::endl;
        *exitCode = result.code() == ErrorCode::Cancelled ? ExitCancelled : ExitError;
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return std::move(result).value();
}

void printAcquisition(const Git::Acquisition &a)
{
    out() << (a.cloned ? QCoreApplication::translate("Cli", "Cloned %1")
                       : QCoreApplication::translate("Cli", "Fetched %1"))
                 .arg(a.url)
          << Qt::endl
          << QCoreApplication::translate("Cli", "Path: %1").arg(a.path) << Qt::endl;
    if (!a.head.isEmpty())
        out() << QCoreApplication::translate("Cli", "HEAD: %1").arg(a.head) << Qt::endl;
    out() << a.changes.summary() << Qt::endl;
    for (const QString &p : a.checkout.refusedPaths)
        out() << QCoreApplication::translate("Cli", "Not written (unsafe path): %1").arg(p)
              << Qt::endl;
    for (const QString &s : a.checkout.submodules)
        out() << QCoreApplication::translate("Cli", "Submodule not fetched: %1").arg(s) << Qt::endl;
}

bool looksLikeUrl(const QString &arg)
{
    if (QFileInfo::exists(arg))
        return false;
    static const QRegularExpression url(
        QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]+://|[\\w.-]+@[\\w.-]+:)"));
    return url.match(arg).hasMatch();
}

std::optional<QString> acquireForScan(
    Git::RepositoryStore &store, const QString &url, bool quiet, int *exitCode)
{
    std::optional<Git::Acquisition> a = acquireWithProgress(store, url, {}, quiet, exitCode);
    if (!a)
        return std::nullopt;
    if (!quiet) {
        err() << (a->cloned ? QCoreApplication::translate("Cli", "Cloned %1 into %2")
                            : QCoreApplication::translate("Cli", "Fetched %1 in %2"))
                     .arg(a->url, a->path)
              << Qt::endl
              << a->changes.summary() << Qt::endl;
    }
    return a->path;
}

} // namespace ChipTrace::Cli
