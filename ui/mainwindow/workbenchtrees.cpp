// SPDX-License-Identifier: GPL-3.0-or-later
// The navigator and repository-browser trees of the Workbench (QStandardItemModel: small,
// rebuilt when the case changes).

#include "casefile/casefile.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"
#include "workbench.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QStandardItemModel>

namespace ChipTrace::Ui {

namespace {
constexpr int KindRole = Workbench::KindRole;
constexpr int IdRole = Workbench::IdRole;
constexpr int PathRole = Workbench::PathRole;
constexpr int RemovedRole = Workbench::RemovedRole;
constexpr int HitsRole = Workbench::HitsRole;

QStandardItem *item(const QString &text, const QString &kind, const QString &id = {})
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(kind, KindRole);
    i->setData(id, IdRole);
    return i;
}

QString reviewSummary(const QList<Case::Evidence> &items)
{
    int accepted = 0, disputed = 0, rejected = 0;
    for (const Case::Evidence &e : items) {
        accepted += e.status == Case::ReviewStatus::Accepted;
        disputed += e.status == Case::ReviewStatus::Disputed;
        rejected += e.status == Case::ReviewStatus::Rejected;
    }
    return Workbench::tr("%1 evidence · %2 accepted · %3 disputed · %4 rejected")
        .arg(items.size())
        .arg(accepted)
        .arg(disputed)
        .arg(rejected);
}

// The Evidence node's children: one per model with evidence, holding its items with their
// stance and review state, so the analyst sees what is still to review without the board.
void addEvidenceItems(
    QStandardItem *evidence, const Case::CaseFile &cf, const QList<Case::Evidence> &all)
{
    for (const Case::Model &m : cf.models()) {
        QList<Case::Evidence> items;
        for (const Case::Evidence &e : all)
            if (e.modelId == m.id)
                items.append(e);
        if (items.isEmpty())
            continue;
        auto *mi = item(m.name, QStringLiteral("evidenceModel"), m.id);
        for (const Case::Evidence &e : std::as_const(items)) {
            const QString where = e.locator.isEmpty() ? e.quote : e.locator.toDisplayString();
            auto *ei = item(where.left(80), QStringLiteral("evidenceItem"), e.id);
            ei->setToolTip(e.quote);
            const QString state =
                Workbench::tr("%1 · %2").arg(Case::nameOf(e.stance), reviewStatusText(e.status));
            mi->appendRow({ei, item(state, QStringLiteral("evidenceItem"), e.id)});
        }
        evidence->appendRow(
            {mi, item(reviewSummary(items), QStringLiteral("evidenceModel"), m.id)});
    }
}
} // namespace

void Workbench::refreshNavigator()
{
    m_navigator->clear();
    m_navigator->setHorizontalHeaderLabels({tr("Case"), tr("Details")});
    if (!m_case)
        return;
    const Case::CaseInfo info = m_case->info();
    QStandardItem *root = m_navigator->invisibleRootItem();
    auto *labs = item(tr("Labs"), QStringLiteral("labs"));
    for (const Case::Lab &lab : m_case->labs()) {
        auto *l = item(lab.name, QStringLiteral("lab"), lab.id);
        for (const Case::Model &m : m_case->models(lab.id)) {
            const QList<Case::Evidence> ev = m_case->evidence(m.id);
            auto *mi = item(m.name, QStringLiteral("model"), m.id);
            mi->setToolTip(m.notes.isEmpty() ? tr("Double-click to edit the model") : m.notes);
            l->appendRow({mi, item(reviewSummary(ev), QStringLiteral("model"), m.id)});
        }
        labs->appendRow({l, item(lab.country, QStringLiteral("lab"), lab.id)});
    }
    auto *sources = item(tr("Sources"), QStringLiteral("sources"));
    const QList<Case::FindingRecord> findings = m_findings->findings();
    for (const Case::Source &s : m_case->sources()) {
        const auto hits = std::count_if(findings.begin(), findings.end(),
            [&](const Case::FindingRecord &f) { return f.sourceId == s.id; });
        auto *si = item(s.title.isEmpty() ? s.uri : s.title, QStringLiteral("source"), s.id);
        si->setToolTip(s.uri);
        sources->appendRow({si,
            item(tr("%1 · %n finding(s)", nullptr, int(hits)).arg(sourceKindName(s.kind)),
                QStringLiteral("source"), s.id)});
    }
    const QList<Case::Evidence> all = m_case->evidence();
    auto *evidence = item(tr("Evidence"), QStringLiteral("evidence"));
    addEvidenceItems(evidence, *m_case, all);
    // The case itself first: double-click edits its properties (title, question, lab, model).
    auto *caseItem = item(info.title, QStringLiteral("case"));
    caseItem->setToolTip(tr("Double-click to edit the case, its lab and model"));
    root->appendRow({caseItem, item(info.question, QStringLiteral("case"))});
    root->appendRow({labs, item(QString::number(labs->rowCount()), QStringLiteral("labs"))});
    root->appendRow(
        {sources, item(QString::number(sources->rowCount()), QStringLiteral("sources"))});
    root->appendRow({evidence, item(reviewSummary(all), QStringLiteral("evidence"))});
    m_navigator->setHeaderData(0, Qt::Horizontal, info.title, Qt::ToolTipRole);
}

