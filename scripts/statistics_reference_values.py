#!/usr/bin/env python3
"""Independent reference values for Tests/StatisticsTests (scipy 1.17.1, numpy 2.4.6).

Run: python3 Scripts/reference_values.py
Every constant hard-coded in the Swift tests comes from this script's output.
"""
import math
import numpy as np
from scipy import stats

M64 = (1 << 64) - 1

print("== McNemar: scipy.stats.binomtest(b, b + c, 0.5).pvalue (two-sided) ==")
pairs = [(0, 0), (1, 0), (0, 1), (5, 1), (10, 2), (3, 3), (25, 10), (100, 70), (1000, 900),
         (0, 7), (12, 30), (50500, 49500), (49000, 51000), (60000, 40000),
         (3, 2), (2, 4), (17, 33), (17, 34), (12, 1), (8, 2)]
for b, c in pairs:
    p = 1.0 if b + c == 0 else stats.binomtest(b, b + c, 0.5).pvalue
    print(f"({b}, {c}, {p!r}),")

print("== numpy.percentile(values, q) (default method 'linear') ==")
arrays = {
    "a": [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0],
    "b": [0.5],
    "c": [-2.5, 10.0, 0.1, 7.25, 7.25, -0.3, 3.3],
}
for name, values in arrays.items():
    for q in [0, 2.5, 10, 25, 50, 62.5, 90, 97.5, 100]:
        print(f"({name}, {q}, {np.percentile(values, q)!r}),")

print("== norm.ppf ==")
for p in [0.5, 0.975, 0.995, 0.95, 0.9, 0.025, 1e-10, 0.999999]:
    print(f"({p!r}, {stats.norm.ppf(p)!r}),")


def wilson(x, n, alpha=0.05):
    # statsmodels.stats.proportion.proportion_confint(x, n, alpha, method="wilson")
    crit = stats.norm.isf(alpha / 2.0)
    q = x / n
    crit2 = crit ** 2
    denom = 1 + crit2 / n
    center = (q + crit2 / (2 * n)) / denom
    dist = crit * np.sqrt(q * (1.0 - q) / n + crit2 / (4.0 * n ** 2)) / denom
    return center - dist, center + dist


print("== Wilson (statsmodels formula) ==")
for x, n, conf in [(0, 10, 0.95), (10, 10, 0.95), (7, 20, 0.95), (45, 60, 0.95), (1, 3, 0.90),
                   (983, 1000, 0.99)]:
    lo, hi = wilson(x, n, 1 - conf)
    print(f"({x}, {n}, {conf}, {max(0.0, lo)!r}, {min(1.0, hi)!r}),")


def newcombe(n11, n12, n21, n22, conf=0.95):
    # Fagerland, Lydersen & Laake, contingencytables::Newcombe_square_and_add_CI_paired_2x2,
    # returned for candidate - baseline = p(col 1) - p(row 1) (sign flipped).
    N = n11 + n12 + n21 + n22
    r1, r2, c1, c2 = n11 + n12, n21 + n22, n11 + n21, n12 + n22
    p1, p2 = r1 / N, c1 / N
    l1, u1 = wilson(r1, N, 1 - conf)
    l2, u2 = wilson(c1, N, 1 - conf)
    if 0 in (r1, r2, c1, c2):
        psi = 0.0
    else:
        A = n11 * n22 - n12 * n21
        prod = r1 * r2 * c1 * c2
        psi = (A - N / 2) / math.sqrt(prod) if A > N / 2 else (0.0 if A >= 0 else A / math.sqrt(prod))
    est = p1 - p2
    L = est - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2 - 2 * psi * (p1 - l1) * (u2 - p2))
    U = est + math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2 - 2 * psi * (p2 - l2) * (u1 - p1))
    return max(-1, -U), min(1, -L)


print("== Newcombe paired (candidate - baseline) ==")
for cells in [(1, 1, 7, 12), (59, 6, 16, 80), (14, 5, 0, 22), (40, 8, 2, 10), (30, 0, 0, 30),
              (0, 3, 0, 0), (40, 12, 1, 7)]:
    lo, hi = newcombe(*cells)
    print(f"({cells}, {lo!r}, {hi!r}),")


