// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefinghtml.h"

#include "briefinghtml_p.h"
#include "mfuchart.h"
#include "plausibility/plausibility.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

namespace {


QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate)
                          : QCoreApplication::translate("Report", "unknown");
}

QString noDateText()
{
    return QCoreApplication::translate("Report", "no training date recorded: set one");
}

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QString();
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF)
            || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate())
            return true;
    }
    return false;
}

// Text in the font that suits its script, so Chinese and Japanese quotes get their own glyphs.
QString scriptSpan(const QString &text)
{
    if (!hasCjk(text))
        return esc(text);
    QStringList quoted;
    for (const QString &f : fontFamiliesFor(text))
        quoted << u"'"_s + f + u"'"_s;
    return u"<span style=\"font-family: "_s + quoted.join(u", "_s) + u"\">"_s + esc(text)
        + u"</span>"_s;
}

QString link(const QUrl &url, const QString &text)
{
    if (url.isEmpty())
        return scriptSpan(text);
    return u"<a href=\""_s + esc(QString::fromUtf8(url.toEncoded())) + u"\">"_s + scriptSpan(text)
        + u"</a>"_s;
}

QString cell(const QString &html, const QString &attrs = {})
{
    return u"<td"_s + (attrs.isEmpty() ? QString() : u" "_s + attrs) + u">"_s + html + u"</td>"_s;
}

// A table whose header row repeats on every page it spans.
QString tableStart(const QStringList &headers)
{
    QString html =
        u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
        "style=\"border-collapse: collapse; border-color: #999999;\"><thead><tr>"_s;
    for (const QString &h : headers)
        html += u"<th bgcolor=\"#e4e8ee\" align=\"left\">"_s + esc(h) + u"</th>"_s;
    return html + u"</tr></thead>"_s;
}

QString heading(const QString &title, bool pageBreak)
{
    const QString style = pageBreak ? u" style=\"page-break-before: always;\""_s : QString();
    return u"<h1"_s + style + u">"_s + esc(title) + u"</h1>"_s;
}

QString outcomeColor(ControlStatus s)
{
    return s == ControlStatus::Controlled   ? u"#a00000"_s
        : s == ControlStatus::NotControlled ? u"#006000"_s
                                            : u"#604000"_s;
}

QString statusHtml(const ExportStatus &s)
{
    QString html = u"<b><font color=\""_s + outcomeColor(s.status) + u"\">"_s
        + esc(controlStatusText(s.status)) + u"</font></b>"_s;
    if (!s.classification.isEmpty())
        html += u" ("_s + esc(s.classification) + u")"_s;
    return html;
}

QString ruleHtml(const ExportStatus &s)
{
    QString html = esc(s.ruleTitle.isEmpty() ? s.ruleId : s.ruleTitle);
    if (!s.ruleTitle.isEmpty() && !s.ruleId.isEmpty())
        html += u" <i>["_s + esc(s.ruleId) + u"]</i>"_s;
    if (!s.rationale.isEmpty())
        html += u"<br/>"_s + esc(s.rationale);
    return html;
}

QString paragraphs(const QStringList &items)
{
    QString html = u"<ul>"_s;
    for (const QString &i : items)
        html += u"<li>"_s + scriptSpan(i) + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

QStringList fontFamiliesFor(const QString &text)
{
    bool kana = false, hangul = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        kana = kana || (u >= 0x3040 && u <= 0x30FF);
        hangul = hangul || (u >= 0xAC00 && u <= 0xD7AF);
    }
    const QString cjk = kana ? u"Noto Sans CJK JP"_s
        : hangul             ? u"Noto Sans CJK KR"_s
                             : u"Noto Sans CJK SC"_s;
    return {u"DejaVu Sans"_s, cjk};
}

QStringList sectionTitles(const Briefing &)
{
    return {QCoreApplication::translate("Report", "Bottom line up front"),
        QCoreApplication::translate("Report", "The funnel"),
        QCoreApplication::translate("Report", "Candidates"),
        QCoreApplication::translate("Report", "Key evidence"),
        QCoreApplication::translate("Report", "Disputed evidence and dissent"),
        QCoreApplication::translate("Report", "Timeline"),
        QCoreApplication::translate("Report", "Method and limits"),
        QCoreApplication::translate("Report", "Appendix A: Evidence register"),
        QCoreApplication::translate("Report", "Appendix B: Every finding"),
        QCoreApplication::translate("Report", "Appendix C: Captured sources"),
        QCoreApplication::translate("Report", "Appendix D: Provenance")};
}

