#!/usr/bin/env python3
"""Make chapter 03's fixture: the sampling-and-model-selection notebook (seed 002), run by numpy.

The kit runs the notebook's experiments at the notebook's sizes: 900 samples from its model,
the K = 3 fit from its random start with up to 400 iterations and tolerance 1e-9, and the sweep
K = 1 ... 14 with up to 800 iterations and tolerance 1e-8, each K from the notebook's random
start (weights 1/K, means np.random.normal(size=(K, 2)), identity covariances).

Where the kit departs from the notebook, and why (INSTRUCTORS.md, "Where the kit departs from the notebooks", says the same):
* Seeds. The notebook does not seed numpy. The kit seeds it once with np.random.seed(SEED) and
  runs the notebook's cells in order on the one stream: 900 samples (a component by
  np.random.choice with the mixing probabilities, then np.random.multivariate_normal), then the
  random start for K = 3. Before the sweep it seeds np.random.seed(SWEEP_SEED) and draws the
  start of every K in turn from that stream. On the stream continued from the K = 3 start
  instead (as the notebook's cells would run after seed 2023), the notebook's own code breaks
  down at K = 5, 7 and 13: a component collapses onto a few points, its covariance becomes
  singular and numpy returns NaN (or divides by zero). With SWEEP_SEED every K runs to its end.
* The measure. The notebook's log_likelihood weights each component by the point's
  responsibility instead of its mixing weight and divides by the number of components; the kit
  traces the mean negative log-likelihood of the data under the new parameters,
  -(1/N) sum_i log sum_k pi_k N(x_i | mu_k, Sigma_k), the quantity BIC and AIC are made of.
  A fit stops when that changes by at most the tolerance between iterations (the notebook's
  rule, starting from 0) or after the maximum number of iterations.

What it makes: Sources/Chapters/03-SamplingAndSelection/Tests/Fixtures/chapter03.json with the samples and labels, the K = 3
fit (its start, the traces of mean NLL and weights, the final parameters, the permutation of its
components closest to the truth), and the sweep (K, start means, final mean NLL, iterations,
BIC, AIC, and how far the last change is from the tolerance) for K = 1 ... SWEEP_MAX, with the
K that BIC and AIC pick.

How to run (from the repository root):
    python3 Scripts/make_chapter03_fixtures.py
"""

import itertools
import json
import os

import numpy as np
import scipy

GENERATED_BY = "Scripts/make_chapter03_fixtures.py"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_PATH = os.path.join(ROOT, "Sources", "Chapters", "03-SamplingAndSelection", "Tests", "Fixtures", "chapter03.json")

SEED = 2023
MAX_ITERATIONS = 400
TOLERANCE = 1e-9
SWEEP_MAX = 14
SWEEP_SEED = 2024
SWEEP_MAX_ITERATIONS = 800
SWEEP_TOLERANCE = 1e-8

# --- the notebook's model and sampler -------------------------------------------------
means = np.array([[-4, 0], [0, 4], [4, 0]])
covariances = np.array([[[1, 0.5], [0.5, 1]], [[1, 0], [0, 1]], [[1, -0.5], [-0.5, 1]]])
mixing_probabilities = [0.3, 0.5, 0.2]
n_samples = 900
n_components = 3


def multivariate_normal_pdf(x, mean, cov):
    d = mean.shape[0]
    coef = 1 / ((2 * np.pi) ** (d / 2) * np.linalg.det(cov) ** 0.5)
    diff = x - mean
    inv_cov = np.linalg.inv(cov)
    exponent = -0.5 * np.sum(np.dot(diff, inv_cov) * diff, axis=-1)
    return coef * np.exp(exponent)


def compute_responsibilities(samples, means, covariances, weights):
    n_samples = samples.shape[0]
    n_components = means.shape[0]
    responsibilities = np.zeros((n_samples, n_components))
    for i in range(n_components):
        responsibilities[:, i] = weights[i] * multivariate_normal_pdf(samples, mean=means[i], cov=covariances[i])
    responsibilities = responsibilities / np.sum(responsibilities, axis=1, keepdims=True)
    return responsibilities


def mean_nll(samples, weights, means, covs):
    """The kit's measure: -(1/N) sum_i log sum_k pi_k N(x_i | mu_k, Sigma_k)."""
    total = np.zeros(samples.shape[0])
    for k in range(len(weights)):
        total += weights[k] * multivariate_normal_pdf(samples, means[k], covs[k])
    return -np.mean(np.log(total))


def update_parameters(samples, responsibilities):
    n_samples = samples.shape[0]
    n_components = responsibilities.shape[1]
    weights = np.sum(responsibilities, axis=0) / n_samples
    means = np.zeros((n_components, 2))
    covariances = np.zeros((n_components, 2, 2))
    for i in range(n_components):
        means[i] = np.sum(responsibilities[:, i].reshape(-1, 1) * samples, axis=0) / np.sum(responsibilities[:, i])
        diff = samples - means[i]
        covariances[i] = np.dot(responsibilities[:, i] * diff.T, diff) / np.sum(responsibilities[:, i])
    nll = mean_nll(samples, weights, means, covariances)
    return means, covariances, weights, nll


