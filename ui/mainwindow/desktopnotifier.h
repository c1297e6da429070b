// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Desktop notifications (freedesktop.org org.freedesktop.Notifications over the session D-Bus)
// for what the watch found withdrawn: removed and rewritten hardware lines and changed claims.
// Additions are left to the Changes panel: an analyst is interrupted only for what a lab took
// back. Sent asynchronously: without a notification daemon (or a session bus) nothing waits
// and nothing fails; the Changes panel has the same information.

#include "casefile/watchlist.h"

#include <QString>

namespace ChipTrace::Ui {

struct Notification
{
    QString summary;
    QString body;
    bool isEmpty() const { return summary.isEmpty(); }
};

// What one notification says about a round's changes; empty when nothing was withdrawn.
Notification watchNotification(const QList<Case::WatchChange> &changes);

class DesktopNotifier
{
public:
    // False when no session bus is reachable (the notification is dropped, not queued).
    static bool send(const Notification &notification);
};

} // namespace ChipTrace::Ui
