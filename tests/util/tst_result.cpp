// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace ChipTrace;

static Result<int> parsePositive(int v)
{
    if (v <= 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("must be positive: %1").arg(v));
    return v;
}

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void value_isReturnedWhenOk()
    {
        const auto r = parsePositive(5);
        QVERIFY(r.has_value());
        QCOMPARE(*r, 5);
        QVERIFY(r.message().isEmpty());
    }
    void error_carriesCodeAndMessage()
    {
        const auto r = parsePositive(-2);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::InvalidArgument);
        QCOMPARE(r.message(), QStringLiteral("must be positive: -2"));
        QCOMPARE(r.value_or(7), 7);
    }
    void status_defaultsToOk()
    {
        Status ok;
        QVERIFY(ok.has_value());
        Status bad = fail(ErrorCode::Io, QStringLiteral("disk"));
        QVERIFY(!bad);
        QCOMPARE(bad.code(), ErrorCode::Io);
    }
    // Asking a success for its error is a caller's bug: it must stop the program (debug build),
    // not read an empty optional. This binary, started again with a probe, does exactly that.
    void errorOfSuccess_asserts_data()
    {
        QTest::addColumn<QString>("probe");
        QTest::newRow("Status") << QStringLiteral("status");
        QTest::newRow("Result<int>") << QStringLiteral("result");
    }
    void errorOfSuccess_asserts()
    {
#ifdef QT_NO_DEBUG
        QSKIP("assertions are compiled out of this build");
#endif
        QFETCH(QString, probe);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TST_RESULT_PROBE"), probe);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(child.readAllStandardError().contains("the error of a success"),
            "the assertion names the mistake");
    }
};

// The probe: ask a success for its error. Returns normally only if nothing stops it.
static int probe(const QByteArray &which)
{
    if (which == "status") {
        const Status ok;
        return int(ok.error().code) + 10;
    }
    const Result<int> ok = parsePositive(3);
    return int(ok.code()) + 10;
}

int main(int argc, char **argv)
{
    if (const QByteArray which = qgetenv("TST_RESULT_PROBE"); !which.isEmpty())
        return probe(which);
    QCoreApplication app(argc, argv);
    TestResult test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_result.moc"
