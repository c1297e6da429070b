// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChipTrace::Demo {


static Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Demo", "Cannot read the demo description %1: %2")
                .arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Demo", "%1 is not a JSON object: %2")
                .arg(path, error.errorString()));
    return doc.object();
}

static QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

static Result<ScriptCommit> readCommit(const QJsonObject &o, int index, const QString &path)
{
    ScriptCommit c;
    c.date = QDateTime::fromString(o.value(u"date").toString(), Qt::ISODate);
    c.message = o.value(u"message").toString();
    if (!c.date.isValid() || c.message.isEmpty())
        return fail(ErrorCode::Parse,
            QCoreApplication::translate(
                "Demo", "%1: commit %2 needs a valid \"date\" and a \"message\"")
                .arg(path)
                .arg(index + 1));
    const QJsonObject writes = o.value(u"write").toObject();
    for (auto it = writes.begin(); it != writes.end(); ++it)
        c.writes.insert(it.key(), it.value().toString());
    c.removes = strings(o.value(u"remove"));
    c.tag = o.value(u"tag").toString();
    return c;
}

Result<RepositoryScript> loadRepositoryScript(const QString &path)
{
    Result<QJsonObject> root = readObject(path);
    if (!root)
        return root.error();
    RepositoryScript script;
    script.name = root->value(u"name").toString();
    script.branch = root->value(u"branch").toString(QStringLiteral("main"));
    const QJsonObject author = root->value(u"author").toObject();
    script.authorName = author.value(u"name").toString();
    script.authorEmail = author.value(u"email").toString();
    const QJsonArray commits = root->value(u"commits").toArray();
    for (int i = 0; i < commits.size(); ++i) {
        Result<ScriptCommit> c = readCommit(commits.at(i).toObject(), i, path);
        if (!c)
            return c.error();
        script.commits.append(std::move(c.value()));
    }
    if (script.name.isEmpty() || script.commits.isEmpty())
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Demo", "%1 needs a \"name\" and at least one commit")
                .arg(path));
    return script;
}

Result<CaseScript> loadCaseScript(const QString &path)
{
    Result<QJsonObject> root = readObject(path);
    if (!root)
        return root.error();
    CaseScript s;
    s.title = root->value(u"title").toString();
    s.question = root->value(u"question").toString();
    s.summary = root->value(u"summary").toString();
    const QJsonObject lab = root->value(u"lab").toObject();
    s.labName = lab.value(u"name").toString();
    s.labAliases = strings(lab.value(u"aliases"));
    s.labCountry = lab.value(u"country").toString();
    s.labNotes = lab.value(u"notes").toString();
    const QJsonObject model = root->value(u"model").toObject();
    s.modelName = model.value(u"name").toString();
    s.releaseDate = QDate::fromString(model.value(u"releaseDate").toString(), Qt::ISODate);
    s.trainingStart = QDate::fromString(model.value(u"trainingStart").toString(), Qt::ISODate);
    s.trainingEnd = QDate::fromString(model.value(u"trainingEnd").toString(), Qt::ISODate);
    s.modelNotes = model.value(u"notes").toString();
    for (const QJsonValue &v : root->value(u"walkthrough").toArray())
        s.walkthrough.append(
            {v.toObject().value(u"title").toString(), v.toObject().value(u"text").toString()});
    if (s.title.isEmpty() || s.labName.isEmpty() || s.modelName.isEmpty())
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Demo", "%1 needs a title, a lab and a model").arg(path));
    return s;
}

} // namespace ChipTrace::Demo
