// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingexportdialog.h"

#include "casefile/casefile.h"
#include "report/briefingbuilder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <poppler-qt6.h>

namespace ChipTrace {

BriefingExportDialog::BriefingExportDialog(Report::Briefing briefing, QWidget *parent)
    : QDialog(parent)
    , m_briefing(std::move(briefing))
{
    setWindowTitle(tr("Export briefing"));
    m_pool.setMaxThreadCount(1);
    m_marking = new QLineEdit(
        m_briefing.marking.isEmpty() ? Report::PdfRenderer::defaultMarking() : m_briefing.marking);
    m_path = new QLineEdit(QDir::home().filePath(tr("briefing.pdf")));
    auto *browseButton = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Marking:"), m_marking);
    form->addRow(tr("&File:"), pathRow);

    auto *pages = new QWidget;
    m_pageLayout = new QVBoxLayout(pages);
    m_pageLayout->setAlignment(Qt::AlignHCenter);
    auto *scroll = new QScrollArea;
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(520, 560);
    m_status = new QLabel;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Typing in the marking re-renders once the analyst pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(m_marking, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_marking, &QLineEdit::textChanged, m_export, [this] { m_export->setEnabled(false); });
    connect(debounce, &QTimer::timeout, this, &BriefingExportDialog::startPreview);
    connect(browseButton, &QPushButton::clicked, this, &BriefingExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportTo(m_path->text()))
            accept();
    });
    connect(
        &m_watcher, &QFutureWatcher<Preview>::finished, this, &BriefingExportDialog::showPreview);
    startPreview();
}

BriefingExportDialog::~BriefingExportDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BriefingExportDialog::exportCase(
    const Case::CaseFile &caseFile, const QString &modelId, QWidget *parent)
{
    Report::BuildSettings settings;
    settings.modelId = modelId;
    auto briefing = Report::BriefingBuilder().build(caseFile, settings);
    if (!briefing) {
        QMessageBox::warning(parent, tr("Export briefing"), briefing.message());
        return;
    }
    BriefingExportDialog dialog(*briefing, parent);
    const QString base = QFileInfo(caseFile.path()).completeBaseName();
    dialog.setOutputPath(QFileInfo(caseFile.path()).dir().filePath(base + tr("-briefing.pdf")));
    dialog.exec();
}

QString BriefingExportDialog::outputPath() const
{
    return m_path->text();
}
void BriefingExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}
QString BriefingExportDialog::marking() const
{
    return m_marking->text();
}

void BriefingExportDialog::setMarking(const QString &marking)
{
    m_marking->blockSignals(true);
    m_marking->setText(marking);
    m_marking->blockSignals(false);
    startPreview();
}

void BriefingExportDialog::renderPreview(QPromise<Preview> &promise, Report::Briefing briefing,
    QString marking, quint64 generation, int previewDpi)
{
    Preview preview;
    preview.generation = generation;
    Report::RenderOptions options;
    options.marking = marking;
    auto rendered = Report::PdfRenderer(options).render(briefing);
    if (!rendered) {
        preview.error = rendered.message();
        promise.addResult(preview);
        return;
    }
    preview.rendered = *rendered;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(rendered->pdf);
    for (int i = 0; doc && i < doc->numPages() && !promise.isCanceled(); ++i) {
        promise.setProgressValueAndText(i, QString());
        if (std::unique_ptr<Poppler::Page> page = doc->page(i))
            preview.pages << page->renderToImage(previewDpi, previewDpi);
    }
    promise.addResult(preview);
}

void BriefingExportDialog::startPreview()
{
    // One render at a time; a change during a render asks for another when it finishes.
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_export->setEnabled(false);
    m_status->setText(tr("Rendering the preview…"));
    const int dpi = int(48 * devicePixelRatioF());
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &BriefingExportDialog::renderPreview, m_briefing,
        m_marking->text(), ++m_generation, dpi));
}

void BriefingExportDialog::showPreview()
{
    if (m_pending || m_watcher.future().resultCount() == 0) {
        startPreview();
        return;
    }
    const Preview preview = m_watcher.result();
    if (preview.generation != m_generation)
        return; // stale
    if (!preview.error.isEmpty()) {
        m_status->setText(preview.error);
        return;
    }
    while (QLayoutItem *item = m_pageLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pdf = preview.rendered.pdf;
    m_pages = preview.pages;
    for (const QImage &image : std::as_const(m_pages)) {
        auto *label = new QLabel;
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        label->setPixmap(pixmap);
        label->setFrameShape(QFrame::Box);
        m_pageLayout->addWidget(label);
    }
    m_status->setText(tr("%n page(s); content sha256 %1", nullptr, preview.rendered.pageCount)
            .arg(preview.rendered.contentDigest.left(16)));
    m_export->setEnabled(true);
    Q_EMIT previewReady();
}

void BriefingExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export briefing"), m_path->text(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".pdf")) ? path : path + QLatin1String(".pdf"));
}

bool BriefingExportDialog::exportTo(const QString &path)
{
    if (m_pdf.isEmpty()) {
        m_status->setText(tr("The preview is not ready yet."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export briefing"),
            tr("Cannot write %1: %2. Choose another folder or free some space.")
                .arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace ChipTrace
