// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTextLayout>
#include <QTimer>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <vector>

class QTextDocument;

namespace ChipTrace::Ui {

// Syntax highlighting that never blocks the GUI thread on a large file. QSyntaxHighlighter
// formats the whole document in one go when the text is set; this one formats what is on
// screen first and then the rest in time slices of a few milliseconds from the event loop,
// keeping the line states so any line can be continued later. Formats go straight into each
// block's layout, as QSyntaxHighlighter does.
class LazyHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    explicit LazyHighlighter(QTextDocument *document, QObject *parent = nullptr);

    void setDefinition(const KSyntaxHighlighting::Definition &def) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // Follows the editor to a new document (the code viewer swaps documents built off-thread).
    void setDocument(QTextDocument *document);
    // Starts again from line 0 (after new text, definition or theme).
    void restart();
    // Formats the lines `firstBlock`..`lastBlock` now (what the viewport is about to show). Up
    // to a few thousand lines ahead of the background pass it continues that pass; further
    // ahead (a jump into a large file) it formats just those lines from a fresh state, which is
    // right except inside a multi-line construct, and the pass corrects them when it gets there.
    void ensureHighlighted(int firstBlock, int lastBlock);
    int highlightedBlocks() const { return m_next; }
    bool isFinished() const;

Q_SIGNALS:
    void finished();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void highlightSlice();
    void highlightRange(int first, int last);
    void highlightAhead(int first, int last);

    QTextDocument *m_document;
    QTimer m_timer;
    std::vector<KSyntaxHighlighting::State> m_states; // state after each block
    int m_next = 0; // first block not yet formatted
    QList<QTextLayout::FormatRange> m_ranges; // for the block being formatted
};

} // namespace ChipTrace::Ui
