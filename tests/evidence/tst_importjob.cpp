// SPDX-License-Identifier: GPL-3.0-or-later
// Imports on a worker: one outcome per file (errors included), progress over the files, cancel.

#include "evidence/importerregistry.h"
#include "evidence/importjob.h"
#include "evidencefixtures.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

class TestImportJob : public QObject
{
    Q_OBJECT

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void start_reportsEveryFileInOrder()
    {
        QTemporaryDir dir;
        ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        ImportOptions options;
        options.registry = &registry;
        options.storeDir = dir.filePath(QStringLiteral("store"));
        ImportJob job(options);
        const QStringList paths = {write(dir, QStringLiteral("page.html"), Test::htmlPage()),
            write(dir, QStringLiteral("broken.pdf"), "not a pdf"),
            write(dir, QStringLiteral("README.md"), Test::modelCard())};
        QFuture<ImportOutcome> future = job.start(paths);
        future.waitForFinished();
        const QList<ImportOutcome> outcomes = future.results();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes[0].path, paths[0]);
        QVERIFY(outcomes[0].document && !outcomes[0].document->claims.isEmpty());
        QVERIFY(!outcomes[1].document);
        QCOMPARE(outcomes[1].code, ErrorCode::Parse);
        QVERIFY(outcomes[1].error.contains(QStringLiteral("broken.pdf")));
        QVERIFY(outcomes[2].document);
        QCOMPARE(outcomes[2].document->source.kind, DocumentKind::ModelCard);
        QCOMPARE(future.progressMaximum(), 3);
        QCOMPARE(future.progressValue(), 3);
    }

    void cancel_stopsBeforeTheRemainingFiles()
    {
        QTemporaryDir dir;
        ImportOptions options;
        options.storeDir = dir.filePath(QStringLiteral("store"));
        ImportJob job(options);
        QStringList paths;
        for (int i = 0; i < 50; ++i)
            paths << write(dir, QStringLiteral("p%1.html").arg(i), Test::htmlPage());
        QFuture<ImportOutcome> future = job.start(paths);
        future.cancel();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QVERIFY(future.results().size() < paths.size());
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
