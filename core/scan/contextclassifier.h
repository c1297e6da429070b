// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Classifies where a hit sits in a file (code, comment, string, or prose) with
// KSyntaxHighlighting's tokeniser: the file name picks the syntax definition, each line is
// tokenised, and the text style of the token under the hit decides. Documentation and plain text
// files are prose throughout. One definition repository per thread, because KSyntaxHighlighting's
// Repository is not meant to be shared across threads. Also says which paths are vendored.

#include "scan/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ChipTrace::Scan {

struct TextPosition
{
    int line = 0; // 0-based
    int column = 0; // 0-based, UTF-16 code units in that line
};

class ContextClassifier
{
public:
    // Contexts of `positions` in the UTF-8 file `data` named `path`.
    static QList<HitContext> classify(
        const QString &path, const QByteArray &data, const QList<TextPosition> &positions);
    // README, docs, model cards, plain text: where claims are read and everything is prose.
    static bool isProsePath(const QString &path);
    // Config-like files (YAML, JSON, TOML, INI) that can also state hardware in words.
    static bool isConfigPath(const QString &path);
};

// True for paths inside third-party code: third_party/, vendor/, external/, 3rdparty/,
// node_modules/, site-packages/, csrc/cutlass/ and similar.
bool isVendoredPath(const QString &path);

} // namespace ChipTrace::Scan
