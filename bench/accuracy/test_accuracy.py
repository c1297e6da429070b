#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the accuracy harness's judging (python3 -B -m unittest discover -s bench/accuracy).

The repository under test is a real git repository built here; the findings are what a scan
report would hold, written by hand so that each verdict of the runner is exercised."""

import os
import subprocess
import sys
import tempfile
import unittest

# Importing run.py must not leave __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
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


if __name__ == "__main__":
    unittest.main()
