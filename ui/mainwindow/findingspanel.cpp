// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "models/findingsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

FindingsPanel::FindingsPanel(FindingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTableView(this))
    , m_family(new QComboBox(this))
    , m_strength(new QComboBox(this))
    , m_context(new QComboBox(this))
    , m_presence(new QComboBox(this))
    , m_vendored(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_filter->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_view->setAccessibleName(tr("Findings"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::StrengthCol, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(FindingsModel::MatchCol, 320);
    // At 1280x800 the columns are narrow: a path keeps both ends ("scripts/…/launch.sh"), and
    // the state ("removed 2024-01-16 (1a2b3c4)") and first-seen date are never cut.
    m_view->setTextElideMode(Qt::ElideMiddle);
    for (int col : {int(FindingsModel::StateCol), int(FindingsModel::FirstSeenCol)})
        m_view->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);

    m_family->setAccessibleName(tr("Filter by family"));
    m_strength->setAccessibleName(tr("Minimum strength"));
    m_strength->addItems({tr("Any strength"), tr("Strong or proof"), tr("Proof only")});
    m_context->setAccessibleName(tr("Filter by context"));
    m_context->addItem(tr("Any context"), QString());
    for (const char *c : {"code", "comment", "string", "prose"})
        m_context->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_presence->setAccessibleName(tr("At HEAD or removed"));
    m_presence->addItems({tr("At HEAD and removed"), tr("At HEAD"), tr("Removed")});
    m_vendored->setAccessibleName(tr("Vendored code"));
    m_vendored->addItems(
        {tr("Own and vendored code"), tr("Own code only"), tr("Vendored code only")});
    m_vendored->setToolTip(tr(
        "Hits in vendored code (third_party/, vendor/, ...) say less about the lab's own hardware"));
    m_source->setAccessibleName(tr("Filter by source"));
    setSources({});
    m_search->setPlaceholderText(tr("Search rule, path, text, chip…"));
    m_search->setAccessibleName(tr("Search findings"));
    m_search->setClearButtonEnabled(true);

    connect(m_family, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setFamily(m_family->currentData().toString()); });
    connect(m_strength, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_filter->setMinimumStrength(i); });
    connect(m_context, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setContext(m_context->currentData().toString()); });
    connect(m_presence, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_filter->setPresence(FindingsFilterModel::Presence(i)); });
    connect(m_vendored, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_filter->setVendored(FindingsFilterModel::Vendored(i)); });
    connect(m_source, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setSource(m_source->currentData().toString()); });
    // Filtering 100,000 rows per keystroke would make typing stutter: wait for a pause.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(180);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(
        searchDelay, &QTimer::timeout, this, [this] { m_filter->setSearchText(m_search->text()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT openRequested(i.data(FindingsModel::IdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &i) {
            Q_EMIT currentChanged(i.data(FindingsModel::IdRole).toString());
        });
    connect(model, &QAbstractItemModel::modelReset, this, &FindingsPanel::refillFamilies);
    // Streamed scan batches: only the new rows can bring a new family.
    connect(model, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::addFamilies);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_source, m_family, m_strength, m_context, m_presence, m_vendored}) {
        w->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // the dock may be narrow
        bar->addWidget(w, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    refillFamilies();
}

void FindingsPanel::refillFamilies()
{
    const QString current = m_family->currentData().toString();
    const QSignalBlocker block(m_family);
    m_family->clear();
    m_family->addItem(tr("Any family"), QString());
    for (const QString &f : m_model->families())
        m_family->addItem(f, f);
    m_family->setCurrentIndex(qMax(0, m_family->findData(current)));
}

void FindingsPanel::setSources(const QList<QPair<QString, QString>> &sources)
{
    const QString current = m_source->currentData().toString();
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const auto &[id, title] : sources)
        m_source->addItem(title, id);
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        m_filter->setSource({}); // the source left the case
}

void FindingsPanel::addFamilies(const QModelIndex &, int first, int last)
{
    const QSignalBlocker block(m_family);
    for (int row = first; row <= last; ++row) {
        const QString family = m_model->finding(row).family;
        if (family.isEmpty() || m_family->findData(family) >= 0)
            continue;
        int at = 1; // after "Any family", in order
        while (at < m_family->count() && m_family->itemData(at).toString() < family)
            ++at;
        m_family->insertItem(at, family, family);
    }
}

QStringList FindingsPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(FindingsModel::IdRole).toString();
    return ids;
}

void FindingsPanel::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (proxy.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(proxy);
    }
}

void FindingsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace ChipTrace::Ui
