// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin registry: metadata read before loading, versioned interface id, load errors
// collected instead of crashes, importer chosen by extension then by content.

#include "evidence/importerregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

class TestImporterRegistry : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const QList<PluginInfo> &plugins)
    {
        QStringList list;
        for (const PluginInfo &p : plugins)
            list << p.metadata.name;
        return list;
    }

private Q_SLOTS:
    void scan_findsBuiltPluginsWithMetadata()
    {
        ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        const auto plugins = registry.plugins();
        const QStringList found = names(plugins);
        QVERIFY2(found.contains(QStringLiteral("pdf")) && found.contains(QStringLiteral("warc"))
                && found.contains(QStringLiteral("html")),
            qPrintable(found.join(u',')));
        QCOMPARE(registry.errors(), QStringList());
        for (const PluginInfo &p : plugins) {
            QCOMPARE(p.state, PluginState::Found); // metadata only: nothing loaded yet
            QVERIFY(!p.metadata.version.isEmpty());
            QVERIFY(!p.metadata.extensions.isEmpty());
            if (p.metadata.name == u"warc")
                QVERIFY(p.metadata.extensions.contains(QStringLiteral("warc.gz")));
        }
        registry.loadAll();
        for (const PluginInfo &p : registry.plugins())
            QCOMPARE(p.state, PluginState::Loaded);
    }

    void scan_rejectsBadPluginsWithReasons()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QFileInfo &fi :
            QDir(QStringLiteral(CHIPTRACE_BAD_PLUGIN_DIR)).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(fi.absoluteFilePath(), dir.filePath(fi.fileName())));
        QFile junk(dir.filePath(QStringLiteral("libjunk.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(
            "\x7f"
            "ELF this is not really a library");
        junk.close();

        ImporterRegistry registry;
        registry.scan({dir.path()});
        const auto plugins = registry.plugins();
        QCOMPARE(plugins.size(), 3);
        for (const PluginInfo &p : plugins) {
            QCOMPARE(p.state, PluginState::Rejected);
            QVERIFY(!p.error.isEmpty());
        }
        const QString errors = registry.errors().join(u'\n');
        QCOMPARE(registry.errors().size(), 3);
        QVERIFY2(errors.contains(QStringLiteral("IEvidenceImporter/0.9")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("version")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("libjunk.so")), qPrintable(errors));
        auto choice = registry.importerFor(QStringLiteral("x.old"), QByteArray());
        QVERIFY(!choice);
        QCOMPARE(choice.code(), ErrorCode::Unsupported);
    }

    void scan_secondCopyOfAPluginIsReportedAsDuplicate()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(CHIPTRACE_PLUGIN_DIR);
        for (const QFileInfo &fi : QDir(source).entryInfoList(QDir::Files)) {
            if (fi.fileName().contains(u"warc"))
                QVERIFY(QFile::copy(fi.absoluteFilePath(), dir.filePath(fi.fileName())));
        }
        ImporterRegistry registry;
        registry.scan({source, dir.path()});
        QCOMPARE(registry.errors().size(), 1);
        QVERIFY(registry.errors().first().contains(QStringLiteral("\"warc\"")));
    }

    void importerFor_usesExtensionThenContent_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("plugin");
        QTest::newRow("warc.gz") << QStringLiteral("crawl.warc.gz") << QByteArray("\x1f\x8b")
                                 << QStringLiteral("warc");
        QTest::newRow("wacz") << QStringLiteral("site.WACZ") << QByteArray("PK\x03\x04")
                              << QStringLiteral("warc");
        QTest::newRow("pdf") << QStringLiteral("paper.pdf") << QByteArray()
                             << QStringLiteral("pdf");
        QTest::newRow("markdown") << QStringLiteral("README.md") << QByteArray("# x")
                                  << QStringLiteral("html");
        QTest::newRow("pdf by content")
            << QStringLiteral("download") << QByteArray("%PDF-1.7\n") << QStringLiteral("pdf");
        QTest::newRow("warc by content")
            << QStringLiteral("crawl.bin") << QByteArray("WARC/1.0\r\n") << QStringLiteral("warc");
        QTest::newRow("html by content")
            << QStringLiteral("page") << QByteArray("<!DOCTYPE html><html>")
            << QStringLiteral("html");
    }

    void importerFor_usesExtensionThenContent()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, head);
        QFETCH(QString, plugin);
        ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        auto choice = registry.importerFor(fileName, head);
        QVERIFY2(choice.has_value(), qPrintable(choice.message()));
        QCOMPARE(choice->metadata.name, plugin);
        QVERIFY(choice->importer);
    }

    void importerFor_unknownFormatListsWhatIsSupported()
    {
        ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        auto choice = registry.importerFor(QStringLiteral("photo.xyz"), QByteArray("\x89PNG"));
        QVERIFY(!choice);
        QCOMPARE(choice.code(), ErrorCode::Unsupported);
        QVERIFY2(choice.message().contains(QStringLiteral("pdf"))
                && choice.message().contains(QStringLiteral("warc")),
            qPrintable(choice.message()));

        ImporterRegistry empty;
        empty.scan({QStringLiteral("/nonexistent/chiptrace-plugins")});
        auto none = empty.importerFor(QStringLiteral("paper.pdf"), QByteArray());
        QVERIFY(!none);
        QVERIFY(none.message().contains(QStringLiteral("CHIPTRACE_PLUGIN_PATH")));
    }

    void defaultSearchPaths_environmentOverrides()
    {
        qputenv("CHIPTRACE_PLUGIN_PATH", "/a/plugins:/b/plugins");
        QCOMPARE(ImporterRegistry::defaultSearchPaths(),
            (QStringList{QStringLiteral("/a/plugins"), QStringLiteral("/b/plugins")}));
        qunsetenv("CHIPTRACE_PLUGIN_PATH");
        const QStringList defaults = ImporterRegistry::defaultSearchPaths();
        QVERIFY(defaults.contains(QDir::cleanPath(QStringLiteral(CHIPTRACE_PLUGIN_DIR))));
        QVERIFY(defaults.last().endsWith(QStringLiteral("chiptrace/plugins")));
    }

    void parsePluginMetadata_namesWhatIsMissing()
    {
        auto meta = parsePluginMetadata(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
        QVERIFY(!meta);
        QVERIFY(meta.message().contains(QStringLiteral("version")));
        QVERIFY(meta.message().contains(QStringLiteral("extensions")));
    }
};

QTEST_GUILESS_MAIN(TestImporterRegistry)
#include "tst_importerregistry.moc"
