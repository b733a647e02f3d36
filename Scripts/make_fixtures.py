#!/usr/bin/env python3
"""Make the golden fixtures that EMKit's core tests compare against numpy.

What it makes (JSON files in Tests/EMKitTests/Fixtures/):
  random.json                raw MT19937 words, uniforms, gaussians (with the
                             legacy cached second value) for several seeds
  choice.json                weighted choice(n, 1, p), choice(n, k, replace=False)
                             and permutation(n)
  svd.json                   np.linalg.svd(cov) for 2x2 full / diagonal /
                             isotropic and 3..6-D diagonal covariances
  multivariate_normal.json   sequential multivariate_normal draws
  mog_data.json              the notebook's generate_MoG_data loop, including
                             the notebook's own model and seed 4
  cov.json                   np.cov(data, rowvar=0)

Every file is a JSON object with "numpy_version", "generated_by" and its
payload. Floats are written by json.dump, i.e. Python's shortest round-trip
repr, so parsing them gives back the very same Double.

Only numpy's *legacy* random API is used (np.random.RandomState / np.random.seed),
because that is what the notebooks call. The random test cases themselves are
picked with a fixed meta seed, so running the script twice gives identical files.

How to run (from the repository root):
    python3 Scripts/make_fixtures.py

numpy is needed only to make the fixtures; the kit never depends on it.
The values depend on numpy's version and on its LAPACK/BLAS backend (SVD signs
and the fused multiply-adds in np.dot). Regenerate only on purpose, commit the
result, and check the recorded numpy_version when a test starts failing.
"""

import itertools
import json
import os
import sys

import numpy as np

META_SEED = 20261123
GENERATED_BY = "Scripts/make_fixtures.py"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "EMKitTests", "Fixtures")
SIZE_LIMIT = 400 * 1024

RANDOM_SEEDS = [0, 1, 4, 42, 2024, 123456789, 2147483648, 4294967295]

NOTEBOOK_MEANS = [[5.0, 0.0], [1.0, 1.0], [0.0, 5.0]]
NOTEBOOK_COVARIANCES = [
    [[0.5, 0.0], [0.0, 0.5]],
    [[0.92, 0.38], [0.38, 0.91]],
    [[0.5, 0.0], [0.0, 0.5]],
]
NOTEBOOK_WEIGHTS = [1 / 4.0, 1 / 2.0, 1 / 4.0]

meta = np.random.default_rng(META_SEED)


# ---------------------------------------------------------------------------
# helpers


def floats(values):
    """Plain Python floats (nested lists) so json.dump writes repr()."""
    return np.asarray(values, dtype=np.float64).tolist()


def ints(values):
    return [int(v) for v in values]


def write(name, payload):
    document = {"numpy_version": np.__version__, "generated_by": GENERATED_BY}
    document.update(payload)
    path = os.path.join(OUT_DIR, name)
    with open(path, "w") as handle:
        json.dump(document, handle, allow_nan=False)
        handle.write("\n")
    size = os.path.getsize(path)
    if size >= SIZE_LIMIT:
        sys.exit(f"{name} is {size} bytes, over the {SIZE_LIMIT}-byte limit")
    print(f"wrote {os.path.relpath(path, ROOT)} ({size} bytes)")
    return document


def check(condition, message):
    if not condition:
        sys.exit("check failed: " + message)


def mt19937_words(seed, count):
    """Independent MT19937 (init_genrand seeding) to confirm numpy's raw words."""
    state = [seed & 0xFFFFFFFF]
    for i in range(1, 624):
        previous = state[-1]
        state.append((1812433253 * (previous ^ (previous >> 30)) + i) & 0xFFFFFFFF)
    words = []
    index = 624
    while len(words) < count:
        if index == 624:
            for i in range(624):
                bits = (state[i] & 0x80000000) | (state[(i + 1) % 624] & 0x7FFFFFFF)
                mixed = state[(i + 397) % 624] ^ (bits >> 1)
                if bits & 1:
                    mixed ^= 0x9908B0DF
                state[i] = mixed
            index = 0
        y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        words.append(y & 0xFFFFFFFF)
    return words


def log_uniform(low, high):
    return float(10.0 ** meta.uniform(np.log10(low), np.log10(high)))


