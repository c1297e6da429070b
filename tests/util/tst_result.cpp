#include "util/result.h"

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
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
