#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accuracy of `chiptrace scan --history` on real lab repositories.

Reads the corpus (corpus.json beside this file): public repositories, the facts verified in each
with git (path, a few-word substring of the line, rule family or claimed chip, at HEAD or not, the
removing commit), hand-checked false claims, and the documented training hardware. Scans every
mirror that is present and prints, per repository, the recall of the facts (right path, state and
removing commit), the false claims reported, the number of candidates and whether the documented
chips rank first; then the totals. The held-out repositories (corpus key `held_out`, never tuned
on) get a second table with totals of their own, so that the dev figures cannot hide them.
Standard library only: it runs inside the project's chroot.

    python3 bench/accuracy/run.py --chiptrace build/dev/bin/chiptrace --mirrors /work/.mirror
"""

import argparse
import csv
import fnmatch
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--chiptrace", required=True, help="path of the chiptrace binary")
    p.add_argument("--mirrors", required=True,
                   help="folder holding OWNER+NAME/repo bare mirrors (the fetch verb's layout)")
    p.add_argument("--corpus", default=os.path.join(HERE, "corpus.json"))
    p.add_argument("--only", action="append", default=[],
                   help="scan only this repository (OWNER/NAME or mirror name); repeatable")
    p.add_argument("--held-out-only", action="store_true",
                   help="evaluate only the held-out set (corpus key held_out), not the dev set")
    p.add_argument("--scans", help="folder to keep each scan's JSON in (MIRROR.json)")
    p.add_argument("--reuse", action="store_true",
                   help="read the scan JSON from --scans instead of scanning again when it exists")
    p.add_argument("--details", action="store_true",
                   help="list every missed fact and every false claim under the table")
    p.add_argument("--json", dest="json_out", help="also write the results as JSON to this file")
    p.add_argument("--timeout", type=int, default=3600, help="seconds per scan (default 3600)")
    return p.parse_args()


def mirror_path(mirrors, mirror):
    for cand in (os.path.join(mirrors, mirror, "repo"), os.path.join(mirrors, mirror)):
        if os.path.isdir(cand) and (os.path.exists(os.path.join(cand, "HEAD"))
                                    or os.path.isdir(os.path.join(cand, ".git"))):
            return cand
    return None


def scan(args, repo, path):
    """Returns (report dict, seconds, error text or None)."""
    cached = os.path.join(args.scans, repo["mirror"] + ".json") if args.scans else None
    if cached and args.reuse and os.path.exists(cached):
        with open(cached, encoding="utf-8") as f:
            return json.load(f), 0.0, None
    cmd = [args.chiptrace, "scan", path, "--history", "--format", "json"]
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - start, "timed out after %d s" % args.timeout
    secs = time.monotonic() - start
    if proc.returncode not in (0, 1):  # 0 no findings, 1 findings (like grep)
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, secs, "exit %d: %s" % (proc.returncode, err[-1] if err else "")
    report = json.loads(proc.stdout.decode("utf-8"))
    if cached:
        os.makedirs(args.scans, exist_ok=True)
        with open(cached, "w", encoding="utf-8") as f:
            json.dump(report, f)
    return report, secs, None


# ---- facts -------------------------------------------------------------------------------------

def commit_of(ref):
    if isinstance(ref, dict):
        return ref.get("commit") or ""
    return ref or ""


def same_commit(a, b):
    a, b = (a or "").lower(), (b or "").lower()
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


CATALOG = os.path.join(HERE, "..", "..", "resources", "data", "catalog", "accelerators.csv")


def load_catalog():
    """Catalog id -> (name, vendor). Claims name chips by catalog name; the corpus uses ids."""
    rows = {}
    with open(CATALOG, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    for row in csv.DictReader(lines):
        rows[row["id"]] = (row["name"], row["vendor"])
    return rows


CHIPS = {}


def chip_set(ids):
    """Every spelling a finding may use for these catalog ids (the id and the catalog name)."""
    out = set(ids)
    out.update(CHIPS[i][0] for i in ids if i in CHIPS)
    return out


def kind_matches(fact, f):
    """Does finding f say what the fact says (rule, family or claimed chip)?"""
    if "claim" in fact:
        return f.get("kind") == "claim" and bool(chip_set(fact["claim"]) & set(f.get("chips") or []))
    if "rule" in fact:
        return f.get("rule") == fact["rule"]
    if "family" in fact:
        return f.get("family") == fact["family"]
    return True


def text_matches(fact, f):
    return fact["text"].lower() in (f.get("text") or "").lower()


def judge_unmerged(fact, state, removed):
    """A line that lived only on refs HEAD does not contain. Alive at a ref's tip: no removal
    (another branch dropping its own copy is not one); deleted on its own branch (the fact's
    removed_in): that commit. Outputs that say `unmerged` must say true."""
    if not any(f.get("unmerged", True) for f in state):
        return "wrong-state", "unmerged is false for a line that never reached HEAD"
    want = fact.get("removed_in")
    if want:
        if any(same_commit(r, want) for r in removed):
            return "ok", ""
        if not any(removed):
            return "no-removal", "removed_in is null"
        return "wrong-removal", "removed_in " + ", ".join(sorted({r[:7] for r in removed if r}))
    if not all(removed):
        return "ok", ""
    return "wrong-removal", "removed_in " + ", ".join(
        sorted({r[:7] for r in removed if r})) + " for a line still at a branch tip"


def judge_fact(fact, findings):
    """Returns (verdict, detail). verdict: ok | missing | other-path | wrong-state | no-removal |
    wrong-removal."""
    same = [f for f in findings if kind_matches(fact, f) and text_matches(fact, f)]
    here = [f for f in same if f.get("path") == fact["path"]]
    if not here:
        if same:
            paths = sorted({f.get("path") for f in same})
            return "other-path", "found only at " + ", ".join(paths[:3]) + (
                " (+%d)" % (len(paths) - 3) if len(paths) > 3 else "")
        kindless = [f for f in findings if f.get("path") == fact["path"] and text_matches(fact, f)]
        if kindless:
            got = sorted({"%s/%s%s" % (f.get("family"), f.get("rule"),
                                       (" " + ",".join(f.get("chips") or [])) if f.get("kind") == "claim" else "")
                          for f in kindless})
            return "missing", "line found, but as " + "; ".join(got[:3])
        return "missing", "no finding"
    want_head = fact.get("at_head", True)
    state = [f for f in here if bool(f.get("at_head")) == want_head]
    if not state:
        return "wrong-state", "at_head is %s" % (not want_head)
    removed = [commit_of(f.get("removed_in")) for f in state]
    if fact.get("unmerged"):
        return judge_unmerged(fact, state, removed)
    if want_head or not fact.get("removed_in"):
        return "ok", ""
    if any(same_commit(r, fact["removed_in"]) for r in removed):
        return "ok", ""
    if not any(removed):
        return "no-removal", "removed_in is null"
    return "wrong-removal", "removed_in " + ", ".join(sorted({r[:7] for r in removed if r}))


# ---- claims ------------------------------------------------------------------------------------

def is_known_false(finding, globs, entries):
    """The hand-checked entry that says this finding is false, or None. An entry names a path
    and a text on the line, optionally the chips (claims) or the rule or family (signatures);
    a glob entry condemns every finding under it (data files, corpora)."""
    path = finding.get("path") or ""
    for glob in globs:
        if fnmatch.fnmatchcase(path, glob["glob"]):
            return glob
    for fc in entries:
        if "glob" in fc and fnmatch.fnmatchcase(path, fc["glob"]):
            return fc
        if path != fc.get("path") or not text_matches(fc, finding):
            continue
        if "chips" in fc and not chip_set(fc["chips"]) & set(finding.get("chips") or []):
            continue
        if "rule" in fc and finding.get("rule") != fc["rule"]:
            continue
        if "family" in fc and finding.get("family") != fc["family"]:
            continue
        return fc
    return None


# ---- conclusions -------------------------------------------------------------------------------

def ranked_candidates(report):
    """The ranked candidates: the assessment's when the report has one (issue 13: `rank`,
    1-based), else the funnel's (ordered by descending hint score). Each as {id, vendor, rank?,
    hint_score?}."""
    assessment = report.get("assessment") or {}
    cands = assessment.get("candidates") or []
    if cands:
        out = []
        for c in cands:
            out.append({"id": c.get("id") or c.get("chip") or c.get("chip_id") or c.get("chipId"),
                        "vendor": c.get("vendor"), "rank": c.get("rank"),
                        "likelihood": c.get("likelihood")})
        if all(c["rank"] is not None for c in out):
            out.sort(key=lambda c: c["rank"])
        return out
    funnel = report.get("funnel") or {}
    return funnel.get("candidates") or []


def answer_of(report):
    """The assessment's one-line answer and its likelihood, when the report has them."""
    answer = (report.get("assessment") or {}).get("answer") or {}
    return " ".join(str(x) for x in (answer.get("likelihood"), answer.get("statement")) if x)