def random_spd_2x2(style):
    """A symmetric positive definite [[a, b], [b, c]] of the requested flavour."""
    a = log_uniform(1e-3, 1e3)
    c = log_uniform(1e-3, 1e3)
    sign = 1.0 if meta.random() < 0.5 else -1.0
    if style == "near_one":
        rho = sign * (1.0 - log_uniform(1e-7, 1e-1))
    elif style == "near_zero":
        rho = sign * log_uniform(1e-8, 1e-2)
    elif style == "big_det":
        # det > a^2 + b^2  <=>  c > a + 2 b^2 / a: a small against c, weak correlation
        c = a * log_uniform(3.0, 1e3)
        rho = sign * float(meta.uniform(0.0, 0.5))
    elif style == "small_det":
        # a dominates: det < a^2 + b^2
        a = c * log_uniform(1.5, 1e3)
        rho = sign * float(meta.uniform(0.0, 0.99))
    elif style == "equal_diagonal":
        c = a
        rho = sign * float(meta.uniform(0.01, 0.99))
    elif style == "rounded":
        a = round(float(meta.uniform(0.05, 5.0)), 2)
        c = round(float(meta.uniform(0.05, 5.0)), 2)
        rho = sign * float(meta.uniform(0.0, 0.95))
        b = round(rho * np.sqrt(a * c), 2)
        if b == 0.0 or a * c - b * b <= 0.0:
            b = sign * 0.01
        return [[a, b], [b, c]]
    else:  # "uniform"
        rho = float(meta.uniform(-0.999, 0.999))
    b = float(rho * np.sqrt(a * c))
    if b == 0.0:
        b = sign * 1e-9 * np.sqrt(a * c)
    return [[a, b], [b, c]]


def assert_spd(cov):
    matrix = np.asarray(cov, dtype=np.float64)
    check(np.array_equal(matrix, matrix.T), f"not symmetric: {cov}")
    check(np.all(np.linalg.eigvalsh(matrix) > 0), f"not positive definite: {cov}")


def distinct_orderings(pattern):
    return sorted(set(itertools.permutations(pattern)))


def random_weights(count):
    raw = meta.uniform(0.2, 1.0, size=count)
    weights = [float(w) for w in raw / raw.sum()]
    check(abs(sum(weights) - 1.0) < 1e-12, "weights do not sum to one")
    return weights


def random_diagonal(dimension, repeat):
    if repeat:
        values = meta.choice([0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 3.0], size=dimension)
    else:
        values = [round(log_uniform(0.05, 5.0), 3) for _ in range(dimension)]
    return np.diag(np.asarray(values, dtype=np.float64)).tolist()


def generate_mog(random_state, count, means, covariances, weights):
    """The notebook's generate_MoG_data loop, also recording the component."""
    components, data = [], []
    for _ in range(count):
        k = random_state.choice(len(weights), 1, p=weights)[0]
        x = random_state.multivariate_normal(means[k], covariances[k])
        components.append(int(k))
        data.append(x)
    return components, data


# ---------------------------------------------------------------------------
# random.json


def make_random():
    cases = []
    for seed in RANDOM_SEEDS:
        raw = ints(np.random.RandomState(seed)._bit_generator.random_raw(12))
        check(raw == mt19937_words(seed, 12), f"raw words of seed {seed} are not MT19937")

        state = np.random.RandomState(seed)
        uniforms = [float(state.random_sample()) for _ in range(8)]
        words = mt19937_words(seed, 16)
        rebuilt = [((words[2 * i] >> 5) * 67108864.0 + (words[2 * i + 1] >> 6))
                   / 9007199254740992.0 for i in range(8)]
        check(uniforms == rebuilt, f"uniforms of seed {seed} do not follow the 53-bit rule")

        state = np.random.RandomState(seed)
        gaussians = [float(state.standard_normal()) for _ in range(9)]

        state = np.random.RandomState(seed)
        mixed = []
        for op in ["gaussian", "uniform", "gaussian", "gaussian", "uniform", "gaussian"]:
            value = state.standard_normal() if op == "gaussian" else state.random_sample()
            mixed.append({"op": op, "value": float(value)})

        cases.append({"seed": seed, "raw32": raw, "uniforms": uniforms,
                      "gaussians": gaussians, "mixed": mixed})

    seed4 = cases[RANDOM_SEEDS.index(4)]
    check(seed4["raw32"][:2] == [4153361530, 3868139694], "seed 4 raw words")
    return write("random.json", {"cases": cases})


