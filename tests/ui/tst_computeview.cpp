// SPDX-License-Identifier: GPL-3.0-or-later
// Training figures in the workbench: the inspector's form edits them (refusing what is not a
// figure), the funnel lists the compute step that removes H20, its "Compute" page charts the
// required share of each chip's peak with the reasons in words, and switching the step off
// brings H20 back, as one undo step.

#include "casefile/casefile.h"
#include "funnel/funnelcontroller.h"
#include "funnel/funnelstepmodel.h"
#include "funnel/funnelview.h"
#include "funnel/mfuchartwidget.h"
#include "mainwindow/workbench.h"
#include "review/evidenceeditor.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;
using namespace Qt::StringLiterals;

class TestComputeView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workbench> m_wb;
    std::unique_ptr<FunnelView> m_view;
    std::unique_ptr<TimelineView> m_timeline;
    std::unique_ptr<FunnelController> m_controller;
    QString m_modelId;
    QString m_factsId;

    int computeRow() const
    {
        const QStringList ids = m_controller->order();
        return int(ids.indexOf(u"compute:pretraining"_s));
    }

    bool cardLeft(const QString &name) const
    {
        for (const ChipCardInfo &chip : m_view->presentation().chips)
            if (chip.name == name)
                return chip.eliminatedAtStep < 0;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("CHIPTRACE_IDENTITY", "alice");
        QVERIFY(m_dir.isValid());
        m_wb = std::make_unique<Workbench>();
        m_view = std::make_unique<FunnelView>();
        m_timeline = std::make_unique<TimelineView>();
        m_controller =
            std::make_unique<FunnelController>(m_wb.get(), m_view.get(), m_timeline.get());
        Case::CaseInfo info;
        info.title = u"Compute"_s;
        QVERIFY(m_wb->createCase(m_dir.filePath(u"compute.chiptrace"_s), info));
        Case::CaseFile *c = m_wb->caseFile();
        Case::Lab lab{{}, u"Example Lab"_s, {}, u"CN"_s, {}};
        QVERIFY(c->saveLab(lab));
        Case::Model model{{}, lab.id, u"ExampleMoE"_s, QDate(2024, 12, 1), {}, {}, {}};
        QVERIFY(c->saveModel(model));
        m_modelId = model.id;
        m_wb->setCurrentModelId(m_modelId);
        Case::Evidence hopper;
        hopper.modelId = m_modelId;
        hopper.quote = u"trained on Hopper GPUs"_s;
        hopper.constraint = u"arch in [Hopper]"_s;
        hopper.strength = ChipTrace::Strength::Strong;
        QVERIFY(c->saveEvidence(hopper));
        Case::Evidence facts;
        facts.modelId = m_modelId;
        facts.quote = u"37B active parameters, 14.8T tokens, 2.664M GPU hours in FP8"_s;
        QVERIFY(c->saveEvidence(facts));
        m_factsId = facts.id;
        m_controller->rebuild();
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_wb.reset();
    }

    void editor_refusesBadFigures_savesGoodOnes()
    {
        EvidenceEditor editor;
        editor.setEvidence(*m_wb->caseFile()->evidenceItem(m_factsId));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(!editor.figuresToggle()->isChecked(), "folded while the item states none");
        const QList<QLineEdit *> figures = editor.figureEdits();
        QCOMPARE(figures.size(), 6);
        figures.at(2)->setText(u"lots"_s); // tokens
        QVERIFY(!editor.saveButton()->isEnabled());
        figures.at(0)->setText(u"37e9"_s);
        figures.at(2)->setText(u"14.8T"_s);
        figures.at(3)->setText(u"2.664M"_s);
        editor.precisionBox()->setCurrentIndex(editor.precisionBox()->findData(u"fp8"_s));
        QVERIFY(editor.saveButton()->isEnabled());
        Case::Evidence item;
        connect(&editor, &EvidenceEditor::saveRequested, this,
            [&item](const Case::Evidence &e) { item = e; });
        editor.saveButton()->click();
        QCOMPARE(item.facts.tokens, u"14.8T"_s);
        QCOMPARE(item.facts.precision, u"fp8"_s);
        QVERIFY(m_wb->updateEvidence(item));
        QCOMPARE(m_wb->caseFile()->evidenceItem(m_factsId)->facts.deviceHours, u"2.664M"_s);
        editor.setEvidence(*m_wb->caseFile()->evidenceItem(m_factsId));
        QVERIFY2(editor.figuresToggle()->isChecked(), "open on an item with figures");
    }

    void funnel_listsTheComputeStep_andChartsIt()
    {
        m_controller->rebuild();
        const int row = computeRow();
        QVERIFY2(row >= 0, qPrintable(m_controller->order().join(u", "_s)));
        QVERIFY(!cardLeft(u"H20"_s));
        QVERIFY(cardLeft(u"H800 SXM5"_s) || cardLeft(u"H800 PCIe"_s));
        MfuChartWidget *chart = m_view->computeChart();
        QCOMPARE(chart->sections().size(), 1);
        const Report::ComputeSection &s = chart->sections().first();
        QVERIFY(s.evidenceIds.contains(m_factsId.left(8)));
        bool h20 = false;
        for (const Report::ComputeRow &r : s.rows)
            if (r.chip == u"H20"_s) {
                h20 = true;
                QVERIFY(r.eliminated);
                QCOMPARE(r.band, u"impossible"_s);
            }
        QVERIFY(h20);
        QVERIFY2(chart->text().contains(u"H20: would need"_s), qPrintable(chart->text()));
        MfuChartWidget empty;
        QVERIFY2(chart->heightForWidth(600) > empty.heightForWidth(600), "a row per chip");
        // The eliminated chip's bar is drawn in the chart's red.
        chart->resize(600, chart->heightForWidth(600));
        const QImage image = chart->grab().toImage();
        bool red = false;
        for (int y = 0; y < image.height() && !red; ++y)
            for (int x = 0; x < image.width() && !red; ++x)
                red = image.pixelColor(x, y) == QColor(0xa3, 0x2a, 0x22);
        QVERIFY(red);
    }

    void switchingTheStepOff_bringsH20Back_asOneUndoStep()
    {
        const int row = computeRow();
        QVERIFY(row >= 0);
        const int before = m_wb->undoStack()->count();
        m_controller->setEnabled(row, false);
        QCOMPARE(m_wb->undoStack()->count(), before + 1);
        QVERIFY(cardLeft(u"H20"_s));
        m_wb->undoStack()->undo();
        QVERIFY(!cardLeft(u"H20"_s));
    }

    void reviewedOnly_unreviewedFiguresMakeNoStep()
    {
        // The analyst counts reviewed evidence only: unreviewed figures make no step.
        m_controller->setReviewedOnly(true);
        QCOMPARE(computeRow(), -1);
        QVERIFY(m_view->computeChart()->sections().isEmpty());
        QVERIFY(m_view->computeChart()->text().contains(u"No training figures"_s));
        m_controller->setReviewedOnly(false);
        QVERIFY(computeRow() >= 0);
    }
};

QTEST_MAIN(TestComputeView)
#include "tst_computeview.moc"
