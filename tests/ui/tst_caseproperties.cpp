// SPDX-License-Identifier: GPL-3.0-or-later
// A case built in the window (issue 19, item 6): New Case asks for the lab and the model, the
// properties land in the case as one undo step, the funnel's date follows the training period,
// a double-click on the model edits it again, and an empty funnel says why it is empty.

#include "casefile/casefile.h"
#include "dialogs/casepropertiesdialog.h"
#include "evidence/evidencepanel.h"
#include "funnel/funnelcontroller.h"
#include "funnel/funnelview.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "report/briefingexportdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

class TestCaseProperties : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    Workbench *wb() const { return m_window->workbench(); }
    Case::CaseFile *caseFile() const { return wb()->caseFile(); }

    // The properties dialog the window has open (it is shown without blocking).
    CasePropertiesDialog *openDialog() const
    {
        CasePropertiesDialog *found = nullptr;
        for (CasePropertiesDialog *d : m_window->findChildren<CasePropertiesDialog *>())
            if (d->isVisible())
                found = d;
        return found;
    }

    template<typename T>
    static T *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    QModelIndex navigatorItem(const QString &kind) const
    {
        const QAbstractItemModel *model = m_window->navigatorView()->model();
        QList<QModelIndex> todo{QModelIndex()};
        while (!todo.isEmpty()) {
            const QModelIndex parent = todo.takeFirst();
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (i.data(Workbench::KindRole).toString() == kind)
                    return i;
                todo << i;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_caseproperties"));
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void newCase_asksForLabAndModel_andTheFunnelDateFollows()
    {
        QVERIFY(m_window->newCase(m_dir.filePath(QStringLiteral("probe"))));
        QVERIFY(wb()->hasCase());
        QVERIFY(caseFile()->path().endsWith(QStringLiteral("probe.chiptrace")));
        QVERIFY(wb()->currentModelId().isEmpty());
        // Without a model the funnel says what to do instead of showing nothing.
        QVERIFY2(m_window->funnelView()->statusText().contains(QStringLiteral("No model")),
            qPrintable(m_window->funnelView()->statusText()));

        CasePropertiesDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(field<QLabel>(dialog, "firstRunIntro"));
        QCOMPARE(field<QLineEdit>(dialog, "caseTitle")->text(), QStringLiteral("probe"));
        field<QPlainTextEdit>(dialog, "caseQuestion")
            ->setPlainText(QStringLiteral("What trained Probe-1?"));
        // A model without a lab is refused in the dialog, which stays open and says why.
        field<QLineEdit>(dialog, "modelName")->setText(QStringLiteral("Probe-1"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(field<QLabel>(dialog, "propertiesProblem")->text().contains(QStringLiteral("lab")));
        QVERIFY(caseFile()->models().isEmpty());

        field<QLineEdit>(dialog, "labName")->setText(QStringLiteral("Probe Lab"));
        field<QLineEdit>(dialog, "labCountry")->setText(QStringLiteral("cn"));
        field<QDateEdit>(dialog, "trainingStart")->setDate(QDate(2023, 6, 1));
        field<QDateEdit>(dialog, "trainingEnd")->setDate(QDate(2023, 10, 31));
        const int undoBefore = wb()->undoStack()->count();
        dialog->accept();
        QTRY_VERIFY(!openDialog());

        QCOMPARE(caseFile()->info().question, QStringLiteral("What trained Probe-1?"));
        const QList<Case::Lab> labs = caseFile()->labs();
        QCOMPARE(labs.size(), 1);
        QCOMPARE(labs.first().country, QStringLiteral("CN"));
        const QList<Case::Model> models = caseFile()->models();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().labId, labs.first().id);
        QCOMPARE(models.first().trainingStart, QDate(2023, 6, 1));
        QVERIFY(!models.first().releaseDate.isValid()); // left at "not set"
        QCOMPARE(wb()->currentModelId(), models.first().id);
        QCOMPARE(wb()->undoStack()->count(), undoBefore + 1); // one undo step
        QCOMPARE(m_window->funnelController()->date(), QDate(2023, 10, 31));
        QVERIFY2(m_window->funnelView()->answerText().contains(QStringLiteral("2023-10-31")),
            qPrintable(m_window->funnelView()->answerText()));
        QCOMPARE(m_window->funnelController()->destination(), QStringLiteral("CN"));
        QVERIFY(navigatorItem(QStringLiteral("model")).isValid());

        // Undo takes the lab and the model away together; redo brings them and the date back.
        wb()->undoStack()->undo();
        QVERIFY(caseFile()->models().isEmpty());
        QVERIFY(caseFile()->labs().isEmpty());
        QVERIFY(wb()->currentModelId().isEmpty());
        wb()->undoStack()->redo();
        QCOMPARE(caseFile()->models().size(), 1);
        QCOMPARE(wb()->currentModelId(), caseFile()->models().first().id);
        QCOMPARE(m_window->funnelController()->date(), QDate(2023, 10, 31));
    }

    void doubleClickOnModel_editsItsTrainingPeriod()
    {
        if (!wb()->hasCase() || caseFile()->models().isEmpty())
            newCase_asksForLabAndModel_andTheFunnelDateFollows();
        QTreeView *nav = m_window->navigatorView();
        const QModelIndex model = navigatorItem(QStringLiteral("model"));
        QVERIFY(model.isValid());
        nav->scrollTo(model);
        const QPoint at = nav->visualRect(model).center();
        // A double click is a press, release and double-click event on the viewport.
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(nav->viewport(), Qt::LeftButton, {}, at);
        CasePropertiesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()));
        QVERIFY(!field<QLabel>(dialog, "firstRunIntro"));
        QCOMPARE(field<QLineEdit>(dialog, "modelName")->text(), QStringLiteral("Probe-1"));
        QCOMPARE(field<QLineEdit>(dialog, "labName")->text(), QStringLiteral("Probe Lab"));
        QCOMPARE(field<QDateEdit>(dialog, "trainingEnd")->date(), QDate(2023, 10, 31));
        field<QDateEdit>(dialog, "trainingEnd")->setDate(QDate(2024, 2, 29));
        dialog->accept();
        QTRY_VERIFY(!openDialog());
        QCOMPARE(caseFile()->models().first().trainingEnd, QDate(2024, 2, 29));
        QCOMPARE(caseFile()->labs().size(), 1); // the same lab, not a second one
        QCOMPARE(m_window->funnelController()->date(), QDate(2024, 2, 29));
    }

    void emptyFunnel_explainsItself()
    {
        if (!wb()->hasCase() || caseFile()->models().isEmpty())
            newCase_asksForLabAndModel_andTheFunnelDateFollows();
        Case::Source note;
        note.kind = Case::SourceKind::Note;
        note.title = QStringLiteral("Analyst notes");
        note.uri = QStringLiteral("note:probe");
        QVERIFY(wb()->pushChange(caseFile()->saveSource(note)));
        // Quotes with no constraint: evidence, but nothing for the funnel to apply.
        for (int i = 0; i < 3; ++i) {
            Case::Evidence e;
            e.modelId = wb()->currentModelId();
            e.sourceId = note.id;
            e.quote = QStringLiteral("The lab thanks its compute partner (%1).").arg(i);
            QVERIFY(wb()->pushChange(caseFile()->saveEvidence(e)));
        }
        const QString status = m_window->funnelView()->statusText();
        // "3 evidence items" once translated; the untranslated plural reads "item(s)".
        QVERIFY2(status.contains(QStringLiteral("3 evidence item"))
                && status.contains(QStringLiteral("none constrains the catalog")),
            qPrintable(status));
    }

    void caseProperties_areInTheFileMenu()
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionCaseProperties"));
        QVERIFY(action);
        action->trigger();
        CasePropertiesDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(field<QLineEdit>(dialog, "modelName")->text(), QStringLiteral("Probe-1"));
        dialog->reject();
        QTRY_VERIFY(!openDialog());
    }

    // Issue 19, item 9: the briefing goes beside the case, for the model and destination chosen
    // in the dialog, and the status bar says where with a link to open it.
    void exportBriefing_writesBesideTheCase()
    {
        if (!wb()->hasCase() || caseFile()->models().isEmpty())
            newCase_asksForLabAndModel_andTheFunnelDateFollows();
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionExportBriefing"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = m_window->findChild<BriefingExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString expected =
            QFileInfo(caseFile()->path()).dir().filePath(QStringLiteral("probe-briefing.pdf"));
        QCOMPARE(dialog->outputPath(), expected);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("briefingModel"))->currentText(),
            QStringLiteral("Probe-1"));
        QCOMPARE(dialog->modelId(), wb()->currentModelId());

        QSignalSpy ready(dialog, &BriefingExportDialog::previewReady);
        // The destination is the lab's country unless chosen here; choosing rebuilds.
        QVERIFY(dialog->briefing().provenance.settings.contains(QStringLiteral("destination=CN")));
        dialog->setDestination(QStringLiteral("ae"));
        QVERIFY(dialog->briefing().provenance.settings.contains(QStringLiteral("destination=AE")));
        QVERIFY(ready.wait(60000));
        while (dialog->isRendering())
            QVERIFY(ready.wait(60000));
        auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        const int pages = dialog->pageCount();
        QVERIFY(pages > 1);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<BriefingExportDialog *>());

        QFile pdf(expected);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        const QString status = m_window->statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("Wrote ")) && status.contains(expected)
                && status.contains(QStringLiteral("(%1 page").arg(pages))
                && status.contains(QStringLiteral(">Open</a>")),
            qPrintable(status));
        QVERIFY(status.contains(QUrl::fromLocalFile(expected).toString(QUrl::FullyEncoded)));
    }

    // The whole case in the window (issue 19): the new case above, a model card imported, its
    // claim accepted by a second analyst who opens the same file as themselves, and a briefing
    // beside the case whose bottom line rests on that claim.
    void wholeCaseInTheWindow_endsWithABriefingBesideIt()
    {
        if (!wb()->hasCase() || caseFile()->models().isEmpty())
            newCase_asksForLabAndModel_andTheFunnelDateFollows();
        const QString path = caseFile()->path();
        Test::writeFile(m_dir.path(), QStringLiteral("probe-card.md"),
            "# Probe-1\n\nProbe-1 was pre-trained on 256 NVIDIA H800 GPUs for five weeks.\n");
        m_window->importDocuments({m_dir.filePath(QStringLiteral("probe-card.md"))});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 60000);
        QString claim;
        for (const Case::Evidence &e : caseFile()->evidence(wb()->currentModelId()))
            if (e.quote.contains(QStringLiteral("H800")) || !e.findingId.isEmpty())
                claim = e.id;
        QVERIFY2(!claim.isEmpty(), "the card's H800 claim is proposed for the model");
        const QString author = caseFile()->evidenceItem(claim)->author;

        // bob opens the same file on his machine and accepts it from the board.
        qputenv("CHIPTRACE_IDENTITY", "bob");
        QVERIFY(m_window->openCaseFile(path));
        QVERIFY(caseFile()->actor() != author);
        QCOMPARE(caseFile()->actor(), QStringLiteral("bob"));
        m_window->evidencePanel()->selectId(claim);
        QCOMPARE(m_window->evidencePanel()->currentId(), claim);
        m_window->evidencePanel()->acceptAction()->trigger();
        QCOMPARE(caseFile()->evidenceItem(claim)->status, Case::ReviewStatus::Accepted);
        qunsetenv("CHIPTRACE_IDENTITY");

        m_window->findChild<QAction *>(QStringLiteral("actionExportBriefing"))->trigger();
        auto *dialog = m_window->findChild<BriefingExportDialog *>();
        QVERIFY(dialog);
        const QString pdfPath = dialog->outputPath();
        QCOMPARE(QFileInfo(pdfPath).absolutePath(), QFileInfo(path).absolutePath());
        QFile::remove(pdfPath);
        QSignalSpy ready(dialog, &BriefingExportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        while (dialog->isRendering())
            QVERIFY(ready.wait(60000));
        // The accepted claim is key evidence of the briefing.
        bool claimed = false;
        for (const Report::EvidenceItem &e : dialog->briefing().evidence)
            claimed = claimed
                || (e.quote.contains(QStringLiteral("H800")) && e.review == ReviewStatus::Accepted);
        QVERIFY(claimed);
        auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<BriefingExportDialog *>());
        QVERIFY(QFileInfo(pdfPath).size() > 1000);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestCaseProperties)
#include "tst_caseproperties.moc"
