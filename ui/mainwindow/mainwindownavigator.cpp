// SPDX-License-Identifier: GPL-3.0-or-later
// The case navigator drives the other panels: a repository opens in the repository browser, an
// evidence item is selected on the board (and so shown in the inspector), a model becomes the
// one the funnel and new evidence are for.

#include "casefile/casefile.h"
#include "evidence/evidencepanel.h"
#include "mainwindow.h"
#include "workbench.h"

#include <QDockWidget>
#include <QLabel>
#include <QTreeView>

namespace ChipTrace {

using namespace Ui;

void MainWindow::connectNavigator()
{
    // Selecting is enough to follow along (keyboard or click); activating also brings the panel
    // concerned to the front.
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &i) {
            const QString kind = i.data(Workbench::KindRole).toString();
            const QString id = i.data(Workbench::IdRole).toString();
            if (kind == u"source")
                m_workbench->setBrowsedRepository(id);
            else if (kind == u"evidenceItem")
                m_evidence->selectId(id);
        });
    connect(m_navigator, &QTreeView::activated, this, &MainWindow::activateNavigatorItem);
    // Double-click on the case, a lab or a model opens its properties.
    connect(m_navigator, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        const QString kind = i.data(Workbench::KindRole).toString();
        const QString id = i.data(Workbench::IdRole).toString();
        if (kind == u"case" || kind == u"labs")
            editCaseProperties();
        else if (kind == u"model")
            editCaseProperties(id);
        else if (kind == u"lab" && m_workbench->caseFile()) {
            const QList<Case::Model> models = m_workbench->caseFile()->models(id);
            editCaseProperties(models.isEmpty() ? QString() : models.constFirst().id);
        }
    });
}

void MainWindow::activateNavigatorItem(const QModelIndex &index)
{
    const QString kind = index.data(Workbench::KindRole).toString();
    const QString id = index.data(Workbench::IdRole).toString();
    auto raise = [this](const char *dockName) {
        if (auto *dock = findChild<QDockWidget *>(QLatin1String(dockName))) {
            dock->show();
            dock->raise();
        }
    };
    if (kind == u"model" || kind == u"evidenceModel") {
        m_workbench->setCurrentModelId(id);
        m_statusLabel->setText(
            tr("Funnel and new evidence for %1").arg(m_workbench->modelName(id)));
    } else if (kind == u"source") {
        m_workbench->setBrowsedRepository(id);
        if (m_workbench->browsedRepository() == id)
            raise("repositoryDock");
    } else if (kind == u"evidenceItem") {
        m_evidence->selectId(id);
        raise("evidenceDock");
    }
}

} // namespace ChipTrace
