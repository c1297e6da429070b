// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/briefing.h"
#include "report/pdfrenderer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QThreadPool>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace {

// Export a briefing as PDF, with a preview of the very file that will be written: the PDF is
// rendered off the GUI thread and its pages are rasterised with poppler, so what the analyst
// sees is what the decision-maker gets. Changing the marking re-renders (stale renders are
// dropped by generation); Export writes the last rendered bytes. Opened on a case, it also
// offers the model to brief on and the export destination (rebuilding the briefing when they
// change), and proposes a file beside the case.
class BriefingExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BriefingExportDialog(Report::Briefing briefing, QWidget *parent = nullptr);
    ~BriefingExportDialog() override;

    // For the workbench's "Export briefing…": the briefing of `caseFile` for `modelId` (or the
    // first model), written by default beside the case as "<case>-briefing.pdf".
    BriefingExportDialog(
        const Case::CaseFile &caseFile, const QString &modelId, QWidget *parent = nullptr);
    // The file a case's briefing goes to unless the analyst picks another.
    static QString defaultPath(const Case::CaseFile &caseFile);

    QString modelId() const; // empty without a case
    void setModelId(const QString &modelId);
    QString destination() const; // ISO country; empty: the lab's country, else CN
    void setDestination(const QString &destination);
    const Report::Briefing &briefing() const { return m_briefing; }
    int pageCount() const { return m_pageCount; } // of the last preview, which Export writes

    QString outputPath() const;
    void setOutputPath(const QString &path);
    QString marking() const;
    void setMarking(const QString &marking);

    // For tests and callers that wait: the last finished preview.
    int previewPageCount() const { return int(m_pages.size()); }
    const QList<QImage> &previewPages() const { return m_pages; }
    bool isRendering() const { return m_watcher.isRunning(); }

    // Writes the PDF; returns false and shows why when it cannot.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void previewReady();
    // Export wrote `path` (`pages` pages).
    void exported(const QString &path, int pages);

private:
    struct Preview
    {
        quint64 generation = 0;
        QString error;
        Report::RenderedBriefing rendered;
        QList<QImage> pages;
    };

    void setUp();
    QWidget *caseControls();
    void rebuild();
    void startPreview();
    void showPreview();
    void browse();
    static void renderPreview(QPromise<Preview> &promise, Report::Briefing briefing,
        QString marking, quint64 generation, int previewDpi);

    Report::Briefing m_briefing;
    QThreadPool m_pool;
    QFutureWatcher<Preview> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false;
    QByteArray m_pdf;
    QList<QImage> m_pages;
    int m_pageCount = 0;
    QPointer<const Case::CaseFile> m_case;
    QComboBox *m_model = nullptr;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_marking = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace ChipTrace