# A documented chip "ranks first" only if few candidates share the top (H100 SXM, PCIe, NVL).
MAX_TIED = 3


def top_group(cands):
    """Ids of the candidates ranked first: the explicit rank when the report gives one, else the
    highest hint_score (the funnel lists candidates by descending hint score)."""
    if not cands:
        return []
    key = "rank" if cands[0].get("rank") is not None else "hint_score"
    best = cands[0].get(key)
    return [c.get("id") for c in cands if c.get(key) == best]


def judge_expected(repo, report):
    """first: a documented chip ranks first; first_vendor: the first candidate is that vendor's;
    eliminated: none of these chips remain; kept: all of these remain (a lab with several kinds
    of training hardware); max_candidates: at most n remain."""
    exp = repo.get("expected") or {}
    cands = ranked_candidates(report)
    ids = [c.get("id") for c in cands]
    out = {"candidates": len(cands), "top": ids[0] if ids else None, "checks": []}
    tops = top_group(cands)
    out["top_group"] = len(tops)
    if "first" in exp:
        first = exp["first"]["chips"]
        ranks = [ids.index(c) + 1 for c in first if c in ids]
        ok = bool(set(tops) & set(first)) and len(tops) <= MAX_TIED
        out["checks"].append(("first", ok, "" if ok else "%s first (%d tied at the top); documented %s at #%s" % (
            ids[0] if ids else "nothing", len(tops), "/".join(first),
            min(ranks) if ranks else "- (eliminated)")))
    if "first_vendor" in exp:
        vendor = exp["first_vendor"]["vendor"]
        vendors = sorted({c.get("vendor") for c in cands if c.get("id") in tops})
        ok = vendors == [vendor]
        out["checks"].append(("first", ok, "" if ok else "%s (%s) first, %d tied at the top (%s); expected %s" % (
            ids[0] if ids else "nothing", cands[0].get("vendor") if cands else "-", len(tops),
            ", ".join(v or "?" for v in vendors), vendor)))
    if "eliminated" in exp:
        kept = [c for c in exp["eliminated"]["chips"] if c in ids]
        out["checks"].append(("eliminated", not kept, "still candidates: " + ", ".join(kept)
                              if kept else ""))
    if "kept" in exp:
        gone = [c for c in exp["kept"]["chips"] if c not in ids]
        out["checks"].append(("eliminated", not gone, "wrongly eliminated: " + ", ".join(gone)
                              if gone else ""))
    if "competing" in exp:
        # Only an assessment (issue 13) shows hypotheses; without one there is nothing to judge.
        hyps = (report.get("assessment") or {}).get("hypotheses")
        if hyps is not None:
            shown = {h.get("label") for h in hyps} | {(h.get("id") or "").split(":", 1)[-1]
                                                      for h in hyps}
            missing = [v for v in exp["competing"]["vendors"] if v not in shown]
            out["checks"].append(("competing", not missing, "no hypothesis for " + ", ".join(missing)
                                  if missing else ""))
    if "max_candidates" in exp:
        n = exp["max_candidates"]["n"]
        out["checks"].append(("eliminated", len(cands) <= n, "" if len(cands) <= n else
                              "%d candidates, expected at most %d" % (len(cands), n)))
    return out


