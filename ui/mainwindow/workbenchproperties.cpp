// SPDX-License-Identifier: GPL-3.0-or-later
// The case and model properties behind the properties dialog: read from and written to the case
// through its own writes, so an edit is audited and undone like any other.

#include "casefile/casefile.h"
#include "workbench.h"

namespace ChipTrace::Ui {

CaseProperties Workbench::caseProperties(const QString &modelId) const
{
    CaseProperties p;
    if (!m_case)
        return p;
    p.info = m_case->info();
    if (const std::optional<Case::Model> m = m_case->model(modelId.isEmpty() ? m_modelId : modelId))
        p.model = *m;
    if (const std::optional<Case::Lab> lab = m_case->lab(p.model.labId))
        p.lab = *lab;
    else if (const QList<Case::Lab> labs = m_case->labs(); p.model.id.isEmpty() && !labs.isEmpty())
        p.lab = labs.constFirst();
    return p;
}

static Status checkProperties(const CaseProperties &p)
{
    const bool hasModel = !p.model.name.trimmed().isEmpty();
    if (hasModel && p.lab.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            Workbench::tr("Name the lab that made %1.").arg(p.model.name.trimmed()));
    if (p.model.trainingStart.isValid() && p.model.trainingEnd.isValid()
        && p.model.trainingEnd < p.model.trainingStart)
        return fail(ErrorCode::InvalidArgument,
            Workbench::tr("The training period ends (%1) before it starts (%2).")
                .arg(p.model.trainingEnd.toString(Qt::ISODate),
                    p.model.trainingStart.toString(Qt::ISODate)));
    if (!p.model.id.isEmpty() && !hasModel)
        return fail(ErrorCode::InvalidArgument, Workbench::tr("A model needs a name."));
    return {};
}

Status Workbench::saveCaseProperties(CaseProperties p)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("Open or create a case first.")));
    if (const Status s = checkProperties(p); !s)
        return report(s.error());
    p.lab.country = p.lab.country.trimmed();
    if (p.lab.country.size() == 2)
        p.lab.country = p.lab.country.toUpper(); // ISO 3166-1: the export rules' destination
    QList<std::function<Result<Case::ChangeSet>()>> edits{
        [this, &p] { return m_case->setInfo(p.info); }};
    if (!p.lab.name.trimmed().isEmpty())
        edits << [this, &p] { return m_case->saveLab(p.lab); };
    if (!p.model.name.trimmed().isEmpty())
        edits << [this, &p] {
            p.model.labId = p.lab.id; // a new lab has its id by now
            return m_case->saveModel(p.model);
        };
    const bool hadModel = !m_modelId.isEmpty();
    if (const Status s = pushAll(edits, tr("Edit case properties")); !s)
        return s;
    if (!hadModel && !p.model.id.isEmpty())
        setCurrentModelId(p.model.id);
    return {};
}

} // namespace ChipTrace::Ui
