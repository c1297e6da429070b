// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codehit.h"

#include <QPlainTextEdit>
#include <QTextOption>

#include <memory>
#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace ChipTrace::Ui {

class LazyHighlighter;
class LineGutter;
class HitMarkerBar;

// Read-only source view: syntax colours from KSyntaxHighlighting (theme follows the palette),
// signature hits painted inline by strength with a family-coloured underline, a gutter with
// line numbers and hit marks, hit ticks beside the scroll bar and a tooltip per hit. Hits are
// kept sorted by position so navigation and hover are binary searches, not scans.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // `fileName` picks the syntax definition (by extension or name).
    void setSource(const QString &text, const QString &fileName);
    // The expensive half of setSource (splitting 100,000 lines into text blocks), safe on any
    // thread: the document is handed to the GUI thread, ready for setSourceDocument().
    // `style` is documentStyle(): with the editor's font and text options already in place,
    // adopting the document costs no relayout of every line.
    struct DocumentStyle
    {
        QFont font;
        QTextOption option;
    };
    DocumentStyle documentStyle() const;
    static std::unique_ptr<QTextDocument> buildDocument(
        const QString &text, const DocumentStyle &style);
    // The cheap half: shows a document from buildDocument(), which the editor then owns.
    void setSourceDocument(std::unique_ptr<QTextDocument> document, const QString &fileName);
    void setHits(std::vector<CodeHit> hits);
    const std::vector<CodeHit> &hits() const { return m_hits; }

    // Hit index under the text cursor or -1; navigation wraps around.
    int currentHit() const { return m_currentHit; }
    bool nextHit();
    bool previousHit();
    void showHit(int index);
    void showHitOnLine(int line); // the first hit on `line`, if any
    void goToLine(int line); // 1-based
    int currentLine() const; // 1-based
    QString definitionName() const;
    LazyHighlighter *highlighter() const { return m_highlighter; }

    static KSyntaxHighlighting::Repository &repository();

    // Used by the gutter and the marker bar.
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event, QWidget *gutter);
    const std::vector<int> &hitLines() const { return m_hitLines; }
    ChipTrace::Strength strongestOnLine(int line) const;

Q_SIGNALS:
    void currentHitChanged(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void rebuildSelections();
    void followScroll();
    void updateGutter(const QRect &rect, int dy);
    int hitAt(int block, int column) const;
    int lastVisibleBlock() const;

    KSyntaxHighlighting::Repository *m_repository;
    LazyHighlighter *m_highlighter;
    LineGutter *m_gutter;
    HitMarkerBar *m_markers;
    std::vector<CodeHit> m_hits; // sorted by (line, column)
    std::vector<int> m_hitLines; // distinct hit lines, sorted
    int m_currentHit = -1;
    // Hits are drawn as extra selections only near the viewport: Qt lays out every block that
    // carries one, so 1,000 of them would cost a noticeable pause on a large file.
    int m_selectionFirst = 0; // 1-based line window that currently has selections
    int m_selectionLast = -1;
    bool m_dark = false;
};

} // namespace ChipTrace::Ui