def fit(samples, k, max_iterations, tolerance):
    """The notebook's random start (on the global stream) and its EM loop, with traces."""
    em_weights = np.ones((k)) / k
    em_means = np.random.normal(size=(k, 2))
    em_covariances = np.array([np.eye(2) for _ in range(k)])
    start = em_means.copy()
    nll_trace, weight_trace = [], []
    previous = 0
    for _ in range(max_iterations):
        responsibilities = compute_responsibilities(samples, em_means, em_covariances, em_weights)
        em_means, em_covariances, em_weights, nll = update_parameters(samples, responsibilities)
        nll_trace.append(float(nll))
        weight_trace.append(em_weights.tolist())
        if abs(previous - nll) <= tolerance:
            break
        previous = nll
    return start, em_weights, em_means, em_covariances, nll_trace, weight_trace


def closest_permutation(estimated, truth):
    """perm[i] = the estimated component matched with true component i, minimising the
    total squared distance between matched means."""
    best, best_cost = None, np.inf
    for perm in itertools.permutations(range(len(truth))):
        cost = sum(np.sum((estimated[perm[i]] - truth[i]) ** 2) for i in range(len(truth)))
        if cost < best_cost - 1e-12:
            best, best_cost = perm, cost
    return list(best)


def parameter_count(k, d):
    return (k - 1) + k * d + k * d * (d + 1) // 2


def main():
    np.random.seed(SEED)
    samples = np.zeros((n_samples, means.shape[1]))
    labels = np.zeros((n_samples), dtype=int)
    for i in range(len(samples)):
        cluster_index = np.random.choice(n_components, p=mixing_probabilities)
        samples[i, :] = np.random.multivariate_normal(mean=means[cluster_index], cov=covariances[cluster_index])
        labels[i] = cluster_index

    start, w, mu, cov, nll_trace, weight_trace = fit(samples, 3, MAX_ITERATIONS, TOLERANCE)
    perm = closest_permutation(mu, means)

    np.random.seed(SWEEP_SEED)
    sweep = []
    for k in range(1, SWEEP_MAX + 1):
        with np.errstate(divide="raise", over="raise", invalid="raise", under="ignore"):
            s, wk, muk, covk, trace, _ = fit(samples, k, SWEEP_MAX_ITERATIONS, SWEEP_TOLERANCE)
        nll = trace[-1]
        p = parameter_count(k, 2)
        # How close any change of the mean NLL comes to the tolerance (K = 4 comes within 1.2e-11
        # once in its 568 iterations): the kit's reference, in log space, must stop after the
        # same iteration, which the fixture test checks. Graded answers compare final values to
        # 1e-6, so a correct EM that stops one iteration apart (changing the NLL by < 1e-8) passes.
        changes = np.abs(np.diff([0.0] + trace))
        last_change = float(changes[-1])
        margin = float(np.min(np.abs(changes - SWEEP_TOLERANCE)))
        assert margin > 1e-12, (k, margin)
        sweep.append({"k": k, "start_means": s.tolist(), "mean_nll": nll, "iterations": len(trace), "last_change": last_change, "margin": margin,
                      "bic": 2 * n_samples * nll + p * np.log(n_samples), "aic": 2 * n_samples * nll + 2 * p})

    fixture = {
        "numpy_version": np.__version__, "scipy_version": scipy.__version__, "generated_by": GENERATED_BY,
        "seed": SEED, "max_iterations": MAX_ITERATIONS, "tolerance": TOLERANCE,
        "sweep_max_iterations": SWEEP_MAX_ITERATIONS, "sweep_tolerance": SWEEP_TOLERANCE, "sweep_seed": SWEEP_SEED,
        "samples": samples.tolist(), "labels": labels.tolist(),
        "fit": {"start_means": start.tolist(), "weights": w.tolist(), "means": mu.tolist(), "covariances": cov.tolist(),
                "mean_nll": nll_trace, "weight_trace": weight_trace, "permutation": perm},
        "sweep": sweep,
        "best_k_bic": min(sweep, key=lambda r: r["bic"])["k"], "best_k_aic": min(sweep, key=lambda r: r["aic"])["k"],
    }
    os.makedirs(os.path.dirname(FIXTURE_PATH), exist_ok=True)
    with open(FIXTURE_PATH, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print("counts", np.unique(labels, return_counts=True)[1], "fit iterations", len(nll_trace), "final nll", nll_trace[-1])
    print("weights", np.round(w, 4), "perm", perm, "matched weights", np.round(w[perm], 4))
    for row in sweep:
        print(row["k"], row["iterations"], round(row["mean_nll"], 5), round(row["bic"], 2), round(row["aic"], 2))
    print("BIC picks", min(sweep, key=lambda r: r["bic"])["k"], "AIC picks", min(sweep, key=lambda r: r["aic"])["k"])


if __name__ == "__main__":
    main()
