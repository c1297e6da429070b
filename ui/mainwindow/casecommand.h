#pragma once

#include "casefile/casetypes.h"

#include <QUndoCommand>

#include <functional>

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace::Ui {

// Puts one case edit on the undo stack. The edit has already been made (the CaseFile call
// returned `changes`), so the first redo() does nothing; later redo()/undo() replay it with
// CaseFile::apply()/revert(). If the case has moved on underneath (a merge, an edit elsewhere)
// those fail with a conflict: the command reports it and makes itself obsolete instead of
// overwriting anything.
class CaseCommand : public QUndoCommand
{
public:
    using ErrorFn = std::function<void(const QString &)>;
    CaseCommand(Case::CaseFile *caseFile, Case::ChangeSet changes, ErrorFn onError);

    void undo() override;
    void redo() override;
    const Case::ChangeSet &changes() const { return m_changes; }

private:
    Case::CaseFile *m_case;
    Case::ChangeSet m_changes;
    ErrorFn m_onError;
    bool m_done = true;
};

// Several ChangeSets made by one user action, as one.
Case::ChangeSet combine(const QString &label, const QList<Case::ChangeSet> &parts);

} // namespace ChipTrace::Ui
