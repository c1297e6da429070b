// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading and writing the catalog's text forms: the CSV the catalog is stored in (records with
// their line numbers, cells for figures and flags) and the JSON and CSV the `catalog` command
// prints. JSON keys are stable (documented in the README).

#include "catalog/accelerator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChipTrace::Catalog {

class Catalog;

struct CsvRecord
{
    int line = 0; // 1-based line the record starts on
    QStringList fields;
};

// RFC 4180 CSV; lines starting with '#' and blank lines are skipped. Returns nullopt and sets
// `errorLine` on an unterminated quote.
std::optional<QList<CsvRecord>> readCsv(const QByteArray &data, int *errorLine);
QString csvEscape(const QString &field);

// Cell grammar: "123.4", "123.4~" (unverified), "123.4 [1,3]" (sources), "?" unknown, "n/a".
// Returns an error text (for "file:line: field 'x': ...") or empty on success.
QString parseFigureCell(const QString &cell, Figure *figure);
QString parseFlagCell(const QString &cell, Flag *flag);
QString figureCell(const Figure &figure);
QString flagCell(const Flag &flag);

QJsonObject figureToJson(
    const Figure &figure); // {"value": number|null|"n/a", "unverified", "sources"}
QJsonObject flagToJson(const Flag &flag);
QJsonObject acceleratorToJson(const Accelerator &chip);
QByteArray catalogToCsv(const Catalog &catalog);

} // namespace ChipTrace::Catalog
