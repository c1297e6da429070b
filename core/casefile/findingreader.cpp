// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/findingreader.h"

#include "casefile/database.h"
#include "casefile/rows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <numeric>
#include <vector>

namespace ChipTrace::Case {

namespace {

enum Column {
    Id,
    SourceId,
    Kind,
    RuleId,
    Family,
    Title,
    Commit,
    Path,
    Line,
    Col,
    Length,
    Page,
    ArchiveRecord,
    LineText,
    MatchText,
    Context,
    Vendored,
    Chips,
    Scope,
    Strength,
    Implies,
    AtHead,
    FirstCommit,
    FirstDate,
    FirstAuthor,
    FirstPath,
    RemovedCommit,
    RemovedDate,
    Blob,
    Unmerged,
};

constexpr const char *kColumns =
    "id, source_id, kind, rule_id, family, title, commit_id, path, line, col, length, page, archive_record, "
    "line_text, match_text, context, vendored, chips, scope, strength, implies, at_head, first_commit, "
    "first_date, first_author, first_path, removed_commit, removed_date, blob, unmerged";

// Values that repeat across rows are stored once (QString is implicitly shared).
class Interner
{
public:
    QString operator()(const QString &s)
    {
        if (s.isEmpty())
            return s;
        auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(s, s);
        return s;
    }
    QDateTime time(const QString &s)
    {
        if (s.isEmpty())
            return {};
        auto it = m_times.constFind(s);
        if (it != m_times.cend())
            return *it;
        const QDateTime t = Rows::timeFrom(QJsonValue(s));
        m_times.insert(s, t);
        return t;
    }

private:
    QHash<QString, QString> m_strings;
    QHash<QString, QDateTime> m_times;
};

QStringList chipsFrom(const QString &json)
{
    if (json.isEmpty() || json == u"[]")
        return {};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

FindingRecord readRow(const Statement &st, Interner &intern)
{
    FindingRecord f;
    f.id = st.text(Id);
    f.sourceId = intern(st.text(SourceId));
    f.kind = intern(st.text(Kind));
    f.ruleId = intern(st.text(RuleId));
    f.family = intern(st.text(Family));
    f.title = intern(st.text(Title));
    f.locator = {intern(st.text(Commit)), intern(st.text(Path)), int(st.integer(Line)),
        int(st.integer(Col)), int(st.integer(Length)), int(st.integer(Page)),
        st.text(ArchiveRecord)};
    f.text = st.text(LineText);
    f.match = intern(st.text(MatchText));
    f.context = intern(st.text(Context));
    f.vendored = st.integer(Vendored) != 0;
    f.chips = chipsFrom(st.text(Chips));
    f.scope = intern(st.text(Scope));
    f.strength = intern(st.text(Strength));
    f.implies = intern(st.text(Implies));
    f.atHead = st.integer(AtHead) != 0;
    f.firstCommit = intern(st.text(FirstCommit));
    f.firstDate = intern.time(st.text(FirstDate));
    f.firstAuthor = intern(st.text(FirstAuthor));
    f.firstPath = intern(st.text(FirstPath));
    f.removedCommit = intern(st.text(RemovedCommit));
    f.removedDate = intern.time(st.text(RemovedDate));
    f.blob = intern(st.text(Blob));
    f.unmerged = st.integer(Unmerged) != 0;
    return f;
}

} // namespace

Result<QList<FindingRecord>> readFindings(const Database &db, const QString &sourceId)
{
    const QString where = sourceId.isEmpty() ? QString() : QStringLiteral(" WHERE source_id = ?1");
    // Sorted here rather than by SQLite: its sorter copies all 30 columns of every row and took
    // a third of the time; comparing the shared strings in memory is cheap.
    Result<Statement> st =
        db.prepare(QStringLiteral("SELECT %1 FROM findings%2").arg(QLatin1String(kColumns), where));
    if (!st)
        return st.error();
    if (!sourceId.isEmpty())
        st->bind(1, sourceId);
    QList<FindingRecord> out;
    Interner intern;
    while (st->next())
        out.append(readRow(*st, intern));
    if (!st->ok())
        return fail(ErrorCode::Generic, st->error());
    // An index sort: swapping the records themselves (two dozen strings each) cost more than
    // reading them.
    std::vector<qsizetype> order(size_t(out.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&out](qsizetype x, qsizetype y) {
        const FindingRecord &a = out.at(x);
        const FindingRecord &b = out.at(y);
        if (const int c = a.locator.path.compare(b.locator.path); c != 0)
            return c < 0;
        if (a.locator.line != b.locator.line)
            return a.locator.line < b.locator.line;
        return a.id < b.id;
    });
    QList<FindingRecord> sorted;
    sorted.reserve(out.size());
    for (qsizetype i : order)
        sorted.append(std::move(out[i]));
    return sorted;
}

} // namespace ChipTrace::Case
