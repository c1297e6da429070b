// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a briefing from a real case file (made here with the CaseFile API) and checks that what
// the case says reaches the briefing: citations, review state and dissent, the funnel over the
// catalog, the candidates' export status as the rules decide it, and that the same case gives
// the same content. Then runs `chiptrace report` on it end to end.

#include "briefingfixture.h"
#include "casefile/casefile.h"
#include "catalog/catalog.h"
#include "report/briefingbuilder.h"
#include "report/pdfrenderer.h"
#include "rules/exportrules.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChipTrace;
using namespace ChipTrace::Report;

class TestBriefingBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_casePath;

    static QDateTime utc(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(8, 0), QTimeZone::UTC);
    }

    void makeSources(Case::CaseFile &file, Case::Source &repo, Case::Source &blog)
    {
        repo.kind = Case::SourceKind::Repository;
        repo.uri = u"https://github.com/example-lab/trainer"_s;
        repo.title = u"example-lab/trainer"_s;
        repo.commit = u"3f2a9c17d2e4b5a6978877665544332211009988"_s;
        repo.retrieved = utc(2024, 7, 2);
        QVERIFY(file.saveSource(repo));
        blog.kind = Case::SourceKind::ArchivedPage;
        blog.uri = u"https://blog.example-lab.cn/post/7"_s;
        blog.title = u"Lab blog post"_s;
        blog.retrieved = utc(2024, 5, 21);
        QVERIFY(file.capture(blog, "<html>使用16卡H800训练</html>"));
        QVERIFY(file.saveSource(blog));
    }

    Case::FindingRecord makeFinding(
        Case::CaseFile &file, const Case::Source &repo, int line, bool atHead)
    {
        Case::FindingRecord f;
        f.sourceId = repo.id;
        f.kind = u"signature"_s;
        f.ruleId = u"nccl.backend"_s;
        f.family = u"nccl"_s;
        f.title = u"NCCL process group backend"_s;
        f.locator.commit = repo.commit;
        f.locator.path = u"src/train.py"_s;
        f.locator.line = line;
        f.text = u"dist.init_process_group(backend=\"nccl\")"_s;
        f.strength = u"strong"_s;
        f.implies = u"vendor = NVIDIA"_s;
        f.atHead = atHead;
        f.firstCommit = repo.commit;
        f.firstDate = utc(2023, 11, 1);
        if (!atHead) {
            f.removedCommit = u"deadbeef"_s.repeated(5);
            f.removedDate = utc(2024, 2, 2);
        }
        [&] { QVERIFY(file.saveFinding(f)); }();
        return f;
    }

    void makeCase()
    {
        Case::CaseInfo info;
        info.title = u"Which accelerators trained Example-LM 3?"_s;
        info.question = u"Which accelerators trained Example-LM 3, and were they controlled?"_s;
        auto created = Case::CaseFile::create(m_casePath, info);
        QVERIFY2(created, qPrintable(created.message()));
        Case::CaseFile &file = **created;
        file.setActor(u"analyst-a"_s);
        Case::Lab lab{{}, u"Example Lab"_s, {u"示例实验室"_s}, u"CN"_s, {}};
        QVERIFY(file.saveLab(lab));
        Case::Model model{{}, lab.id, u"Example-LM 3"_s, QDate(2024, 12, 1), QDate(2024, 3, 1),
            QDate(2024, 6, 1), {}};
        QVERIFY(file.saveModel(model));
        Case::Source repo, blog;
        makeSources(file, repo, blog);
        const Case::FindingRecord nccl = makeFinding(file, repo, 42, true);
        makeFinding(file, repo, 7, false);

        Case::Evidence fromCode;
        fromCode.modelId = model.id;
        fromCode.findingId = nccl.id;
        fromCode.sourceId = repo.id;
        fromCode.constraint = u"vendor = NVIDIA"_s;
        fromCode.strength = ChipTrace::Strength::Strong;
        fromCode.reliability = Case::Reliability::A;
        fromCode.credibility = Case::Credibility::ProbablyTrue;
        fromCode.rationale = u"NCCL is the collective backend"_s;
        QVERIFY(file.saveEvidence(fromCode));
        Case::Evidence claim;
        claim.modelId = model.id;
        claim.sourceId = blog.id;
        claim.quote = u"使用16卡H800训练"_s;
        claim.locator.archiveRecord =
            u"https://web.archive.org/web/20240521000000/https://blog.example-lab.cn/post/7"_s;
        claim.constraint = u"arch = Hopper"_s;
        claim.strength = ChipTrace::Strength::Proof;
        claim.rationale = u"The lab says it trained on H800s"_s;
        QVERIFY(file.saveEvidence(claim));
        Case::Evidence weak;
        weak.modelId = model.id;
        weak.sourceId = blog.id;
        weak.quote = u"AMD MI300X cluster"_s;
        weak.constraint = u"vendor = AMD"_s;
        weak.strength = ChipTrace::Strength::Strong;
        weak.rationale = u"A commenter mentions AMD"_s;
        QVERIFY(file.saveEvidence(weak));

        file.setActor(u"reviewer-b"_s);
        QVERIFY(file.review(fromCode.id, Case::Verdict::Accept));
        QVERIFY(file.review(claim.id, Case::Verdict::Accept));
        QVERIFY(file.review(weak.id, Case::Verdict::Dispute, u"A blog comment, not the lab."_s));
    }

    Briefing build()
    {
        auto file = Case::CaseFile::open(m_casePath);
        if (!file)
            qFatal("cannot open the case: %s", qPrintable(file.message()));
        auto briefing = BriefingBuilder().build(**file);
        if (!briefing)
            qFatal("cannot build: %s", qPrintable(briefing.message()));
        return *briefing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_casePath = m_dir.filePath(u"example.chiptrace"_s);
        makeCase();
    }

    void evidence_carriesCitationsReviewAndDissent()
    {
        const Briefing b = build();
        QCOMPARE(b.evidence.size(), 3);
        QStringList ids;
        const EvidenceItem *code = nullptr, *claim = nullptr, *disputed = nullptr;
        for (const EvidenceItem &e : b.evidence) {
            ids << e.id;
            if (e.citation.kind == SourceKind::Repository)
                code = &e;
            else if (e.quote.contains(u"H800"_s))
                claim = &e;
            else
                disputed = &e;
        }
        QCOMPARE(ids, QStringList({u"E1"_s, u"E2"_s, u"E3"_s}));
        QVERIFY(code && claim && disputed);
        QCOMPARE(code->citation.path, u"src/train.py"_s);
        QCOMPARE(code->citation.line, 42);
        QVERIFY(code->citation.commit.startsWith(u"3f2a9c17"_s));
        QCOMPARE(code->review, ReviewStatus::Accepted);
        QCOMPARE(code->reliability, u"A2"_s);
        QCOMPARE(claim->quote, u"使用16卡H800训练"_s);
        QCOMPARE(claim->citation.kind, SourceKind::ArchivedPage);
        QVERIFY(claim->citation.capturedAt.isValid());
        QCOMPARE(disputed->review, ReviewStatus::Disputed);
        QCOMPARE(disputed->dissent.size(), 1);
        QVERIFY(disputed->dissent[0].text.contains(u"not the lab"_s));
        QCOMPARE(b.findings.size(), 2);
        QCOMPARE(b.sources.size(), 2);
        const bool hashed = std::any_of(b.sources.begin(), b.sources.end(),
            [](const SourceRecord &r) { return r.sha256.size() == 64; });
        QVERIFY(hashed);
        QVERIFY(b.lab.contains(u"示例实验室"_s));
    }

    void funnel_usesOnlyAcceptedEvidence()
    {
        const Briefing b = build();
        // The disputed "vendor = AMD" must not be a step: two accepted constraints remain.
        QCOMPARE(b.funnel.size(), 2);
        QCOMPARE(b.catalogSize, int(Catalog::Catalog::builtin().size()));
        QVERIFY(b.funnel.last().after > 0);
        QCOMPARE(b.funnel.last().after, int(b.candidates.size()));
        for (const Candidate &c : b.candidates) {
            QCOMPARE(c.vendor, u"NVIDIA"_s);
            QCOMPARE(c.architecture.toLower(), u"hopper"_s);
        }
        const bool h800 = std::any_of(b.candidates.begin(), b.candidates.end(),
            [](const Candidate &c) { return c.name.contains(u"H800"_s); });
        QVERIFY(h800);
    }

    void candidates_haveTheRulesStatusAtTheTrainingDate()
    {
        const Briefing b = build();
        QCOMPARE(b.trainingDate, QDate(2024, 6, 1));
        for (const Candidate &c : b.candidates) {
            const auto chips = Catalog::Catalog::builtin().resolve(c.name);
            QVERIFY(!chips.isEmpty());
            const Rules::Classification expected =
                Rules::ExportRules::builtin().classify(*chips.first(), b.trainingDate, u"CN"_s);
            QCOMPARE(c.exportStatus.ruleId, expected.ruleId);
            QCOMPARE(c.exportStatus.classification, expected.classification);
        }
        QVERIFY(b.bottomLine.confidence != Confidence::Unknown);
    }

    void bottomLine_isTheAssessmentWithItsMatrix()
    {
        // Accepted: NVIDIA from code, Hopper from the lab's words; the disputed AMD item is out.
        const Briefing b = build();
        QVERIFY(b.bottomLine.assessment.contains(u"NVIDIA"_s));
        QVERIFY(!b.bottomLine.assessment.contains(u"most likely"_s));
        QVERIFY(b.bottomLine.likelyHardware.contains(u"NVIDIA"_s));
        QVERIFY(!b.bottomLine.hypotheses.isEmpty());
        QCOMPARE(b.bottomLine.hypotheses.first().label, u"NVIDIA"_s);
        QCOMPARE(b.bottomLine.matrixColumns.size(), 2); // the two accepted items
        for (const HypothesisRow &h : b.bottomLine.hypotheses)
            QCOMPARE(h.cells.size(), b.bottomLine.matrixColumns.size());
        for (const Candidate &c : b.candidates)
            QVERIFY2(c.assessment.contains(u"rank"_s), qPrintable(c.assessment));
    }

    void build_isDeterministic() { QCOMPARE(contentDigest(build()), contentDigest(build())); }

    void command_writesThePdf()
    {
        const QString pdf = m_dir.filePath(u"briefing.pdf"_s);
        const Test::ProcessResult r = Test::chiptrace(
            {u"report"_s, m_casePath, u"--output"_s, pdf, u"--marking"_s, u"CLI MARKING"_s},
            m_dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(Test::run(u"pdftotext"_s, {pdf, u"-"_s}).out);
        QVERIFY(text.contains(u"CLI MARKING"_s));
        QVERIFY(text.contains(u"Example-LM 3"_s));
        QVERIFY(text.contains(u"H800"_s));
        const Test::ProcessResult usage = Test::chiptrace({u"report"_s, m_casePath}, m_dir.path());
        QCOMPARE(usage.exitCode, 2);
        const Test::ProcessResult missing = Test::chiptrace(
            {u"report"_s, m_dir.filePath(u"nope.chiptrace"_s), u"--output"_s, pdf}, m_dir.path());
        QCOMPARE(missing.exitCode, 3);
    }
};

QTEST_MAIN(TestBriefingBuilder)
#include "tst_briefingbuilder.moc"