def verdict(con, kind):
    got = [ok for k, ok, _ in con["checks"] if k == kind]
    return None if not got else all(got)


# ---- driver ------------------------------------------------------------------------------------

def evaluate(repo, report):
    findings = report.get("findings") or []
    facts = []
    for fact in repo.get("facts", []):
        verdict, detail = judge_fact(fact, findings)
        facts.append({"id": fact["id"], "verdict": verdict, "detail": detail, "fact": fact})
    claims = [f for f in findings if f.get("kind") == "claim"]
    false, false_sigs = [], []
    for f in findings:
        claim = f.get("kind") == "claim"
        why = is_known_false(f, repo.get("false_claim_paths", []) if claim else [],
                             repo.get("false_claims" if claim else "false_signatures", []))
        if why:
            (false if claim else false_sigs).append({
                "path": f.get("path"), "line": f.get("line"), "chips": f.get("chips"),
                "rule": f.get("rule"), "match": f.get("match"), "at_head": f.get("at_head"),
                "why": why.get("why", "")})
    gone = [f for f in findings if not f.get("at_head") and f.get("removed_in") is None]
    return {
        "findings": len(findings), "claims": len(claims), "false_claims": false,
        "false_signatures": false_sigs,
        "facts": facts, "conclusion": judge_expected(repo, report),
        "gone_without_removal": len(gone),
        "gone": sum(1 for f in findings if not f.get("at_head")),
    }


