// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "util/buildinfo.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChipTrace {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ChipTrace"));
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(tr("<h2>ChipTrace %1</h2>"
                      "<p>Traces which AI accelerators trained a model, and whether they were "
                      "export-controlled at the time.</p>"
                      "<p>Method: Gupta, Walker, Reddie, <i>Whack-a-Chip</i> (2024).</p>")
                       .arg(BuildInfo::version()),
            this);
    title->setWordWrap(true);
    layout->addWidget(title);

    const auto deps = BuildInfo::dependencyVersions();
    auto *table = new QTableWidget(int(deps.size()), 2, this);
    table->setObjectName(QStringLiteral("dependencyTable"));
    table->setAccessibleName(tr("Library versions"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < deps.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(deps[row].first));
        table->setItem(row, 1, new QTableWidgetItem(deps[row].second));
    }
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 360);
}

} // namespace ChipTrace
