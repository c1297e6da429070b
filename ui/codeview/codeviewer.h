// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codehit.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QTextDocument;
class QLabel;
class QLineEdit;

namespace ChipTrace::Ui {

class CodeEditor;

// The code viewer panel: a header saying which file and version is shown (and, for a hit in
// history, the commit that added or removed it), the editor, and a find bar. Its actions
// (next/previous hit, go to line, find) carry shortcuts and can be put in menus.
class CodeViewer : public QWidget
{
    Q_OBJECT
public:
    explicit CodeViewer(QWidget *parent = nullptr);

    // `version` describes the revision shown, e.g. "working tree" or "a1b2c3d (2024-02-01)";
    // `focusHit` indexes `hits` (after sorting by position) and is scrolled to; `note` is shown
    // above the code, e.g. "hit removed in 9f8e7d6 on 2024-02-01". A large text is split into
    // lines on the viewer's own thread pool so the window never stalls: the viewer says
    // "Loading" meanwhile and emits sourceShown() when the file is on screen. A newer request
    // supersedes one still loading.
    void showSource(const QString &path, const QString &version, const QString &text,
        std::vector<CodeHit> hits, int focusHit = -1, const QString &note = {});
    void clear();
    void setNote(const QString &note);
    // The file is being read elsewhere (off the GUI thread): the header says so and
    // isLoading() is true until showSource(), clear() or readingFailed().
    void startReading(const QString &path);
    void readingFailed();
    bool isLoading() const { return m_loading != nullptr || m_reading; }

    CodeEditor *editor() const { return m_editor; }
    QString path() const { return m_path; }

    QAction *nextHitAction() const { return m_nextHit; }
    QAction *previousHitAction() const { return m_previousHit; }
    QAction *goToLineAction() const { return m_goToLine; }
    QAction *findAction() const { return m_find; }

    // Finds `text` forwards (or backwards) from the cursor, wrapping once; false if absent.
    // The find bar's toggles choose case-sensitive and regular-expression matching.
    bool find(const QString &text, bool backwards = false);
    void setFindOptions(bool matchCase, bool regex)
    {
        m_matchCase = matchCase;
        m_regex = regex;
    }

Q_SIGNALS:
    void hitActivated(int index);
    void sourceShown();

private:
    struct Request
    {
        QString path;
        QString version;
        std::vector<CodeHit> hits;
        int focusHit = -1;
        QString note;
    };
    void present(Request request, std::unique_ptr<QTextDocument> document);
    void askGoToLine();
    void updateHeader();

    CodeEditor *m_editor;
    QLabel *m_header;
    QLabel *m_noteLabel;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QAction *m_nextHit;
    QAction *m_previousHit;
    QAction *m_goToLine;
    QAction *m_find;
    QString m_path;
    QString m_version;
    bool m_matchCase = false;
    bool m_regex = false;
    QFutureWatcherBase *m_loading = nullptr; // the request being split into lines, if any
    bool m_reading = false; // a file being read for this viewer
    QThreadPool m_pool;
};

} // namespace ChipTrace::Ui
