#include "casecommand.h"

#include "casefile/casefile.h"

namespace ChipTrace::Ui {

CaseCommand::CaseCommand(Case::CaseFile *caseFile, Case::ChangeSet changes, ErrorFn onError)
    : m_case(caseFile)
    , m_changes(std::move(changes))
    , m_onError(std::move(onError))
{
    setText(m_changes.label);
}

void CaseCommand::undo()
{
    Result<Case::ChangeSet> r = m_case->revert(m_changes);
    if (!r) {
        setObsolete(true);
        if (m_onError)
            m_onError(r.message());
        return;
    }
    m_done = false;
}

void CaseCommand::redo()
{
    if (m_done)
        return; // pushed right after the edit was made
    Result<Case::ChangeSet> r = m_case->apply(m_changes);
    if (!r) {
        setObsolete(true);
        if (m_onError)
            m_onError(r.message());
        return;
    }
    m_done = true;
}

Case::ChangeSet combine(const QString &label, const QList<Case::ChangeSet> &parts)
{
    Case::ChangeSet all;
    all.label = label;
    for (const Case::ChangeSet &p : parts)
        all.changes.append(p.changes);
    return all;
}

} // namespace ChipTrace::Ui
