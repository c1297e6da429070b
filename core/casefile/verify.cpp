// SPDX-License-Identifier: GPL-3.0-or-later
// CaseFile::verify: the audit chain, every row against its last audited state, captured copies.

#include "casefile/anchor.h"
#include "casefile/audit.h"
#include "casefile/casefile.h"
#include "casefile/database.h"
#include "casefile/rows.h"
#include "casefile/schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


using StateMap = QHash<QString, QByteArray>; // "table\x1fid" -> SHA-256 of the last audited state

static QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// Walks the chain in order; returns the last audited state of every row.
static StateMap checkChain(const Database &db, VerifyReport &report)
{
    StateMap states;
    auto st = db.prepare(
        u"SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
        "FROM audit ORDER BY seq"_s);
    if (!st) {
        report.problems.append({VerifyProblem::Kind::Integrity, {}, {}, st.message()});
        return states;
    }
    QString prev;
    qint64 expectedSeq = 1;
    bool broken = false;
    while (st->next()) {
        const qint64 seq = st->integer(0);
        const QString table = st->text(4), id = st->text(5), after = st->text(7);
        const QString hash = AuditLog::entryHash(
            prev, seq, st->text(1), st->text(2), st->text(3), table, id, st->text(6), after);
        if (!broken && (seq != expectedSeq || st->text(8) != prev || st->text(9) != hash)) {
            broken = true; // report the first break only: everything after it fails too
            report.problems.append({VerifyProblem::Kind::BrokenChain, table, id,
                QCoreApplication::translate("ChipTrace::Case::Verify",
                    "The audit trail was edited outside ChipTrace at entry %1 (%2 %3).")
                    .arg(seq)
                    .arg(table, id)});
        }
        prev = st->text(9);
        expectedSeq = seq + 1;
        ++report.auditEntries;
        states.insert(table + u'\x1f' + id, after.isEmpty() ? QByteArray() : digest(after));
    }
    return states;
}

static void checkRows(const Database &db, StateMap states, VerifyReport &report)
{
    for (const QString &table : Schema::auditedTables()) {
        auto st = db.prepare(u"SELECT * FROM "_s + table);
        if (!st)
            continue; // an older file being verified may lack a table; the chain still covers it
        while (st->next()) {
            const QJsonObject row = st->row();
            const QString id = row.value(u"id"_s).toString();
            const QString key = table + u'\x1f' + id;
            ++report.rowsChecked;
            const auto it = states.constFind(key);
            if (it == states.cend() || it->isEmpty())
                report.problems.append({VerifyProblem::Kind::UnauditedChange, table, id,
                    QCoreApplication::translate(
                        "ChipTrace::Case::Verify", "%1 %2 was added outside ChipTrace.")
                        .arg(table, id)});
            else if (*it != digest(AuditLog::canonical(row)))
                report.problems.append({VerifyProblem::Kind::UnauditedChange, table, id,
                    QCoreApplication::translate(
                        "ChipTrace::Case::Verify", "%1 %2 was changed outside ChipTrace.")
                        .arg(table, id)});
            states.remove(key);
        }
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it->isEmpty())
            continue; // deleted through ChipTrace
        const QStringList parts = it.key().split(u'\x1f');
        report.problems.append(
            {VerifyProblem::Kind::UnauditedChange, parts.value(0), parts.value(1),
                QCoreApplication::translate(
                    "ChipTrace::Case::Verify", "%1 %2 was deleted outside ChipTrace.")
                    .arg(parts.value(0), parts.value(1))});
    }
}

// The head this computer last wrote must still be in the chain (see anchor.h).
static void checkAnchor(const Database &db, const QString &path, VerifyReport &report)
{
    const auto head = Anchor::recorded(path);
    if (!head)
        return;
    auto rows = db.rows(u"SELECT hash FROM audit WHERE seq = ?1"_s, {head->seq});
    if (rows && !rows->isEmpty() && rows->first().value(u"hash"_s).toString() == head->hash)
        return;
    report.problems.append({VerifyProblem::Kind::BrokenChain, u"audit"_s,
        QString::number(head->seq),
        QCoreApplication::translate("ChipTrace::Case::Verify",
            "The audit trail was cut back or rewritten outside ChipTrace: entry %1, recorded on "
            "this computer at the last change, is missing or different (or the file was replaced by an "
            "older copy).")
            .arg(head->seq)});
}

static QByteArray fileSha256(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (*ok)
        h.addData(&f);
    return h.result().toHex();
}

static QByteArray contentSha256(const CaseFile &cf, const Source &source, bool *ok)
{
    const Result<QByteArray> content = cf.capturedContent(source);
    *ok = bool(content);
    return *ok ? QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex()
               : QByteArray();
}

VerifyReport CaseFile::verify() const
{
    VerifyReport report;
    if (const QString damage = m_db->integrityProblem(); !damage.isEmpty())
        report.problems.append({VerifyProblem::Kind::Integrity, {}, {},
            QCoreApplication::translate("ChipTrace::Case::Verify", "The database is damaged: %1")
                .arg(damage)});
    checkRows(*m_db, checkChain(*m_db, report), report);
    checkAnchor(*m_db, m_path, report);
    for (const Source &s : sources()) {
        if (s.capturedPath.isEmpty())
            continue;
        ++report.copiesChecked;
        bool ok = false;
        const QByteArray sha = identitiesVerified() ? contentSha256(*this, s, &ok)
                                                    : fileSha256(absoluteCapturedPath(s), &ok);
        if (!ok)
            report.problems.append({VerifyProblem::Kind::MissingCopy, u"sources"_s, s.id,
                QCoreApplication::translate(
                    "ChipTrace::Case::Verify", "The captured copy of \"%1\" is missing (%2).")
                    .arg(s.title, s.capturedPath)});
        else if (QString::fromLatin1(sha) != s.sha256)
            report.problems.append({VerifyProblem::Kind::ChangedCopy, u"sources"_s, s.id,
                QCoreApplication::translate("ChipTrace::Case::Verify",
                    "The captured copy of \"%1\" changed since it was captured (%2).")
                    .arg(s.title, s.capturedPath)});
    }
    return report;
}

} // namespace ChipTrace::Case
