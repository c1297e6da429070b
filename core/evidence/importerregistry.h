// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds, describes and loads evidence importer plugins. scan() walks the plugin folders and
// reads each library's JSON metadata without loading it (QPluginLoader::metaData); a plugin
// built for another interface version, with missing metadata or a duplicate name is recorded
// with the reason and never loaded. Plugins load lazily, on first use, and a failure to load
// (missing symbol, wrong Qt) becomes an entry in errors() rather than a crash. Search order:
// $CHIPTRACE_PLUGIN_PATH (':'-separated; when set, only these folders), else the build tree's
// plugins/chiptrace next to the executable's folder, then the installed
// <prefix>/<libdir>/chiptrace/plugins. instance() is the process-wide registry the app uses;
// tests make their own.

#include "evidence/ievidenceimporter.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace ChipTrace::Evidence {

class IPageRenderer;

// A plugin's JSON metadata ("MetaData" in the plugin's .json file).
struct PluginMetadata
{
    QString name; // stable id, e.g. "pdf"
    QString displayName; // "Papers (PDF)"
    QString version;
    QString description;
    QStringList kinds; // document kinds it produces, as documentKindName() spells them
    QStringList mimeTypes;
    QStringList extensions; // lower case, without the dot; may contain dots ("warc.gz")
};

enum class PluginState {
    Found,
    Loaded,
    Rejected,
    Failed
};

struct PluginInfo
{
    QString fileName; // absolute path of the library
    QString iid;
    PluginMetadata metadata;
    PluginState state = PluginState::Found;
    QString error; // why it was rejected or failed to load
};

QString pluginStateName(PluginState state); // translated, for the About Plugins page

class ImporterRegistry
{
public:
    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(const ImporterRegistry &) = delete;
    ImporterRegistry &operator=(const ImporterRegistry &) = delete;

    static ImporterRegistry &instance(); // scans defaultSearchPaths() on first use
    static QStringList defaultSearchPaths();

    // Forgets what was found before (loaded plugins stay in memory) and scans `dirs` in order.
    void scan(const QStringList &dirs);

    QList<PluginInfo> plugins() const;
    QStringList errors() const; // one line per rejected or failed plugin, with the file name
    QStringList searchPaths() const;

    // The importer for a file: by extension first, then by sniffing `head`. Loads it if needed.
    // Fails with Unsupported (listing what is supported) or with the plugin's load error.
    struct Choice
    {
        IEvidenceImporter *importer = nullptr;
        PluginMetadata metadata;
    };
    Result<Choice> importerFor(const QString &fileName, const QByteArray &head);

    // The plugin for `fileName` that can also draw its pages (IPageRenderer), loading it if needed.
    Result<IPageRenderer *> pageRendererFor(const QString &fileName, const QByteArray &head);

    // Loads every plugin that passed the metadata check (for the About Plugins page).
    void loadAll();

private:
    struct Entry;
    IEvidenceImporter *load(Entry &entry);
    Result<Choice> choose(const QString &fileName, const QByteArray &head); // with m_mutex held
    static bool matchesExtension(const PluginMetadata &meta, const QString &fileName);

    mutable QMutex m_mutex;
    QStringList m_searchPaths;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

// Reads a plugin's metadata JSON (the object under "MetaData"); fails with the missing field.
Result<PluginMetadata> parsePluginMetadata(const QJsonObject &metaData);

} // namespace ChipTrace::Evidence
