// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog previews the exact PDF it writes: pages appear off the GUI thread, a new
// marking re-renders, and Export writes a file whose text carries that marking.

#include "briefingfixture.h"
#include "report/briefingexportdialog.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChipTrace;

class TestBriefingExportDialog : public QObject
{
    Q_OBJECT

private:
    static bool notBlank(const QImage &image)
    {
        int ink = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                ink += qGray(image.pixel(x, y)) < 200;
        return ink > 50;
    }

private Q_SLOTS:
    void preview_showsEveryPageAndExportWritesIt()
    {
        BriefingExportDialog dialog(Test::sampleBriefing(6, 20));
        QSignalSpy ready(&dialog, &BriefingExportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        QVERIFY(dialog.previewPageCount() > 5);
        for (const QImage &page : dialog.previewPages())
            QVERIFY(notBlank(page));
        const int pagesBefore = dialog.previewPageCount();

        dialog.setMarking(u"PREVIEW MARKING 预览"_s);
        QVERIFY(ready.wait(60000));
        QCOMPARE(dialog.previewPageCount(), pagesBefore);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.pdf"_s);
        QVERIFY(dialog.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const Test::ProcessResult text = Test::run(u"pdftotext"_s, {path, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(u"PREVIEW MARKING 预览"_s));
    }
};

QTEST_MAIN(TestBriefingExportDialog)
#include "tst_briefingexportdialog.moc"
