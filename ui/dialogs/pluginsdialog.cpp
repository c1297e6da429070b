// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginsdialog.h"

#include "evidence/importerregistry.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChipTrace {

using Evidence::ImporterRegistry;
using Evidence::PluginInfo;
using Evidence::PluginState;

PluginsDialog::PluginsDialog(QWidget *parent)
    : PluginsDialog(ImporterRegistry::instance(), parent)
{ }

PluginsDialog::PluginsDialog(ImporterRegistry &registry, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Plugins"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Evidence importers turn papers, archived pages and web pages into "
                      "evidence. Searched: %1")
                       .arg(registry.searchPaths().join(QStringLiteral(", ")).toHtmlEscaped()),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("pluginTable"));
    m_table->setAccessibleName(tr("Plugins"));
    m_table->setHorizontalHeaderLabels(
        {tr("Plugin"), tr("Version"), tr("Reads"), tr("Status"), tr("File")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);

    layout->addWidget(new QLabel(tr("Load errors:"), this));
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("pluginErrors"));
    m_errors->setAccessibleName(tr("Plugin load errors"));
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(120);
    layout->addWidget(m_errors);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    populate(registry);
    resize(720, 420);
}

void PluginsDialog::populate(ImporterRegistry &registry)
{
    registry.loadAll();
    const QList<PluginInfo> plugins = registry.plugins();
    m_table->setRowCount(int(plugins.size()));
    for (int row = 0; row < plugins.size(); ++row) {
        const PluginInfo &p = plugins[row];
        const QString name = p.metadata.displayName.isEmpty() ? QFileInfo(p.fileName).fileName()
                                                              : p.metadata.displayName;
        QStringList extensions;
        for (const QString &e : p.metadata.extensions)
            extensions << u'.' + e;
        const QString state = p.error.isEmpty()
            ? Evidence::pluginStateName(p.state)
            : Evidence::pluginStateName(p.state) + QStringLiteral(": ") + p.error;
        const QStringList cells = {
            name, p.metadata.version, extensions.join(QStringLiteral(" ")), state, p.fileName};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(col == 0 ? p.metadata.description : cells[col]);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    const QStringList errors = registry.errors();
    m_errors->setPlainText(errors.isEmpty() ? tr("None.") : errors.join(u'\n'));
}

} // namespace ChipTrace