def pct(n, d):
    return "-" if d == 0 else "%d%%" % round(100.0 * n / d)


def yes_no(v):
    return "-" if v is None else ("yes" if v else "NO")


HELD_OUT = "held-out (not tuned on)"


def corpus_sets(corpus, only=(), held_out_only=False):
    """The sets to evaluate, each as (title, repositories): the dev set (`repositories`, what the
    scanner is tuned on, title None) and `held_out` (never tuned on, reported on its own so that
    its figures stay honest). --only filters both; a set left empty is not reported."""
    def pick(repos):
        return [r for r in repos if not only or r["name"] in only or r["mirror"] in only]
    sets = []
    if not held_out_only:
        sets.append((None, pick(corpus.get("repositories", []))))
    sets.append((HELD_OUT, pick(corpus.get("held_out", []))))
    return [(title, repos) for title, repos in sets if repos]


def new_totals():
    return {"facts": 0, "ok": 0, "claims": 0, "false": 0, "false_sigs": 0, "first": 0,
            "first_n": 0, "elim": 0, "elim_n": 0, "comp": 0, "comp_n": 0, "scanned": 0,
            "skipped": 0}


def add_verdict(tot, key, ok):
    if ok is not None:
        tot[key + "_n"] += 1
        tot[key] += ok


def evaluate_set(args, repos):
    """Scans and judges each repository of one set. Returns (table rows, results, totals)."""
    rows, results, tot = [], [], new_totals()
    for repo in repos:
        path = mirror_path(args.mirrors, repo["mirror"])
        if not path:
            print("skip %-34s mirror %s absent under %s" % (repo["name"], repo["mirror"],
                                                            args.mirrors), file=sys.stderr)
            tot["skipped"] += 1
            results.append({"name": repo["name"], "skipped": "mirror absent"})
            rows.append([repo["name"], "skipped: mirror %s absent" % repo["mirror"]] + [""] * 10)
            continue
        print("scan %-34s %s" % (repo["name"], path), file=sys.stderr, flush=True)
        report, secs, err = scan(args, repo, path)
        if err:
            print("fail %-34s %s" % (repo["name"], err), file=sys.stderr)
            tot["skipped"] += 1
            results.append({"name": repo["name"], "skipped": err})
            rows.append([repo["name"], "skipped: " + err] + [""] * 10)
            continue
        res = evaluate(repo, report)
        res.update({"name": repo["name"], "seconds": round(secs, 1), "head": report.get("head"),
                    "answer": answer_of(report)})
        results.append(res)
        rows.append(add_to_totals(tot, res, secs))
    return rows, results, tot


def add_to_totals(tot, res, secs):
    """Adds one scanned repository to the totals and returns its table row."""
    ok = sum(1 for x in res["facts"] if x["verdict"] == "ok")
    n = len(res["facts"])
    nf = len(res["false_claims"])
    con = res["conclusion"]
    tot["scanned"] += 1
    tot["facts"] += n
    tot["ok"] += ok
    tot["claims"] += res["claims"]
    tot["false"] += nf
    tot["false_sigs"] += len(res["false_signatures"])
    first_ok, elim_ok = verdict(con, "first"), verdict(con, "eliminated")
    comp_ok = verdict(con, "competing")
    add_verdict(tot, "first", first_ok)
    add_verdict(tot, "elim", elim_ok)
    add_verdict(tot, "comp", comp_ok)
    return [res["name"], "%d/%d" % (ok, n), pct(ok, n), str(res["claims"]), str(nf),
            pct(res["claims"] - nf, res["claims"]), str(len(res["false_signatures"])),
            str(con["candidates"]), yes_no(first_ok), yes_no(elim_ok), yes_no(comp_ok),
            "%.0f" % secs]


HEAD_ROW = ["repository", "facts", "recall", "claims", "false", "precision", "false sig",
            "candidates", "right first", "right eliminated", "competing shown", "scan s"]


