// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Precompiled once for all tests (CHIPTRACE_FAST_BUILD): the Qt and standard headers most of
// them include. Only stable system headers belong here; a test still includes what it uses.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
