"""The most any case-level test can detect: the power bound behind docs/statistics.md.

A test that keeps the gate's promise whatever a version's repeats have in common (independent,
perfectly alike, or anything between) can only use which of a case's two blocks of runs came from
which version: given the two blocks, both labellings are equally likely under no change. Among such
tests the most powerful against one given change is, by the Neyman-Pearson lemma, the sign-flip test
whose per-case weight is the log ratio of the two labellings' probabilities under that change. This
script builds that oracle test from the scenario's true case mix and kind of drop (knowledge no real
gate has) and runs it beside the gate's own weights (standard error from each version's runs,
Jeffreys; `wv0.5` in sign_flip_weights_study.py) on the same simulated comparisons: independent
repeats, a 10-point drop, pass-rate test alone at alpha = 0.04.

    python3 scripts/sign_flip_power_bound.py SEED TRIALS [REPEATS] [CASES]
    # e.g. 5 2000 3 60   (a few minutes)

For a concentrated drop the oracle assumes each case breaks independently with probability pi and
reports the best of pi in {0.1, 0.2, 0.3}; for a diffuse drop, every case's p lowered as the bench
lowers it. Results: docs/statistics.md ("What cannot reach 85% at 60 x 3").
"""
import math
import sys

import numpy as np

import sign_flip_weights_study as study


def block_probabilities(p, k):
    """P(x of k repeats pass) for independent repeats, for every x, at each p (rows: x)."""
    p = np.clip(p, 0.0, 1.0)
    return np.array([math.comb(k, x) * p**x * (1 - p) ** (k - x) for x in range(k + 1)])


def oracle_weights(base_p, cand_p, k):
    """W[b][c] = log P(baseline b, candidate c) / P(baseline c, candidate b), averaged over cases
    whose baseline and candidate pass probabilities are the pairs (base_p, cand_p)."""
    gb, gc = block_probabilities(base_p, k), block_probabilities(cand_p, k)
    joint = np.einsum("in,jn->ij", gb, gc) / len(base_p)
    return np.log(joint / joint.T)


def concentrated_weights(mix, pi, k, draws=60000):
    p = study.draw(mix, draws)
    broken = study.rng.random(draws) < pi
    return oracle_weights(p, np.where(broken, 0.03, p), k)


def diffuse_weights(mix, k, draws=6000):
    p = study.draw(mix, draws)
    return oracle_weights(p, study.shift(p, -0.10), k)


def detects(weights_table, b, c, scale=150):
    """Exact sign-flip test of the oracle statistic (each term rounded to 1/scale of the largest)."""
    a = weights_table[b, c]
    largest = np.abs(a).max()
    if largest == 0:
        return False
    return study.pvalue(np.rint(-a / largest * scale).astype(int)) < 0.04


def gate_detects(b, c, k):
    w = study.weights(b, c, k, "wv0.5")
    return study.pvalue(np.rint(w * (c - b) * study.G).astype(int)) < 0.04


def run(mix, model, tables, trials, k, n):
    oracle = np.zeros(len(tables))
    gate = 0
    for _ in range(trials):
        p = study.draw(mix, n)
        q = study.shift(p, -0.10) if model == "diffuse" else study.brk(p, -0.10, 0.03)
        b, c = study.side(p, k, 0.0), study.side(q, k, 0.0)
        oracle += [detects(t, b, c) for t in tables]
        gate += gate_detects(b, c, k)
    return oracle.max() / trials * 100, gate / trials * 100


if __name__ == "__main__":
    study.rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 60
    print(f"10-point drop, {n} cases x {k} repeats, independent repeats, {trials} trials per cell")
    print("| case mix | drop | best possible (oracle) | the gate's weights |")
    print("|---|---|---:|---:|")
    for mix in ["stable", "u", "eh"]:
        for model in ["diffuse", "conc"]:
            if model == "diffuse":
                tables = [diffuse_weights(mix, k)]
            else:
                tables = [concentrated_weights(mix, pi, k) for pi in (0.1, 0.2, 0.3)]
            bound, gate = run(mix, model, tables, trials, k, n)
            print(f"| {mix} | {model} | {bound:.1f}% | {gate:.1f}% |", flush=True)
