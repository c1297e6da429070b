// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstep.h"

#include "domain/vocabulary.h"
#include "scan/claimextractor.h"

namespace ChipTrace::Evidence {

// The scanner's ClaimExtractor (core/scan) does the finding, chip resolution and scope, so
// documents and repositories follow one set of claim rules (English, Chinese, Japanese).
namespace {

const Scan::ClaimExtractor &extractor()
{
    static const Scan::ClaimExtractor instance; // compiles its pattern once; thread-safe after
    return instance;
}

// As the repository scanner rates claims: a training claim is strong, anything else a hint.
QString strengthFor(Scan::ClaimScope scope)
{
    return ChipTrace::strengthName(scope == Scan::ClaimScope::Training ? ChipTrace::Strength::Strong
                                                                       : ChipTrace::Strength::Hint);
}

DocumentClaim fromClaim(const Scan::Claim &claim)
{
    DocumentClaim c;
    c.match = claim.spelling;
    c.sentence = claim.sentence.simplified();
    c.chips = claim.chips;
    c.scope = Scan::scopeName(claim.scope);
    c.strength = strengthFor(claim.scope);
    c.offset = int(claim.offset);
    c.length = int(claim.length);
    return c;
}

} // namespace

QList<DocumentClaim> extractClaims(
    const QList<TextSegment> &segments, const QList<StructuredClaim> &structured)
{
    QList<DocumentClaim> claims;
    for (int i = 0; i < segments.size(); ++i) {
        const TextSegment &seg = segments[i];
        // A PDF line break is layout, not the end of a sentence: "trained on 2,048\nH800 GPUs"
        // must keep its scope. Same length, so offsets still index seg.text.
        const QString text =
            seg.words.isEmpty() ? seg.text : QString(seg.text).replace(u'\n', u' ');
        for (const Scan::Claim &found : extractor().extract(text)) {
            DocumentClaim c = fromClaim(found);
            c.segment = i;
            c.locator = seg.locator;
            c.locator.boxes = boxesForRange(seg, c.offset, c.length);
            claims << c;
        }
    }
    for (const StructuredClaim &sc : structured) {
        for (const Scan::Claim &found : extractor().extract(sc.value)) {
            DocumentClaim c = fromClaim(found);
            // Model-card hardware fields describe the training run (the CO2 section says so).
            c.scope = Scan::scopeName(Scan::ClaimScope::Training);
            c.strength = strengthFor(Scan::ClaimScope::Training);
            c.sentence = sc.field + QStringLiteral(": ") + sc.value;
            c.field = sc.field;
            c.locator = sc.locator;
            claims << c;
        }
    }
    return claims;
}

} // namespace ChipTrace::Evidence
