// SPDX-License-Identifier: GPL-3.0-or-later
// The history scan's third phase: from the findings of every (blob, path) and the changes of
// every commit, the lifecycle of each line.
//
// A key is (rule, path, trimmed line text). Over all commits, oldest first, a key that leaves
// one path in a commit while the same (rule, text) arrives at another path in that commit has
// moved: the two keys become one line (union-find), reported at its last path. Every other
// disappearance is a removal by that commit. HEAD's first-parent chain is then replayed to say
// whether each line is at HEAD and where it left that chain. A line that left the chain in a
// merge was removed on the merged branch: the removing commit is found among the commits that
// merge brought in (`mergedBy`), and the merge becomes `mergedIn`. Lines that were never on the
// chain take their removal from the branch they lived on; lines still at the tip of an
// unmerged branch say which (`aliveOn`). A line that no commit of HEAD's history ever held is
// `unmerged`: it is alive on the references (branches, pull requests, tags) whose tip still
// has it, and only when none does, removed by a commit of the branch it lived on.

#include "scan/historywalk.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <tuple>

namespace ChipTrace::Scan::History {

namespace {

QString hexId(const git_oid &oid)
{
    char buf[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf);
}

struct Key
{
    int line = -1; // (rule, text) id
    int path = -1;
    int parent = -1; // union-find: the line this key is part of
    int firstCommit = -1; // first commit (walk order) whose tree has it
    int firstInHead = -1; // the same within HEAD's history
    const Finding *latest = nullptr; // its latest version over all commits
    int latestBlob = -1;
    const Finding *onChain = nullptr; // its latest version on HEAD's chain
    int onChainBlob = -1;
    int headCount = 0;
    std::vector<int> removals; // commits that deleted it (moves excluded)
};

struct Change
{
    int key;
    int before = 0;
    int after = 0;
    const Finding *finding = nullptr; // a version in the new blob
};

class Lifecycle
{
public:
    explicit Lifecycle(Walk &w)
        : m_w(w)
    { }

    QList<Finding> run()
    {
        internKeys();
        buildChain();
        markMerged();
        walkAll();
        replayChain();
        checkTips();
        return emitAll();
    }

private:
    void internKeys();
    void changes(const Delta &d, std::vector<Change> &out);
    int find(int k);
    void walkAll();
    void pairMoves(int commit, const std::vector<int> &removed, const std::vector<int> &added);
    void buildChain();
    void replayChain();
    void markMerged();
    void checkTips();
    QList<Finding> emitAll();
    struct Fate
    {
        int chainRemoval; // the chain commit where it left HEAD's line, or -1
        int lastKey; // the key it left from
        QStringList aliveOn; // branches whose tip has it
        QStringList refs; // other references whose tip has it
    };
    Fate fateOf(int g) const
    {
        return {m_chainRemoval[g], m_lastKey[g], m_aliveOn[g], m_refAliveOn[g]};
    }
    Fate keyFate(int k) const
    {
        return {m_keyChainRemoval[k], k, m_keyAliveOn[k], m_keyRefAliveOn[k]};
    }
    void emitGroup(const std::vector<int> &members, const Fate &fate, QList<Finding> &out);
    void emitAlive(const std::vector<int> &byAge, const std::vector<int> &alive,
        const std::function<int(int)> &since, QList<Finding> &out);
    Finding gone(const std::vector<int> &members, const Fate &fate, int &last) const;
    Finding unmerged(const std::vector<int> &members, const Fate &fate, int &last) const;
    QStringList movedFrom(const std::vector<int> &byAge, int last) const;
    Finding finding(int k, bool preferChain) const;
    std::pair<int, int> pickRemoval(
        const std::vector<int> &members, const std::function<bool(int)> &accept) const;
    CommitRef ref(int commit, int path = -1) const;

