#include "casefile/caseundocommand.h"

namespace ChipTrace::Case {

CaseUndoCommand::CaseUndoCommand(CaseFile *file, ChangeSet changes, QUndoCommand *parent)
    : QUndoCommand(changes.label, parent), m_file(file), m_changes(std::move(changes))
{
}

void CaseUndoCommand::undo()
{
    if (!m_file) {
        setObsolete(true);
        return;
    }
    auto r = m_file->revert(m_changes);
    if (!r) {
        m_error = r.message();
        setObsolete(true);
    }
}

void CaseUndoCommand::redo()
{
    if (m_firstRedo) { // QUndoStack::push() calls redo(); the edit is already done
        m_firstRedo = false;
        return;
    }
    if (!m_file) {
        setObsolete(true);
        return;
    }
    auto r = m_file->apply(m_changes);
    if (!r) {
        m_error = r.message();
        setObsolete(true);
    }
}

} // namespace ChipTrace::Case
