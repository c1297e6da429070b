// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/findingspanel.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

static Case::FindingRecord finding(const QString &id, const QString &family,
    const QString &strength, bool atHead, const QString &context = QStringLiteral("code"),
    bool vendored = false)
{
    Case::FindingRecord f;
    f.id = id;
    f.sourceId = QStringLiteral("repo");
    f.kind = QStringLiteral("signature");
    f.ruleId = family + QStringLiteral(".rule");
    f.family = family;
    f.strength = strength;
    f.context = context;
    f.vendored = vendored;
    f.atHead = atHead;
    f.locator.path = QStringLiteral("src/%1.py").arg(id);
    f.locator.line = 3;
    f.text = QStringLiteral("text of %1").arg(id);
    if (!atHead)
        f.removedDate = QDateTime(QDate(2024, 1, 16), QTime(12, 0), QTimeZone::UTC);
    return f;
}

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void pendingRows_comeAndGo_andTheFamilyFilterFollows()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FindingsPanel panel(&model);
        QComboBox *families = nullptr;
        for (QComboBox *box : panel.findChildren<QComboBox *>())
            if (box->accessibleName() == u"Filter by family")
                families = box;
        QVERIFY(families);
        model.setFindings(
            {finding(QStringLiteral("a"), QStringLiteral("nccl"), QStringLiteral("strong"), true)});
        QCOMPARE(model.appendPending({finding(QStringLiteral("a"), QStringLiteral("nccl"),
                                          QStringLiteral("strong"), true),
                     finding(QStringLiteral("b"), QStringLiteral("zeta"), QStringLiteral("hint"),
                         true)}),
            1); // "a" is already a finding of the case
        QCOMPARE(model.appendPending({finding(
                     QStringLiteral("c"), QStringLiteral("bf16"), QStringLiteral("hint"), true)}),
            1);
        QCOMPARE(model.pendingCount(), 2);
        QVERIFY(!model.isPending(0));
        QVERIFY(model.isPending(2));
        QCOMPARE(model.index(2, FindingsModel::StateCol).data().toString(),
            QStringLiteral("found, scan running"));
        QStringList shown;
        for (int i = 1; i < families->count(); ++i)
            shown << families->itemText(i);
        QCOMPARE(shown,
            (QStringList{QStringLiteral("bf16"), QStringLiteral("nccl"), QStringLiteral("zeta")}));
        model.dropPending();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
    }
    void findings_streamInAndFilter()
    {
        FindingsModel model;
        FindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendFindings(
            {finding(QStringLiteral("a"), QStringLiteral("nccl"), QStringLiteral("strong"), true)});
        model.appendFindings(
            {finding(QStringLiteral("b"), QStringLiteral("bf16"), QStringLiteral("proof"), false),
                finding(QStringLiteral("c"), QStringLiteral("nccl"), QStringLiteral("hint"), true,
                    QStringLiteral("comment"), true)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
        QCOMPARE(model.families(), (QStringList{QStringLiteral("bf16"), QStringLiteral("nccl")}));
        filter.setFamily(QStringLiteral("nccl"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumStrength(1);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFamily({});
        filter.setMinimumStrength(0);
        filter.setPresence(FindingsFilterModel::Presence::Removed);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(FindingsModel::IdRole).toString(), QStringLiteral("b"));
        QVERIFY(filter.index(0, FindingsModel::StateCol)
                .data()
                .toString()
                .contains(QStringLiteral("2024-01-16")));
        filter.setPresence(FindingsFilterModel::Presence::Any);
        filter.setShowVendored(false);
        QCOMPARE(filter.rowCount(), 2);
        filter.setVendored(FindingsFilterModel::Vendored::Only);
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, 0).data(FindingsModel::VendoredRole).toBool());
        filter.setShowVendored(true);
        QCOMPARE(filter.rowCount(), 3);
        filter.setContext(QStringLiteral("comment"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setContext({});
        filter.setSearchText(QStringLiteral("TEXT OF B"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText({});
    }
    void findings_sortByStrengthWeightNotAlphabet()
    {
        FindingsModel model;
        FindingsFilterModel filter;
        filter.setSourceModel(&model);
        model.setFindings(
            {finding(QStringLiteral("h"), QStringLiteral("x"), QStringLiteral("hint"), true),
                finding(QStringLiteral("p"), QStringLiteral("x"), QStringLiteral("proof"), true),
                finding(QStringLiteral("s"), QStringLiteral("x"), QStringLiteral("strong"), true)});
        filter.sort(FindingsModel::StrengthCol, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(FindingsModel::IdRole).toString(), QStringLiteral("p"));
        QCOMPARE(filter.index(1, 0).data(FindingsModel::IdRole).toString(), QStringLiteral("s"));
        QCOMPARE(filter.index(2, 0).data(FindingsModel::IdRole).toString(), QStringLiteral("h"));
    }
    void findings_markThoseAlreadyEvidence_withoutAReset()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvidenceUse(
            {{QStringLiteral("b"), {QStringLiteral("TinyLM-7B")}}}); // before the findings: kept
        model.setFindings(
            {finding(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("hint"), true),
                finding(QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("strong"), true)});
        QCOMPARE(model.index(1, FindingsModel::EvidenceCol).data().toString(),
            QStringLiteral("TinyLM-7B"));
        QVERIFY(model.index(0, FindingsModel::EvidenceCol).data().toString().isEmpty());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEvidenceUse(
            {{QStringLiteral("a"), {QStringLiteral("TinyLM-7B"), QStringLiteral("Other")}}});
        QCOMPARE(resets.size(), 0); // the analyst's selection in the table survives
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, FindingsModel::EvidenceCol).data().toString(),
            QStringLiteral("TinyLM-7B, Other"));
        QCOMPARE(
            model.index(0, 0).data(FindingsModel::EvidenceModelsRole).toStringList().size(), 2);
        QVERIFY(model.index(1, FindingsModel::EvidenceCol).data().toString().isEmpty());
        QCOMPARE(model.headerData(FindingsModel::EvidenceCol, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            QStringLiteral("Evidence"));
    }
    void evidence_groupsByModelAndStance()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto row = [](const QString &id, const QString &modelId, Case::Stance stance,
                       Case::ReviewStatus status) {
            EvidenceRow r;
            r.evidence.id = id;
            r.evidence.modelId = modelId;
            r.evidence.stance = stance;
            r.evidence.status = status;
            r.evidence.constraint = QStringLiteral("vendor = NVIDIA");
            r.label = QStringLiteral("label %1").arg(id);
            return r;
        };
        const QHash<QString, QString> names{{QStringLiteral("m1"), QStringLiteral("TinyLM-7B")},
            {QStringLiteral("m2"), QStringLiteral("Other")}};
        model.setEvidence({row(QStringLiteral("e1"), QStringLiteral("m1"), Case::Stance::Supports,
                               Case::ReviewStatus::Accepted),
                              row(QStringLiteral("e2"), QStringLiteral("m1"),
                                  Case::Stance::Contradicts, Case::ReviewStatus::Disputed),
                              row(QStringLiteral("e3"), QStringLiteral("m1"),
                                  Case::Stance::Supports, Case::ReviewStatus::Proposed),
                              row(QStringLiteral("e4"), QStringLiteral("m2"),
                                  Case::Stance::Supports, Case::ReviewStatus::Rejected)},
            names);
        QCOMPARE(model.rowCount(), 3); // (m1, supports), (m1, contradicts), (m2, supports)
        QCOMPARE(model.itemCount(), 4);
        const QModelIndex e3 = model.indexOf(QStringLiteral("e3"));
        QVERIFY(e3.isValid());
        QCOMPARE(e3.parent().data().toString(), QStringLiteral("TinyLM-7B · supports (2)"));
        QCOMPARE(model.index(e3.row(), EvidenceModel::ReviewCol, e3.parent()).data().toString(),
            QStringLiteral("proposed"));
        const QModelIndex e2 = model.indexOf(QStringLiteral("e2"));
        QCOMPARE(model.index(e2.row(), EvidenceModel::ReviewCol, e2.parent()).data().toString(),
            QStringLiteral("disputed"));
        QCOMPARE(model.row(e2)->evidence.id, QStringLiteral("e2"));
        QVERIFY(model.row(e2.parent()) == nullptr);
        // Stance and scope have columns of their own.
        QCOMPARE(e2.siblingAtColumn(EvidenceModel::StanceCol).data().toString(),
            QStringLiteral("contradicts"));
        QCOMPARE(e2.siblingAtColumn(EvidenceModel::ScopeCol).data().toString(),
            QStringLiteral("training"));
        // A chosen candidate: each item says whether it bears for or against it, in the header too.
        QVERIFY(e2.siblingAtColumn(EvidenceModel::BearingCol).data().isNull());
        model.setBearing(QStringLiteral("H800"), {QStringLiteral("e3")}, {QStringLiteral("e2")});
        QCOMPARE(
            model.headerData(EvidenceModel::BearingCol, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("On H800"));
        QCOMPARE(e2.siblingAtColumn(EvidenceModel::BearingCol).data().toString(),
            QStringLiteral("against"));
        QCOMPARE(
            e3.siblingAtColumn(EvidenceModel::BearingCol).data().toString(), QStringLiteral("for"));
        model.setBearing({}, {}, {});
        QVERIFY(e3.siblingAtColumn(EvidenceModel::BearingCol).data().isNull());
        model.setEvidence({}, names);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
