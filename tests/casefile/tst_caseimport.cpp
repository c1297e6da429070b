// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace import`: a real git repository (made with git in a temporary folder) and a document,
// scanned and added to a case as sources, findings and proposed evidence.
#include "casefixture.h"
#include "evidence/caseimport.h"
#include "gitserver.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

static QString makeLabRepo(const QString &repo)
{
    QDir().mkpath(repo);
    Test::git(repo, {u"init"_s, u"-q"_s});
    Test::writeFile(repo, u"build.sh"_s, "export TORCH_CUDA_ARCH_LIST=\"9.0\"\npython train.py\n");
    Test::writeFile(repo, u"README.md"_s, "# Model\n\nWe trained the model on 2048 H800 GPUs.\n");
    Test::git(repo, {u"add"_s, u"."_s});
    Test::git(repo, {u"commit"_s, u"-qm"_s, u"first"_s}, u"2024-03-01T10:00:00Z"_s);
    // The lab later removes the build script: the history still holds it.
    Test::git(repo, {u"rm"_s, u"-q"_s, u"build.sh"_s});
    Test::git(repo, {u"commit"_s, u"-qm"_s, u"cleanup"_s}, u"2024-04-01T10:00:00Z"_s);
    return repo;
}

class TestCaseImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void repository_withHistory_addsSourceFindingsAndProposals()
    {
        QTemporaryDir dir;
        const QString repo = makeLabRepo(dir.filePath(u"lab-repo"_s));
        const QString path = dir.filePath(u"case.chiptrace"_s);
        Test::makeSmallCase(path);
        auto r = Test::chiptrace(
            {u"import"_s, path, repo, u"--model"_s, u"DeepSeek-V3"_s, u"--quiet"_s}, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("whole history"), r.out.constData());

        auto cf = Case::CaseFile::open(path);
        QVERIFY(cf);
        Case::Source repoSource;
        for (const Case::Source &s : (*cf)->sources())
            if (s.kind == Case::SourceKind::Repository)
                repoSource = s;
        QCOMPARE(repoSource.commit.size(), 40);
        const auto findings = (*cf)->findings(repoSource.id);
        QVERIFY(!findings.isEmpty());
        bool removedSignature = false, claim = false;
        for (const Case::FindingRecord &f : findings) {
            removedSignature |=
                f.ruleId == u"cuda-arch-list"_s && !f.atHead && !f.removedCommit.isEmpty();
            claim |= f.kind == u"claim"_s && f.chips.join(u',').contains(u"H800"_s);
        }
        QVERIFY2(
            removedSignature, "the deleted build script's signature was not found in the history");
        QVERIFY(claim);
        int proposed = 0;
        for (const Case::Evidence &e : (*cf)->evidence())
            if (e.sourceId == repoSource.id) {
                QCOMPARE(e.status, Case::ReviewStatus::Proposed);
                ++proposed;
            }
        QVERIFY(proposed >= 2);
        QVERIFY((*cf)->verify().ok());
        const int before = (*cf)->stats().findings;
        cf->reset();

        // Importing the same repository again adds nothing.
        auto again = Test::chiptrace({u"import"_s, path, repo, u"--quiet"_s}, dir.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(" 0 new items"), again.out.constData());
        auto reopened = Case::CaseFile::open(path);
        QCOMPARE((*reopened)->stats().findings, before);
    }

    void url_isClonedIntoStoreThenImported()
    {
        QTemporaryDir dir;
        makeLabRepo(dir.filePath(u"served/lab-repo"_s));
        Test::GitDaemon daemon(dir.filePath(u"served"_s));
        if (!daemon.start())
            QSKIP(qPrintable(u"git daemon unavailable: "_s + daemon.errorString()));
        const QString url = daemon.url(u"lab-repo"_s);
        const QString path = dir.filePath(u"case.chiptrace"_s);
        Test::makeSmallCase(path);
        auto r = Test::chiptrace({u"import"_s, path, url, u"--quiet"_s}, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto cf = Case::CaseFile::open(path);
        QVERIFY(cf);
        bool found = false;
        for (const Case::Source &s : (*cf)->sources())
            found |= s.kind == Case::SourceKind::Repository && s.uri == url && s.commit.size() == 40
                && !(*cf)->findings(s.id).isEmpty();
        QVERIFY(found);
        QVERIFY(QDir(dir.filePath(u"data/chiptrace/repositories"_s))
                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                    .size()
            >= 1);
    }

    void document_isCapturedAndVerified()
    {
        QTemporaryDir dir;
        auto c = Test::makeSmallCase(dir.filePath(u"case.chiptrace"_s));
        Test::writeFile(dir.path(), u"card.md"_s,
            "# Model card\n\n## Training\n\nTrained on 512 H800 GPUs for 30 days.\n");
        auto r = Case::importDocumentFile(*c.file, dir.filePath(u"card.md"_s), c.model.id);
        QVERIFY2(r, qPrintable(r.message()));
        const auto src = c.file->source(r->sourceId);
        QVERIFY(src);
        QCOMPARE(src->sha256.size(), 64);
        QVERIFY(QFile::exists(c.file->absoluteCapturedPath(*src)));
        QVERIFY(r->findings >= 1);
        QVERIFY(c.file->verify().ok());
    }

    void findOrCreateModel_needsLabForNewModel()
    {
        QTemporaryDir dir;
        auto c = Test::makeSmallCase(dir.filePath(u"case.chiptrace"_s));
        auto found = Case::findOrCreateModel(*c.file, u"deepseek-v3"_s);
        QCOMPARE(*found, c.model.id);
        QVERIFY(!Case::findOrCreateModel(*c.file, u"R1"_s));
        auto made = Case::findOrCreateModel(*c.file, u"R1"_s, u"深度求索"_s); // an alias of the lab
        QVERIFY(made);
        QCOMPARE(c.file->model(*made)->labId, c.lab.id);
    }

    void unknownItem_failsWithMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"case.chiptrace"_s);
        Test::makeSmallCase(path);
        auto r = Test::chiptrace({u"import"_s, path, dir.filePath(u"nothing-here"_s)}, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("neither"));
    }
};

QTEST_GUILESS_MAIN(TestCaseImport)
#include "tst_caseimport.moc"
