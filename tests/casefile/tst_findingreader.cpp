// SPDX-License-Identifier: GPL-3.0-or-later
// The fast findings reader must give exactly what the generic row path gives, for every column.

#include "casefile/casefile.h"
#include "casefile/database.h"
#include "casefile/findingreader.h"
#include "casefile/rows.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Case;

static void compare(const FindingRecord &a, const FindingRecord &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.sourceId, b.sourceId);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.ruleId, b.ruleId);
    QCOMPARE(a.family, b.family);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.locator.commit, b.locator.commit);
    QCOMPARE(a.locator.path, b.locator.path);
    QCOMPARE(a.locator.line, b.locator.line);
    QCOMPARE(a.locator.column, b.locator.column);
    QCOMPARE(a.locator.length, b.locator.length);
    QCOMPARE(a.locator.page, b.locator.page);
    QCOMPARE(a.locator.archiveRecord, b.locator.archiveRecord);
    QCOMPARE(a.text, b.text);
    QCOMPARE(a.match, b.match);
    QCOMPARE(a.context, b.context);
    QCOMPARE(a.vendored, b.vendored);
    QCOMPARE(a.chips, b.chips);
    QCOMPARE(a.scope, b.scope);
    QCOMPARE(a.strength, b.strength);
    QCOMPARE(a.implies, b.implies);
    QCOMPARE(a.atHead, b.atHead);
    QCOMPARE(a.firstCommit, b.firstCommit);
    QCOMPARE(a.firstDate, b.firstDate);
    QCOMPARE(a.firstAuthor, b.firstAuthor);
    QCOMPARE(a.firstPath, b.firstPath);
    QCOMPARE(a.removedCommit, b.removedCommit);
    QCOMPARE(a.removedDate, b.removedDate);
    QCOMPARE(a.unmerged, b.unmerged);
    QCOMPARE(a.blob, b.blob);
}

class TestFindingReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameAsTheGenericRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.chiptrace"));
        QStringList sourceIds;
        {
            auto c = CaseFile::create(path, CaseInfo{{}, QStringLiteral("Reader")});
            QVERIFY2(c, qPrintable(c.message()));
            ImportBatch batch;
            for (int s = 0; s < 2; ++s) {
                Source repo;
                repo.kind = SourceKind::Repository;
                repo.uri = dir.filePath(QString::number(s));
                repo.title = QStringLiteral("repo %1").arg(s);
                QVERIFY((*c)->saveSource(repo));
                sourceIds << repo.id;
            }
            for (int i = 0; i < 300; ++i) {
                FindingRecord f;
                f.sourceId = sourceIds.at(i % 2);
                f.kind = i % 7 ? QStringLiteral("signature") : QStringLiteral("claim");
                f.ruleId = QStringLiteral("rule.%1").arg(i % 13);
                f.family = QStringLiteral("nccl");
                f.title = QStringLiteral("Title %1").arg(i % 5);
                f.locator = {QStringLiteral("c%1").arg(i % 3),
                    QStringLiteral("dir/f%1.py").arg(i % 17), i % 50 + 1, i % 9 + 1, 6, 0, {}};
                f.text = QStringLiteral("export NCCL_IB_HCA=mlx5_%1  # ünïcode 昇腾").arg(i);
                f.match = QStringLiteral("NCCL_IB_HCA");
                f.context = i % 2 ? QStringLiteral("code") : QStringLiteral("comment");
                f.vendored = i % 11 == 0;
                if (i % 4 == 0)
                    f.chips = {QStringLiteral("H800"), QStringLiteral("A800")};
                f.scope = QStringLiteral("training");
                f.strength = i % 3 ? QStringLiteral("strong") : QStringLiteral("proof");
                f.implies = QStringLiteral("vendor = NVIDIA");
                f.atHead = i % 5 != 0;
                f.firstCommit = QStringLiteral("a%1").arg(i % 4);
                f.firstDate = QDateTime(
                    QDate(2024, 1 + i % 12, 1 + i % 28), QTime(12, i % 60, 7, 250), QTimeZone::UTC);
                f.firstAuthor = QStringLiteral("Dev %1").arg(i % 2);
                f.firstPath = f.locator.path;
                f.unmerged = i % 10 == 5; // a line that lived only on a branch
                if (!f.atHead && !f.unmerged) {
                    f.removedCommit = QStringLiteral("r%1").arg(i);
                    f.removedDate = f.firstDate.addDays(40);
                }
                f.blob = QStringLiteral("b%1").arg(i % 23);
                batch.findings.append(f);
            }
            QVERIFY((*c)->importBatch(batch));
        }
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(db.message()));
        for (const QString &source : QStringList{QString(), sourceIds.at(1)}) {
            const QString where =
                source.isEmpty() ? QString() : QStringLiteral(" WHERE source_id = ?1");
            const auto rows = (*db)->rows(
                QStringLiteral("SELECT * FROM findings%1 ORDER BY path, line, id").arg(where),
                source.isEmpty() ? QList<QJsonValue>() : QList<QJsonValue>{source});
            QVERIFY(rows);
            const Result<QList<FindingRecord>> fast = readFindings(**db, source);
            QVERIFY2(fast, qPrintable(fast.message()));
            QCOMPARE(fast->size(), rows->size());
            QCOMPARE(fast->size(), source.isEmpty() ? 300 : 150);
            for (qsizetype i = 0; i < rows->size(); ++i) {
                compare(fast->at(i), Rows::finding(rows->at(i)));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFindingReader)
#include "tst_findingreader.moc"
