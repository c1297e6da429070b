// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the evidence parsers: feeds mutated fixtures (bit flips, cuts, splices,
// inserted junk, changed digits) to one importer plugin for a bounded number of iterations and
// seconds. It fails on a crash or hang (ctest's timeout), on an error without a message, and
// on a result whose locators point outside its own text. Deterministic for a given --seed.
//
//   evidence_fuzz --parser warc|wacz|html|markdown|pdf [--iterations N] [--seconds S] [--seed X]

#include "evidence/importerregistry.h"
#include "evidencefixtures.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

namespace {

QList<QByteArray> seedsFor(const QString &parser)
{
    const auto a = Test::responseRecord(QStringLiteral("https://x.org/a"),
        QStringLiteral("2023-05-01T10:00:00Z"), "<h1>A</h1><p>trained on 2,048 H800 GPUs</p>",
        true);
    const auto b = Test::responseRecord(QStringLiteral("https://x.org/b"),
        QStringLiteral("2023-05-01T10:00:01Z"), "<p>910B</p>", false, true);
    const auto r = Test::revisitRecord(a, QStringLiteral("2024-01-01T00:00:00Z"));
    if (parser == u"warc")
        return {Test::warcFile({a, b, r}, false), Test::warcFile({a, b, r}, true),
            Test::warcFile({b}, true)};
    if (parser == u"wacz")
        return {Test::waczFile(
            {qMakePair(QStringLiteral("archive/a.warc.gz"), Test::warcFile({a, r}, true))})};
    if (parser == u"html")
        return {Test::htmlPage(), "<p>a<b>c</b>&#x41;&amp;</p><h2>x</h2><script>y"};
    if (parser == u"markdown")
        return {
            Test::modelCard(), "---\na: &x [*x, *x]\nhardware: {gpu: H800}\n---\n# T\n\ntext\n"};
    if (parser == u"pdf")
        return {Test::pdfFile(
            {QStringLiteral("trained on 2,048 H800 GPUs"), QStringLiteral("page two")})};
    return {};
}

QByteArray mutate(QByteArray data, const QList<QByteArray> &seeds, QRandomGenerator &rng)
{
    const int rounds = 1 + int(rng.bounded(4));
    for (int i = 0; i < rounds && !data.isEmpty(); ++i) {
        const qsizetype at = qsizetype(rng.bounded(quint32(data.size())));
        switch (rng.bounded(7)) {
        case 0:
            data[at] = char(data[at] ^ (1 << rng.bounded(8)));
            break;
        case 1:
            data.truncate(at);
            break;
        case 2:
            data.remove(at, qsizetype(rng.bounded(64u)));
            break;
        case 3: {
            QByteArray junk(qsizetype(rng.bounded(32u)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            data.insert(at, junk);
            break;
        }
        case 4:
            data.insert(at, data.mid(qsizetype(rng.bounded(quint32(data.size()))), 128));
            break;
        case 5: {
            const QByteArray &other = seeds[rng.bounded(qsizetype(seeds.size()))];
            data = data.left(at)
                + other.mid(qsizetype(rng.bounded(quint32(qMax<qsizetype>(1, other.size())))));
            break;
        }
        default:
            if (const qsizetype d = data.indexOf("Length: ", at); d >= 0)
                data.insert(d + 8, QByteArray::number(rng.bounded(100000)));
            break;
        }
    }
    return data;
}

// A result must describe itself consistently whatever the input.
QString inconsistency(const ParsedDocument &doc)
{
    for (const TextSegment &s : doc.segments) {
        for (const WordBox &w : s.words) {
            if (w.start < 0 || w.length < 0 || w.start + w.length > s.text.size())
                return QStringLiteral("word box outside its segment text");
        }
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the PDF seed is drawn with fonts
    QCommandLineParser cli;
    cli.addOptions({{QStringLiteral("parser"), QStringLiteral("warc|wacz|html|markdown|pdf"),
                        QStringLiteral("name")},
        {QStringLiteral("iterations"), QStringLiteral("inputs to try"), QStringLiteral("n"),
            QStringLiteral("500")},
        {QStringLiteral("seconds"), QStringLiteral("time bound"), QStringLiteral("s"),
            QStringLiteral("30")},
        {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("x"),
            QStringLiteral("20241123")}});
    cli.process(app);
    QTextStream out(stdout);
    const QString parser = cli.value(QStringLiteral("parser"));
    const QList<QByteArray> seeds = seedsFor(parser);
    if (seeds.isEmpty()) {
        out << "unknown --parser " << parser << Qt::endl;
        return 2;
    }
    static const QHash<QString, QString> fileNames = {
        {QStringLiteral("warc"), QStringLiteral("f.warc.gz")},
        {QStringLiteral("wacz"), QStringLiteral("f.wacz")},
        {QStringLiteral("html"), QStringLiteral("f.html")},
        {QStringLiteral("markdown"), QStringLiteral("f.md")},
        {QStringLiteral("pdf"), QStringLiteral("f.pdf")}};
    ImporterRegistry registry;
    registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
    auto choice = registry.importerFor(fileNames.value(parser), seeds.first().left(4096));
    if (!choice) {
        out << "no importer: " << choice.message() << Qt::endl;
        return 3;
    }
    ImportContext context;
    context.fileName = fileNames.value(parser);
    QRandomGenerator rng(cli.value(QStringLiteral("seed")).toUInt());
    const int iterations = cli.value(QStringLiteral("iterations")).toInt();
    const qint64 limitMs = cli.value(QStringLiteral("seconds")).toLongLong() * 1000;
    QElapsedTimer timer;
    timer.start();
    int parsed = 0, refused = 0, i = 0;
    for (; i < iterations && timer.elapsed() < limitMs; ++i) {
        const QByteArray input = mutate(seeds[rng.bounded(qsizetype(seeds.size()))], seeds, rng);
        auto result = choice->importer->parse(input, context);
        if (!result && result.message().trimmed().isEmpty()) {
            out << "iteration " << i << ": error without a message" << Qt::endl;
            return 1;
        }
        if (result && !inconsistency(*result).isEmpty()) {
            out << "iteration " << i << ": " << inconsistency(*result) << Qt::endl;
            return 1;
        }
        (result ? parsed : refused)++;
    }
    out << "fuzz " << parser << ": " << i << " inputs, " << parsed << " parsed, " << refused
        << " refused" << Qt::endl;
    return 0;
}
