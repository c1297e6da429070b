// SPDX-License-Identifier: GPL-3.0-or-later
// The funnel as the analyst edits it: reorder and disable steps and move the date through the
// view, close and reopen the case and find the same funnel, undo and redo each edit, and check
// that with "Reviewed evidence only" the screen shows the briefing's candidates exactly.

#include "casefile/casefile.h"
#include "funnel/funnelcontroller.h"
#include "funnel/funnelstepmodel.h"
#include "funnel/funnelview.h"
#include "mainwindow/workbench.h"
#include "report/briefingbuilder.h"
#include "timeline/timelineview.h"

#include <QChart>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QListView>
#include <QMimeData>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;
using namespace Qt::StringLiterals;

class TestFunnelController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_modelId;
    QHash<QString, QString> m_ids; // name -> evidence id
    std::unique_ptr<Workbench> m_wb;
    std::unique_ptr<FunnelView> m_view;
    std::unique_ptr<TimelineView> m_timeline;
    std::unique_ptr<FunnelController> m_controller;

    QStringList shownNames() const;
    QStringList guiCandidates() const;
    QStringList briefingCandidates() const;
    void fillCase();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void defaultPolicy_acceptedAndProposed();
    void unreadableConstraint_isFlagged();
    void reviewedOnly_matchesBriefing();
    void edits_areStoredAndSurviveReopen();
    void undoRedo_eachEditIsOneStep();
    void briefing_honoursArrangement();
    void timeline_followsFindings();
    void timeline_showsEvidenceRulesAndCursor();
    void dateSlider_coversTrainingStart();
    void keyboardReorder_isStoredAndUndoable();
    void broadToNarrow_isOneUndoStep();
    void candidate_evidenceForAndAgainst();
};

void TestFunnelController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"chiptrace-test"_s);
    QCoreApplication::setApplicationName(u"tst_funnelcontroller"_s);
    QSettings().clear();
    qputenv("CHIPTRACE_IDENTITY", "alice");
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"funnel.chiptrace"_s);
    m_wb = std::make_unique<Workbench>();
    m_view = std::make_unique<FunnelView>();
    m_timeline = std::make_unique<TimelineView>();
    m_controller = std::make_unique<FunnelController>(m_wb.get(), m_view.get(), m_timeline.get());
    Case::CaseInfo info;
    info.title = u"Funnel state"_s;
    QVERIFY(m_wb->createCase(m_path, info));
    fillCase();
}

void TestFunnelController::cleanupTestCase()
{
    m_controller.reset();
    m_wb.reset();
}

// One model with evidence of every kind the policy distinguishes. Imported as one batch (which
// does not check constraints, as a merged or older case may hold one that no longer parses).
void TestFunnelController::fillCase()
{
    Case::CaseFile *c = m_wb->caseFile();
    Case::Lab lab{{}, u"Lab"_s, {}, u"CN"_s, {}};
    QVERIFY(c->saveLab(lab));
    Case::Model model{
        {}, lab.id, u"Model-1"_s, QDate(2024, 8, 1), QDate(2024, 1, 1), QDate(2024, 6, 1), {}};
    QVERIFY(c->saveModel(model));
    m_modelId = model.id;
    m_wb->setCurrentModelId(m_modelId);
    Case::ImportBatch batch;
    batch.sources = {Case::Source{Case::newId(), Case::SourceKind::Note, u"note:1"_s, u"Notes"_s}};
    auto add = [&](const QString &name, const QString &constraint, ChipTrace::Strength strength,
                   Case::Stance stance) {
        Case::Evidence e;
        e.id = Case::newId();
        e.modelId = m_modelId;
        e.sourceId = batch.sources.first().id;
        e.quote = name;
        e.constraint = constraint;
        e.strength = strength;
        e.stance = stance;
        m_ids.insert(name, e.id);
        batch.evidence << e;
    };
    using S = ChipTrace::Strength;
    add(u"nvidia"_s, u"vendor = NVIDIA"_s, S::Proof, Case::Stance::Supports);
    add(u"memory"_s, u"memory_gb >= 80"_s, S::Strong, Case::Stance::Supports);
    add(u"hopper"_s, u"arch in [Hopper, Blackwell]"_s, S::Strong,
        Case::Stance::Supports); // stays proposed
    add(u"against"_s, u"vendor = Huawei"_s, S::Proof, Case::Stance::Contradicts);
    add(u"disputed"_s, u"cc >= 9.0"_s, S::Strong, Case::Stance::Supports);
    add(u"broken"_s, u"vendor === (("_s, S::Strong, Case::Stance::Supports);
    add(u"fp8"_s, u"fp8"_s, S::Hint, Case::Stance::Supports);
    QVERIFY(c->importBatch(batch));
    c->setActor(u"bob"_s); // a second analyst reviews
    for (const QString &name : {u"nvidia"_s, u"memory"_s, u"against"_s, u"broken"_s, u"fp8"_s})
        QVERIFY(c->review(m_ids.value(name), Case::Verdict::Accept));
    QVERIFY(c->review(m_ids.value(u"disputed"_s), Case::Verdict::Dispute));
    c->setActor(u"alice"_s);
    m_wb->undoStack()->clear(); // the edits under test start here
}

