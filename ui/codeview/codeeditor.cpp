// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include "lazyhighlighter.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace ChipTrace::Ui {

class LineGutter : public QWidget
{
public:
    explicit LineGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event, this); }

private:
    CodeEditor *m_editor;
};

// Ticks beside the vertical scroll bar: where in the file the hits are, at a glance; a click
// on (or near) a tick goes to that hit.
class HitMarkerBar : public QWidget
{
public:
    explicit HitMarkerBar(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("hitMarkers"));
        setCursor(Qt::PointingHandCursor);
        setToolTip(CodeEditor::tr("Hits in this file; click a mark to go there"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        for (int line : m_editor->hitLines())
            p.fillRect(0, yOf(line), width(), 2,
                hitBackground(m_editor->strongestOnLine(line), !dark).darker(dark ? 100 : 130));
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        const std::vector<int> &lines = m_editor->hitLines();
        if (lines.empty())
            return;
        // The tick nearest to the click, in pixels, so a 2-pixel mark is easy to hit.
        const int y = int(event->position().y());
        const auto nearest = std::min_element(lines.cbegin(), lines.cend(),
            [&](int a, int b) { return qAbs(yOf(a) - y) < qAbs(yOf(b) - y); });
        m_editor->showHitOnLine(*nearest);
    }

private:
    int yOf(int line) const
    {
        const int lines = qMax(1, m_editor->document()->blockCount());
        return int(qint64(line - 1) * height() / lines);
    }

    CodeEditor *m_editor;
};

static bool lessByPosition(const CodeHit &a, const CodeHit &b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(&repository())
    , m_highlighter(new LazyHighlighter(document(), this))
    , m_gutter(new LineGutter(this))
    , m_markers(new HitMarkerBar(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Source code"));
    connect(this, &QPlainTextEdit::blockCountChanged, this,
        [this] { setViewportMargins(gutterWidth(), 0, 6, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    // Format what is about to be shown before it is painted; background slices do the rest.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &CodeEditor::followScroll);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor c = textCursor();
        const int hit = hitAt(c.blockNumber(), c.positionInBlock());
        if (hit >= 0 && hit != m_currentHit) {
            m_currentHit = hit;
            Q_EMIT currentHitChanged(hit);
        }
        m_gutter->update();
    });
    setViewportMargins(gutterWidth(), 0, 6, 0);
    applyTheme();
}

CodeEditor::~CodeEditor() = default;

KSyntaxHighlighting::Repository &CodeEditor::repository()
{
    // Loading the definitions costs tens of milliseconds: do it once per process.
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

void CodeEditor::setSource(const QString &text, const QString &fileName)
{
    setSourceDocument(buildDocument(text, documentStyle()), fileName);
}

CodeEditor::DocumentStyle CodeEditor::documentStyle() const
{
    return {document()->defaultFont(), document()->defaultTextOption()};
}

std::unique_ptr<QTextDocument> CodeEditor::buildDocument(
    const QString &text, const DocumentStyle &style)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(style.font); // before the text, so no relayout follows
    doc->setDefaultTextOption(style.option);
    doc->setPlainText(text);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc.get()));
    if (QCoreApplication *app = QCoreApplication::instance(); app && doc->thread() != app->thread())
        doc->moveToThread(app->thread()); // only the owning thread may push an object away
    return doc;
}

void CodeEditor::setSourceDocument(std::unique_ptr<QTextDocument> document, const QString &fileName)
{
    m_hits.clear();
    m_hitLines.clear();
    m_currentHit = -1;
    setExtraSelections({});
    // QPlainTextEdit's own first document belongs to its text control, which deletes it when
    // replaced; the ones set here belong to this widget.
    QTextDocument *old = this->document();
    const bool ours = old && old->parent() == this;
    document->setParent(this);
    setDocument(document.release());
    m_highlighter->setDocument(this->document());
    if (ours)
        delete old;
    setViewportMargins(gutterWidth(), 0, 6, 0);
    KSyntaxHighlighting::Definition def = m_repository->definitionForFileName(fileName);
    m_highlighter->setDefinition(def); // restarts: visible lines first, then in slices
    m_highlighter->ensureHighlighted(firstVisibleBlock().blockNumber(), lastVisibleBlock());
    m_markers->update();
}

QString CodeEditor::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void CodeEditor::setHits(std::vector<CodeHit> hits)
{
    std::sort(hits.begin(), hits.end(), lessByPosition);
    m_hits = std::move(hits);
    m_hitLines.clear();
    for (const CodeHit &h : m_hits)
        if (m_hitLines.empty() || m_hitLines.back() != h.line)
            m_hitLines.push_back(h.line);
    m_currentHit = -1;
    rebuildSelections();
    m_markers->update();
    m_gutter->update();
}

void CodeEditor::followScroll()
{
    m_highlighter->ensureHighlighted(firstVisibleBlock().blockNumber(), lastVisibleBlock());
    const int first = firstVisibleBlock().blockNumber() + 1;
    if (first < m_selectionFirst || lastVisibleBlock() + 1 > m_selectionLast)
        rebuildSelections();
}

void CodeEditor::rebuildSelections()
{
    static constexpr int kMargin = 300; // lines above and below the viewport
    const int first = qMax(0, firstVisibleBlock().blockNumber()) + 1;
    m_selectionFirst = qMax(1, first - kMargin);
    m_selectionLast = lastVisibleBlock() + 1 + kMargin;
    auto begin = std::lower_bound(m_hits.begin(), m_hits.end(), m_selectionFirst,
        [](const CodeHit &h, int l) { return h.line < l; });
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = begin; it != m_hits.end() && it->line <= m_selectionLast; ++it) {
        const size_t i = size_t(it - m_hits.begin());
        const CodeHit &h = m_hits[i];
        const QTextBlock block = document()->findBlockByNumber(h.line - 1); // O(log n)
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(block);
        const int len = h.length > 0 ? h.length : block.length() - 1;
        sel.cursor.setPosition(block.position() + qMin(h.column, block.length() - 1));
        sel.cursor.setPosition(
            qMin(sel.cursor.position() + len, block.position() + block.length() - 1),
            QTextCursor::KeepAnchor);
        sel.format.setBackground(hitBackground(h.strength, m_dark));
        sel.format.setUnderlineStyle(
            h.removed ? QTextCharFormat::DashUnderline : QTextCharFormat::SingleUnderline);
        sel.format.setUnderlineColor(familyColor(h.family));
        if (int(i) == m_currentHit)
            sel.format.setFontWeight(QFont::Bold);
        selections.append(sel);
    }
    setExtraSelections(selections);
}

int CodeEditor::hitAt(int block, int column) const
{
    const int line = block + 1;
    auto it = std::lower_bound(
        m_hits.begin(), m_hits.end(), line, [](const CodeHit &h, int l) { return h.line < l; });
    for (; it != m_hits.end() && it->line == line; ++it) {
        const int end = it->length > 0 ? it->column + it->length : INT_MAX;
        if (column >= it->column && column <= end)
            return int(it - m_hits.begin());
    }
    return -1;
}

ChipTrace::Strength CodeEditor::strongestOnLine(int line) const
{
    auto it = std::lower_bound(
        m_hits.begin(), m_hits.end(), line, [](const CodeHit &h, int l) { return h.line < l; });
    ChipTrace::Strength best = ChipTrace::Strength::Hint;
    for (; it != m_hits.end() && it->line == line; ++it)
        best = std::max(best, it->strength);
    return best;
}

void CodeEditor::showHit(int index)
{
    if (index < 0 || index >= int(m_hits.size()))
        return;
    const CodeHit &h = m_hits[size_t(index)];
    const QTextBlock block = document()->findBlockByNumber(h.line - 1);
    if (!block.isValid())
        return;
    m_currentHit = index;
    QTextCursor c(block);
    c.setPosition(block.position() + qMin(h.column, block.length() - 1));
    setTextCursor(c);
    centerCursor();
    m_highlighter->ensureHighlighted(firstVisibleBlock().blockNumber(), lastVisibleBlock());
    rebuildSelections();
    Q_EMIT currentHitChanged(index);
}

void CodeEditor::showHitOnLine(int line)
{
    auto it = std::lower_bound(
        m_hits.begin(), m_hits.end(), line, [](const CodeHit &h, int l) { return h.line < l; });
    if (it != m_hits.end() && it->line == line)
        showHit(int(it - m_hits.begin()));
}

bool CodeEditor::nextHit()
{
    if (m_hits.empty())
        return false;
    const QTextCursor c = textCursor();
    const CodeHit probe{c.blockNumber() + 1, c.positionInBlock()};
    auto it = std::upper_bound(m_hits.begin(), m_hits.end(), probe, lessByPosition);
    showHit(it == m_hits.end() ? 0 : int(it - m_hits.begin()));
    return true;
}

bool CodeEditor::previousHit()
{
    if (m_hits.empty())
        return false;
    const QTextCursor c = textCursor();
    const CodeHit probe{c.blockNumber() + 1, c.positionInBlock()};
    auto it = std::lower_bound(m_hits.begin(), m_hits.end(), probe, lessByPosition);
    showHit(it == m_hits.begin() ? int(m_hits.size()) - 1 : int(it - m_hits.begin()) - 1);
    return true;
}

void CodeEditor::goToLine(int line)
{
    const QTextBlock block =
        document()->findBlockByNumber(qBound(1, line, document()->blockCount()) - 1);
    setTextCursor(QTextCursor(block));
    centerCursor();
    m_highlighter->ensureHighlighted(firstVisibleBlock().blockNumber(), lastVisibleBlock());
}

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::lastVisibleBlock() const
{
    const int first = firstVisibleBlock().blockNumber();
    const int lineHeight = qMax(1, fontMetrics().height());
    return qMax(0, first) + viewport()->height() / lineHeight + 2;
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(help->pos());
        const int hit = hitAt(c.blockNumber(), c.positionInBlock());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), hitTooltip(m_hits[size_t(hit)]), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void CodeEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_repository->themeForPalette(palette());
    m_dark = theme.isValid()
        && QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
    if (theme.isValid()) {
        QPalette pal = palette();
        pal.setColor(
            QPalette::Base, QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        pal.setColor(QPalette::Text, QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
        viewport()->setPalette(pal);
    }
    m_highlighter->setTheme(theme);
    rebuildSelections();
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    followScroll();
    const QRect cr = contentsRect();
    m_gutter->setGeometry(cr.left(), cr.top(), gutterWidth(), cr.height());
    const QScrollBar *bar = verticalScrollBar();
    const int barWidth = bar->isVisible() ? bar->width() : 0;
    m_markers->setGeometry(cr.right() - barWidth - 5, cr.top(), 6, cr.height());
}

void CodeEditor::paintGutter(QPaintEvent *event, QWidget *gutter)
{
    QPainter p(gutter);
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    p.fillRect(event->rect(), QColor(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (std::binary_search(m_hitLines.begin(), m_hitLines.end(), line))
            p.fillRect(0, top, 5, height, hitBackground(strongestOnLine(line), !m_dark));
        p.setPen(QColor(theme.editorColor(block.blockNumber() == current
                ? KSyntaxHighlighting::Theme::CurrentLineNumber
                : KSyntaxHighlighting::Theme::LineNumbers)));
        p.drawText(0, top, gutter->width() - 4, height, Qt::AlignRight | Qt::AlignVCenter,
            QString::number(line));
        top += height;
        block = block.next();
    }
}

} // namespace ChipTrace::Ui
