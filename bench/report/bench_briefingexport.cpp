// SPDX-License-Identifier: GPL-3.0-or-later
// Times the PDF export of a large briefing: 200 evidence items (all key, so each gets its full
// citation block) and 1,000 findings. Prints the median of a few runs per phase; asserts nothing.
//   bench_briefingexport [evidence=200] [findings=1000] [runs=3] [output.pdf]

#include "briefingfixture.h"
#include "report/pdfrenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace ChipTrace;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int evidence = args.value(1, QStringLiteral("200")).toInt();
    const int findings = args.value(2, QStringLiteral("1000")).toInt();
    const int runs = std::max(1, args.value(3, QStringLiteral("3")).toInt());
    const QString output = args.value(4);

    Report::Briefing briefing = Test::sampleBriefing(evidence, findings);
    for (Report::EvidenceItem &e : briefing.evidence)
        e.key = true;

    QList<qint64> times;
    Report::RenderedBriefing last;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto rendered = Report::PdfRenderer().render(briefing);
        times << timer.elapsed();
        if (!rendered) {
            QTextStream(stderr) << rendered.message() << Qt::endl;
            return 1;
        }
        last = *rendered;
    }
    std::sort(times.begin(), times.end());
    QTextStream out(stdout);
    out << "briefing export: " << evidence << " evidence, " << findings << " findings -> "
        << last.pageCount << " pages, " << last.pdf.size() / 1024 << " KiB; median "
        << times[times.size() / 2] << " ms over " << runs << " run(s) (min " << times.first()
        << ", max " << times.last() << ")" << Qt::endl;
    if (!output.isEmpty()) {
        QFile file(output);
        if (file.open(QIODevice::WriteOnly))
            file.write(last.pdf);
    }
    return 0;
}