QStringList TestFunnelController::shownNames() const
{
    QStringList names;
    for (const QString &id : m_controller->order())
        names << m_ids.key(id);
    return names;
}

QStringList TestFunnelController::guiCandidates() const
{
    QStringList names;
    for (const ChipCardInfo &chip : m_view->presentation().chips)
        if (chip.eliminatedAtStep < 0)
            names << chip.name;
    names.sort();
    return names;
}

QStringList TestFunnelController::briefingCandidates() const
{
    Report::BuildSettings settings;
    settings.modelId = m_modelId;
    const Result<Report::Briefing> b = Report::BriefingBuilder().build(*m_wb->caseFile(), settings);
    if (!b)
        return {b.message()};
    QStringList names;
    for (const Report::Candidate &c : b->candidates)
        names << c.name;
    names.sort();
    return names;
}

void TestFunnelController::defaultPolicy_acceptedAndProposed()
{
    QVERIFY(!m_controller->reviewedOnly());
    // Strongest first, then in the case's order (items imported in one batch may share a
    // creation time, so that order is read from the case); proposed items count; disputed and
    // "contradicts" never become steps.
    QStringList strong;
    for (const Case::Evidence &e : m_wb->caseFile()->evidence(m_modelId))
        if (const QString name = m_ids.key(e.id);
            name == u"memory" || name == u"hopper" || name == u"broken")
            strong << name;
    QCOMPARE(shownNames(), QStringList{u"nvidia"_s} + strong + QStringList{u"fp8"_s});
    QCOMPARE(m_view->presentation().steps.size(), 5);
    QCOMPARE(m_controller->date(), QDate(2024, 6, 1)); // the training end, nothing stored yet
    QVERIFY(!guiCandidates().isEmpty());
}

void TestFunnelController::unreadableConstraint_isFlagged()
{
    const int row = int(shownNames().indexOf(u"broken"_s));
    const FunnelStepInfo &step = m_view->presentation().steps.at(row);
    QCOMPARE(step.state, StepState::Invalid);
    QCOMPARE(step.remainingAfter, step.remainingBefore); // it applies nothing
    const QModelIndex index = m_view->stepModel()->index(row);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"cannot be read"_s), qPrintable(tip));
    QVERIFY(step.note.size()
        > QStringLiteral("The constraint cannot be read, so this step applies nothing: ").size());
    QVERIFY(tip.contains(step.note.toHtmlEscaped()));
    QVERIFY(!index.data(Qt::DecorationRole).isNull());
    // The chip cards point at rows of the step list, not at the funnel's own step numbers.
    QVERIFY(!m_view->presentation().chips.isEmpty());
    for (const ChipCardInfo &chip : m_view->presentation().chips)
        QVERIFY(chip.eliminatedAtStep != row);
}

