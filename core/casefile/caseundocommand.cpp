// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/caseundocommand.h"

#include <QCoreApplication>

namespace ChipTrace::Case {

CaseUndoCommand::CaseUndoCommand(
    CaseFile *file, ChangeSet changes, ErrorFn onError, QUndoCommand *parent)
    : QUndoCommand(changes.label, parent)
    , m_file(file)
    , m_changes(std::move(changes))
    , m_onError(std::move(onError))
{ }

void CaseUndoCommand::refused(const QString &why)
{
    m_error = why;
    setObsolete(true);
    if (m_onError)
        m_onError(why);
}

void CaseUndoCommand::undo()
{
    if (!m_file)
        return refused(QCoreApplication::translate(
            "ChipTrace::Case::CaseUndoCommand", "The case of this change is closed."));
    if (const Result<ChangeSet> r = m_file->revert(m_changes); !r)
        refused(r.message());
}

void CaseUndoCommand::redo()
{
    if (m_firstRedo) { // QUndoStack::push() calls redo(); the edit is already done
        m_firstRedo = false;
        return;
    }
    if (!m_file)
        return refused(QCoreApplication::translate(
            "ChipTrace::Case::CaseUndoCommand", "The case of this change is closed."));
    if (const Result<ChangeSet> r = m_file->apply(m_changes); !r)
        refused(r.message());
}

} // namespace ChipTrace::Case