# ---- The promptgate generator, reimplemented from the published algorithms ----
def splitmix(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M64


class Xoshiro:
    def __init__(self, seed):
        st = seed
        self.s = []
        for _ in range(4):
            st, v = splitmix(st)
            self.s.append(v)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def index(self, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            m = self.next() * bound
            if (m & M64) >= threshold:
                return m >> 64


print("== xoshiro256** via SplitMix64 ==")
for seed in [0, 42, 0x5052_4F4D_5054_4741]:
    g = Xoshiro(seed)
    print(seed, [g.next() for _ in range(4)])
g = Xoshiro(7)
print("indices below 10 (seed 7):", [g.index(10) for _ in range(12)])
g = Xoshiro(7)
print("unit doubles (seed 7):", [repr((g.next() >> 11) * 2.0 ** -53) for _ in range(3)])


def dataset(n, lose_one=4, lose_two=7, gain=9):
    # Deterministic per-case pass fractions over k=3 repeats: every `lose_one`-th case loses a pass,
    # every `lose_two`-th loses two, every `gain`-th gains one (the Swift tests build the same arrays).
    base_passes = [(i * 37 + 5) % 4 for i in range(n)]
    cand_passes = []
    for i, b in enumerate(base_passes):
        c = b
        if i % lose_one == 0: c -= 1
        if i % lose_two == 0: c -= 2
        if i % gain == 0: c += 1
        cand_passes.append(min(3, max(0, c)))
    return [b / 3 for b in base_passes], [c / 3 for c in cand_passes]


def bootstrap_same_rng(diffs, B, seed, conf=0.95):
    g = Xoshiro(seed)
    n = len(diffs)
    means = []
    for _ in range(B):
        s = 0.0
        for _ in range(n):
            s += diffs[g.index(n)]
        means.append(s / n)
    means = np.sort(np.array(means))
    obs = math.fsum(diffs) / n
    tail = (1 - conf) / 2 * 100
    lo, hi = np.percentile(means, tail), np.percentile(means, 100 - tail)
    tol = 1e-9 * max(abs(d) for d in diffs)
    below = int((means <= tol).sum()); above = int((means >= -tol).sum())
    far = below if obs > tol else (above if obs < -tol else min(below, above))
    p = min(1.0, 2 * (far + 1) / (B + 1))
    return obs, lo, hi, p, far


print("== bootstrap, same generator, n=40, B=2000, seed=99 ==")
base, cand = dataset(40)
diffs = [c - b for b, c in zip(base, cand)]
print("baseline:", base)
print("candidate:", cand)
print(bootstrap_same_rng(diffs, 2000, 99))

print("== bootstrap, numpy generator, large B: n=200 dataset(200, 8, 13, 5), B=400000 ==")
base, cand = dataset(200, 8, 13, 5)
d = np.array(cand) - np.array(base)
rng = np.random.default_rng(12345)
B = 400_000
means = np.empty(B)
for start in range(0, B, 20000):
    idx = rng.integers(0, len(d), size=(20000, len(d)))
    means[start:start + 20000] = d[idx].mean(axis=1)
obs = d.mean()
lo, hi = np.percentile(means, [2.5, 97.5])
far = (means >= 0).sum() if obs < 0 else (means <= 0).sum()
print(repr(obs), repr(lo), repr(hi), "p =", repr(min(1, 2 * (far + 1) / (B + 1))),
      "boot sd =", repr(means.std()))

print("== bootstrap, same generator: 60 cases, baseline all 3/3, candidate 1/3 (every 3rd) else 2/3,")
print("   B=10000, default seed 0x50524F4D50544741, confidence 1 - 0.05 ==")
diffs = [(1 / 3 if i % 3 == 0 else 2 / 3) - 1.0 for i in range(60)]
print(bootstrap_same_rng(diffs, 10000, 0x5052_4F4D_5054_4741, 1 - 0.05))

print("== McNemar one-sided: scipy.stats.binomtest(b, b + c, 0.5, alternative='greater').pvalue ==")
for b, c in [(5, 1), (10, 2), (25, 10), (3, 3), (0, 7), (100, 70), (12, 30), (1000, 900), (9, 2)]:
    print(f"({b}, {c}, {stats.binomtest(b, b + c, 0.5, alternative='greater').pvalue!r}),")


def stratified_exact(cases):
    """Exact null distribution of the stratified permutation statistic by convolution.

    cases: (baseline passes, baseline runs, candidate passes, candidate runs). Under no change the
    candidate's passes are hypergeometric given the case's total; the statistic is the sum of
    (c - E) / sd over informative cases. Returns (statistic, exact P(S <= s), exact P(S >= s)).
    """
    dist = {0.0: 1.0}
    observed = 0.0
    for b, nb, c, nc in cases:
        t, n = b + c, nb + nc
        if t == 0 or t == n:
            continue
        h = stats.hypergeom(n, t, nc)  # population n, t successes, nc drawn
        mean = nc * t / n
        sd = math.sqrt(nc * t * (n - t) * (n - nc) / (n * n * (n - 1)))
        observed += (c - mean) / sd
        support = range(max(0, t - nb), min(t, nc) + 1)
        new = {}
        for s, p in dist.items():
            for x in support:
                key = round(s + (x - mean) / sd, 9)
                new[key] = new.get(key, 0.0) + p * h.pmf(x)
        dist = new
    lower = sum(p for s, p in dist.items() if s <= observed + 1e-7)
    upper = sum(p for s, p in dist.items() if s >= observed - 1e-7)
    return observed, lower, upper


print("== stratified permutation test, exact by enumeration (scipy.stats.hypergeom) ==")
examples = {
    "k3_twelve": [(3, 3, 1, 3), (3, 3, 2, 3), (2, 3, 0, 3), (3, 3, 3, 3), (1, 3, 1, 3), (3, 3, 2, 3),
                  (0, 3, 0, 3), (2, 3, 1, 3), (3, 3, 3, 3), (3, 3, 1, 3), (2, 3, 2, 3), (1, 3, 0, 3)],
    "k1_mcnemar": [(1, 1, 0, 1)] * 9 + [(0, 1, 1, 1)] * 2 + [(1, 1, 1, 1)] * 20,
    "mixed_runs": [(1, 1, 0, 2), (2, 3, 0, 1), (0, 2, 2, 2), (4, 5, 2, 5), (1, 2, 1, 3), (3, 3, 0, 3)],
}
for name, cases in examples.items():
    print(name, stratified_exact(cases))