void TestFunnelController::reviewedOnly_matchesBriefing()
{
    const QStringList withProposed = guiCandidates();
    const QStringList shownNamesBefore = shownNames();
    auto *toggle = m_view->findChild<QCheckBox *>(u"funnelReviewedOnly"_s);
    QVERIFY(toggle);
    QVERIFY(!toggle->text().isEmpty());
    toggle->setChecked(true); // as the analyst clicks it
    QVERIFY(m_controller->reviewedOnly());
    QStringList reviewed = shownNamesBefore;
    reviewed.removeAll(u"hopper"_s);
    QCOMPARE(shownNames(), reviewed);
    QCOMPARE(guiCandidates(), briefingCandidates());
    // The proposed Hopper item narrows the screen's funnel further: the switch matters.
    QVERIFY(withProposed.size() < guiCandidates().size());
    toggle->setChecked(false);
    QCOMPARE(guiCandidates(), withProposed);
}

void TestFunnelController::edits_areStoredAndSurviveReopen()
{
    FunnelStepModel *steps = m_view->stepModel();
    // Drag "nvidia" below "hopper" (drop before row 3), as the list view does.
    QStringList expected = shownNames();
    expected.move(0, 2);
    std::unique_ptr<QMimeData> drag(steps->mimeData({steps->index(0)}));
    steps->dropMimeData(drag.get(), Qt::MoveAction, 3, 0, {});
    QCOMPARE(shownNames(), expected);
    const int hopper = int(expected.indexOf(u"hopper"_s));
    QVERIFY(steps->setData(steps->index(hopper), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_view->presentation().steps.at(hopper).enabled, false);
    QCOMPARE(m_view->presentation().steps.at(hopper).state, StepState::Disabled);
    m_view->setDate(QDate(2023, 1, 15));
    QCOMPARE(m_controller->date(), QDate(2023, 1, 15));
    QCOMPARE(m_wb->undoStack()->count(), 3);

    const Case::FunnelState stored = m_wb->caseFile()->funnelState(m_modelId);
    QCOMPARE(stored.order, m_controller->order());
    QCOMPARE(stored.disabled, QStringList{m_ids.value(u"hopper"_s)});
    QCOMPARE(stored.asOf, QDate(2023, 1, 15));

    const QStringList order = m_controller->order();
    const QStringList candidates = guiCandidates();
    m_wb->closeCase();
    QVERIFY(m_controller->order().isEmpty());
    QVERIFY(m_wb->openCase(m_path));
    m_wb->setCurrentModelId(m_modelId);
    QCOMPARE(m_controller->order(), order);
    QCOMPARE(m_view->presentation().steps.at(hopper).enabled, false);
    QCOMPARE(m_controller->date(), QDate(2023, 1, 15));
    QCOMPARE(m_view->presentation().date, QDate(2023, 1, 15));
    QCOMPARE(guiCandidates(), candidates);
}

void TestFunnelController::undoRedo_eachEditIsOneStep()
{
    QUndoStack *undo = m_wb->undoStack();
    QCOMPARE(undo->count(), 0); // a reopened case starts a new history
    const QStringList order = m_controller->order();
    m_controller->move(int(order.size()) - 1, 0); // fp8 (the hint, last) to the top
    QCOMPARE(shownNames().first(), u"fp8"_s);
    const int memory = int(shownNames().indexOf(u"memory"_s));
    m_controller->setEnabled(memory, false);
    QCOMPARE(undo->count(), 2);
    const QStringList disabled = m_wb->caseFile()->funnelState(m_modelId).disabled;
    QCOMPARE(disabled.size(), 2);

    undo->undo();
    QCOMPARE(
        m_wb->caseFile()->funnelState(m_modelId).disabled, QStringList{m_ids.value(u"hopper"_s)});
    QVERIFY(m_view->presentation().steps.at(memory).enabled); // the view followed the case
    undo->undo();
    QCOMPARE(m_controller->order(), order);
    undo->redo();
    QCOMPARE(shownNames().first(), u"fp8"_s);
    undo->redo();
    QCOMPARE(m_wb->caseFile()->funnelState(m_modelId).disabled, disabled);
    QCOMPARE(m_view->presentation().steps.at(memory).enabled, false);

    // The date too: undo goes back to the stored one, then to the model's own.
    m_view->setDate(QDate(2025, 2, 1));
    QCOMPARE(m_controller->date(), QDate(2025, 2, 1));
    undo->undo();
    QCOMPARE(m_controller->date(), QDate(2023, 1, 15));
    QCOMPARE(m_view->presentation().date, QDate(2023, 1, 15));
}

void TestFunnelController::briefing_honoursArrangement()
{
    // With steps reordered and two switched off, screen and briefing still agree.
    m_controller->setReviewedOnly(true);
    QVERIFY(m_view->reviewedOnly());
    QCOMPARE(guiCandidates(), briefingCandidates());
    Report::BuildSettings settings;
    settings.modelId = m_modelId;
    const Result<Report::Briefing> b = Report::BriefingBuilder().build(*m_wb->caseFile(), settings);
    QVERIFY(b);
    int valid = 0;
    for (const FunnelStepInfo &s : m_view->presentation().steps)
        valid += s.state != StepState::Invalid;
    QCOMPARE(b->funnel.size(), valid);
    // Same order: fp8 leads on screen and in the briefing; "memory" is off in both.
    QCOMPARE(b->funnel.first().constraint, u"fp8"_s);
    bool memoryOff = false;
    for (const Report::FunnelStep &s : b->funnel)
        memoryOff |= s.constraint == u"memory_gb >= 80"_s && s.before == s.after
            && s.label.contains(u"switched off"_s);
    QVERIFY(memoryOff);
    // Re-enabling it changes both the same way.
    const QStringList before = guiCandidates();
    m_controller->setEnabled(int(shownNames().indexOf(u"memory"_s)), true);
    QVERIFY(guiCandidates() != before);
    QCOMPARE(guiCandidates(), briefingCandidates());
    m_controller->setReviewedOnly(false);
}

// A finding first seen on 1 May 2023, still at HEAD.
static Case::FindingRecord finding(
    const QString &sourceId, const QString &rule, const QString &path, const QString &commit)
{
    Case::FindingRecord f;
    f.id = Case::newId();
    f.sourceId = sourceId;
    f.kind = u"signature"_s;
    f.ruleId = rule;
    f.locator.path = path;
    f.firstDate = QDateTime(QDate(2023, 5, 1), QTime(10, 0), QTimeZone::UTC);
    f.firstCommit = commit;
    return f;
}

void TestFunnelController::timeline_followsFindings()
{
    QCOMPARE(m_timeline->presentation().spans.size(), 0);
    Case::ImportBatch batch;
    Case::Source repo{Case::newId(), Case::SourceKind::Repository, u"/tmp/repo"_s, u"repo"_s};
    batch.sources = {repo};
    batch.findings = {finding(repo.id, u"nccl.backend"_s, u"train.py"_s, u"abc"_s)};
    QVERIFY(m_wb->pushChange(m_wb->caseFile()->importBatch(batch)));
    QCOMPARE(m_timeline->presentation().spans.size(), 1);
    QCOMPARE(m_timeline->presentation().spans.first().label, u"nccl.backend — train.py"_s);
    // A review elsewhere leaves the spans as they are; undoing the import removes them.
    QVERIFY(m_wb->review(m_ids.value(u"hopper"_s), Case::Verdict::Dispute));
    QCOMPARE(m_timeline->presentation().spans.size(), 1);
    m_wb->undoStack()->undo();
    m_wb->undoStack()->undo();
    QCOMPARE(m_timeline->presentation().spans.size(), 0);
}

// Evidence lanes come first (a removed repository claim as a bar, a paper as a point), the
// rules that matter for the model are labelled, and the cursor follows the funnel's date.
void TestFunnelController::timeline_showsEvidenceRulesAndCursor()
{
    const int undatedBefore = m_timeline->presentation().undated;
    QCOMPARE(
        undatedBefore, int(m_wb->caseFile()->evidence(m_modelId).size())); // notes have no date
    QVERIFY(m_timeline->note().contains(QString::number(undatedBefore)));
    Case::ImportBatch batch;
    Case::Source repo{Case::newId(), Case::SourceKind::Repository, u"/tmp/repo2"_s, u"repo2"_s};
    Case::Source paper{Case::newId(), Case::SourceKind::Paper, u"https://example.org/p.pdf"_s,
        u"Paper"_s, QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::UTC)};
    batch.sources = {repo, paper};
    Case::FindingRecord f = finding(repo.id, u"claim.chip"_s, u"README.md"_s, u"c0ffee"_s);
    f.atHead = false;
    f.removedDate = QDateTime(QDate(2024, 2, 1), QTime(10, 0), QTimeZone::UTC);
    f.removedCommit = u"dead01"_s;
    batch.findings = {f};
    auto evidence = [&](const QString &quote, const QString &sourceId, const QString &findingId) {
        Case::Evidence e;
        e.id = Case::newId();
        e.modelId = m_modelId;
        e.sourceId = sourceId;
        e.findingId = findingId;
        e.quote = quote;
        return e;
    };
    batch.evidence = {evidence(u"trained on H800"_s, repo.id, f.id),
        evidence(u"we used 2048 GPUs"_s, paper.id, {})};
    QVERIFY(m_wb->pushChange(m_wb->caseFile()->importBatch(batch)));

    const QList<TimelineSpan> spans = m_timeline->presentation().spans;
    QHash<QString, TimelineSpan> lanes;
    int evidenceLanes = 0;
    for (const TimelineSpan &s : spans) {
        lanes.insert(s.label, s);
        evidenceLanes += s.evidence;
        QVERIFY2(s.evidence || evidenceLanes == 2, "evidence lanes come before finding lanes");
    }
    QCOMPARE(evidenceLanes, 2);
    QCOMPARE(m_timeline->presentation().undated, undatedBefore);
    QCOMPARE(lanes.value(u"trained on H800"_s).end, f.removedDate);
    QVERIFY(lanes.value(u"trained on H800"_s).detail.contains(u"dead01"_s));
    QVERIFY(lanes.value(u"we used 2048 GPUs"_s).point);
    QVERIFY(lanes.contains(u"claim.chip — README.md"_s)); // the finding keeps its own lane

    // Rules: the 3A090 revision of Oct 2023 is in force while the model trains and is labelled;
    // the letters of Aug 2022 (superseded) and guidance long after release are not.
    QStringList families;
    for (const TimelineMarker &m : m_timeline->presentation().markers)
        families << m.family;
    QVERIFY(families.contains(u"3a090-2023"_s));
    const QStringList labels = m_timeline->markerLabels();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const QString &l) { return l.startsWith(u"2023-11-17 ECCN 3A090"_s); }));
    QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [](const QString &l) {
        return l.startsWith(u"2022-08-26"_s) || l.startsWith(u"2026-05-31"_s);
    }));
    const auto *axis =
        qobject_cast<QDateTimeAxis *>(m_timeline->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY(axis->min().date() <= QDate(2023, 5, 1));
    QVERIFY(axis->max().date() >= QDate(2024, 8, 1)); // the release

    m_view->setDate(QDate(2024, 3, 15));
    QCOMPARE(m_timeline->cursorDate(), QDate(2024, 3, 15));
    QCOMPARE(m_timeline->cursorSeries()->points().first().x(),
        qreal(QDateTime(QDate(2024, 3, 15), QTime(12, 0), QTimeZone::UTC).toMSecsSinceEpoch()));
    const QDate before = m_controller->date();
    m_wb->undoStack()->undo();
    QCOMPARE(m_timeline->cursorDate(), m_controller->date());
    QVERIFY(before != m_controller->date());
}

