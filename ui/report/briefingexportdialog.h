// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/briefing.h"
#include "report/pdfrenderer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>

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
// dropped by generation); Export writes the last rendered bytes.
class BriefingExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BriefingExportDialog(Report::Briefing briefing, QWidget *parent = nullptr);
    ~BriefingExportDialog() override;

    // For the workbench's "Export briefing…": builds the briefing of `caseFile` (model `modelId`,
    // or the first) and runs the dialog; shows why when the case cannot be briefed.
    static void exportCase(const Case::CaseFile &caseFile, const QString &modelId, QWidget *parent);

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

private:
    struct Preview
    {
        quint64 generation = 0;
        QString error;
        Report::RenderedBriefing rendered;
        QList<QImage> pages;
    };

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
    QLineEdit *m_marking = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace ChipTrace