namespace {

QString titlePage(const Briefing &b)
{
    QString html =
        u"<p style=\"margin-top: 120px;\" align=\"center\"><span style=\"font-size: 24pt; font-weight: bold;\">"_s
        + scriptSpan(b.title) + u"</span></p>"_s;
    html += u"<p align=\"center\" style=\"font-size: 14pt; margin-top: 24px;\">"_s
        + scriptSpan(b.caseQuestion) + u"</p>"_s;
    html += u"<table align=\"center\" cellpadding=\"4\" style=\"margin-top: 48px;\">"_s;
    const QList<QPair<QString, QString>> rows = {
        {QCoreApplication::translate("Report", "Lab"), b.lab},
        {QCoreApplication::translate("Report", "Model"), b.model},
        {QCoreApplication::translate("Report", "Training date"),
            b.trainingDate.isValid() ? dateText(b.trainingDate) : noDateText()},
        {QCoreApplication::translate("Report", "Prepared by"),
            identityText(b.provenance, b.author)},
        {QCoreApplication::translate("Report", "Generated"), timeText(b.provenance.generatedAt)},
        {QCoreApplication::translate("Report", "Case"), b.provenance.caseFile},
    };
    for (const auto &[k, v] : rows)
        html += u"<tr>"_s + cell(u"<b>"_s + esc(k) + u"</b>"_s) + cell(scriptSpan(v)) + u"</tr>"_s;
    html += u"</table>"_s;
    return html;
}

QString tocPage(const Briefing &b, const QList<int> &pages)
{
    QString html = u"<p style=\"page-break-before: always; font-size: 18pt; font-weight: bold;\">"_s
        + esc(QCoreApplication::translate("Report", "Contents"))
        + u"</p><table width=\"100%\" cellpadding=\"3\">"_s;
    const QStringList titles = sectionTitles(b);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        // Without numbers the cell stays empty; PdfRenderer paints them in after its one layout.
        const QString page = i < pages.size() ? QString::number(pages[i]) : QString();
        html += u"<tr>"_s + cell(esc(titles[i])) + cell(page, u"align=\"right\" width=\"15%\""_s)
            + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

// Analysis of Competing Hypotheses: each hypothesis against each accepted evidence item,
// ranked by weighted inconsistency (least first).
QString hypothesisMatrix(const BottomLine &l)
{
    if (l.hypotheses.isEmpty())
        return {};
    QString html = u"<p><b>"_s + esc(QCoreApplication::translate("Report", "Competing hypotheses"))
        + u"</b> "_s
        + esc(QCoreApplication::translate("Report",
            "(+ consistent, \u2212 inconsistent, \u00b7 neutral; ranked by weighted inconsistency)"))
        + u"</p>"_s;
    QStringList headers{QCoreApplication::translate("Report", "Hypothesis")};
    headers << l.matrixColumns << QCoreApplication::translate("Report", "Inconsistency")
            << QCoreApplication::translate("Report", "Left");
    html += tableStart(headers);
    for (const HypothesisRow &h : l.hypotheses) {
        html += u"<tr>"_s + cell(esc(h.level == u"vendor" ? h.label : u"\u2003"_s + h.label));
        for (const QString &c : h.cells)
            html += cell(esc(c), u"align=\"center\""_s);
        html += cell(QString::number(h.inconsistency, 'g', 3), u"align=\"right\""_s)
            + cell(QString::number(h.surviving), u"align=\"right\""_s) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

// The column or row heading for export status; without a date the status means nothing, and
// the reader is told what to do instead of reading "unknown unknown".
QString statusAtText(const QDate &date)
{
    return date.isValid()
        ? QCoreApplication::translate("Report", "Export status at %1").arg(dateText(date))
        : QCoreApplication::translate("Report", "Export status");
}

// "controlled: H100 SXM5, H200; not controlled: H800 SXM5, H20".
QString outcomesHtml(const Briefing &b)
{
    QStringList parts;
    for (const OutcomeGroup &g : b.bottomLine.outcomes) {
        // The row's heading carries the date.
        const QString status = controlStatusText(g.status);
        parts << u"<b><font color=\""_s + outcomeColor(g.status) + u"\">"_s + esc(status)
                + u"</font></b>: "_s + scriptSpan(g.names.join(u", "_s));
    }
    return parts.join(u"; "_s);
}

QString claimsHtml(const BottomLine &l)
{
    QStringList names;
    for (const QString &n : l.claimedTraining)
        names << (l.claimDisputed.contains(n)
                ? QCoreApplication::translate("Report", "%1 (the code disagrees)").arg(n)
                : n);
    return scriptSpan(names.join(u", "_s));
}

QString bottomRow(const QString &label, const QString &html)
{
    return u"<tr>"_s + cell(esc(label)) + cell(html) + u"</tr>"_s;
}

QString exportRow(const Briefing &b)
{
    const BottomLine &l = b.bottomLine;
    if (!b.trainingDate.isValid())
        return bottomRow(statusAtText(b.trainingDate),
            u"<b><font color=\"#604000\">"_s + esc(noDateText()) + u"</font></b>"_s);
    if (l.tied && l.outcomes.size() > 1)
        return bottomRow(statusAtText(b.trainingDate), outcomesHtml(b));
    return bottomRow(statusAtText(b.trainingDate),
        statusHtml(l.exportStatus) + u"<br/>"_s + ruleHtml(l.exportStatus));
}

QString bottomLine(const Briefing &b)
{
    const BottomLine &l = b.bottomLine;
    QString html = heading(sectionTitles(b)[0], true);
    if (!l.summary.isEmpty())
        html += u"<p>"_s + scriptSpan(l.summary) + u"</p>"_s;
    if (l.tied)
        html += u"<p><b>"_s + esc(l.tieStatement) + u"</b></p>"_s;
    html += tableStart({QCoreApplication::translate("Report", "Question"),
        QCoreApplication::translate("Report", "Assessment")});
    const QString hardware = l.likelyHardware.isEmpty()
        ? QCoreApplication::translate("Report", "undetermined")
        : l.likelyHardware.join(u", "_s);
    html += bottomRow(QCoreApplication::translate("Report", "Likely hardware"),
        u"<b>"_s + scriptSpan(hardware) + u"</b>"_s);
    html += bottomRow(QCoreApplication::translate("Report", "Confidence"),
        u"<b>"_s + esc(confidencePhrase(l.confidence)) + u"</b>"_s
            + (l.confidenceBasis.isEmpty() ? QString()
                                           : u"<br/>"_s + scriptSpan(l.confidenceBasis)));
    html += exportRow(b);
    if (!l.claimedTraining.isEmpty())
        html += bottomRow(
            QCoreApplication::translate("Report", "The lab's training claims name"), claimsHtml(l));
    if (l.tied && !l.separatedBy.isEmpty())
        html +=
            bottomRow(QCoreApplication::translate("Report", "Evidence that would separate them"),
                esc(l.separatedBy));
    if (!l.labAlsoHas.isEmpty())
        html +=
            bottomRow(QCoreApplication::translate("Report", "Lab also has (not training evidence)"),
                scriptSpan(l.labAlsoHas.join(u", "_s)));
    return html + u"</table>"_s + hypothesisMatrix(l);
}

// The inputs with the items they came from, the chart, and each chip's reason in words.
QString computeSection(const ComputeSection &c, int index)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Report", text); };
    QString html = u"<h3>"_s + esc(tr("Compute plausibility: %1").arg(c.phase)) + u"</h3>"_s;
    html += u"<p>"_s
        + esc(tr("Inputs: %1. From evidence %2. Required model-FLOPs utilisation = 6 × active "
                 "parameters × tokens (plus up to 12.5% for attention and routing) / "
                 "(device-hours × 3600 × the chip's dense peak at that precision).")
                .arg(c.inputs.join(u"; "_s), c.evidenceIds.join(u", "_s)))
        + u"</p>"_s;
    if (!c.cannotAssess.isEmpty())
        return html + u"<p><b>"_s + esc(tr("Cannot assess: %1.").arg(c.cannotAssess)) + u"</b> "_s
            + esc(tr("The check changes nothing.")) + u"</p>"_s;
    if (c.rows.isEmpty())
        return html + u"<p>"_s + esc(tr("No candidate left to chart.")) + u"</p>"_s;
    for (int part = 0; part < mfuChartParts(c); ++part)
        html += u"<p>"_s + mfuChartMarker(index, part) + u"</p>"_s;
    html += tableStart({tr("Chip"), tr("Required share of peak"), tr("Band"), tr("Reason")});
    for (const ComputeRow &r : c.rows)
        html += u"<tr>"_s + cell(scriptSpan(r.chip))
            + cell(esc(Plausibility::mfuRangeText(r.mfuLow, r.mfuHigh)))
            + cell(esc(r.band)
                + (r.eliminated ? u" — <b>"_s + esc(tr("eliminated")) + u"</b>"_s : QString()))
            + cell(esc(r.explanation)) + u"</tr>"_s;
    return html + u"</table>"_s;
}

QString funnelSection(const Briefing &b)
{
    QString html = heading(sectionTitles(b)[1], true);
    html += u"<p>"_s
        + esc(QCoreApplication::translate("Report",
            "Each step applies a constraint implied by accepted evidence to the catalog of %n "
            "accelerators; the bars show how many candidates remain.",
            nullptr, b.catalogSize))
        + u"</p>"_s;
    html += u"<p>"_s + QString::fromUtf16(FunnelChartMarker) + u"</p>"_s;
    html += tableStart({QCoreApplication::translate("Report", "Step"),
        QCoreApplication::translate("Report", "Constraint"),
        QCoreApplication::translate("Report", "Evidence"),
        QCoreApplication::translate("Report", "Remaining"),
        QCoreApplication::translate("Report", "Eliminated")});
    int n = 0;
    for (const FunnelStep &s : b.funnel) {
        html += u"<tr>"_s + cell(QString::number(++n) + u". "_s + scriptSpan(s.label))
            + cell(u"<tt>"_s + esc(s.constraint) + u"</tt>"_s)
            + cell(esc(s.evidenceIds.join(u", "_s))) + cell(u"%1 → %2"_s.arg(s.before).arg(s.after))
            + cell(scriptSpan(s.eliminated.join(u", "_s))) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    for (int i = 0; i < b.compute.size(); ++i)
        html += computeSection(b.compute.at(i), i);
    return html;
}

QString candidatesSection(const Briefing &b)
{
    QString html = heading(sectionTitles(b)[2], true);
    html += tableStart({QCoreApplication::translate("Report", "Candidate"),
        QCoreApplication::translate("Report", "Vendor / architecture"),
        QCoreApplication::translate("Report", "Assessment"), statusAtText(b.trainingDate),
        QCoreApplication::translate("Report", "Deciding rule")});
    for (const Candidate &c : b.candidates) {
        html += u"<tr>"_s + cell(u"<b>"_s + scriptSpan(c.name) + u"</b>"_s)
            + cell(esc(c.vendor)
                + (c.architecture.isEmpty() ? QString() : u" / "_s + esc(c.architecture)))
            + cell(esc(c.assessment)) + cell(statusHtml(c.exportStatus))
            + cell(ruleHtml(c.exportStatus)) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString reviewHtml(const Briefing &b, const EvidenceItem &e)
{
    QString html = esc(reviewStatusText(e.review));
    if (e.review == ReviewStatus::Disputed || e.review == ReviewStatus::Rejected)
        html = u"<b><font color=\"#a00000\">"_s + esc(reviewStatusText(e.review).toUpper())
            + u"</font></b>"_s;
    if (!e.reviewer.isEmpty())
        html += u" ("_s + esc(identityText(b.provenance, e.reviewer)) + u")"_s;
    return html;
}

QString evidenceBlock(const Briefing &b, const EvidenceItem &e)
{
    QString html = u"<h3>"_s + esc(e.id) + u" — "_s + scriptSpan(e.summary) + u"</h3>"_s;
    if (!e.quote.isEmpty())
        html += u"<blockquote>“"_s + scriptSpan(e.quote) + u"”</blockquote>"_s;
    html += u"<table width=\"100%\" cellpadding=\"2\">"_s;
    const QString reliability = esc(reliabilityText(e.reliability))
        + (e.reliabilityNote.isEmpty() ? QString() : u" — "_s + scriptSpan(e.reliabilityNote));
    const QList<QPair<QString, QString>> rows = {
        {QCoreApplication::translate("Report", "Citation"),
            esc(sourceKindText(e.citation.kind)) + u": "_s
                + link(citationLink(e.citation), citationText(e.citation))},
        {QCoreApplication::translate("Report", "Implies"),
            u"<tt>"_s + esc(e.implies) + u"</tt> ("_s + esc(e.strength) + u")"_s},
        {QCoreApplication::translate("Report", "Observed"), esc(timeText(e.observedAt))},
        {QCoreApplication::translate("Report", "Reliability"), reliability},
        {QCoreApplication::translate("Report", "Review"), reviewHtml(b, e)},
    };
    for (const auto &[k, v] : rows)
        html += u"<tr>"_s + cell(u"<b>"_s + esc(k) + u"</b>"_s, u"width=\"18%\""_s) + cell(v)
            + u"</tr>"_s;
    html += u"</table>"_s;
    for (const Dissent &d : e.dissent)
        html += u"<p style=\"margin-left: 20px;\"><i>"_s
            + esc(QCoreApplication::translate("Report", "Dissent by %1, %2:")
                    .arg(identityText(b.provenance, d.reviewer), timeText(d.when)))
            + u"</i> "_s + scriptSpan(d.text) + u"</p>"_s;
    return html;
}

QString keyEvidenceSection(const Briefing &b)
{
    QString html = heading(sectionTitles(b)[3], true);
    bool any = false;
    for (const EvidenceItem &e : b.evidence) {
        if (e.key) {
            html += evidenceBlock(b, e);
            any = true;
        }
    }
    if (!any)
        html += u"<p>"_s
            + esc(QCoreApplication::translate("Report", "No evidence was marked as key."))
            + u"</p>"_s;
    return html;
}

QString disputedSection(const Briefing &b)
{
    QString html = heading(sectionTitles(b)[4], true);
    html += u"<p>"_s
        + esc(QCoreApplication::translate("Report",
            "Evidence a reviewer disputed or rejected, and every recorded dissent. Disputed "
            "evidence does not narrow the funnel."))
        + u"</p>"_s;
    html += tableStart({QCoreApplication::translate("Report", "Evidence"),
        QCoreApplication::translate("Report", "State"),
        QCoreApplication::translate("Report", "Dissent")});
    int rows = 0;
    for (const EvidenceItem &e : b.evidence) {
        if (e.review != ReviewStatus::Disputed && e.review != ReviewStatus::Rejected
            && e.dissent.isEmpty())
            continue;
        QString dissent;
        for (const Dissent &d : e.dissent)
            dissent += u"<p><i>"_s + esc(identityText(b.provenance, d.reviewer)) + u":</i> "_s
                + scriptSpan(d.text) + u"</p>"_s;
        html += u"<tr>"_s + cell(u"<b>"_s + esc(e.id) + u"</b> "_s + scriptSpan(e.summary))
            + cell(reviewHtml(b, e)) + cell(dissent) + u"</tr>"_s;
        ++rows;
    }
    html += u"</table>"_s;
    if (rows == 0)
        html += u"<p>"_s + esc(QCoreApplication::translate("Report", "No evidence is disputed."))
            + u"</p>"_s;
    return html;
}

QString timelineSection(const Briefing &b)
{
    QString html = heading(sectionTitles(b)[5], true);
    html += tableStart({QCoreApplication::translate("Report", "When (UTC)"),
        QCoreApplication::translate("Report", "Event"),
        QCoreApplication::translate("Report", "Evidence")});
    for (const TimelineEvent &t : b.timeline) {
        QString what =
            (t.removal
                    ? u"<b>"_s + esc(QCoreApplication::translate("Report", "Removed:")) + u"</b> "_s
                    : QString())
            + scriptSpan(t.title);
        if (!t.detail.isEmpty())
            what += u"<br/><small>"_s + scriptSpan(t.detail) + u"</small>"_s;
        html += u"<tr>"_s + cell(esc(timeText(t.when)), u"width=\"22%\""_s) + cell(what)
            + cell(esc(t.evidenceId)) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString methodSection(const Briefing &b)
{
    QString html = heading(sectionTitles(b)[6], true);
    html += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Method")) + u"</h2>"_s
        + paragraphs(b.method);
    html += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Limits")) + u"</h2>"_s
        + paragraphs(b.limits);
    return html;
}

} // namespace

QString briefingHtml(const Briefing &b, const QList<int> &tocPages)
{
    QString html = u"<html><body>"_s;
    html += titlePage(b) + tocPage(b, tocPages) + bottomLine(b) + funnelSection(b)
        + candidatesSection(b) + keyEvidenceSection(b) + disputedSection(b) + timelineSection(b)
        + methodSection(b) + appendixHtml(b);
    return html + u"</body></html>"_s;
}

namespace Html {
QString escape(const QString &t)
{
    return esc(t);
}
QString script(const QString &t)
{
    return scriptSpan(t);
}
QString td(const QString &h, const QString &a)
{
    return cell(h, a);
}
QString table(const QStringList &headers)
{
    return tableStart(headers);
}
QString h1(const QString &t)
{
    return heading(t, true);
}
QString anchor(const QUrl &url, const QString &t)
{
    return link(url, t);
}
QString when(const QDateTime &w)
{
    return timeText(w);
}
} // namespace Html

} // namespace ChipTrace::Report
