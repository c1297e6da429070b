// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingexportdialog.h"

#include "casefile/casefile.h"
#include "report/briefingbuilder.h"

#include <QComboBox>
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
    setUp();
    startPreview();
}

BriefingExportDialog::BriefingExportDialog(
    const Case::CaseFile &caseFile, const QString &modelId, QWidget *parent)
    : QDialog(parent)
    , m_case(&caseFile)
{
    setUp();
    m_path->setText(defaultPath(caseFile));
    setModelId(modelId); // builds the briefing (an unknown id: the first model's) and previews
}

void BriefingExportDialog::setUp()
{
    setWindowTitle(tr("Export briefing"));
    setObjectName(QStringLiteral("briefingExportDialog"));
    m_pool.setMaxThreadCount(1);
    m_marking = new QLineEdit(
        m_briefing.marking.isEmpty() ? Report::PdfRenderer::defaultMarking() : m_briefing.marking);
    m_path = new QLineEdit(QDir::home().filePath(tr("briefing.pdf")));
    m_path->setObjectName(QStringLiteral("briefingPath"));
    auto *browseButton = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    if (m_case)
        form->addRow(caseControls());
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
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
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
}

// The model to brief on and the destination the export rules judge: changing either rebuilds
// the briefing, since the funnel, the candidates and their export status all depend on them.
QWidget *BriefingExportDialog::caseControls()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_model = new QComboBox(box);
    m_model->setObjectName(QStringLiteral("briefingModel"));
    for (const Case::Model &m : m_case->models())
        m_model->addItem(m.name, m.id);
    m_destination = new QLineEdit(box);
    m_destination->setObjectName(QStringLiteral("briefingDestination"));
    m_destination->setPlaceholderText(tr("the lab's country (CN when unknown)"));
    m_destination->setMaxLength(2);
    m_destination->setToolTip(tr("ISO country code of the export destination, e.g. CN"));
    form->addRow(tr("M&odel:"), m_model);
    form->addRow(tr("&Destination:"), m_destination);
    connect(m_model, &QComboBox::currentIndexChanged, this, &BriefingExportDialog::rebuild);
    connect(m_destination, &QLineEdit::editingFinished, this, &BriefingExportDialog::rebuild);
    return box;
}

void BriefingExportDialog::rebuild()
{
    if (!m_case)
        return;
    Report::BuildSettings settings;
    settings.modelId = modelId();
    settings.destination = destination();
    Result<Report::Briefing> built = Report::BriefingBuilder().build(*m_case, settings);
    if (!built) {
        m_briefing = {};
        m_pdf.clear();
        m_export->setEnabled(false);
        m_status->setText(built.message());
        return;
    }
    m_briefing = std::move(*built);
    startPreview();
}

QString BriefingExportDialog::defaultPath(const Case::CaseFile &caseFile)
{
    const QFileInfo info(caseFile.path());
    return info.dir().filePath(info.completeBaseName() + tr("-briefing.pdf"));
}

QString BriefingExportDialog::modelId() const
{
    return m_model ? m_model->currentData().toString() : QString();
}

void BriefingExportDialog::setModelId(const QString &modelId)
{
    if (!m_model)
        return;
    const int at = m_model->findData(modelId);
    if (at >= 0 && at != m_model->currentIndex())
        m_model->setCurrentIndex(at); // rebuilds
    else
        rebuild();
}

QString BriefingExportDialog::destination() const
{
    return m_destination ? m_destination->text().trimmed().toUpper() : QString();
}

void BriefingExportDialog::setDestination(const QString &destination)
{
    if (!m_destination)
        return;
    m_destination->setText(destination);
    rebuild();
}

BriefingExportDialog::~BriefingExportDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
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
    m_pageCount = preview.rendered.pageCount;
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
    Q_EMIT exported(path, m_pageCount);
    return true;
}

} // namespace ChipTrace
