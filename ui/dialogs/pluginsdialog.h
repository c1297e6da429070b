// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;
class QPlainTextEdit;

namespace ChipTrace {

namespace Evidence {
class ImporterRegistry;
}

// About Plugins: every evidence importer plugin found, what it reads, whether it loaded, and
// why a plugin was refused or failed (wrong interface version, bad metadata, missing library).
// Opening the page loads the plugins that passed the metadata check so that load failures
// show up here rather than at the first import.
class PluginsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PluginsDialog(QWidget *parent = nullptr); // the application's registry
    explicit PluginsDialog(Evidence::ImporterRegistry &registry, QWidget *parent = nullptr);

private:
    void populate(Evidence::ImporterRegistry &registry);

    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_errors = nullptr;
};

} // namespace ChipTrace