void TestFunnelController::dateSlider_coversTrainingStart()
{
    QVERIFY(m_view->dateRangeStart() <= QDate(2022, 8, 26)); // the earliest rule
    QCOMPARE(m_view->dateRangeEnd(), QDate::currentDate());
    auto model = m_wb->caseFile()->model(m_modelId);
    QVERIFY(model);
    model->trainingStart = QDate(2019, 5, 1);
    QVERIFY(m_wb->pushChange(m_wb->caseFile()->saveModel(*model)));
    QCOMPARE(m_view->dateRangeStart(), QDate(2019, 5, 1));
    m_wb->undoStack()->undo();
    QVERIFY(m_view->dateRangeStart() > QDate(2019, 5, 1));
}

void TestFunnelController::keyboardReorder_isStoredAndUndoable()
{
    auto *list = m_view->findChild<QListView *>(u"funnelSteps"_s);
    QVERIFY(list);
    const QStringList order = m_controller->order();
    QVERIFY(order.size() >= 2);
    const int undoIndex = m_wb->undoStack()->index(); // earlier tests left redo steps
    list->setCurrentIndex(m_view->stepModel()->index(0));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QStringList expected = order;
    expected.move(0, 1);
    QCOMPARE(m_controller->order(), expected);
    QCOMPARE(m_wb->caseFile()->funnelState(m_modelId).order, expected);
    QCOMPARE(m_wb->undoStack()->index(), undoIndex + 1); // one undo step
    QCOMPARE(list->currentIndex().row(), 1); // the moved step stays selected
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier); // and moves on with the next press
    expected.move(1, 2);
    QCOMPARE(m_controller->order(), expected);
    m_wb->undoStack()->undo();
    m_wb->undoStack()->undo();
    QCOMPARE(m_controller->order(), order);
}

