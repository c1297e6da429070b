// SPDX-License-Identifier: GPL-3.0-or-later
// About Plugins lists the built importer plugins as loaded, and a refused plugin with its reason.

#include "dialogs/pluginsdialog.h"
#include "evidence/importerregistry.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;

class TestPluginsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialog_listsPluginsAndErrors()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("libbroken.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a library");
        junk.close();
        Evidence::ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR), dir.path()});

        PluginsDialog dialog(registry);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("pluginTable"));
        auto *errors = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pluginErrors"));
        QVERIFY(table && errors);
        QCOMPARE(table->rowCount(), int(registry.plugins().size()));
        int loaded = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 3)->text()
                == Evidence::pluginStateName(Evidence::PluginState::Loaded))
                ++loaded;
        }
        QCOMPARE(loaded, 3); // pdf, warc, html
        QVERIFY2(errors->toPlainText().contains(QStringLiteral("libbroken.so")),
            qPrintable(errors->toPlainText()));
    }
};

QTEST_MAIN(TestPluginsDialog)
#include "tst_pluginsdialog.moc"
