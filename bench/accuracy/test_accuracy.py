#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the accuracy harness's judging (python3 -B -m unittest discover -s bench/accuracy).

The repository under test is a real git repository built here; the findings are what a scan
report would hold, written by hand so that each verdict of the runner is exercised."""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

# Importing run.py must not leave __pycache__ in the source tree.
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402
import verify  # noqa: E402


def git(repo, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@x", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@x")
    out = subprocess.run(["git", "-C", repo] + list(args), check=True, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return out.stdout.decode().strip()


def write(repo, path, text):
    with open(os.path.join(repo, path), "w", encoding="utf-8") as f:
        f.write(text)


class VerifyWithGit(unittest.TestCase):
    """A launch line deleted on a side branch that is merged later."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        r = cls.repo = cls.tmp.name
        git(r, "init", "-q", "-b", "main")
        write(r, "launch.sh", "export NCCL_IB_HCA=mlx5_0\npython train.py\n")
        git(r, "add", ".")
        git(r, "commit", "-q", "-m", "launch script")
        git(r, "checkout", "-q", "-b", "cleanup")
        write(r, "launch.sh", "python train.py\n")
        git(r, "commit", "-q", "-am", "drop the fabric settings")
        cls.branch_commit = git(r, "rev-parse", "HEAD")
        git(r, "checkout", "-q", "main")
        write(r, "notes.md", "Our cluster uses eight cards per node.\n")
        git(r, "add", ".")
        git(r, "commit", "-q", "-m", "notes")
        git(r, "merge", "-q", "--no-ff", "-m", "merge cleanup", "cleanup")
        cls.merge = git(r, "rev-parse", "HEAD")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def fact(self, **kw):
        base = {"id": "f", "path": "launch.sh", "text": "NCCL_IB_HCA=mlx5_0", "rule": "nccl-ib-hca",
                "at_head": False}
        base.update(kw)
        return base

    def test_branch_commit_is_the_removal(self):
        self.assertIsNone(verify.check_fact(self.repo, self.fact(removed_in=self.branch_commit[:7])))

    def test_merge_is_refused_as_removal(self):
        self.assertIn("merge", verify.check_fact(self.repo, self.fact(removed_in=self.merge[:7])))

    def test_line_still_at_head_is_refused(self):
        err = verify.check_fact(self.repo, self.fact(text="python train.py", removed_in=self.branch_commit))
        self.assertIn("still in HEAD", err)

    def test_fact_at_head(self):
        self.assertIsNone(verify.check_fact(self.repo, {"path": "notes.md", "text": "eight cards",
                                                       "at_head": True}))
        self.assertIn("not in HEAD", verify.check_fact(self.repo, {"path": "notes.md", "text": "nine",
                                                                  "at_head": True}))


def finding(**kw):
    base = {"kind": "signature", "rule": "nccl-ib-hca", "family": "nccl", "path": "launch.sh",
            "text": "export NCCL_IB_HCA=mlx5_0", "at_head": False,
            "removed_in": {"commit": "b" * 40}, "chips": []}
    base.update(kw)
    return base