    Walk &m_w;
    std::vector<Key> m_keys;
    QHash<QString, int> m_keyIndex, m_lineIndex;
    std::vector<int> m_chain, m_chainPos, m_mergedBy;
    std::vector<int> m_groupCount, m_chainRemoval, m_lastKey, m_keyChainRemoval;
    std::vector<int> m_movedTo; // the key a key moved to (last move), or -1
    std::vector<bool> m_everOnChain;
    std::vector<QStringList> m_aliveOn, m_keyAliveOn, m_refAliveOn, m_keyRefAliveOn;
    QHash<int, int> m_scratch;
};

void Lifecycle::internKeys()
{
    for (Blob &b : m_w.blobs) {
        b.keys.assign(b.paths.size(), {});
        for (size_t s = 0; s < b.paths.size() && s < b.findings.size(); ++s)
            for (const Finding &f : std::as_const(b.findings[s])) {
                // The path of this sighting (the blob may sit at several), not the finding's.
                const QString key = findingKey(f, m_w.paths[b.paths[s]]);
                const QString lineKey = f.ruleId + u'\x1f' + f.text.trimmed(); // any path
                auto it = m_keyIndex.constFind(key);
                if (it == m_keyIndex.cend()) {
                    Key k;
                    k.line = int(m_lineIndex.size());
                    if (auto l = m_lineIndex.constFind(lineKey); l != m_lineIndex.cend())
                        k.line = *l;
                    else
                        m_lineIndex.insert(lineKey, k.line);
                    k.path = b.paths[s];
                    k.parent = int(m_keys.size());
                    m_keys.push_back(std::move(k));
                    it = m_keyIndex.insert(key, int(m_keys.size() - 1));
                }
                b.keys[s].push_back(*it);
            }
    }
    m_groupCount.assign(m_keys.size(), 0);
    m_chainRemoval.assign(m_keys.size(), -1);
    m_lastKey.assign(m_keys.size(), -1);
    m_everOnChain.assign(m_keys.size(), false);
    m_aliveOn.assign(m_keys.size(), {});
    m_keyAliveOn.assign(m_keys.size(), {});
    m_refAliveOn.assign(m_keys.size(), {});
    m_keyRefAliveOn.assign(m_keys.size(), {});
    m_keyChainRemoval.assign(m_keys.size(), -1);
    m_movedTo.assign(m_keys.size(), -1);
}

// How often each key is in the file before and after a change (a key names its path, so the
// file's old and new blob hold all of it).
void Lifecycle::changes(const Delta &d, std::vector<Change> &out)
{
    out.clear();
    if (d.oldBlob == d.newBlob)
        return;
    m_scratch.clear();
    auto slotOf = [&](int blob) { return blob < 0 ? -1 : m_w.blobs[blob].slot(d.path); };
    if (const int s = slotOf(d.oldBlob); s >= 0 && size_t(s) < m_w.blobs[d.oldBlob].keys.size())
        for (int k : m_w.blobs[d.oldBlob].keys[s]) {
            auto it = m_scratch.find(k);
            if (it == m_scratch.end())
                it = m_scratch.insert(k, int(out.size())), out.push_back({k});
            ++out[*it].before;
        }
    if (const int s = slotOf(d.newBlob); s >= 0 && size_t(s) < m_w.blobs[d.newBlob].keys.size()) {
        const std::vector<int> &keys = m_w.blobs[d.newBlob].keys[s];
        for (size_t j = 0; j < keys.size(); ++j) {
            auto it = m_scratch.find(keys[j]);
            if (it == m_scratch.end())
                it = m_scratch.insert(keys[j], int(out.size())), out.push_back({keys[j]});
            ++out[*it].after;
            if (!out[*it].finding)
                out[*it].finding =
                    &m_w.blobs[d.newBlob].findings[s].at(qsizetype(j)); // const: no detach
        }
    }
}

int Lifecycle::find(int k)
{
    while (m_keys[k].parent != k) {
        m_keys[k].parent = m_keys[m_keys[k].parent].parent;
        k = m_keys[k].parent;
    }
    return k;
}

void Lifecycle::walkAll()
{
    std::vector<Change> cs;
    std::vector<int> removed, added;
    for (int x = 0; x < int(m_w.commits.size()); ++x) {
        removed.clear(); // from files this commit deleted: may have moved
        added.clear(); // to files this commit created
        for (const Delta &d : m_w.commits[x].deltas) {
            changes(d, cs);
            for (const Change &c : cs) {
                Key &k = m_keys[c.key];
                if (c.after > 0) {
                    k.latest = c.finding;
                    k.latestBlob = d.newBlob;
                    if (k.firstCommit < 0)
                        k.firstCommit = x;
                    if (k.firstInHead < 0 && m_mergedBy[x] >= 0)
                        k.firstInHead = x;
                }
                if (c.before > 0 && c.after == 0) {
                    if (d.newBlob < 0)
                        removed.push_back(c.key);
                    else
                        k.removals.push_back(x);
                } else if (c.before == 0 && c.after > 0 && d.oldBlob < 0) {
                    added.push_back(c.key);
                }
            }
        }
        pairMoves(x, removed, added);
    }
}

// A file deleted and a file created in the same commit, holding the same (rule, text): the line
// moved with its file (a rename or a move, with or without edits); same file name first. Lines
// moved between files that both stay are a removal and an addition.
void Lifecycle::pairMoves(
    int commit, const std::vector<int> &removed, const std::vector<int> &added)
{
    QHash<int, std::vector<int>> arrivals;
    for (int a : added)
        arrivals[m_keys[a].line].push_back(a);
    auto fileName = [&](int k) { return m_w.paths[m_keys[k].path].section(u'/', -1); };
    for (int r : removed) {
        auto it = arrivals.find(m_keys[r].line);
        if (it == arrivals.end() || it->empty()) {
            m_keys[r].removals.push_back(commit);
            continue;
        }
        auto pick =
            std::find_if(it->begin(), it->end(), [&](int a) { return fileName(a) == fileName(r); });
        if (pick == it->end())
            pick = it->begin();
        m_movedTo[r] = *pick;
        const int a = find(*pick), b = find(r);
        if (a != b)
            m_keys[std::max(a, b)].parent = std::min(a, b);
        it->erase(pick);
    }
}

void Lifecycle::buildChain()
{
    for (int c = m_w.head; c >= 0;
        c = m_w.commits[c].parents.empty() ? -1 : m_w.commits[c].parents[0])
        m_chain.push_back(c);
    std::reverse(m_chain.begin(), m_chain.end());
    m_chainPos.assign(m_w.commits.size(), -1);
    for (int i = 0; i < int(m_chain.size()); ++i)
        m_chainPos[m_chain[i]] = i;
}

void Lifecycle::replayChain()
{
    std::vector<Change> cs;
    QHash<int, int> before, leftFrom;
    for (int c : m_chain) {
        before.clear();
        leftFrom.clear();
        for (const Delta &d : m_w.commits[c].deltas) {
            changes(d, cs);
            for (const Change &ch : cs) {
                Key &k = m_keys[ch.key];
                k.headCount += ch.after - ch.before;
                if (k.headCount > 0)
                    m_keyChainRemoval[ch.key] = -1;
                else if (ch.before > 0)
                    m_keyChainRemoval[ch.key] = c;
                if (ch.after > 0) {
                    k.onChain = ch.finding;
                    k.onChainBlob = d.newBlob;
                }
                const int g = find(ch.key);
                if (!before.contains(g))
                    before.insert(g, m_groupCount[g]);
                m_groupCount[g] += ch.after - ch.before;
                if (ch.after < ch.before)
                    leftFrom.insert(g, ch.key);
            }
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const int g = it.key();
            if (m_groupCount[g] > 0) {
                m_chainRemoval[g] = -1;
                m_everOnChain[g] = true;
            } else if (it.value() > 0) {
                m_chainRemoval[g] = c;
                m_lastKey[g] = leftFrom.value(g, -1);
            }
        }
    }
}

// mergedBy[x]: the first commit of HEAD's chain whose history holds x (x itself when on the
// chain; for a branch commit, the merge that brought it in); -1 when HEAD does not contain x.
void Lifecycle::markMerged()
{
    m_mergedBy.assign(m_w.commits.size(), -1);
    std::vector<int> stack;
    for (int c : m_chain) {
        m_mergedBy[c] = c;
        const std::vector<int> &parents = m_w.commits[c].parents;
        stack.assign(parents.size() > 1 ? parents.begin() + 1 : parents.end(), parents.end());
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            if (p < 0 || m_mergedBy[p] >= 0)
                continue;
            m_mergedBy[p] = c;
            for (int q : m_w.commits[p].parents)
                stack.push_back(q);
        }
    }
}

static void addNames(QStringList &to, const QStringList &names)
{
    for (const QString &n : names)
        if (!to.contains(n))
            to.append(n);
}

void Lifecycle::checkTips()
{
    std::vector<Change> cs;
    for (const BranchTip &tip : m_w.tips) {
        if (tip.commit < 0 || m_mergedBy[tip.commit] >= 0)
            continue; // HEAD has all of it
        QHash<int, int> net;
        for (const Delta &d : tip.fromHead) {
            changes(d, cs);
            for (const Change &ch : cs)
                net[ch.key] += ch.after - ch.before;
        }
        for (auto it = net.cbegin(); it != net.cend(); ++it) {
            const int g = find(it.key());
            if (m_keys[it.key()].headCount + it.value() <= 0)
                continue;
            if (m_groupCount[g] <= 0) {
                addNames(m_aliveOn[g], tip.branches);
                addNames(m_refAliveOn[g], tip.refs);
            }
            if (m_keys[it.key()].headCount <= 0) {
                addNames(m_keyAliveOn[it.key()], tip.branches);
                addNames(m_keyRefAliveOn[it.key()], tip.refs);
            }
        }
    }
}

CommitRef Lifecycle::ref(int commit, int path) const
{
    CommitRef r = m_w.commits[commit].ref;
    if (path >= 0)
        r.path = m_w.paths[path];
    return r;
}

Finding Lifecycle::finding(int k, bool preferChain) const
{
    const Key &key = m_keys[k];
    const bool chain = preferChain && key.onChain;
    Finding f = chain ? *key.onChain : (key.latest ? *key.latest : Finding{});
    const int blob = chain ? key.onChainBlob : key.latestBlob;
    f.path = m_w.paths[key.path];
    if (blob >= 0)
        f.blob = hexId(m_w.blobs[blob].oid);
    return f;
}

// The latest commit (walk order) that deleted one of `members` and passes `accept`, a commit
// with one parent before a merge; and the key it deleted. {-1, -1} when there is none.
std::pair<int, int> Lifecycle::pickRemoval(
    const std::vector<int> &members, const std::function<bool(int)> &accept) const
{
    std::pair<int, int> best{-1, -1};
    bool bestIsMerge = true;
    for (int k : members)
        for (int x : m_keys[k].removals) {
            if (!accept(x))
                continue;
            const bool merge = m_w.commits[x].parents.size() > 1;
            if (best.first < 0 || (bestIsMerge && !merge)
                || (merge == bestIsMerge && x > best.first)) {
                best = {x, k};
                bestIsMerge = merge;
            }
        }
    return best;
}

QList<Finding> Lifecycle::emitAll()
{
    std::vector<std::vector<int>> groups(m_keys.size());
    for (int k = 0; k < int(m_keys.size()); ++k)
        if (m_keys[k].firstCommit >= 0)
            groups[find(k)].push_back(k);
    QList<Finding> out;
    for (const std::vector<int> &members : groups)
        if (!members.empty()) {
            const int g = find(members.front());
            emitGroup(members, fateOf(g), out);
        }
    return out;
}

// Earlier paths of the line that `last` ends, oldest first (paths still at HEAD excluded).
QStringList Lifecycle::movedFrom(const std::vector<int> &byAge, int last) const
{
    QStringList paths;
    for (int k : byAge)
        if (m_keys[k].path != m_keys[last].path && m_keys[k].headCount <= 0
            && !paths.contains(m_w.paths[m_keys[k].path]))
            paths.append(m_w.paths[m_keys[k].path]);
    return paths;
}

void Lifecycle::emitGroup(const std::vector<int> &members, const Fate &fate, QList<Finding> &out)
{
    // First seen: within HEAD's history when the line was ever there (a pull request on an
    // older, unrelated root can hold the same text earlier), else anywhere.
    const bool inHead = std::any_of(
        members.begin(), members.end(), [&](int k) { return m_keys[k].firstInHead >= 0; });
    const std::function<int(int)> since = [&](int k) {
        const Key &key = m_keys[k];
        return inHead ? (key.firstInHead >= 0 ? key.firstInHead : int(m_w.commits.size()))
                      : key.firstCommit;
    };
    std::vector<int> byAge = members;
    std::sort(byAge.begin(), byAge.end(), [&](int a, int b) { return since(a) < since(b); });
    const int oldest = byAge.front();

    std::vector<int> alive;
    for (int k : members)
        if (m_keys[k].headCount > 0)
            alive.push_back(k);
    if (!alive.empty()) {
        emitAlive(byAge, alive, since, out);
        return;
    }
    int last = byAge.back();
    Finding f = inHead ? gone(members, fate, last) : unmerged(members, fate, last);
    f.atHead = false;
    f.firstSeen = ref(since(oldest), m_keys[oldest].path);
    f.movedFrom = movedFrom(byAge, last);
    f.aliveOn.sort(); // references come in no fixed order
    out.append(std::move(f));
}

void Lifecycle::emitAlive(const std::vector<int> &byAge, const std::vector<int> &alive,
    const std::function<int(int)> &since, QList<Finding> &out)
{
    const int oldest = byAge.front();
    if (alive.size() == 1) {
        Finding f = finding(alive.front(), true);
        f.atHead = true;
        f.firstSeen = ref(since(oldest), m_keys[oldest].path);
        f.movedFrom = movedFrom(byAge, alive.front());
        out.append(std::move(f));
        return;
    }
    // Copies that both survive are findings of their own: each with the paths that moved
    // into it; paths gone some other way are findings of their own too.
    QHash<int, QStringList> arrivedFrom;
    for (int k : byAge) {
        if (m_keys[k].headCount > 0)
            continue;
        int to = k;
        for (int steps = 0; m_movedTo[to] >= 0 && steps < 10000; ++steps)
            to = m_movedTo[to];
        if (to != k && m_keys[to].headCount > 0)
            arrivedFrom[to].append(m_w.paths[m_keys[k].path]);
        else
            emitGroup({k}, keyFate(k), out);
    }
    for (int k : alive) {
        Finding f = finding(k, true);
        f.atHead = true;
        f.firstSeen = ref(since(k), m_keys[k].path);
        f.movedFrom = arrivedFrom.value(k);
        f.movedFrom.removeDuplicates();
        out.append(std::move(f));
    }
}

// A line HEAD's history once held and HEAD no longer has: where it left HEAD's line, or the
// branch commit that removed it (and the merge that brought that in).
Finding Lifecycle::gone(const std::vector<int> &members, const Fate &fate, int &last) const
{
    std::optional<CommitRef> removedIn, mergedIn;
    bool fromChain = false;
    if (const int c = fate.chainRemoval; c >= 0) {
        fromChain = true;
        if (fate.lastKey >= 0)
            last = fate.lastKey;
        removedIn = ref(c);
        if (m_w.commits[c].parents.size() > 1) {
            const auto [x, k] = pickRemoval(
                members, [&](int commit) { return commit != c && m_mergedBy[commit] == c; });
            if (x >= 0) {
                removedIn = ref(x);
                mergedIn = ref(c);
                last = k;
                fromChain = false;
            }
        }
    } else {
        auto [x, k] = pickRemoval(members, [&](int commit) { return m_mergedBy[commit] >= 0; });
        if (x < 0 && fate.aliveOn.isEmpty())
            std::tie(x, k) = pickRemoval(members, [](int) { return true; });
        if (x >= 0) {
            removedIn = ref(x);
            if (m_mergedBy[x] >= 0 && m_mergedBy[x] != x)
                mergedIn = ref(m_mergedBy[x]);
            last = k;
        } else if (fate.aliveOn.isEmpty()) {
            // Brought into HEAD's history by a merge that left it out: that merge removed it.
            int latest = -1;
            for (int k2 : members)
                if (m_keys[k2].latest && m_mergedBy[m_keys[k2].firstCommit] >= 0)
                    latest = std::max(latest, m_mergedBy[m_keys[k2].firstCommit]);
            if (latest >= 0)
                removedIn = ref(latest);
        }
    }
    Finding f = finding(last, fromChain);
    f.removedIn = removedIn;
    f.mergedIn = mergedIn;
    f.aliveOn = fate.aliveOn;
    return f;
}

// A line no commit of HEAD's history held. While some reference's tip still has it, nothing
// removed it: a commit of another branch that dropped its own copy is not its removal. Only
// when no tip has it is it gone, by a commit of a branch it lived on (such a commit's first
// parent held it).
Finding Lifecycle::unmerged(const std::vector<int> &members, const Fate &fate, int &last) const
{
    QStringList aliveOn = fate.aliveOn;
    addNames(aliveOn, fate.refs);
    std::optional<CommitRef> removedIn;
    if (!aliveOn.isEmpty()) {
        // Report the version a tip has (a moved line: its path there).
        for (int k : members)
            if (!m_keyAliveOn[k].isEmpty() || !m_keyRefAliveOn[k].isEmpty())
                last = k;
    } else {
        const auto [x, k] = pickRemoval(members, [](int) { return true; });
        if (x >= 0) {
            removedIn = ref(x);
            last = k;
        }
    }
    Finding f = finding(last, false);
    f.unmerged = true;
    f.removedIn = removedIn;
    f.aliveOn = aliveOn;
    return f;
}

} // namespace

QList<Finding> attribute(Walk &w)
{
    return Lifecycle(w).run();
}

} // namespace ChipTrace::Scan::History
