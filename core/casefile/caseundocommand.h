// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CaseUndoCommand puts a case edit on a QUndoStack: make the edit through CaseFile (it returns
// the ChangeSet), then push `new CaseUndoCommand(file, changes)`. The first redo() is a no-op
// (the edit is already in the file); undo() calls CaseFile::revert() and later redo()s call
// CaseFile::apply(). When the case changed underneath (a later edit outside the stack, a merge),
// revert/apply refuse without changing anything; the command then marks itself obsolete so the
// stack drops it, error() says why and `onError` (if given) is told, so the refusal reaches
// the user. A closed case (the CaseFile gone) makes it obsolete too. QUndoCommand lives in Qt
// Gui, so this stays in core; it is the one undo command for case edits.

#include "casefile/casefile.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace ChipTrace::Case {

class CaseUndoCommand : public QUndoCommand
{
public:
    using ErrorFn = std::function<void(const QString &)>;
    CaseUndoCommand(
        CaseFile *file, ChangeSet changes, ErrorFn onError = {}, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    const ChangeSet &changes() const { return m_changes; }
    QString error() const { return m_error; }

private:
    void refused(const QString &why);

    QPointer<CaseFile> m_file;
    ChangeSet m_changes;
    ErrorFn m_onError;
    bool m_firstRedo = true;
    QString m_error;
};

} // namespace ChipTrace::Case
