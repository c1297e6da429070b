// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorpanel.h"

#include "casefile/casefile.h"
#include "evidenceeditor.h"
#include "models/evidencemodel.h"
#include "ruleindex.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ChipTrace::Ui {

static QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

static QString row(const QString &key, const QString &value)
{
    return value.isEmpty()
        ? QString()
        : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(key), value);
}

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_comment(new QLineEdit(this))
    , m_editor(new EvidenceEditor(this))
{
    setObjectName(QStringLiteral("inspectorPanel"));
    m_browser->setAccessibleName(tr("Inspector"));
    m_browser->setOpenExternalLinks(true);
    m_comment->setPlaceholderText(tr("Add a comment to this evidence and press Enter"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setEnabled(false);
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (m_evidenceId.isEmpty() || m_comment->text().trimmed().isEmpty())
            return;
        Q_EMIT commentSubmitted(m_evidenceId, m_comment->text().trimmed());
        m_comment->clear();
    });
    connect(m_editor, &EvidenceEditor::saveRequested, this, &InspectorPanel::evidenceEdited);
    connect(m_editor, &EvidenceEditor::deleteRequested, this, &InspectorPanel::deleteRequested);
    m_editor->setVisible(false);
    // The thread and the form share the height as the analyst drags it: a long discussion
    // needs more than the few lines left beside the form.
    m_split->setObjectName(QStringLiteral("inspectorSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_browser);
    m_split->addWidget(m_editor);
    m_split->setStretchFactor(0, 1); // a taller dock goes to the thread; the form keeps its size
    m_split->setStretchFactor(1, 0);
    m_browser->setMinimumHeight(m_browser->fontMetrics().lineSpacing() * 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_comment);
}

// Findings and the case summary have no review thread and no form.
void InspectorPanel::showNothingEditable()
{
    m_evidenceId.clear();
    m_comment->setEnabled(false);
    m_editor->setEvidence({});
    m_editor->setVisible(false);
}

// What the signature pack says about the finding's rule: why a hit counts, where to read more,
// when it misleads. Claims have no pack rule; the finding's own fields say enough then.
QString InspectorPanel::ruleHtml(const Case::FindingRecord &f) const
{
    const Signatures::Rule *rule = builtinRule(f.ruleId);
    if (!rule)
        return {};
    QString html = QStringLiteral("<h4>%1</h4><table>").arg(tr("Rule %1").arg(esc(rule->id)));
    html += row(tr("Title"), esc(rule->title));
    html += row(tr("Why"), esc(rule->rationale));
    html += row(tr("Implies"),
        rule->implies.isEmpty() ? tr("nothing (recorded only)")
                                : QStringLiteral("<code>%1</code>").arg(esc(rule->implies)));
    QStringList refs;
    for (const QString &r : rule->references)
        refs << (r.startsWith(QLatin1String("http"))
                ? QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(r))
                : esc(r));
    html += row(tr("References"), refs.join(QStringLiteral("<br/>")));
    QStringList misleads;
    for (const QString &fp : rule->falsePositives)
        misleads << esc(fp);
    html += row(tr("Can mislead"), misleads.join(QStringLiteral("<br/>")));
    return html + QStringLiteral("</table>");
}

void InspectorPanel::setCase(const Case::CaseFile *caseFile)
{
    m_case = caseFile;
    showCase();
}

QString InspectorPanel::html() const
{
    return m_browser->toHtml();
}

void InspectorPanel::showCase()
{
    showNothingEditable();
    m_findingId.clear();
    if (!m_case) {
        m_browser->setHtml(
            tr("<p>No case is open. Use <b>File › Open Demo Case</b> to try the method.</p>"));
        return;
    }
    const Case::CaseInfo info = m_case->info();
    QString html =
        QStringLiteral("<h3>%1</h3><p><i>%2</i></p>").arg(esc(info.title), esc(info.question));
    for (const QString &para : info.summary.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(esc(para).replace(u'\n', QStringLiteral("<br/>")));
    m_browser->setHtml(html);
}

void InspectorPanel::showFinding(const QString &findingId)
{
    const std::optional<Case::FindingRecord> f = m_case ? m_case->finding(findingId) : std::nullopt;
    if (!f)
        return showCase();
    showNothingEditable();
    m_findingId = findingId;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>").arg(esc(f->ruleId), esc(f->title));
    html += row(tr("Kind"), esc(f->kind)) + row(tr("Family"), esc(f->family))
        + row(tr("Strength"), esc(f->strength));
    html += row(tr("Implies"), QStringLiteral("<code>%1</code>").arg(esc(f->implies)));
    html += row(tr("Chips"), esc(f->chips.join(QStringLiteral(", "))));
    html += row(tr("Where"), esc(f->locator.toDisplayString()));
    html += row(tr("Context"), esc(f->context) + (f->vendored ? tr(" (vendored)") : QString()));
    html += row(tr("Text"), QStringLiteral("<code>%1</code>").arg(esc(f->text.trimmed())));
    if (f->firstDate.isValid())
        html += row(tr("First seen"),
            esc(QStringLiteral("%1 %2 by %3 (%4)")
                    .arg(f->firstDate.date().toString(Qt::ISODate), f->firstCommit.left(10),
                        f->firstAuthor, f->firstPath)));
    html += row(tr("At HEAD"),
        f->atHead ? tr("yes")
                  : tr("no — removed in %1 on %2")
                        .arg(esc(f->removedCommit.left(10)),
                            f->removedDate.date().toString(Qt::ISODate)));
    m_browser->setHtml(html + QStringLiteral("</table>") + ruleHtml(*f));
}

void InspectorPanel::showEvidence(const QString &evidenceId)
{
    const std::optional<Case::Evidence> e =
        m_case ? m_case->evidenceItem(evidenceId) : std::nullopt;
    if (!e)
        return showCase();
    // Refilling the form after every case change would throw away an edit in progress; after
    // a save (the form is what is stored) or an undo of it, it must follow the case.
    if (m_evidenceId != evidenceId || !m_editor->isModified() || !m_editor->differsFrom(*e))
        m_editor->setEvidence(*e);
    m_evidenceId = evidenceId;
    m_findingId.clear();
    m_comment->setEnabled(true);
    showEditor();
    const std::optional<Case::Source> source = m_case->source(e->sourceId);
    const std::optional<Case::Model> model = m_case->model(e->modelId);
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(tr("Evidence for %1").arg(esc(model ? model->name : QString())));
    html += row(tr("Quote"), QStringLiteral("<code>%1</code>").arg(esc(e->quote)));
    html += row(tr("Where"), esc(e->locator.toDisplayString()));
    html += row(tr("Source"), esc(source ? source->title : QString()));
    html += row(tr("Stance"), esc(Case::nameOf(e->stance)))
        + row(tr("Scope"), esc(Case::nameOf(e->scope)));
    html +=
        row(tr("Reliability"), esc(Case::nameOf(e->reliability) + Case::nameOf(e->credibility)));
    html += row(tr("Constraint"),
        QStringLiteral("<code>%1</code> (%2)")
            .arg(esc(e->constraint), esc(strengthName(e->strength))));
    html += row(tr("Rationale"), esc(e->rationale));
    html += row(tr("Review"), QStringLiteral("<b>%1</b>").arg(esc(reviewStatusText(e->status))));
    html += row(tr("Author"), esc(e->author));
    html += QStringLiteral("</table>") + threadHtml(evidenceId);
    // Evidence made from a finding keeps its rule's explanation at hand while reviewing.
    if (const auto f = e->findingId.isEmpty() ? std::nullopt : m_case->finding(e->findingId))
        html += ruleHtml(*f);
    m_browser->setHtml(html);
}

// The form was hidden (a finding, the case): the splitter gave it no room, so it gets the room
// it asks for again, the thread keeping the rest.
void InspectorPanel::showEditor()
{
    if (!m_editor->isHidden())
        return;
    m_editor->setVisible(true);
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int want = std::min(m_editor->sizeHint().height(), total - m_browser->minimumHeight());
    if (total > 0 && sizes.value(1) < want)
        m_split->setSizes({total - want, want});
}

// Verdicts (with their notes) and comments, oldest first.
QString InspectorPanel::threadHtml(const QString &evidenceId) const
{
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(tr("Review thread"));
    struct Entry
    {
        QDateTime at;
        QString text;
    };
    QList<Entry> thread;
    for (const Case::Review &r : m_case->reviews(evidenceId))
        thread.append({r.at,
            r.note.trimmed().isEmpty()
                ? tr("<b>%1</b> %2").arg(esc(r.reviewer), esc(Case::nameOf(r.verdict)))
                : tr("<b>%1</b> %2: %3")
                      .arg(esc(r.reviewer), esc(Case::nameOf(r.verdict)), esc(r.note))});
    for (const Case::Comment &c : m_case->comments(evidenceId))
        thread.append({c.at, tr("<b>%1</b>: %2").arg(esc(c.author), esc(c.text))});
    std::stable_sort(
        thread.begin(), thread.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    for (const Entry &t : thread)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(t.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), t.text);
    if (thread.isEmpty())
        html += QStringLiteral("<li><i>%1</i></li>").arg(tr("No reviews or comments yet."));
    return html + QStringLiteral("</ul>");
}

} // namespace ChipTrace::Ui