// Adds `path` under `parent`, creating folder items as needed; returns the file item.
static QStandardItem *addPath(
    QStandardItem *parent, QHash<QString, QStandardItem *> &folders, const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        prefix += parts.at(i) + u'/';
        QStandardItem *&folder = folders[prefix];
        if (!folder) {
            folder = item(parts.at(i), QStringLiteral("folder"));
            parent->appendRow({folder, item(QString(), QStringLiteral("folder"))});
        }
        parent = folder;
    }
    auto *file = item(parts.isEmpty() ? path : parts.last(), QStringLiteral("file"));
    file->setData(path, PathRole);
    parent->appendRow({file, item(QString(), QStringLiteral("file"))});
    return file;
}

// A tree item's hit count: in its "Hits" column, and as a number for totals and sorting.
static void setHits(QStandardItem *entry, int n)
{
    entry->setData(n, HitsRole);
    QStandardItem *count = entry->parent() ? entry->parent()->child(entry->row(), 1)
                                           : entry->model()->item(entry->row(), 1);
    count->setText(n > 0 ? QString::number(n) : QString());
}

void Workbench::refreshFiles()
{
    m_files->clear();
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Hits")});
    if (!m_case || m_browsedSource.isEmpty())
        return;
    // Which repository is shown, now that the navigator can switch it.
    if (const std::optional<Case::Source> s = m_case->source(m_browsedSource))
        m_files->setHeaderData(
            0, Qt::Horizontal, tr("Files of %1").arg(s->title.isEmpty() ? s->uri : s->title));
    QHash<QString, int> hits;
    QSet<QString> historyOnly;
    for (const Case::FindingRecord &f : m_findings->findings()) {
        if (f.sourceId != m_browsedSource || (!m_history && !f.atHead))
            continue;
        ++hits[f.locator.path];
    }
    QStringList files;
    const QString root = repositoryPath(m_browsedSource);
    if (!root.isEmpty()) {
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(root).relativeFilePath(it.next());
            if (!rel.startsWith(QLatin1String(".git/")))
                files.append(rel);
        }
    }
    const QSet<QString> present(files.begin(), files.end());
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        if (!present.contains(it.key()))
            historyOnly.insert(it.key());
    files.append(QStringList(historyOnly.begin(), historyOnly.end()));
    files.sort();
    // Built under a detached root and moved into the model at the end: items outside a model
    // signal nobody, where adding 5,000 files one by one to the shown model cost a view update
    // each.
    QStandardItem detached;
    QHash<QString, QStandardItem *> folders;
    for (const QString &path : files) {
        QStandardItem *file = addPath(&detached, folders, path);
        const int n = hits.value(path);
        setHits(file, n);
        for (QStandardItem *folder = file->parent(); folder && folder != &detached && n > 0;
            folder = folder->parent())
            setHits(
                folder, folder->data(HitsRole).toInt() + n); // a folder shows the total below it
        if (historyOnly.contains(path)) {
            file->setData(true, RemovedRole);
            file->setText(tr("%1 (removed)").arg(file->text()));
            QFont italic;
            italic.setItalic(true);
            file->setFont(italic);
            file->setToolTip(tr("Only in the history: deleted before HEAD"));
        }
    }
    QList<QList<QStandardItem *>> rows;
    while (detached.rowCount() > 0)
        rows.append(detached.takeRow(0));
    for (const QList<QStandardItem *> &row : std::as_const(rows))
        m_files->appendRow(row);
}

} // namespace ChipTrace::Ui
