// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyhighlighter.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

namespace ChipTrace::Ui {

// Slices stay well below a frame so scrolling and typing in other widgets stay smooth.
static constexpr int kSliceMs = 8;

LazyHighlighter::LazyHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setInterval(0);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LazyHighlighter::highlightSlice);
}

void LazyHighlighter::setDefinition(const KSyntaxHighlighting::Definition &def)
{
    AbstractHighlighter::setDefinition(def);
    restart();
}

void LazyHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    restart();
}

void LazyHighlighter::setDocument(QTextDocument *document)
{
    m_document = document;
    restart();
}

void LazyHighlighter::restart()
{
    m_states.assign(size_t(m_document->blockCount()), KSyntaxHighlighting::State());
    m_next = 0;
    if (definition().isValid())
        m_timer.start();
}

bool LazyHighlighter::isFinished() const
{
    return !definition().isValid() || m_next >= m_document->blockCount();
}

// How far ahead of the background pass ensureHighlighted() still continues the pass in place.
static constexpr int kSyncAhead = 2000;

void LazyHighlighter::ensureHighlighted(int firstBlock, int lastBlock)
{
    if (!definition().isValid())
        return;
    lastBlock = qMin(lastBlock, m_document->blockCount() - 1);
    if (lastBlock < m_next)
        return;
    if (firstBlock - m_next <= kSyncAhead)
        highlightRange(m_next, lastBlock);
    else
        highlightAhead(firstBlock, lastBlock);
}

void LazyHighlighter::highlightAhead(int first, int last)
{
    QTextBlock block = m_document->findBlockByNumber(first);
    const int startPos = block.position();
    int endPos = startPos;
    KSyntaxHighlighting::State state;
    for (int n = first; n <= last && block.isValid(); ++n, block = block.next()) {
        m_ranges.clear();
        state = highlightLine(block.text(), state);
        block.layout()->setFormats(m_ranges);
        endPos = block.position() + block.length();
    }
    m_document->markContentsDirty(startPos, endPos - startPos);
}

void LazyHighlighter::highlightSlice()
{
    if (isFinished())
        return;
    QElapsedTimer clock;
    clock.start();
    const int total = m_document->blockCount();
    while (m_next < total && clock.elapsed() < kSliceMs)
        highlightRange(m_next, qMin(total - 1, m_next + 255));
    if (m_next < total)
        m_timer.start();
    else
        Q_EMIT finished();
}

void LazyHighlighter::highlightRange(int first, int last)
{
    if (m_states.size() != size_t(m_document->blockCount()))
        m_states.resize(size_t(m_document->blockCount()));
    QTextBlock block = m_document->findBlockByNumber(first);
    const int startPos = block.position();
    int endPos = startPos;
    for (int n = first; n <= last && block.isValid(); ++n, block = block.next()) {
        m_ranges.clear();
        const KSyntaxHighlighting::State before =
            n > 0 ? m_states[size_t(n - 1)] : KSyntaxHighlighting::State();
        m_states[size_t(n)] = highlightLine(block.text(), before);
        block.layout()->setFormats(m_ranges);
        endPos = block.position() + block.length();
    }
    m_next = last + 1;
    // One relayout request for the whole range rather than one per line.
    m_document->markContentsDirty(startPos, endPos - startPos);
}

void LazyHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length == 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    const KSyntaxHighlighting::Theme t = theme();
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    m_ranges.append(QTextLayout::FormatRange{offset, length, f});
}

} // namespace ChipTrace::Ui
