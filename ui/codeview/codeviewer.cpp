// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeviewer.h"

#include "codeeditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ChipTrace::Ui {

CodeViewer::CodeViewer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new CodeEditor(this))
    , m_header(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
{
    setObjectName(QStringLiteral("codeViewer"));
    m_pool.setMaxThreadCount(1);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(tr("Shown file and version"));
    m_header->setObjectName(QStringLiteral("codeHeader"));
    // A long path, commit and state wrap at 1280x800 rather than run off the view.
    m_header->setWordWrap(true);
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setVisible(false);
    m_findEdit->setPlaceholderText(tr("Find in file"));
    m_findEdit->setAccessibleName(tr("Find in file"));
    m_findEdit->setClearButtonEnabled(true);

    m_nextHit = new QAction(tr("Next Hit"), this);
    m_nextHit->setShortcut(Qt::Key_F8);
    m_previousHit = new QAction(tr("Previous Hit"), this);
    m_previousHit->setShortcut(Qt::SHIFT | Qt::Key_F8);
    m_goToLine = new QAction(tr("Go to Line…"), this);
    m_goToLine->setShortcut(Qt::CTRL | Qt::Key_L);
    m_find = new QAction(tr("Find in File…"), this);
    m_find->setShortcut(QKeySequence::Find);
    for (QAction *a : {m_nextHit, m_previousHit, m_goToLine, m_find}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_nextHit, &QAction::triggered, m_editor, &CodeEditor::nextHit);
    connect(m_previousHit, &QAction::triggered, m_editor, &CodeEditor::previousHit);
    connect(m_goToLine, &QAction::triggered, this, &CodeViewer::askGoToLine);
    connect(m_find, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    connect(m_editor, &CodeEditor::currentHitChanged, this, &CodeViewer::hitActivated);

    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    auto addButton = [&](const QString &text, const QString &accessible, auto slot) {
        auto *b = new QToolButton(m_findBar);
        b->setText(text);
        b->setAccessibleName(accessible);
        connect(b, &QToolButton::clicked, this, slot);
        findLayout->addWidget(b);
    };
    auto addToggle = [&](const QString &text, const QString &accessible, bool *flag) {
        auto *b = new QToolButton(m_findBar);
        b->setText(text);
        b->setCheckable(true);
        b->setAccessibleName(accessible);
        b->setToolTip(accessible);
        connect(b, &QToolButton::toggled, this, [flag](bool on) { *flag = on; });
        findLayout->addWidget(b);
    };
    addToggle(QStringLiteral("Aa"), tr("Match case"), &m_matchCase);
    addToggle(QStringLiteral(".*"), tr("Regular expression"), &m_regex);
    addButton(QStringLiteral("▲"), tr("Find previous"), [this] { find(m_findEdit->text(), true); });
    addButton(QStringLiteral("▼"), tr("Find next"), [this] { find(m_findEdit->text()); });
    addButton(QStringLiteral("✕"), tr("Close find bar"), [this] {
        m_findBar->hide();
        m_editor->setFocus();
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    updateHeader();
}

// Below this size splitting the text into blocks takes a few milliseconds: do it in place.
static constexpr qsizetype kBackgroundChars = 256 * 1024;

void CodeViewer::showSource(const QString &path, const QString &version, const QString &text,
    std::vector<CodeHit> hits, int focusHit, const QString &note)
{
    m_reading = false;
    if (m_loading) { // superseded: its document is dropped when it arrives
        m_loading->disconnect(this);
        m_loading = nullptr;
    }
    Request request{path, version, std::move(hits), focusHit, note};
    if (text.size() < kBackgroundChars) {
        present(std::move(request), CodeEditor::buildDocument(text, m_editor->documentStyle()));
        return;
    }
    m_editor->setSource({}, {});
    m_header->setText(tr("Loading <b>%1</b>…").arg(path.toHtmlEscaped()));
    setNote({});
    auto *watcher = new QFutureWatcher<std::unique_ptr<QTextDocument>>(this);
    m_loading = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, request = std::move(request)]() mutable {
            m_loading = nullptr;
            present(std::move(request), watcher->future().takeResult());
        });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(
        QtConcurrent::run(&m_pool, &CodeEditor::buildDocument, text, m_editor->documentStyle()));
}

void CodeViewer::present(Request request, std::unique_ptr<QTextDocument> document)
{
    m_path = request.path;
    m_version = request.version;
    m_editor->setSourceDocument(std::move(document), request.path);
    m_editor->setHits(std::move(request.hits));
    if (request.focusHit >= 0)
        m_editor->showHit(request.focusHit);
    setNote(request.note);
    updateHeader();
    Q_EMIT sourceShown();
}

void CodeViewer::startReading(const QString &path)
{
    m_reading = true;
    m_header->setText(tr("Reading <b>%1</b>…").arg(path.toHtmlEscaped()));
}

void CodeViewer::readingFailed()
{
    m_reading = false;
    updateHeader(); // what is shown stays
}

void CodeViewer::clear()
{
    showSource({}, {}, {}, {});
}

void CodeViewer::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void CodeViewer::updateHeader()
{
    if (m_path.isEmpty()) {
        m_header->setText(tr("No file open. Double-click a finding or a file to show it here."));
        return;
    }
    const int hits = int(m_editor->hits().size());
    m_header->setText(tr("<b>%1</b> — %2 — %3 · %n hit(s)", nullptr, hits)
            .arg(m_path.toHtmlEscaped(), m_version.toHtmlEscaped(),
                m_editor->definitionName().isEmpty() ? tr("plain text")
                                                     : m_editor->definitionName()));
}

bool CodeViewer::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_matchCase)
        flags |= QTextDocument::FindCaseSensitively;
    const QRegularExpression re(text,
        m_matchCase ? QRegularExpression::NoPatternOption
                    : QRegularExpression::CaseInsensitiveOption);
    if (m_regex && !re.isValid())
        return false;
    const auto findOnce = [&] {
        return m_regex ? m_editor->find(re, flags) : m_editor->find(text, flags);
    };
    if (findOnce())
        return true;
    // Wrap around once, as every editor does.
    QTextCursor c = m_editor->textCursor();
    c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(c);
    return findOnce();
}

void CodeViewer::askGoToLine()
{
    bool ok = false;
    const int line =
        QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(m_editor->blockCount()),
            m_editor->currentLine(), 1, qMax(1, m_editor->blockCount()), 1, &ok);
    if (ok)
        m_editor->goToLine(line);
}

} // namespace ChipTrace::Ui
