// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/site.h"

#include "scan/contextclassifier.h"

#include <QRegularExpression>

namespace ChipTrace::Scan {

namespace {

using RE = QRegularExpression;
constexpr auto CI_OPT = RE::CaseInsensitiveOption;

bool matches(const RE &re, const QString &s)
{
    return re.match(s).hasMatch();
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// Other hardware named in a document's path: a guide to running elsewhere, not a training record.
bool isGuide(const QString &path)
{
    static const RE word(
        QStringLiteral(
            "(npu|ascend|mindspore|mindie|atlas|rocm|amd|hip|dcu|hygon|mlu|cambricon|xpu|"
            "gaudi|habana|hpu|tpu|neuron|trainium|inferentia|mps|apple|metax|musa|moore|"
            "kunlun|kunlunxin|xla|iluvatar|enflame|biren|mac|macos|cpu|jetson|android|"
            "mobile|edge|hardware|hardwares|platforms?|devices)"),
        CI_OPT);
    static const RE docDir(
        QStringLiteral("(^|/)(docs?|documentation|tutorials?|guides?)/"), CI_OPT);
    if (!ContextClassifier::isProsePath(path) && !matches(docDir, path))
        return false;
    // Whole words of the path only: "README_npu.md", "docs/ascend/setup.md", "docs/zh/rocm.md".
    static const RE split(QStringLiteral("[^a-z0-9]+"));
    const QStringList parts = path.toLower().split(split, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const auto m = word.match(p);
        if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == p.size())
            return true;
    }
    return false;
}

// Code in a folder named for another vendor's hardware ("ascend-support/", "dcu_demo/",
// "npu/") is a port or a demo for that hardware: it shows what can run, not what trained.
bool isPortFolder(const QString &path)
{
    static const RE word(
        QStringLiteral(
            "^(npu|ascend|mindspore|dcu|hygon|rocm|amd|hip|mlu|cambricon|xpu|gaudi|habana|"
            "hpu|tpu|neuron|trainium|inferentia|intel|ipex|openvino|musa|moorethreads|kunlun|"
            "kunlunxin|metax|iluvatar|enflame|biren)$"),
        CI_OPT);
    static const RE split(QStringLiteral("[^a-z0-9]+"));
    const QStringList dirs = path.toLower().split(u'/').mid(0, path.count(u'/'));
    for (const QString &dir : dirs)
        for (const QString &part : dir.split(split, Qt::SkipEmptyParts))
            if (matches(word, part))
                return true;
    return false;
}

// Third-party projects copied in whole under their own name (an "Ollama/" or "vllm/" folder).
bool isCopiedProject(const QString &path)
{
    static const RE project(
        QStringLiteral(
            "(^|/)(ollama|llama\\.cpp|llama_cpp|vllm|sglang|transformers|"
            "text-generation-inference|tensorrt[-_]llm|fastchat|lm-evaluation-harness)/"),
        CI_OPT);
    return matches(project, path);
}

bool isData(const QString &path)
{
    static const RE dataExt(
        QStringLiteral("\\.(jsonl|ndjson|csv|tsv|parquet|arrow|jsonl\\.gz|txt\\.gz|pkl|npy|npz)$"),
        CI_OPT);
    static const RE dataDir(
        QStringLiteral("(^|/)(data|datasets?|corpus|corpora|samples?|eval[_-]?data|"
                       "benchmarks?/data|examples?/data|assets?/data|test[_-]?data)/"),
        CI_OPT);
    static const RE jsonData(QStringLiteral("\\.json$"), CI_OPT);
    if (matches(dataExt, path))
        return true;
    // JSON in a folder named for its data ("llama_factory_data/dpo_demo.json"): examples, not
    // configuration (a launcher in "prepare_data/" stays code).
    static const RE namedDataJson(
        QStringLiteral("(^|/)[\\w.-]+[_-](data|datasets?|corpus)/[^/]+\\.json$"), CI_OPT);
    if (matches(namedDataJson, path))
        return true;
    // JSON under a data folder is data; a ds_config.json beside a launcher is configuration.
    return matches(dataDir, path)
        && (matches(jsonData, path) || !ContextClassifier::isConfigPath(path));
}

bool isTraining(const QString &path)
{
    static const RE dir(
        QStringLiteral("(^|/)(train(ing)?|pre-?train(ing)?|fine-?tun(e|ing)|finetune|sft|rlhf|"
                       "launch(er)?s?|scripts?|recipes?|configs?|slurm|jobs?|cluster)/"),
        CI_OPT);
    static const RE name(
        QStringLiteral("(train|pretrain|finetune|fine_tune|sft|launch|run_|slurm|sbatch|"
                       "deepspeed|ds_?config|ds_z|zero[0-3_]|megatron|fsdp|accelerate|hostfile|"
                       "torchrun|mpirun|dist)"),
        CI_OPT);
    static const RE launcher(
        QStringLiteral("\\.(sh|bash|slurm|sbatch)$|^dockerfile|^makefile$"), CI_OPT);
    const QString base = fileName(path);
    if (ContextClassifier::isProsePath(path))
        return false;
    return matches(dir, path) || matches(name, base) || matches(launcher, base);
}

} // namespace

Site siteOf(const QString &path)
{
    static const RE templ(
        QStringLiteral("(^|/)\\.github/(ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE|DISCUSSION_TEMPLATE)"
                       "|(^|/)(issue|pull_request)_template(\\.|/)"),
        CI_OPT);
    static const RE ci(
        QStringLiteral("(^|/)\\.github/workflows/|(^|/)\\.gitlab-ci\\.ya?ml$|(^|/)\\.circleci/|"
                       "(^|/)jenkinsfile$|(^|/)\\.travis\\.ya?ml$|(^|/)azure-pipelines\\.ya?ml$|"
                       "(^|/)\\.buildkite/"),
        CI_OPT);
    static const RE test(
        QStringLiteral("(^|/)(tests?|testing|unittests?|fixtures?|__tests__|spec)/|"
                       "(^|/)test_[^/]*\\.py$|_test\\.(py|cc|cpp|go)$|(^|/)conftest\\.py$"),
        CI_OPT);
    // Environment reporters copied from PyTorch (collect_env.py) probe every vendor's stack.
    static const RE copiedTool(QStringLiteral("(^|/)collect_env\\.py$"), CI_OPT);
    if (isVendoredPath(path) || matches(copiedTool, path) || isCopiedProject(path))
        return Site::Vendored;
    if (matches(templ, path))
        return Site::Template;
    if (matches(ci, path))
        return Site::CI;
    if (isData(path))
        return Site::Data;
    if (matches(test, path))
        return Site::Test;
    // Translation catalogues of the documentation (Sphinx gettext) are documentation.
    static const RE gettext(QStringLiteral("\\.(po|pot)$"), CI_OPT);
    if (isGuide(path) || isPortFolder(path))
        return Site::Guide;
    if (matches(gettext, path))
        return Site::Docs;
    if (ContextClassifier::isProsePath(path))
        return Site::Docs;
    if (isTraining(path))
        return Site::Training;
    return Site::Code;
}

bool isFirstParty(Site site)
{
    return site == Site::Training || site == Site::Code || site == Site::Docs;
}

bool mayClaim(Site site)
{
    return site == Site::Training || site == Site::Code || site == Site::Docs
        || site == Site::Guide;
}

QString siteName(Site site)
{
    switch (site) {
    case Site::Training:
        return QStringLiteral("training");
    case Site::Code:
        return QStringLiteral("code");
    case Site::Docs:
        return QStringLiteral("docs");
    case Site::Guide:
        return QStringLiteral("guide");
    case Site::Vendored:
        return QStringLiteral("vendored");
    case Site::Data:
        return QStringLiteral("data");
    case Site::Test:
        return QStringLiteral("test");
    case Site::CI:
        return QStringLiteral("ci");
    case Site::Template:
        return QStringLiteral("template");
    }
    return QStringLiteral("code");
}

std::optional<Site> siteFromName(const QString &name)
{
    for (Site s : {Site::Training, Site::Code, Site::Docs, Site::Guide, Site::Vendored, Site::Data,
             Site::Test, Site::CI, Site::Template})
        if (siteName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace ChipTrace::Scan