# ---------------------------------------------------------------------------
# choice.json


def make_choice():
    fixed_ps = [
        [0.25, 0.5, 0.25],
        [1 / 3, 1 / 3, 1 / 3],
        [0.1, 0.2, 0.3, 0.4],
        [0.0, 0.5, 0.5],
        [1.0],
        [0.5, 0.5, 0.0],
    ]
    random_ps = []
    for _ in range(4):
        raw = meta.uniform(0.0, 1.0, size=5)
        random_ps.append([float(v) for v in raw / raw.sum()])

    weighted = []
    for p in fixed_ps + random_ps:
        seeds = [4, 0] + [int(s) for s in meta.integers(0, 2**32, size=2)]
        for seed in seeds:
            state = np.random.RandomState(seed)
            draws = [int(state.choice(len(p), 1, p=p)[0]) for _ in range(30)]
            weighted.append({"seed": seed, "p": floats(p), "draws": draws})

    requests = [(4, 100, 3), (1, 1328, 4)]
    for n, ks in [(1, [1]), (2, [1, 2]), (3, [1, 3]), (5, [2, 5]), (10, [3, 10]),
                  (256, [3, 20]), (257, [3, 20]), (1000, [4, 25]), (65537, [3, 8])]:
        for k in ks:
            for seed in [4, int(meta.integers(0, 2**32))]:
                requests.append((seed, n, k))
    requests += [(0, 100, 3), (4294967295, 100, 3), (2147483648, 10, 10)]

    without_replacement = []
    for seed, n, k in requests:
        state = np.random.RandomState(seed)
        result = ints(state.choice(n, k, replace=False))
        next_uniform = float(state.random_sample())
        without_replacement.append({"seed": seed, "n": n, "k": k, "result": result,
                                    "next_uniform": next_uniform})
    check(without_replacement[0]["result"] == [20, 10, 96], "seed 4 choice(100, 3)")
    check(without_replacement[1]["result"] == [452, 705, 989, 115], "seed 1 choice(1328, 4)")

    permutations = []
    for n in [1, 2, 7, 10, 33]:
        for seed in [4, 0, int(meta.integers(0, 2**32))]:
            result = ints(np.random.RandomState(seed).permutation(n))
            permutations.append({"seed": seed, "n": n, "result": result})

    return write("choice.json", {"weighted": weighted,
                                 "without_replacement": without_replacement,
                                 "permutations": permutations})


# ---------------------------------------------------------------------------
# svd.json


def svd_case(kind, cov):
    assert_spd(cov)
    _, s, vh = np.linalg.svd(np.asarray(cov, dtype=np.float64))
    return {"kind": kind, "cov": floats(cov), "s": floats(s), "vh": floats(vh)}


