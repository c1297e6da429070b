// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/desktopnotifier.h"

#include "models/watchchangesmodel.h"
#include "watch/watch.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSet>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace ChipTrace::Ui {

Notification watchNotification(const QList<Case::WatchChange> &changes)
{
    QStringList lines;
    QSet<QString> repos;
    for (const Case::WatchChange &c : changes) {
        if (!Watch::withdrawsEvidence(c))
            continue;
        repos.insert(c.repo);
        lines << u"%1: %2:%3 %4"_s.arg(watchKindTitle(c.kind), c.path).arg(c.line).arg(c.text);
    }
    if (lines.isEmpty())
        return {};
    constexpr int shown = 5; // a notification is a nudge, the panel has the rest
    const qsizetype total = lines.size();
    if (total > shown) {
        lines = lines.mid(0, shown);
        lines << QCoreApplication::translate("ChipTrace::Ui::DesktopNotifier", "and %1 more")
                     .arg(total - shown);
    }
    return {QCoreApplication::translate("ChipTrace::Ui::DesktopNotifier",
                "ChipTrace: hardware evidence withdrawn in %n repository(ies)", nullptr,
                int(repos.size())),
        lines.join(u'\n')};
}

bool DesktopNotifier::send(const Notification &n)
{
    if (n.isEmpty())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
        u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"Notify"_s);
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (ms)
    call << u"ChipTrace"_s << uint(0) << u"chiptrace"_s << n.summary << n.body << QStringList()
         << QVariantMap{{u"urgency"_s, QVariant::fromValue(uchar(1))}} << int(-1);
    return bus.send(call);
}

} // namespace ChipTrace::Ui
