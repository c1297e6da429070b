// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerregistry.h"

#include "evidence/ipagerenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>

#include <vector>

namespace ChipTrace::Evidence {

struct ImporterRegistry::Entry
{
    PluginInfo info;
    std::unique_ptr<QPluginLoader> loader;
    IEvidenceImporter *importer = nullptr;
};

QString pluginStateName(PluginState state)
{
    switch (state) {
    case PluginState::Found:
        return QCoreApplication::translate("Evidence", "not loaded yet");
    case PluginState::Loaded:
        return QCoreApplication::translate("Evidence", "loaded");
    case PluginState::Rejected:
        return QCoreApplication::translate("Evidence", "rejected");
    case PluginState::Failed:
        return QCoreApplication::translate("Evidence", "failed to load");
    }
    return {};
}

static QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            list << v.toString();
    }
    return list;
}

Result<PluginMetadata> parsePluginMetadata(const QJsonObject &meta)
{
    PluginMetadata m;
    m.name = meta.value(u"name").toString();
    m.displayName = meta.value(u"displayName").toString(m.name);
    m.version = meta.value(u"version").toString();
    m.description = meta.value(u"description").toString();
    m.kinds = stringList(meta.value(u"kinds"));
    m.mimeTypes = stringList(meta.value(u"mimeTypes"));
    for (const QString &e : stringList(meta.value(u"extensions")))
        m.extensions << e.toLower();
    QStringList missing;
    if (m.name.isEmpty())
        missing << QStringLiteral("name");
    if (m.version.isEmpty())
        missing << QStringLiteral("version");
    if (m.extensions.isEmpty() && m.mimeTypes.isEmpty())
        missing << QStringLiteral("extensions");
    if (!missing.isEmpty())
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Evidence", "plugin metadata lacks: %1")
                .arg(missing.join(QStringLiteral(", "))));
    return m;
}

ImporterRegistry::ImporterRegistry() = default;

ImporterRegistry::~ImporterRegistry()
{
    // Plugins stay loaded until process exit: objects made by them may outlive the registry.
}

ImporterRegistry &ImporterRegistry::instance()
{
    static ImporterRegistry *registry = [] {
        auto *r = new ImporterRegistry;
        r->scan(defaultSearchPaths());
        return r;
    }();
    return *registry;
}

QStringList ImporterRegistry::defaultSearchPaths()
{
    const QByteArray env = qgetenv("CHIPTRACE_PLUGIN_PATH");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env).split(u':', Qt::SkipEmptyParts);
    QStringList dirs;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        // Build tree: bin/ and tests/ sit next to plugins/chiptrace.
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../plugins/chiptrace"));
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../" CHIPTRACE_PLUGIN_INSTALL_DIR));
    }
    dirs << QStringLiteral(CHIPTRACE_PLUGIN_INSTALL_FULL_DIR);
    dirs.removeDuplicates();
    return dirs;
}

// Reads one library's metadata without loading it and decides whether it may be loaded.
static PluginInfo inspect(QPluginLoader &loader, const QStringList &namesSoFar)
{
    PluginInfo info;
    info.fileName = loader.fileName();
    const QJsonObject raw = loader.metaData();
    info.iid = raw.value(u"IID").toString();
    info.state = PluginState::Rejected;
    if (raw.isEmpty()) {
        info.error = QCoreApplication::translate(
            "Evidence", "not a Qt plugin, or built with an incompatible Qt");
        return info;
    }
    if (info.iid != QLatin1String(ChipTraceEvidenceImporter_iid)) {
        info.error = QCoreApplication::translate(
            "Evidence", "interface %1 does not match this ChipTrace (%2); rebuild the plugin")
                         .arg(info.iid, QLatin1String(ChipTraceEvidenceImporter_iid));
        return info;
    }
    auto meta = parsePluginMetadata(raw.value(u"MetaData").toObject());
    if (!meta) {
        info.error = meta.message();
        return info;
    }
    info.metadata = *meta;
    if (namesSoFar.contains(meta->name)) {
        info.error =
            QCoreApplication::translate("Evidence", "another plugin named \"%1\" was found first")
                .arg(meta->name);
        return info;
    }
    info.state = PluginState::Found;
    return info;
}

void ImporterRegistry::scan(const QStringList &dirs)
{
    QMutexLocker lock(&m_mutex);
    // QPluginLoader's destructor does not unload: importers in use stay valid.
    m_entries.clear();
    m_searchPaths = dirs;
    QStringList names;
    for (const QString &dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &fi : files) {
            if (!QLibrary::isLibrary(fi.fileName()))
                continue;
            auto entry = std::make_unique<Entry>();
            entry->loader = std::make_unique<QPluginLoader>(fi.absoluteFilePath());
            entry->info = inspect(*entry->loader, names);
            entry->info.fileName = fi.absoluteFilePath();
            if (entry->info.state == PluginState::Found)
                names << entry->info.metadata.name;
            m_entries.push_back(std::move(entry));
        }
    }
}

