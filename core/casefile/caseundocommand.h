#pragma once

// CaseUndoCommand puts a case edit on a QUndoStack: make the edit through CaseFile (it returns
// the ChangeSet), then push `new CaseUndoCommand(file, changes)`. The first redo() is a no-op
// (the edit is already in the file); undo() calls CaseFile::revert() and later redo()s call
// CaseFile::apply(). When the case changed underneath (a later edit outside the stack, a merge),
// revert/apply refuse without changing anything; the command then marks itself obsolete so the
// stack drops it, and error() says why. QUndoCommand lives in Qt Gui, so this stays in core.

#include "casefile/casefile.h"

#include <QPointer>
#include <QUndoCommand>

namespace ChipTrace::Case {

class CaseUndoCommand : public QUndoCommand
{
public:
    CaseUndoCommand(CaseFile *file, ChangeSet changes, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    const ChangeSet &changes() const { return m_changes; }
    QString error() const { return m_error; }

private:
    QPointer<CaseFile> m_file;
    ChangeSet m_changes;
    bool m_firstRedo = true;
    QString m_error;
};

} // namespace ChipTrace::Case