class JudgeFacts(unittest.TestCase):
    fact = {"id": "f", "path": "launch.sh", "text": "NCCL_IB_HCA=mlx5_0", "rule": "nccl-ib-hca",
            "at_head": False, "removed_in": "bbbbbbb"}

    def test_found_with_its_removing_commit(self):
        self.assertEqual(run.judge_fact(self.fact, [finding()])[0], "ok")

    def test_removal_attributed_to_the_merge(self):
        verdict, detail = run.judge_fact(self.fact, [finding(removed_in={"commit": "m" * 40})])
        self.assertEqual(verdict, "wrong-removal")
        self.assertIn("mmmmmmm", detail)

    def test_no_removal(self):
        self.assertEqual(run.judge_fact(self.fact, [finding(removed_in=None)])[0], "no-removal")

    def test_still_at_head(self):
        self.assertEqual(run.judge_fact(self.fact, [finding(at_head=True, removed_in=None)])[0],
                         "wrong-state")

    def test_other_path(self):
        verdict, detail = run.judge_fact(self.fact, [finding(path="copy/launch.sh")])
        self.assertEqual(verdict, "other-path")
        self.assertIn("copy/launch.sh", detail)

    def test_line_reported_as_something_else(self):
        verdict, detail = run.judge_fact(self.fact, [finding(rule="nccl-env-generic")])
        self.assertEqual(verdict, "missing")
        self.assertIn("nccl-env-generic", detail)

    def test_unmerged_line_must_have_no_removal(self):
        fact = dict(self.fact, unmerged=True)
        del fact["removed_in"]
        self.assertEqual(run.judge_fact(fact, [finding(removed_in=None)])[0], "ok")
        self.assertEqual(run.judge_fact(fact, [finding()])[0], "wrong-removal")
        self.assertEqual(run.judge_fact(fact, [finding(removed_in=None, unmerged=True)])[0], "ok")
        verdict, detail = run.judge_fact(fact, [finding(removed_in=None, unmerged=False)])
        self.assertEqual(verdict, "wrong-state")
        self.assertIn("unmerged", detail)

    def test_unmerged_line_deleted_on_its_branch_names_that_commit(self):
        fact = dict(self.fact, unmerged=True)  # removed_in kept: the branch's own deletion
        self.assertEqual(run.judge_fact(fact, [finding(unmerged=True)])[0], "ok")
        self.assertEqual(run.judge_fact(fact, [finding(removed_in=None, unmerged=True)])[0],
                         "no-removal")
        verdict, detail = run.judge_fact(
            fact, [finding(removed_in={"commit": "c" * 40}, unmerged=True)])
        self.assertEqual(verdict, "wrong-removal")
        self.assertIn("ccccccc", detail)