QList<PluginInfo> ImporterRegistry::plugins() const
{
    QMutexLocker lock(&m_mutex);
    QList<PluginInfo> list;
    for (const auto &e : m_entries)
        list << e->info;
    return list;
}

QStringList ImporterRegistry::errors() const
{
    QMutexLocker lock(&m_mutex);
    QStringList list;
    for (const auto &e : m_entries) {
        if (e->info.state == PluginState::Rejected || e->info.state == PluginState::Failed)
            list << QFileInfo(e->info.fileName).fileName() + QStringLiteral(": ") + e->info.error;
    }
    return list;
}

QStringList ImporterRegistry::searchPaths() const
{
    QMutexLocker lock(&m_mutex);
    return m_searchPaths;
}

IEvidenceImporter *ImporterRegistry::load(Entry &entry)
{
    if (entry.importer || entry.info.state == PluginState::Rejected
        || entry.info.state == PluginState::Failed)
        return entry.importer;
    QObject *object = entry.loader->instance();
    if (!object) {
        entry.info.state = PluginState::Failed;
        entry.info.error = entry.loader->errorString();
        return nullptr;
    }
    entry.importer = qobject_cast<IEvidenceImporter *>(object);
    if (!entry.importer) {
        entry.info.state = PluginState::Failed;
        entry.info.error = QCoreApplication::translate(
            "Evidence", "the plugin does not implement the importer interface");
        return nullptr;
    }
    // Loaded from a worker thread, the plugin object would belong to a thread that ends.
    if (auto *app = QCoreApplication::instance(); app && object->thread() != app->thread())
        object->moveToThread(app->thread());
    entry.info.state = PluginState::Loaded;
    return entry.importer;
}

void ImporterRegistry::loadAll()
{
    QMutexLocker lock(&m_mutex);
    for (auto &e : m_entries)
        load(*e);
}

bool ImporterRegistry::matchesExtension(const PluginMetadata &meta, const QString &fileName)
{
    const QString lower = QFileInfo(fileName).fileName().toLower();
    for (const QString &ext : meta.extensions) {
        if (lower.endsWith(u'.' + ext))
            return true;
    }
    return false;
}

Result<ImporterRegistry::Choice> ImporterRegistry::importerFor(
    const QString &fileName, const QByteArray &head)
{
    QMutexLocker lock(&m_mutex);
    return choose(fileName, head);
}

Result<IPageRenderer *> ImporterRegistry::pageRendererFor(
    const QString &fileName, const QByteArray &head)
{
    QMutexLocker lock(&m_mutex);
    auto choice = choose(fileName, head);
    if (!choice)
        return choice.error();
    for (auto &e : m_entries) {
        if (e->importer != choice->importer)
            continue;
        if (auto *renderer = qobject_cast<IPageRenderer *>(e->loader->instance()))
            return renderer;
    }
    return fail(ErrorCode::Unsupported,
        QCoreApplication::translate("Evidence", "the %1 importer cannot draw pages of %2")
            .arg(choice->metadata.displayName, QFileInfo(fileName).fileName()));
}

Result<ImporterRegistry::Choice> ImporterRegistry::choose(
    const QString &fileName, const QByteArray &head)
{
    std::vector<Entry *> usable;
    for (auto &e : m_entries) {
        if (e->info.state == PluginState::Found || e->info.state == PluginState::Loaded)
            usable.push_back(e.get());
    }
    QStringList failures;
    for (Entry *e : usable) {
        if (!matchesExtension(e->info.metadata, fileName))
            continue;
        if (IEvidenceImporter *imp = load(*e))
            return Choice{imp, e->info.metadata};
        failures << e->info.metadata.name + QStringLiteral(": ") + e->info.error;
    }
    for (Entry *e : usable) {
        IEvidenceImporter *imp = load(*e);
        if (imp && imp->sniff(head))
            return Choice{imp, e->info.metadata};
    }
    if (!failures.isEmpty())
        return fail(ErrorCode::Unsupported,
            QCoreApplication::translate("Evidence", "the importer for %1 could not be loaded (%2)")
                .arg(QFileInfo(fileName).fileName(), failures.join(QStringLiteral("; "))));
    QStringList known;
    for (Entry *e : usable)
        known << e->info.metadata.extensions;
    if (known.isEmpty())
        return fail(ErrorCode::Unsupported,
            QCoreApplication::translate("Evidence",
                "no evidence importer plugins were found (searched %1); set CHIPTRACE_PLUGIN_PATH or reinstall")
                .arg(m_searchPaths.join(QStringLiteral(", "))));
    return fail(ErrorCode::Unsupported,
        QCoreApplication::translate(
            "Evidence", "%1 is not a format ChipTrace can import; supported: %2")
            .arg(QFileInfo(fileName).fileName(), known.join(QStringLiteral(", "))));
}

} // namespace ChipTrace::Evidence