def make_svd():
    full = [
        [[0.92, 0.38], [0.38, 0.91]],
        [[2.0, 1.0], [1.0, 2.0]], [[1.0, 0.5], [0.5, 1.0]],
        [[2.0, -1.0], [-1.0, 2.0]], [[1.0, -0.5], [-0.5, 1.0]],
        [[3.0, 1.0], [1.0, 2.0]], [[2.0, 1.0], [1.0, 3.0]],
        [[1.0, 2.0], [2.0, 5.0]], [[5.0, 2.0], [2.0, 1.0]],
        [[4.0, -2.0], [-2.0, 3.0]], [[3.0, -2.0], [-2.0, 4.0]],
        [[1.0, 0.9], [0.9, 1.0]], [[1.0, -0.9], [-0.9, 1.0]],
        [[0.5, 0.1], [0.1, 0.5]], [[10.0, 3.0], [3.0, 1.0]],
        [[1.0, 0.25], [0.25, 8.0]], [[1.0, -0.25], [-0.25, 8.0]],
    ]
    styles = (["uniform"] * 110 + ["near_one"] * 60 + ["near_zero"] * 50
              + ["big_det"] * 60 + ["small_det"] * 50 + ["equal_diagonal"] * 20
              + ["rounded"] * (400 - 17 - 350))
    for style in styles:
        full.append(random_spd_2x2(style))
    check(len(full) == 400, f"{len(full)} full 2x2 cases")

    big = sum(1 for (a, b), (_, c) in full if a * c - b * b > a * a + b * b)
    check(40 <= big <= 360, f"det > a^2+b^2 in {big} of 400 cases: not a mix")
    check(any(a < c for (a, _), (_, c) in full) and any(a > c for (a, _), (_, c) in full),
          "need both a < c and a > c")
    check(any(b < 0 for (_, b), _ in full) and any(b > 0 for (_, b), _ in full),
          "need both signs of b")

    cases = [svd_case("full", cov) for cov in full]

    diagonal_2x2 = [[1.0, 1.0], [0.5, 0.5], [1.0, 2.0], [2.0, 1.0], [0.2, 0.1], [0.1, 0.2]]
    while len(diagonal_2x2) < 60:
        roll = meta.random()
        a = log_uniform(1e-3, 1e3)
        if roll < 0.2:
            c = a
        else:
            c = log_uniform(1e-3, 1e3)
        diagonal_2x2.append([a, c])
    for a, c in diagonal_2x2:
        cases.append(svd_case("diagonal", [[a, 0.0], [0.0, c]]))

    for value in [0.5, 1.0, 2.0, 1e-3, 1e3] + [log_uniform(1e-3, 1e3) for _ in range(15)]:
        cases.append(svd_case("isotropic", [[value, 0.0], [0.0, value]]))

    patterns = [
        [0.2, 0.2, 0.1], [0.3, 0.1, 0.1], [1.0, 2.0, 3.0], [0.5, 0.5, 0.5],
        [1.0, 1.0, 1.0, 2.0], [1.0, 2.0, 2.0, 2.0], [3.0, 1.0, 3.0, 1.0],
        [0.25, 0.25, 0.25, 0.25],
        [4.0, 4.0, 4.0, 1.0, 1.0], [0.5, 0.5, 0.5, 0.5, 0.5],
        [1.0] * 6,
    ]
    variances = []
    for pattern in patterns:
        variances += [list(order) for order in distinct_orderings(pattern)]
    # patterns with many orderings: a sample of them
    for pattern, take in [([1.0, 1.0, 2.0, 2.0, 3.0], 10), ([1.0, 1.0, 1.0, 2.0, 2.0, 2.0], 8),
                          ([0.1, 0.2, 0.2, 0.3, 0.3, 0.3], 6)]:
        orders = distinct_orderings(pattern)
        for index in meta.choice(len(orders), size=take, replace=False):
            variances.append(list(orders[int(index)]))
    while len(variances) < 150:
        dimension = int(meta.integers(3, 7))
        repeat = meta.random() < 0.6
        variances.append([row[i] for i, row in enumerate(random_diagonal(dimension, repeat))])
    check(len(variances) == 150, f"{len(variances)} diagonal d >= 3 cases")
    for values in variances:
        cases.append(svd_case("diagonal", np.diag(np.asarray(values, dtype=np.float64))))

    return write("svd.json", {"cases": cases})


# ---------------------------------------------------------------------------
# multivariate_normal.json


def make_multivariate_normal():
    models = [([1.0, 1.0], [[0.92, 0.38], [0.38, 0.91]]),
              ([0.0, 0.0], [[0.92, 0.38], [0.38, 0.91]]),
              ([5.0, 0.0], [[0.5, 0.0], [0.0, 0.5]]),
              ([0.0, 0.0], [[2.0, 1.0], [1.0, 2.0]]),
              ([-1.0, 3.0], [[1.0, -0.5], [-0.5, 1.0]])]
    for style in ["uniform", "uniform", "near_one", "near_zero", "big_det", "small_det",
                  "equal_diagonal", "rounded", "rounded", "uniform"]:
        models.append((floats(meta.uniform(-5, 5, size=2)), random_spd_2x2(style)))
    for a, c in [(0.2, 0.1), (0.1, 0.2), (1.0, 3.0), (3.0, 1.0), (0.7, 0.7)]:
        models.append((floats(meta.uniform(-5, 5, size=2)), [[a, 0.0], [0.0, c]]))
    for value in [0.5, 1.0, 0.05, 4.0]:
        models.append((floats(meta.uniform(-5, 5, size=2)), [[value, 0.0], [0.0, value]]))
    for values in [[0.2, 0.2, 0.1], [0.1, 0.2, 0.2], [0.2, 0.1, 0.2], [1.0, 1.0, 1.0],
                   [1.0, 2.0, 3.0], [1.0, 1.0, 1.0, 2.0], [3.0, 1.0, 3.0, 1.0],
                   [2.0, 1.0, 1.0, 1.0], [0.5, 0.5, 0.5, 0.5], [4.0, 4.0, 4.0, 1.0, 1.0],
                   [1.0, 1.0, 2.0, 2.0, 3.0], [0.3, 0.3, 0.3, 0.3, 0.3]]:
        models.append((floats(meta.uniform(-5, 5, size=len(values))),
                       np.diag(values).tolist()))
    for dimension in [3, 4, 5, 3]:
        models.append((floats(meta.uniform(-5, 5, size=dimension)),
                       random_diagonal(dimension, repeat=True)))

    cases = []
    for index, (mean, cov) in enumerate(models):
        assert_spd(cov)
        seed = 4 if index < 2 else int(meta.integers(0, 2**32))
        state = np.random.RandomState(seed)
        draws = [floats(state.multivariate_normal(mean, cov)) for _ in range(7)]
        cases.append({"seed": seed, "mean": floats(mean), "cov": floats(cov), "draws": draws})
    return write("multivariate_normal.json", {"cases": cases})