def table_lines(rows, tot):
    """The Markdown table of one set: a row per repository, then its total line."""
    total = ["**total** (%d scanned, %d skipped)" % (tot["scanned"], tot["skipped"]),
             "%d/%d" % (tot["ok"], tot["facts"]), pct(tot["ok"], tot["facts"]),
             str(tot["claims"]), str(tot["false"]),
             pct(tot["claims"] - tot["false"], tot["claims"]), str(tot["false_sigs"]), "",
             "%d/%d" % (tot["first"], tot["first_n"]), "%d/%d" % (tot["elim"], tot["elim_n"]),
             "%d/%d" % (tot["comp"], tot["comp_n"]), ""]
    lines = ["| " + " | ".join(HEAD_ROW) + " |", "|" + "|".join("---" for _ in HEAD_ROW) + "|"]
    return lines + ["| " + " | ".join(r) + " |" for r in rows + [total]]


def main():
    args = parse_args()
    with open(args.corpus, encoding="utf-8") as f:
        corpus = json.load(f)
    CHIPS.update(load_catalog())
    if not os.access(args.chiptrace, os.X_OK):
        sys.exit("chiptrace binary not found or not executable: " + args.chiptrace)
    sets = corpus_sets(corpus, args.only, args.held_out_only)
    if not sets:
        sys.exit("no repository of the corpus matches")
    done = []
    for title, repos in sets:
        rows, results, tot = evaluate_set(args, repos)
        done.append((title, results, tot))
        print(("\n### %s\n\n" % title if title else "") + "\n".join(table_lines(rows, tot)))
    print("\nprecision: share of claims not on the hand-checked list of false claims. false sig:"
          " signature findings on the hand-checked list of false signatures. right first:"
          " the documented chip (or vendor) ranks first. right eliminated: the chips the evidence"
          " excludes are gone, the chips a lab trained on are kept, the candidate count is within"
          " bounds. competing shown: the assessment shows the other documented vendor as a"
          " hypothesis (- without an assessment).")
    if args.details:
        for title, results, _ in done:
            if title:
                print("\n## Details: %s" % title)
            print_details(results)
    if args.json_out:
        out = {}
        for title, results, tot in done:
            (out.setdefault("held_out", {}) if title else out).update(
                {"results": results, "totals": tot})
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)


def clip(text, width=80):
    """A match as the details show it: base64 or minified lines can be kilobytes long."""
    text = text or ""
    return text if len(text) <= width else text[:width - 3] + "..."


def print_details(results):
    for res in results:
        if "skipped" in res:
            continue
        bad = [x for x in res["facts"] if x["verdict"] != "ok"]
        con = res["conclusion"]
        if not bad and not res["false_claims"] and not res["false_signatures"] \
                and all(ok for _, ok, _ in con["checks"]):
            continue
        print("\n### %s (head %s)" % (res["name"], (res.get("head") or "?")[:7]))
        if res.get("answer"):
            print("- answer: " + res["answer"])
        for x in bad:
            fact = x["fact"]
            what = fact.get("rule") or fact.get("family") or "claim " + "/".join(fact["claim"])
            state = "at HEAD" if fact.get("at_head", True) else \
                "only on an unmerged branch" if fact.get("unmerged") else \
                "removed in %s" % fact.get("removed_in", "?")
            print("- missed %s: %s `%s` (%s, %s): %s%s" % (
                fact["id"], fact["path"], fact["text"], what, state, x["verdict"],
                ", " + x["detail"] if x["detail"] else ""))
        seen = set()
        for fc in res["false_claims"]:
            key = (fc["path"], tuple(fc["chips"] or []), fc["match"])
            if key in seen:
                continue
            seen.add(key)
            print("- false claim %s:%s `%s` -> %s (%s)" % (
                fc["path"], fc["line"], clip(fc["match"]), ",".join(fc["chips"] or []), fc["why"]))
        sigs = {}
        for fs in res["false_signatures"]:
            sigs.setdefault((fs["path"], fs["rule"]), []).append(fs)
        for (path, rule), hits in sorted(sigs.items()):
            print("- false signature %s:%s `%s` %s%s (%s)" % (
                path, hits[0]["line"], clip(hits[0]["match"]), rule,
                " (%d hits)" % len(hits) if len(hits) > 1 else "", hits[0]["why"]))
        for kind, ok, why in con["checks"]:
            if not ok:
                print("- conclusion (%s): %s" % (kind, why))

if __name__ == "__main__":
    main()