void TestFunnelController::broadToNarrow_isOneUndoStep()
{
    auto *button = m_view->findChild<QToolButton *>(u"funnelBroadFirst"_s);
    QVERIFY(button);
    const QStringList before = shownNames();
    const int undoIndex = m_wb->undoStack()->index();
    button->click();
    const QStringList after = shownNames();
    // Vendor, then generation (arch, fp8), then the specific (memory), the unreadable last.
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.first(), u"nvidia"_s);
    QCOMPARE((QSet<QString>{after.at(1), after.at(2)}), (QSet<QString>{u"hopper"_s, u"fp8"_s}));
    QCOMPARE(after.at(3), u"memory"_s);
    QCOMPARE(after.last(), u"broken"_s);
    QCOMPARE(
        m_wb->caseFile()->funnelState(m_modelId).order.mid(0, after.size()), m_controller->order());
    QCOMPARE(m_wb->undoStack()->index(), undoIndex + 1);
    m_wb->undoStack()->undo();
    QCOMPARE(shownNames(), before);
}

void TestFunnelController::candidate_evidenceForAndAgainst()
{
    const FunnelPresentation &p = m_view->presentation();
    const auto survivor = std::find_if(p.chips.begin(), p.chips.end(),
        [](const ChipCardInfo &c) { return c.eliminatedAtStep < 0; });
    const auto amd = std::find_if(
        p.chips.begin(), p.chips.end(), [](const ChipCardInfo &c) { return c.vendor == u"AMD"; });
    QVERIFY(survivor != p.chips.end() && amd != p.chips.end());
    QSignalSpy shown(m_controller.get(), &FunnelController::candidateShown);
    m_view->selectChip(survivor->id);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.last().at(0).toString(), survivor->name);
    const QStringList forIds = shown.last().at(1).toStringList();
    QVERIFY(forIds.contains(m_ids.value(u"nvidia"_s)));
    // An item that argues against Huawei speaks for an NVIDIA part.
    QVERIFY(forIds.contains(m_ids.value(u"against"_s)));
    QVERIFY(!forIds.contains(m_ids.value(u"broken"_s)));
    QVERIFY(m_view->candidateDetail().contains(u"Steps it passed"_s));
    const CandidateEvidence out = m_controller->candidate(amd->id);
    QVERIFY(out.againstIds.contains(m_ids.value(u"nvidia"_s)));
    QVERIFY(!out.forIds.contains(m_ids.value(u"nvidia"_s)));
    m_view->selectChip({});
    QCOMPARE(shown.count(), 2);
    QVERIFY(shown.last().at(0).toString().isEmpty());
}

QTEST_MAIN(TestFunnelController)
#include "tst_funnelcontroller.moc"
