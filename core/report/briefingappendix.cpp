// SPDX-License-Identifier: GPL-3.0-or-later
// The appendices: everything a reader needs to check the briefing, in full.

#include "briefinghtml.h"
#include "briefinghtml_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

namespace {


using namespace Html;

QString shortCommit(const QString &commit)
{
    return commit.left(12);
}

QString evidenceRegister(const Briefing &b)
{
    QString html = h1(sectionTitles(b)[7]);
    html += table({QCoreApplication::translate("Report", "Id"),
        QCoreApplication::translate("Report", "Summary"),
        QCoreApplication::translate("Report", "Citation"),
        QCoreApplication::translate("Report", "Implies"),
        QCoreApplication::translate("Report", "Reliability"),
        QCoreApplication::translate("Report", "Review")});
    for (const EvidenceItem &e : b.evidence) {
        const QString review = escape(reviewStatusText(e.review))
            + (e.reviewer.isEmpty() ? QString()
                                    : u"<br/>"_s + escape(identityText(b.provenance, e.reviewer)))
            + (e.dissent.isEmpty() ? QString()
                                   : u"<br/>"_s
                        + escape(QCoreApplication::translate(
                            "Report", "%n dissent(s)", nullptr, int(e.dissent.size()))));
        html += u"<tr>"_s + td(escape(e.id))
            + td(script(e.summary)
                + (e.quote.isEmpty() ? QString() : u"<br/><i>“"_s + script(e.quote) + u"”</i>"_s))
            + td(anchor(citationLink(e.citation), citationText(e.citation)))
            + td(u"<tt>"_s + escape(e.implies) + u"</tt> "_s + escape(e.strength))
            + td(escape(e.reliability)) + td(review) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString findingHistory(const FindingRow &f)
{
    QString html;
    if (!f.firstSeenCommit.isEmpty())
        html += escape(QCoreApplication::translate("Report", "first seen %1 in %2")
                .arg(when(f.firstSeenDate), shortCommit(f.firstSeenCommit)));
    if (!f.atHead) {
        html += (html.isEmpty() ? QString() : u"<br/>"_s) + u"<b>"_s
            + escape(QCoreApplication::translate("Report", "removed %1 in %2")
                    .arg(when(f.removedDate), shortCommit(f.removedInCommit)))
            + u"</b>"_s;
    } else if (html.isEmpty()) {
        html = escape(QCoreApplication::translate("Report", "at HEAD"));
    }
    return html;
}

QString findingsAppendix(const Briefing &b)
{
    QString html = h1(sectionTitles(b)[8]);
    html += u"<p>"_s
        + escape(QCoreApplication::translate("Report",
            "%n finding(s) from the scanner, signatures and claims, including those "
            "in vendored code and those the lab later removed.",
            nullptr, int(b.findings.size())))
        + u"</p>"_s;
    // One table per repository and per 80 rows: Qt lays out many short tables much faster than
    // one long one, and each still repeats its header on every page it spans.
    constexpr int rowsPerTable = 80;
    QString repository;
    int rows = 0;
    for (const FindingRow &f : b.findings) {
        if (rows == 0 || f.repository != repository || rows % rowsPerTable == 0) {
            if (rows > 0)
                html += u"</table>"_s;
            if (rows == 0 || f.repository != repository)
                html += u"<h3>"_s
                    + escape(f.repository.isEmpty()
                            ? QCoreApplication::translate("Report", "(no repository)")
                            : f.repository)
                    + u"</h3>"_s;
            html += table({QCoreApplication::translate("Report", "Rule"),
                QCoreApplication::translate("Report", "Location"),
                QCoreApplication::translate("Report", "Text"),
                QCoreApplication::translate("Report", "Implies"),
                QCoreApplication::translate("Report", "History")});
            repository = f.repository;
        }
        ++rows;
        html += u"<tr>"_s
            + td(escape(f.ruleId) + u"<br/><small>"_s + escape(f.kind) + u"</small>"_s)
            + td(escape(f.path) + u":"_s + QString::number(f.line))
            + td(u"<tt>"_s + script(f.text.left(240)) + u"</tt>"_s)
            + td(u"<tt>"_s + escape(f.implies) + u"</tt> "_s + escape(f.strength))
            + td(findingHistory(f)) + u"</tr>"_s;
    }
    return rows > 0 ? html + u"</table>"_s : html;
}

QString sourcesAppendix(const Briefing &b)
{
    QString html = h1(sectionTitles(b)[9]);
    html += u"<p>"_s
        + escape(QCoreApplication::translate("Report",
            "The SHA-256 of each captured source as stored in the case; for repositories, the "
            "commit the scan read."))
        + u"</p>"_s;
    html += table({QCoreApplication::translate("Report", "Id"),
        QCoreApplication::translate("Report", "Source"),
        QCoreApplication::translate("Report", "Captured (UTC)"),
        QCoreApplication::translate("Report", "SHA-256")});
    for (const SourceRecord &s : b.sources) {
        const QString source = u"<b>"_s + script(s.title) + u"</b> <small>("_s + escape(s.kind)
            + u")</small><br/>"_s + escape(s.location);
        // The hash is split in two so the column stays narrow; both halves stay searchable.
        const QString hash = u"<tt>"_s + escape(s.sha256.left(32)) + u"<br/>"_s
            + escape(s.sha256.mid(32)) + u"</tt>"_s;
        html += u"<tr>"_s + td(escape(s.id)) + td(source) + td(escape(when(s.capturedAt)))
            + td(hash) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString provenanceAppendix(const Briefing &b)
{
    const Provenance &p = b.provenance;
    QString html = h1(sectionTitles(b)[10]);
    html += table({QCoreApplication::translate("Report", "Item"),
        QCoreApplication::translate("Report", "Value")});
    const QList<QPair<QString, QString>> rows = {
        {QCoreApplication::translate("Report", "Tool version"), u"ChipTrace "_s + p.toolVersion},
        {QCoreApplication::translate("Report", "Accelerator catalog version"), p.catalogVersion},
        {QCoreApplication::translate("Report", "Export-control rule pack version"),
            p.rulePackVersion},
        {QCoreApplication::translate("Report", "Signature packs"), p.signaturePacks.join(u", "_s)},
        {QCoreApplication::translate("Report", "Case file"), p.caseFile},
        {QCoreApplication::translate("Report", "Case id"), p.caseId},
        {QCoreApplication::translate("Report", "Generated at"), when(p.generatedAt)},
        {QCoreApplication::translate("Report", "Generated by"), identityText(p, p.generatedBy)},
        {QCoreApplication::translate("Report", "Identities"),
            p.identitiesVerified
                ? QCoreApplication::translate("Report",
                      "checked by the case server: every name is the database role that signed in")
                : QCoreApplication::translate("Report",
                      "self-asserted: a file case records whatever name each analyst gave")},
        {QCoreApplication::translate("Report", "Settings"), p.settings.join(u"; "_s)},
        {QCoreApplication::translate("Report", "Content digest (SHA-256)"), p.contentDigest},
    };
    for (const auto &[k, v] : rows)
        html += u"<tr>"_s + td(u"<b>"_s + escape(k) + u"</b>"_s, u"width=\"30%\""_s) + td(script(v))
            + u"</tr>"_s;
    html += u"</table>"_s;
    html += u"<p>"_s
        + escape(QCoreApplication::translate("Report",
            "The same case file, catalog, rule pack and settings produce the same content; the "
            "content digest identifies it."))
        + u"</p>"_s;
    return html;
}

} // namespace

QString appendixHtml(const Briefing &b)
{
    return evidenceRegister(b) + findingsAppendix(b) + sourcesAppendix(b) + provenanceAppendix(b);
}

} // namespace ChipTrace::Report