# ---------------------------------------------------------------------------
# mog_data.json


def random_2d_model(count):
    means, covariances = [], []
    for _ in range(count):
        means.append(floats(meta.uniform(-6, 6, size=2)))
        roll = meta.random()
        if roll < 0.45:
            covariances.append(random_spd_2x2(str(meta.choice(
                ["uniform", "rounded", "near_zero", "big_det", "small_det"]))))
            # keep clusters a readable size
            scale = 1.0 / max(covariances[-1][0][0], covariances[-1][1][1], 1.0)
            covariances[-1] = floats(np.asarray(covariances[-1]) * scale)
        elif roll < 0.75:
            covariances.append(random_diagonal(2, repeat=meta.random() < 0.5))
        else:
            value = float(meta.choice([0.1, 0.25, 0.5, 1.0, 2.0]))
            covariances.append([[value, 0.0], [0.0, value]])
    return means, covariances


def make_mog_data():
    models = [("notebook", 4, 100, NOTEBOOK_WEIGHTS, NOTEBOOK_MEANS, NOTEBOOK_COVARIANCES)]
    seeds = [0, 4294967295, 1, 42, 2024, 4, int(meta.integers(0, 2**32)),
             int(meta.integers(0, 2**32))]
    for index, components in enumerate([2, 3, 4, 3, 4]):
        means, covariances = random_2d_model(components)
        models.append((f"random-2d-{components}-{index}", seeds[index], 60,
                       random_weights(components), means, covariances))
    for index, (dimension, components) in enumerate([(3, 2), (3, 3), (4, 3)]):
        means = [floats(meta.uniform(-6, 6, size=dimension)) for _ in range(components)]
        covariances = [random_diagonal(dimension, repeat=True) for _ in range(components)]
        models.append((f"diagonal-{dimension}d-{components}-{index}", seeds[5 + index], 60,
                       random_weights(components), means, covariances))

    cases = []
    for name, seed, count, weights, means, covariances in models:
        for cov in covariances:
            assert_spd(cov)
        components, data = generate_mog(np.random.RandomState(seed), count,
                                        means, covariances, weights)
        cases.append({"name": name, "seed": seed, "count": count, "weights": floats(weights),
                      "means": floats(means), "covariances": floats(covariances),
                      "components": components, "data": floats(data)})

    notebook = cases[0]
    check(notebook["components"][:20] == [2, 1, 2, 0, 0, 2, 2, 0, 1, 2, 0, 1, 1, 0, 1, 1,
                                          1, 0, 2, 1], "notebook components")
    check(np.bincount(notebook["components"]).tolist() == [18, 52, 30], "notebook counts")
    check(notebook["data"][0] == [0.31845367531615931, 5.0318209879941342], "notebook data[0]")

    # The global-state API the notebook calls gives the same points.
    np.random.seed(4)
    _, global_data = generate_mog(np.random, 100, NOTEBOOK_MEANS, NOTEBOOK_COVARIANCES,
                                  NOTEBOOK_WEIGHTS)
    check(floats(global_data) == notebook["data"], "np.random.seed path differs")
    return write("mog_data.json", {"cases": cases}), notebook["data"]


