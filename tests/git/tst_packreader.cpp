// SPDX-License-Identifier: GPL-3.0-or-later
// PackReader against git itself: repositories built and repacked with git (offset deltas,
// id deltas, deep chains, several packs), then every blob read from the packs must equal what
// `git cat-file blob` prints, whatever order it is read in and however small the cache.

#include "git/packreader.h"
#include "testsupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Git;
using namespace Qt::StringLiterals;

namespace {

void makeHistory(const QString &repo, int commits, int seed)
{
    QRandomGenerator random{quint32(seed)};
    QList<QByteArray> lines;
    for (int i = 0; i < 300; ++i)
        lines << "line " + QByteArray::number(i) + " of the file, with some words in it\n";
    for (int c = 0; c < commits; ++c) {
        for (int k = 0; k < 5; ++k) // a few edits per version: small deltas
            lines[random.bounded(int(lines.size()))] =
                "edit " + QByteArray::number(random.generate()) + "\n";
        if (c % 4 == 0)
            lines.insert(
                random.bounded(int(lines.size())), "inserted " + QByteArray::number(c) + "\n");
        Test::writeFile(repo, u"big.txt"_s, lines.join());
        Test::writeFile(
            repo, u"small%1.txt"_s.arg(c % 3), "version " + QByteArray::number(c) + "\n");
        Test::writeFile(repo, u"empty.txt"_s, QByteArray());
        Test::git(repo, {u"add"_s, u"-A"_s});
        Test::git(
            repo, {u"commit"_s, u"-q"_s, u"-m"_s, u"c%1"_s.arg(c)}, u"2024-01-01T10:00:00Z"_s);
    }
}

QList<QByteArray> blobIds(const QString &repo)
{
    const auto out = Test::git(repo,
        {u"cat-file"_s, u"--batch-all-objects"_s, u"--batch-check=%(objecttype) %(objectname)"_s})
                         .out;
    QList<QByteArray> ids;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("blob "))
            ids << line.mid(5);
    return ids;
}

// Reads every blob through the packs (in the order given) and compares with git; returns how
// many were located in a pack.
int compareAll(const QString &repo, QList<QByteArray> ids, qint64 cacheBytes)
{
    auto packs = PackSet::open(repo + u"/.git"_s);
    PackReader reader(packs, cacheBytes);
    int located = 0;
    for (const QByteArray &id : ids) {
        const QByteArray raw = QByteArray::fromHex(id);
        const auto where = packs->locate(reinterpret_cast<const unsigned char *>(raw.constData()));
        if (!where)
            continue;
        ++located;
        const auto object = reader.read(*where);
        if (!object) {
            qWarning("%s: %s", id.constData(), qPrintable(object.message()));
            return -1;
        }
        const QByteArray expected =
            Test::git(repo, {u"cat-file"_s, u"blob"_s, QString::fromLatin1(id)}).out;
        if (object->type != 3 || object->data != expected) {
            qWarning("%s differs (%lld bytes, expected %lld)", id.constData(),
                qint64(object->data.size()), qint64(expected.size()));
            return -1;
        }
    }
    return located;
}

} // namespace

class TestPackReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryBlobOfOffsetDeltaPacks()
    {
        QTemporaryDir dir;
        Test::git(dir.path(), {u"init"_s, u"-q"_s});
        makeHistory(dir.path(), 40, 1);
        QCOMPARE(Test::git(dir.path(),
                     {u"repack"_s, u"-adf"_s, u"-q"_s, u"--depth=50"_s, u"--window=50"_s})
                     .exitCode,
            0);
        const auto verify = Test::git(dir.path(),
            {u"verify-pack"_s, u"-v"_s,
                QDir(dir.path() + u"/.git/objects/pack"_s)
                    .entryInfoList({u"*.idx"_s})
                    .first()
                    .filePath()});
        int longest = 0;
        for (const QByteArray &line : verify.out.split('\n'))
            if (line.startsWith("chain length = "))
                longest = std::max(longest, line.mid(15, line.indexOf(':') - 15).toInt());
        QVERIFY2(longest >= 5, "the fixture must have deep delta chains");
        const QList<QByteArray> ids = blobIds(dir.path());
        QVERIFY(ids.size() > 40);
        QCOMPARE(compareAll(dir.path(), ids, 64 * 1024 * 1024), int(ids.size()));
        // Backwards and with almost no cache: every chain resolved from its base.
        QList<QByteArray> reversed(ids.rbegin(), ids.rend());
        QCOMPARE(compareAll(dir.path(), reversed, 1024), int(ids.size()));
    }

    void readsIdDeltasAndSeveralPacks()
    {
        QTemporaryDir dir;
        Test::git(dir.path(), {u"init"_s, u"-q"_s});
        makeHistory(dir.path(), 20, 2);
        QCOMPARE(
            Test::git(dir.path(),
                {u"-c"_s, u"repack.useDeltaBaseOffset=false"_s, u"repack"_s, u"-adf"_s, u"-q"_s})
                .exitCode,
            0);
        makeHistory(dir.path(), 10, 3);
        QCOMPARE(
            Test::git(dir.path(), {u"repack"_s, u"-d"_s, u"-q"_s}).exitCode, 0); // a second pack
        QCOMPARE(QDir(dir.path() + u"/.git/objects/pack"_s).entryList({u"*.pack"_s}).size(), 2);
        const QList<QByteArray> ids = blobIds(dir.path());
        QCOMPARE(compareAll(dir.path(), ids, 8 * 1024 * 1024), int(ids.size()));
    }

    void looseObjectsAreNotLocated()
    {
        QTemporaryDir dir;
        Test::git(dir.path(), {u"init"_s, u"-q"_s});
        makeHistory(dir.path(), 2, 4);
        QCOMPARE(compareAll(dir.path(), blobIds(dir.path()), 1024 * 1024), 0);
    }

    void damagedDeltaIsAnErrorNotACrash()
    {
        QByteArray base("hello world");
        // source size 11, result size 5, copy offset 0 size 5: "hello"
        QByteArray delta = QByteArray::fromHex("0b05") + QByteArray::fromHex("9005");
        auto ok = applyDelta(base, delta);
        QVERIFY(ok);
        QCOMPARE(*ok, QByteArray("hello"));
        QVERIFY(!applyDelta(base,
            QByteArray::fromHex("0b05") + QByteArray::fromHex("9020"))); // copy past the result
        QVERIFY(!applyDelta(
            base, QByteArray::fromHex("0c05") + QByteArray::fromHex("9005"))); // wrong base size
        QVERIFY(
            !applyDelta(base, QByteArray::fromHex("0b05") + QByteArray::fromHex("00"))); // opcode 0
        QVERIFY(!applyDelta(
            base, QByteArray::fromHex("0b05") + QByteArray::fromHex("0361"))); // insert past input
    }
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
