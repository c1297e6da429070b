// SPDX-License-Identifier: GPL-3.0-or-later
// Sites: where a path sits decides what a line in it is worth. Training launchers and configs
// are the lab's practice, portability guides name other hardware, data and templates never speak
// for the lab.

#include "scan/site.h"

#include <QTest>

using namespace ChipTrace::Scan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChipTrace::Scan::Site)

class TestSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteOf_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Site>("site");
        QTest::newRow("launcher") << u"train/train.sh"_s << Site::Training;
        QTest::newRow("example launcher") << u"examples/pretrain_demo.sh"_s << Site::Training;
        QTest::newRow("deepspeed config") << u"examples/ds_zero3_offload.json"_s << Site::Training;
        QTest::newRow("training py") << u"finetune/finetune_hf.py"_s << Site::Training;
        QTest::newRow("config dir") << u"configs/model_7b.yaml"_s << Site::Training;
        QTest::newRow("modelling code") << u"modeling/attention.py"_s << Site::Code;
        QTest::newRow("readme") << u"README.md"_s << Site::Docs;
        QTest::newRow("readme zh") << u"README_CN.md"_s << Site::Docs;
        QTest::newRow("docs") << u"docs/training.md"_s << Site::Docs;
        QTest::newRow("npu readme") << u"README_npu.md"_s << Site::Guide;
        QTest::newRow("ascend doc") << u"docs/ascend/quickstart.md"_s << Site::Guide;
        QTest::newRow("rocm doc") << u"docs/zh/rocm.md"_s << Site::Guide;
        QTest::newRow("jsonl data") << u"examples/data/car_train.jsonl"_s << Site::Data;
        QTest::newRow("json under data") << u"data/prompts/sample.json"_s << Site::Data;
        QTest::newRow("csv") << u"eval/results.csv"_s << Site::Data;
        QTest::newRow("json in a named data folder")
            << u"finetune/factory_data/dpo_demo.json"_s << Site::Data;
        QTest::newRow("launcher in a data-prep folder")
            << u"scripts/prepare_data/run.sh"_s << Site::Training;
        QTest::newRow("vendored") << u"third_party/megatron/train.sh"_s << Site::Vendored;
        QTest::newRow("copied env reporter") << u"utils/collect_env.py"_s << Site::Vendored;
        QTest::newRow("copied project") << u"Ollama/make/Makefile.rocm"_s << Site::Vendored;
        QTest::newRow("npu port folder") << u"ascend-support/run_docker.sh"_s << Site::Guide;
        QTest::newRow("dcu port folder") << u"dcu-support/package/setup.py"_s << Site::Guide;
        QTest::newRow("intel demo folder")
            << u"Intel_device_demo/ipex_demo/generate.py"_s << Site::Guide;
        QTest::newRow("npu in a file name only") << u"train/train_npu.py"_s << Site::Training;
        QTest::newRow("not a hardware word") << u"amdahl/train.sh"_s << Site::Training;
        QTest::newRow("gettext catalogue")
            << u"docs/locales/zh_CN/LC_MESSAGES/training.po"_s << Site::Docs;
        QTest::newRow("tests") << u"tests/test_dist.py"_s << Site::Test;
        QTest::newRow("workflow") << u".github/workflows/ci.yml"_s << Site::CI;
        QTest::newRow("issue template")
            << u".github/ISSUE_TEMPLATE/bug_report.md"_s << Site::Template;
        // Words inside longer words are not hardware: "macro", "temple", "amdahl".
        QTest::newRow("not a guide") << u"docs/macros.md"_s << Site::Docs;
    }
    void siteOf()
    {
        QFETCH(QString, path);
        QFETCH(Site, site);
        QCOMPARE(ChipTrace::Scan::siteOf(path), site);
    }

    void names_roundTrip()
    {
        for (Site s : {Site::Training, Site::Code, Site::Docs, Site::Guide, Site::Vendored,
                 Site::Data, Site::Test, Site::CI, Site::Template})
            QCOMPARE(siteFromName(siteName(s)), s);
        QVERIFY(!siteFromName(u"elsewhere"_s));
    }

    void claimsAndFirstParty()
    {
        QVERIFY(mayClaim(Site::Docs));
        QVERIFY(mayClaim(Site::Guide));
        QVERIFY(!mayClaim(Site::Data));
        QVERIFY(!mayClaim(Site::Template));
        QVERIFY(isFirstParty(Site::Training));
        QVERIFY(!isFirstParty(Site::Guide));
        QVERIFY(!isFirstParty(Site::Vendored));
    }
};

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