# ---------------------------------------------------------------------------
# densities.json: scipy's Gaussian densities and the notebook's log_sum_exp /
# loglikelihood, run as the notebook writes them (np.linalg.inv and det).


def notebook_log_sum_exp(z):
    z = np.asarray(z, dtype=np.float64)
    return np.max(z) + np.log(np.sum(np.exp(z - np.max(z))))


def notebook_loglikelihood(data, weights, means, covs):
    dim = len(data[0])
    total = 0.0
    for point in data:
        terms = np.zeros(len(means))
        for k in range(len(means)):
            delta = np.array(point) - means[k]
            quadratic = np.dot(delta.T, np.dot(np.linalg.inv(covs[k]), delta))
            terms[k] += np.log(weights[k])
            terms[k] -= 0.5 * (dim * np.log(2 * np.pi) + np.log(np.linalg.det(covs[k])) + quadratic)
        total += notebook_log_sum_exp(terms)
    return float(total)


def make_densities(notebook_data):
    from scipy.stats import multivariate_normal as scipy_mvn
    gaussians = []
    shapes = [([1.0, 1.0], NOTEBOOK_COVARIANCES[1]), ([5.0, 0.0], NOTEBOOK_COVARIANCES[0]),
              ([0.5, -1.0, 2.0], [[2.0, 0.3, -0.4], [0.3, 1.0, 0.2], [-0.4, 0.2, 0.5]]),
              ([0.0] * 4, np.diag([0.1, 2.0, 3.0, 0.01]).tolist())]
    for mean, cov in shapes:
        points = meta.normal(0, 2, size=(6, len(mean))) + np.asarray(mean)
        gaussians.append({"mean": floats(mean), "cov": floats(cov), "points": floats(points),
                          "logpdf": floats(scipy_mvn.logpdf(points, mean, cov)),
                          "pdf": floats(scipy_mvn.pdf(points, mean, cov))})
    log_sum_exp_cases = [[0.0], [1.0, 2.0, 3.0], [-1000.0, -1001.0, -1002.5], [700.0, 710.0],
                         floats(meta.normal(0, 50, size=7))]
    np.random.seed(4)
    chosen = np.random.choice(len(notebook_data), 3, replace=False)
    initial = {"weights": [1 / 3.0] * 3, "means": [notebook_data[i] for i in chosen],
               "covariances": [floats(np.cov(notebook_data, rowvar=0))] * 3}
    truth = {"weights": NOTEBOOK_WEIGHTS, "means": NOTEBOOK_MEANS,
             "covariances": NOTEBOOK_COVARIANCES}
    likelihoods = []
    for name, model in [("notebook-truth", truth), ("notebook-initial", initial)]:
        likelihoods.append({"name": name, "data": notebook_data, "weights": floats(model["weights"]),
                            "means": floats(model["means"]), "covariances": floats(model["covariances"]),
                            "loglikelihood": notebook_loglikelihood(notebook_data, model["weights"],
                                                                    [np.array(m) for m in model["means"]],
                                                                    model["covariances"])})
    return write("densities.json", {
        "scipy_version": __import__("scipy").__version__,
        "gaussians": gaussians,
        "log_sum_exp": [{"z": z, "value": float(notebook_log_sum_exp(z))} for z in log_sum_exp_cases],
        "loglikelihoods": likelihoods})


# ---------------------------------------------------------------------------
# cov.json


def make_cov(notebook_data):
    state = np.random.RandomState(7)
    three_d = state.multivariate_normal([1.0, -2.0, 0.5], np.diag([1.0, 0.5, 2.0]), size=40)
    three_d[:, 2] += 0.7 * three_d[:, 0]  # correlated columns, nonzero off-diagonals
    sets = [("notebook", notebook_data),
            ("three-d-40", floats(three_d)),
            ("two-points", [[1.0, 2.0], [3.5, -0.5]])]
    cases = []
    for name, data in sets:
        cov = np.cov(np.asarray(data, dtype=np.float64), rowvar=0)
        cases.append({"name": name, "data": floats(data), "cov": floats(cov)})
    return write("cov.json", {"cases": cases})


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    print(f"numpy {np.__version__}, meta seed {META_SEED}")
    make_random()
    make_choice()
    make_svd()
    make_multivariate_normal()
    _, notebook_data = make_mog_data()
    make_cov(notebook_data)
    make_densities(notebook_data)


if __name__ == "__main__":
    main()
