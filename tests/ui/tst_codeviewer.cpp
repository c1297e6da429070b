// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "codeview/lazyhighlighter.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace ChipTrace::Ui;

static QString pythonSource(int lines)
{
    QString text;
    text.reserve(lines * 40);
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("def f%1(x):  # comment\n    return x * %1\n").arg(i);
    return text;
}

static CodeHit hit(int line, int column, int length, ChipTrace::Strength s,
    const QString &rule = QStringLiteral("nccl.ib_hca"))
{
    CodeHit h;
    h.line = line;
    h.column = column;
    h.length = length;
    h.ruleId = rule;
    h.family = QStringLiteral("nccl");
    h.strength = s;
    h.implies = QStringLiteral("vendor != AMD");
    h.why = QStringLiteral("NCCL is NVIDIA's collective library");
    h.references = {QStringLiteral("Whack-a-Chip §4")};
    return h;
}

class TestCodeViewer : public QObject
{
    Q_OBJECT
private slots:
    void highlighting_picksDefinitionAndFormatsLines()
    {
        CodeViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        viewer.showSource(
            QStringLiteral("train.py"), QStringLiteral("working tree"), pythonSource(50), {});
        QCOMPARE(viewer.editor()->definitionName(), QStringLiteral("Python"));
        QTRY_VERIFY(viewer.editor()->highlighter()->isFinished());
        const QTextBlock first = viewer.editor()->document()->firstBlock();
        QVERIFY(!first.layout()->formats().isEmpty()); // "def" and the comment are coloured
    }
    void largeFile_isHighlightedInSlicesNotAtOnce()
    {
        CodeViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QSignalSpy shown(&viewer, &CodeViewer::sourceShown);
        viewer.showSource(
            QStringLiteral("big.py"), QStringLiteral("HEAD"), pythonSource(50000), {});
        // Split into lines off the GUI thread: the call returns before the file is there.
        QVERIFY(viewer.isLoading());
        QCOMPARE(shown.count(), 0);
        QVERIFY(shown.wait(20000));
        QVERIFY(!viewer.isLoading());
        CodeEditor *e = viewer.editor();
        QCOMPARE(e->blockCount(), 100001);
        // Only what is visible was formatted synchronously; the rest follows from the event loop.
        QVERIFY(e->highlighter()->highlightedBlocks() > 0);
        QVERIFY(e->highlighter()->highlightedBlocks() < e->blockCount());
        // A jump far ahead is coloured at once without first formatting the 90,000 lines above.
        e->goToLine(90000);
        QCOMPARE(e->currentLine(), 90000);
        QVERIFY(e->highlighter()->highlightedBlocks() < 90000);
        QVERIFY(!e->document()->findBlockByNumber(90000 - 1).layout()->formats().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(e->highlighter()->isFinished(), 30000);
        QVERIFY(!e->document()->findBlockByNumber(90000 - 1).layout()->formats().isEmpty());
    }
    void largeFile_manyHits_focusAndSelectionsFollowTheViewport()
    {
        CodeViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        std::vector<CodeHit> hits;
        for (int line = 1; line <= 100000; line += 100) // 1,000 hits
            hits.push_back(hit(line, 0, 3, ChipTrace::Strength::Strong));
        QSignalSpy shown(&viewer, &CodeViewer::sourceShown);
        viewer.showSource(QStringLiteral("big.py"), QStringLiteral("HEAD"), pythonSource(50000),
            hits, 700, QStringLiteral("removed in 9f8e7d6"));
        QVERIFY(shown.wait(20000));
        CodeEditor *e = viewer.editor();
        QCOMPARE(e->hits().size(), size_t(1000));
        QCOMPARE(e->currentHit(), 700);
        QCOMPARE(e->currentLine(), 70001);
        // Only hits near the viewport are drawn, and they are the ones around line 70,001.
        const QList<QTextEdit::ExtraSelection> near = e->extraSelections();
        QVERIFY(!near.isEmpty());
        QVERIFY(near.size() < 100);
        for (const QTextEdit::ExtraSelection &s : near)
            QVERIFY(qAbs(s.cursor.blockNumber() + 1 - 70001) < 1000);
        e->goToLine(5);
        QVERIFY(e->extraSelections().constFirst().cursor.blockNumber() == 0);
        QCOMPARE(e->extraSelections().constFirst().cursor.selectedText(), QStringLiteral("def"));
    }
    void newerRequest_supersedesOneStillLoading()
    {
        CodeViewer viewer;
        QSignalSpy shown(&viewer, &CodeViewer::sourceShown);
        viewer.showSource(
            QStringLiteral("big.py"), QStringLiteral("HEAD"), pythonSource(50000), {});
        QVERIFY(viewer.isLoading());
        viewer.showSource(QStringLiteral("small.py"), QStringLiteral("HEAD"), pythonSource(5), {});
        QCOMPARE(shown.count(), 1);
        QCOMPARE(viewer.path(), QStringLiteral("small.py"));
        QTest::qWait(1500); // the big file's document arrives and is dropped
        QCOMPARE(shown.count(), 1);
        QCOMPARE(viewer.path(), QStringLiteral("small.py"));
        QCOMPARE(viewer.editor()->blockCount(), 11);
    }
    void hits_areSortedAndNavigateWithWrap()
    {
        CodeViewer viewer;
        viewer.showSource(QStringLiteral("train.py"), QStringLiteral("HEAD"), pythonSource(100),
            {hit(40, 4, 6, ChipTrace::Strength::Strong), hit(3, 0, 3, ChipTrace::Strength::Proof),
                hit(3, 8, 2, ChipTrace::Strength::Hint)});
        CodeEditor *e = viewer.editor();
        QCOMPARE(e->hits().front().line, 3);
        QCOMPARE(e->hits().back().line, 40);
        QCOMPARE(e->extraSelections().size(), 3);
        QCOMPARE(e->hitLines().size(), size_t(2));
        QCOMPARE(e->strongestOnLine(3), ChipTrace::Strength::Proof);
        e->goToLine(1);
        viewer.nextHitAction()->trigger();
        QCOMPARE(e->currentHit(), 0);
        QCOMPARE(e->currentLine(), 3);
        e->nextHit();
        e->nextHit();
        QCOMPARE(e->currentLine(), 40);
        e->nextHit(); // wraps to the first
        QCOMPARE(e->currentHit(), 0);
        e->previousHit(); // wraps to the last
        QCOMPARE(e->currentHit(), 2);
    }
    void markerBar_clickGoesToTheNearestHit()
    {
        CodeViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showSource(QStringLiteral("train.py"), QStringLiteral("HEAD"), pythonSource(2000),
            {hit(100, 0, 3, ChipTrace::Strength::Strong),
                hit(3000, 4, 6, ChipTrace::Strength::Proof)});
        CodeEditor *e = viewer.editor();
        auto *bar = e->findChild<QWidget *>(QStringLiteral("hitMarkers"));
        QVERIFY(bar);
        QVERIFY(bar->height() > 100);
        e->goToLine(1);
        // Three quarters down the bar is line ~3000 of 4001: the second hit.
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(2, bar->height() * 3 / 4));
        QCOMPARE(e->currentLine(), 3000);
        QCOMPARE(e->currentHit(), 1);
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(2, 1));
        QCOMPARE(e->currentLine(), 100);
    }
    void hitSelection_coversTheMatchedText()
    {
        CodeViewer viewer;
        viewer.showSource(QStringLiteral("train.py"), QStringLiteral("HEAD"), pythonSource(10),
            {hit(2, 4, 6, ChipTrace::Strength::Strong)});
        const QTextEdit::ExtraSelection sel = viewer.editor()->extraSelections().constFirst();
        QCOMPARE(sel.cursor.selectedText(), QStringLiteral("return"));
        QVERIFY(sel.format.background().color() != QColor(Qt::transparent));
    }
    void tooltip_explainsRuleConstraintAndReferences()
    {
        CodeHit h = hit(1, 0, 3, ChipTrace::Strength::Proof, QStringLiteral("bf16.torch_dtype"));
        h.history = QStringLiteral("removed in 9f8e7d6");
        const QString tip = hitTooltip(h);
        QVERIFY(tip.contains(QStringLiteral("bf16.torch_dtype")));
        QVERIFY(tip.contains(QStringLiteral("vendor != AMD")));
        QVERIFY(tip.contains(QStringLiteral("Whack-a-Chip")));
        QVERIFY(tip.contains(QStringLiteral("removed in 9f8e7d6")));
        QVERIFY(tip.contains(QStringLiteral("proof")));
    }
    void find_wrapsAround()
    {
        CodeViewer viewer;
        viewer.showSource(QStringLiteral("a.py"), QStringLiteral("HEAD"), pythonSource(20), {});
        viewer.editor()->goToLine(15);
        QVERIFY(viewer.find(QStringLiteral("def f3(")));
        QCOMPARE(viewer.editor()->currentLine(), 7);
        QVERIFY(!viewer.find(QStringLiteral("no such text")));
        // Case and regular expressions, as the find bar's toggles set them.
        QVERIFY(viewer.find(QStringLiteral("DEF F3(")));
        viewer.setFindOptions(true, false);
        QVERIFY(!viewer.find(QStringLiteral("DEF F3(")));
        viewer.setFindOptions(false, true);
        viewer.editor()->goToLine(1);
        QVERIFY(viewer.find(QStringLiteral("x \\* 1[0-9]$")));
        QCOMPARE(viewer.editor()->currentLine(), 22); // "    return x * 10"
        QVERIFY(!viewer.find(QStringLiteral("([unclosed")));
    }
    void theme_followsDarkPalette()
    {
        CodeViewer viewer;
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, Qt::white);
        viewer.editor()->setPalette(dark);
        QVERIFY(viewer.editor()->viewport()->palette().color(QPalette::Base).lightness() < 128);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        light.setColor(QPalette::Text, Qt::black);
        viewer.editor()->setPalette(light);
        QVERIFY(viewer.editor()->viewport()->palette().color(QPalette::Base).lightness() >= 128);
    }
};

QTEST_MAIN(TestCodeViewer)
#include "tst_codeviewer.moc"