class Claims(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        run.CHIPS.update(run.load_catalog())

    def test_claim_fact_matches_catalog_name_or_id(self):
        fact = {"id": "c", "path": "README.md", "text": "on 8 H800", "claim": ["nvidia-h800-sxm5"],
                "at_head": True}
        named = finding(kind="claim", rule="claim", path="README.md", text="trained on 8 H800 cards",
                        at_head=True, removed_in=None, chips=["H800 SXM5"])
        other = dict(named, chips=["H20"])
        self.assertEqual(run.judge_fact(fact, [named])[0], "ok")
        self.assertEqual(run.judge_fact(fact, [other])[0], "missing")

    def test_long_matches_are_clipped_in_details(self):
        self.assertEqual(run.clip("A100 (80G)"), "A100 (80G)")
        clipped = run.clip("T4/" + "Q" * 5000)
        self.assertEqual(len(clipped), 80)
        self.assertTrue(clipped.startswith("T4/") and clipped.endswith("..."))

    def test_known_false_claims(self):
        repo = {"false_claim_paths": [{"glob": "data/*", "why": "corpus"}],
                "false_claims": [{"path": "doc.md", "text": "#L33-L40", "chips": ["nvidia-l40"],
                                  "why": "anchor"}]}
        anchor = finding(kind="claim", path="doc.md", text="see utils.py#L33-L40", chips=["L40"])
        real = dict(anchor, text="we serve on L40 cards")
        data = dict(anchor, path="data/news.json")
        judge = lambda f: run.is_known_false(f, repo["false_claim_paths"], repo["false_claims"])
        self.assertEqual(judge(anchor)["why"], "anchor")
        self.assertIsNone(judge(real))
        self.assertEqual(judge(data)["why"], "corpus")


class Conclusions(unittest.TestCase):
    @staticmethod
    def report(cands):
        return {"funnel": {"candidates": cands}}

    def test_first_needs_a_small_top_group(self):
        repo = {"expected": {"first": {"chips": ["h800"], "source": "x"}}}
        tied = [{"id": c, "vendor": "NVIDIA", "hint_score": 2} for c in ("h800", "h100", "h20", "a100")]
        alone = [{"id": "h800", "vendor": "NVIDIA", "hint_score": 3}] + tied[1:]
        self.assertFalse(run.verdict(run.judge_expected(repo, self.report(tied)), "first"))
        self.assertTrue(run.verdict(run.judge_expected(repo, self.report(alone)), "first"))

    def test_first_vendor_needs_every_tied_chip_of_that_vendor(self):
        repo = {"expected": {"first_vendor": {"vendor": "NVIDIA", "source": "x"}}}
        mixed = [{"id": "a", "vendor": "NVIDIA", "hint_score": 1}, {"id": "b", "vendor": "AMD", "hint_score": 1}]
        self.assertFalse(run.verdict(run.judge_expected(repo, self.report(mixed)), "first"))
        mixed[1]["hint_score"] = 0
        self.assertTrue(run.verdict(run.judge_expected(repo, self.report(mixed)), "first"))

    def test_assessment_ranks_win_over_the_funnel(self):
        repo = {"expected": {"first": {"chips": ["h800"], "source": "x"}}}
        report = self.report([{"id": "a100", "vendor": "NVIDIA", "hint_score": 9}])
        report["assessment"] = {"candidates": [{"id": "a100", "vendor": "NVIDIA", "rank": 2},
                                               {"id": "h800", "vendor": "NVIDIA", "rank": 1}]}
        self.assertTrue(run.verdict(run.judge_expected(repo, report), "first"))

    def test_competing_hypotheses_only_judged_with_an_assessment(self):
        repo = {"expected": {"competing": {"vendors": ["Huawei"], "source": "x"}}}
        report = self.report([{"id": "a", "vendor": "NVIDIA", "hint_score": 0}])
        self.assertIsNone(run.verdict(run.judge_expected(repo, report), "competing"))
        report["assessment"] = {"hypotheses": [{"id": "vendor:NVIDIA", "label": "NVIDIA"}]}
        self.assertFalse(run.verdict(run.judge_expected(repo, report), "competing"))
        report["assessment"]["hypotheses"].append({"id": "vendor:Huawei", "label": "Huawei"})
        self.assertTrue(run.verdict(run.judge_expected(repo, report), "competing"))

    def test_eliminated_kept_and_bounds(self):
        repo = {"expected": {"eliminated": {"chips": ["v100"], "source": "x"},
                             "kept": {"chips": ["mi250x"], "source": "x"},
                             "max_candidates": {"n": 1, "source": "x"}}}
        ok = [{"id": "mi250x", "vendor": "AMD", "hint_score": 0}]
        bad = ok + [{"id": "v100", "vendor": "NVIDIA", "hint_score": 0}]
        self.assertTrue(run.verdict(run.judge_expected(repo, self.report(ok)), "eliminated"))
        checks = run.judge_expected(repo, self.report(bad))["checks"]
        self.assertEqual([ok for _, ok, _ in checks], [False, True, False])


class HeldOutSet(unittest.TestCase):
    """The held-out repositories (corpus key held_out) are judged like the dev set but reported
    in a table of their own, with their own totals."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = cls.tmp.name
        cls.mirrors, cls.scans = os.path.join(root, "mirrors"), os.path.join(root, "scans")
        os.makedirs(cls.scans)
        for mirror in ("lab+dev", "lab+held"):
            subprocess.run(["git", "init", "-q", "--bare", os.path.join(cls.mirrors, mirror, "repo")],
                           check=True)
        fact = {"id": "f", "path": "run.sh", "text": "NCCL_IB_HCA=mlx5", "rule": "nccl-ib-hca",
                "at_head": True}
        cls.corpus = {"repositories": [{"name": "lab/dev", "mirror": "lab+dev", "facts": [fact]}],
                      "held_out": [{"name": "lab/held", "mirror": "lab+held",
                                    "facts": [fact, dict(fact, id="g", text="NCCL_IB_GID_INDEX=3",
                                                         rule="nccl-roce-v2")]}]}
        cls.corpus_path = os.path.join(root, "corpus.json")
        with open(cls.corpus_path, "w", encoding="utf-8") as f:
            json.dump(cls.corpus, f)
        found = finding(path="run.sh", text="export NCCL_IB_HCA=mlx5_0", at_head=True,
                        removed_in=None)
        # Scan reports as `chiptrace scan --format json` leaves them; --reuse reads them back.
        for mirror in ("lab+dev", "lab+held"):
            with open(os.path.join(cls.scans, mirror + ".json"), "w", encoding="utf-8") as f:
                json.dump({"head": "a" * 40, "findings": [found]}, f)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def runner(self, *extra):
        cmd = [sys.executable, "-B", os.path.join(HERE, "run.py"), "--chiptrace", sys.executable,
               "--mirrors", self.mirrors, "--corpus", self.corpus_path, "--scans", self.scans,
               "--reuse"] + list(extra)
        return subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE).stdout.decode("utf-8")

    @staticmethod
    def totals(out):
        return re.findall(r"^\| \*\*total\*\* \((\d+) scanned, \d+ skipped\) \| (\d+/\d+) \|", out,
                          re.M)

    def test_sets_split_and_filtered(self):
        dev, held = self.corpus["repositories"], self.corpus["held_out"]
        self.assertEqual(run.corpus_sets(self.corpus), [(None, dev), (run.HELD_OUT, held)])
        self.assertEqual(run.corpus_sets(self.corpus, held_out_only=True), [(run.HELD_OUT, held)])
        self.assertEqual(run.corpus_sets(self.corpus, only=["lab+held"]), [(run.HELD_OUT, held)])
        self.assertEqual(run.corpus_sets({"repositories": dev}), [(None, dev)])

    def test_held_out_gets_its_own_table_and_total(self):
        out = self.runner()
        dev, _, held = out.partition("### " + run.HELD_OUT)
        self.assertTrue(held, out)
        self.assertIn("| lab/dev | 1/1 |", dev)
        self.assertNotIn("lab/held", dev)
        self.assertIn("| lab/held | 1/2 |", held)
        self.assertEqual(self.totals(out), [("1", "1/1"), ("1", "1/2")])

    def test_held_out_only_and_json(self):
        path = os.path.join(self.tmp.name, "out.json")
        out = self.runner("--held-out-only", "--details", "--json", path)
        self.assertNotIn("lab/dev", out)
        self.assertEqual(self.totals(out), [("1", "1/2")])
        self.assertIn("missed g: run.sh `NCCL_IB_GID_INDEX=3`", out)
        with open(path, encoding="utf-8") as f:
            saved = json.load(f)
        self.assertNotIn("results", saved)
        self.assertEqual([r["name"] for r in saved["held_out"]["results"]], ["lab/held"])
        self.assertEqual(saved["held_out"]["totals"]["ok"], 1)


class ShippedCorpus(unittest.TestCase):
    """corpus.json as shipped: both sets parse, name only known rules, families and chips, and
    no repository is in both (a held-out repository that is also tuned on is not held out)."""

    @classmethod
    def setUpClass(cls):
        with open(os.path.join(HERE, "corpus.json"), encoding="utf-8") as f:
            cls.corpus = json.load(f)
        cls.chips = run.load_catalog()
        cls.rules, cls.families = set(), set()
        for pack in glob.glob(os.path.join(HERE, "..", "..", "resources", "data", "signatures",
                                           "*.yaml")):
            with open(pack, encoding="utf-8") as f:
                text = f.read()
            cls.rules.update(re.findall(r"^  - id: (\S+)", text, re.M))
            cls.families.update(re.findall(r"^    family: (\S+)", text, re.M))

    def test_held_out_is_disjoint_from_the_dev_set(self):
        held = {r["name"] for r in self.corpus["held_out"]}
        self.assertGreaterEqual(len(held), 5)  # a repository looked at to fix a miss moves to dev
        self.assertFalse(held & {r["name"] for r in self.corpus["repositories"]})

    def test_every_fact_names_a_known_rule_family_or_chip(self):
        for r in self.corpus["repositories"] + self.corpus["held_out"]:
            for fact in r["facts"]:
                where = "%s %s" % (r["name"], fact["id"])
                kinds = [k for k in ("rule", "family", "claim") if k in fact]
                self.assertEqual(len(kinds), 1, where)
                self.assertTrue(fact["path"] and fact["text"], where)
                self.assertIn("at_head", fact, where)
                for chip in fact.get("claim", []):
                    self.assertIn(chip, self.chips, where)
                if "rule" in fact:
                    self.assertIn(fact["rule"], self.rules | {"claim"}, where)
                if "family" in fact:
                    self.assertIn(fact["family"], self.families, where)
            for exp in (r.get("expected") or {}).values():
                self.assertIn("source", exp, r["name"])
                for chip in exp.get("chips", []):
                    self.assertIn(chip, self.chips, r["name"])


if __name__ == "__main__":
    unittest.main()
