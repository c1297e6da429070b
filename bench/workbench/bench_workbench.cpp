// SPDX-License-Identifier: GPL-3.0-or-later
// bench_workbench [lines=100000] [hits=1000] [findings=100000]
// Prints: time to first paint of a large file with hits in the code viewer (and until its
// syntax highlighting has finished in the background), the funnel's step latency (engine run
// over the built-in catalog, and one view step), the time to open a case with many findings, and
// in that case the time of one review click and one funnel reorder with the funnel and timeline
// attached (the timeline is not rebuilt for them; re-reading the findings is printed beside).
// Timings only; nothing is asserted.

#include "casefile/casefile.h"
#include "catalog/catalog.h"
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "codeview/lazyhighlighter.h"
#include "funnel/funnel.h"
#include "funnel/funnelcontroller.h"
#include "funnel/funnelview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/findingsmodel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace ChipTrace;

static QTextStream out(stdout);

static void codeViewer(int lines, int hits)
{
    QString text;
    text.reserve(qsizetype(lines) * 48);
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("    dist.init_process_group(backend=\"nccl\")  # %1\n").arg(i);
    std::vector<Ui::CodeHit> list;
    for (int i = 0; i < hits; ++i)
        list.push_back({1 + int(qint64(i) * lines / hits), 32, 6, QStringLiteral("nccl.backend"),
            QStringLiteral("nccl"), ChipTrace::Strength(i % 3), QStringLiteral("vendor = NVIDIA")});
    // The peer: Qt's own plain-text editor showing the same text, with no highlighting and no
    // hits, blocks the GUI thread for the whole load.
    qint64 peerStall = 0;
    {
        QPlainTextEdit bare;
        bare.resize(1200, 900);
        bare.show();
        QElapsedTimer t;
        t.start();
        bare.setPlainText(text);
        bare.viewport()->repaint();
        peerStall = t.elapsed();
    }
    Ui::CodeViewer viewer;
    viewer.resize(1200, 900);
    viewer.show();
    bool shown = false;
    QObject::connect(&viewer, &Ui::CodeViewer::sourceShown, &viewer, [&] {
        viewer.editor()->viewport()->repaint(); // synchronous: the first frame the analyst sees
        shown = true;
    });
    // A 1 ms heartbeat on the GUI thread: the longest gap between two beats is the longest
    // time the window could not react.
    QEventLoop loop;
    QObject::connect(
        &viewer, &Ui::CodeViewer::sourceShown, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QElapsedTimer slice;
    qint64 longestStall = 0;
    QTimer beat;
    beat.setInterval(1);
    QObject::connect(&beat, &QTimer::timeout, &loop, [&] {
        longestStall = std::max(longestStall, slice.elapsed());
        slice.restart();
    });
    QElapsedTimer t;
    t.start();
    slice.start();
    viewer.showSource(
        QStringLiteral("train.py"), QStringLiteral("HEAD"), text, std::move(list), hits / 2);
    longestStall = slice.elapsed();
    slice.restart();
    beat.start();
    if (!shown)
        loop.exec();
    beat.stop();
    longestStall = std::max(longestStall, slice.elapsed());
    const qint64 firstPaint = t.elapsed();
    out << "code viewer: " << lines << " lines, " << hits << " hits: on screen after " << firstPaint
        << " ms; longest GUI-thread stall " << longestStall
        << " ms; peer (bare QPlainTextEdit, no highlighting) stalls " << peerStall << " ms: ratio "
        << double(longestStall) / double(std::max<qint64>(1, peerStall)) << Qt::endl;
    while (!viewer.editor()->highlighter()->isFinished())
        QCoreApplication::processEvents();
    out << "code viewer: highlighting finished in the background after " << t.elapsed() << " ms"
        << Qt::endl;
    t.restart();
    viewer.editor()->goToLine(lines - 10);
    viewer.editor()->viewport()->repaint();
    out << "code viewer: jump to the last line and paint " << t.elapsed() << " ms" << Qt::endl;
}

static void funnel()
{
    const Catalog::Catalog &catalog = Catalog::Catalog::builtin();
    Funnel::Funnel f(catalog);
    for (const char *c : {"vendor != AMD", "collective = NCCL", "bf16", "segment != consumer",
             "gpudirect_rdma", "cc >= 9.0"}) {
        Funnel::Step s;
        s.constraint = *Funnel::Constraint::parse(QString::fromLatin1(c));
        f.addStep(s);
    }
    QElapsedTimer t;
    t.start();
    const int runs = 50;
    for (int i = 0; i < runs; ++i)
        (void)f.run();
    out << "funnel engine: " << catalog.size() << " chips, " << f.steps().size()
        << " steps: " << double(t.nsecsElapsed()) / runs / 1e6
        << " ms per run (a reorder or toggle re-runs it)" << Qt::endl;

    Ui::FunnelPresentation p;
    const Funnel::FunnelResult r = f.run();
    for (int i = 0; i < f.steps().size(); ++i)
        p.steps.append({QString::number(i), f.steps().at(i).constraint.text(),
            f.steps().at(i).constraint.text(), QStringLiteral("strong")});
    for (const Catalog::Accelerator &chip : f.candidates())
        p.chips.append(
            {chip.id, chip.name, chip.vendor, r.eliminated.value(chip.id, {-1}).stepIndex});
    Ui::FunnelView view;
    view.resize(1100, 700);
    view.show();
    view.setPresentation(p);
    QCoreApplication::processEvents();
    t.restart();
    int steps = 0;
    for (int round = 0; round < 10; ++round) {
        view.setCurrentStep(0);
        for (int i = 0; i < f.steps().size(); ++i, ++steps) {
            view.stepForward();
            view.repaint();
        }
    }
    out << "funnel view: one step (cards + chart + repaint) "
        << double(t.nsecsElapsed()) / steps / 1e6 << " ms" << Qt::endl;
}

// Everyday clicks in a large case: each is one undoable edit that refreshes the funnel.
static void clicks(Ui::Workbench &wb)
{
    Ui::FunnelView funnel;
    Ui::TimelineView timeline;
    Ui::FunnelController controller(&wb, &funnel, &timeline);
    Case::CaseFile *c = wb.caseFile();
    Case::Lab lab{{}, QStringLiteral("Lab"), {}, QStringLiteral("CN"), {}};
    Case::Model model{{}, {}, QStringLiteral("Model"), QDate(2024, 6, 1), {}, {}, {}};
    if (!c->saveLab(lab) || !(model.labId = lab.id, c->saveModel(model)))
        return;
    wb.setCurrentModelId(model.id);
    const QList<Case::FindingRecord> some = wb.findingsModel()->findings().mid(0, 3);
    QStringList ids;
    for (const Case::FindingRecord &f : some)
        ids << f.id;
    const Result<QStringList> evidence = wb.makeEvidence(ids);
    if (!evidence)
        return;
    const QStringList constraints{
        QStringLiteral("vendor = NVIDIA"), QStringLiteral("bf16"), QStringLiteral("cc >= 9.0")};
    for (int i = 0; i < evidence->size(); ++i) { // steps for the funnel to run
        std::optional<Case::Evidence> e = c->evidenceItem(evidence->at(i));
        e->constraint = constraints.at(i % constraints.size());
        (void)c->saveEvidence(*e);
    }
    QElapsedTimer t;
    t.start();
    const int rounds = 10;
    for (int i = 0; i < rounds; ++i)
        (void)wb.review(evidence->first(), i % 2 ? Case::Verdict::Accept : Case::Verdict::Dispute);
    out << "review click (case write, evidence board, funnel): "
        << double(t.nsecsElapsed()) / rounds / 1e6 << " ms" << Qt::endl;
    t.restart();
    for (int i = 0; i < rounds; ++i)
        controller.move(0, 1);
    out << "funnel reorder (case write, undo step, funnel): "
        << double(t.nsecsElapsed()) / rounds / 1e6 << " ms" << Qt::endl;
    t.restart();
    const qsizetype n = c->findings().size();
    out << "re-reading the " << n << " findings (no longer done per click): " << t.elapsed()
        << " ms" << Qt::endl;
}

static void openCase(int findings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.chiptrace"));
    {
        Result<std::unique_ptr<Case::CaseFile>> c =
            Case::CaseFile::create(path, Case::CaseInfo{{}, QStringLiteral("Big case")});
        if (!c) {
            out << "cannot create the case: " << c.message() << Qt::endl;
            return;
        }
        Case::Source repo;
        repo.kind = Case::SourceKind::Repository;
        repo.uri = dir.path();
        repo.title = QStringLiteral("big");
        (void)(*c)->saveSource(repo);
        Case::ImportBatch batch;
        for (int i = 0; i < findings; ++i) {
            Case::FindingRecord f;
            f.sourceId = repo.id;
            f.kind = QStringLiteral("signature");
            f.ruleId = QStringLiteral("rule.%1").arg(i % 90);
            f.family = QStringLiteral("family%1").arg(i % 9);
            f.strength = QStringLiteral("strong");
            f.context = QStringLiteral("code");
            f.locator.path = QStringLiteral("src/dir%1/file%2.py").arg(i % 100).arg(i % 5000);
            f.locator.line = i % 400 + 1;
            f.text = QStringLiteral("export NCCL_IB_HCA=mlx5_%1").arg(i);
            batch.findings.append(f);
        }
        QElapsedTimer importTime;
        importTime.start();
        if (Result<Case::ChangeSet> r = (*c)->importBatch(batch); !r) {
            out << "cannot fill the case: " << r.message() << Qt::endl;
            return;
        }
        out << "import " << findings
            << " findings into a case (one audited transaction, what a scan's end costs): "
            << importTime.elapsed() << " ms" << Qt::endl;
    }
    Ui::Workbench wb;
    QElapsedTimer t;
    t.start();
    if (const Status s = wb.openCase(path); !s) {
        out << "cannot open the case: " << s.message() << Qt::endl;
        return;
    }
    out << "open a case with " << wb.findingsModel()->rowCount()
        << " findings (models, navigator, browser): " << t.elapsed() << " ms" << Qt::endl;
    clicks(wb);
    // The same in the whole window: findings table, funnel, timeline, evidence board.
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    t.restart();
    if (!window.openCaseFile(path)) {
        out << "the window could not open the case" << Qt::endl;
        return;
    }
    window.repaint();
    const qint64 windowOpen = t.elapsed();
    out << "open a case with " << window.workbench()->findingsModel()->rowCount()
        << " findings in the main window, until painted: " << windowOpen << " ms" << Qt::endl;
    // The peer: SQLite's own shell reading every finding of the same file (the floor for
    // getting the data off disk, with nothing shown).
    QProcess sqlite;
    t.restart();
    sqlite.start(QStringLiteral("sqlite3"),
        {QStringLiteral("-readonly"), path, QStringLiteral("SELECT * FROM findings;")});
    if (!sqlite.waitForStarted()) {
        out << "peer: sqlite3 is not installed" << Qt::endl;
        return;
    }
    qint64 bytes = 0;
    while (sqlite.waitForReadyRead(-1))
        bytes += sqlite.readAllStandardOutput().size();
    sqlite.waitForFinished();
    const qint64 peer = t.elapsed();
    out << "peer, sqlite3 shell dumping the same findings: " << peer << " ms (" << bytes / 1024
        << " KiB); ratio " << double(windowOpen) / double(std::max<qint64>(1, peer)) << Qt::endl;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int lines = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int hits = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int findings = args.size() > 3 ? args.at(3).toInt() : 100000;
    codeViewer(lines, hits);
    funnel();
    openCase(findings);
    return 0;
}
