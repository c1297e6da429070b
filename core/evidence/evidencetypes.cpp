// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetypes.h"

#include <QRegularExpression>

namespace ChipTrace::Evidence {

namespace {
struct DocumentKindName
{
    DocumentKind kind;
    const char16_t *name;
};
constexpr DocumentKindName kindNames[] = {
    {DocumentKind::Paper, u"paper"},
    {DocumentKind::ArchivedPage, u"archived-page"},
    {DocumentKind::WebPage, u"web-page"},
    {DocumentKind::ModelCard, u"model-card"},
    {DocumentKind::Document, u"document"},
};
} // namespace

QString documentKindName(DocumentKind kind)
{
    for (const auto &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return QStringLiteral("document");
}

std::optional<DocumentKind> documentKindFromName(const QString &name)
{
    for (const auto &k : kindNames) {
        if (name.compare(QString::fromUtf16(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QString Locator::citation() const
{
    QStringList parts;
    if (page > 0)
        parts << (pageLabel.isEmpty() || pageLabel == QString::number(page)
                ? QStringLiteral("p. %1").arg(page)
                : QStringLiteral("p. %1 (page %2 of the file)").arg(pageLabel).arg(page));
    if (!targetUri.isEmpty()) {
        QString archived = targetUri;
        if (captureDate.isValid())
            archived +=
                QStringLiteral(" (archived %1").arg(captureDate.toUTC().toString(Qt::ISODate))
                + (recordId.isEmpty() ? QString() : QStringLiteral(", record ") + recordId) + u')';
        parts << archived;
    }
    if (!headingPath.isEmpty())
        parts << QStringLiteral("§ ") + headingPath.join(QStringLiteral(" > "));
    return parts.join(QStringLiteral(", "));
}

QList<QRectF> boxesForRange(const TextSegment &segment, int offset, int length)
{
    QList<QRectF> boxes;
    const int end = offset + length;
    for (const WordBox &w : segment.words) {
        if (w.start < end && w.start + w.length > offset)
            boxes << w.box;
    }
    return boxes;
}

std::optional<TextHit> findText(const QList<TextSegment> &segments, const QString &needle)
{
    const QStringList words = needle.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w);
    const QRegularExpression re(
        escaped.join(QStringLiteral("\\s+")), QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < segments.size(); ++i) {
        const auto m = re.match(segments[i].text);
        if (!m.hasMatch())
            continue;
        TextHit hit;
        hit.segment = i;
        hit.offset = int(m.capturedStart());
        hit.length = int(m.capturedLength());
        hit.locator = segments[i].locator;
        hit.locator.boxes = boxesForRange(segments[i], hit.offset, hit.length);
        return hit;
    }
    return std::nullopt;
}

} // namespace ChipTrace::Evidence
