// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Chain anchors (internal to core/casefile). A hash chain inside the file shows edits in the
// middle of the trail, but someone who cuts entries off its end (and the rows with them) leaves
// a valid, shorter chain. So every commit also records the chain head (sequence number and
// hash) outside the file, in the user's data folder, keyed by the case's absolute path; verify()
// checks that the recorded head is still in the chain.

#include <QString>

#include <optional>

namespace ChipTrace::Case::Anchor {

struct Head
{
    qint64 seq = 0;
    QString hash;
};

void record(const QString &casePath, const Head &head);
std::optional<Head> recorded(const QString &casePath);

} // namespace ChipTrace::Case::Anchor
