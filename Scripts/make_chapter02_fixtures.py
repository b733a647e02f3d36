#!/usr/bin/env python3
"""Make chapter 02's fixture: the modular-EM notebook's own functions, run by numpy and scipy.

What it makes:
  Sources/Chapters/02-ModularEM/Tests/Fixtures/chapter02.json
      {"numpy_version", "scipy_version", "generated_by",
       "function_cases": [...], "runs": [...]}
      Each function case: "seed", "n", "d", "k", the inputs ("data", "resp", "weights",
      "means", "covariances") drawn by `modular_inputs` below, and what the notebook's
      functions give on them: "responsibilities" (compute_responsibilities on data,
      weights, means, covariances), "counts" (compute_soft_counts on resp), "new_weights"
      (compute_weights on counts), "new_means" (compute_means on data, resp, counts) and
      "new_covariances" (compute_covariances on data, resp, counts, means).
      Each run: "name", "data", "init" (seed, chosen, weights, means, covariances),
      "result" of EM_algorithm ("weights", "means", "covariances", "loglikelihoods",
      "iterations", "progress"), and "first_iteration" (the state after maxiter=1).

The notebook (seed 003) splits EM into compute_responsibilities, compute_soft_counts,
compute_weights, compute_means, compute_covariances and EM_algorithm; they are copied
below as the notebook writes them (loops, scipy's multivariate_normal.pdf, counts divided
by their sum). The dump of the notebook lacks the cells that define the two-cluster model
and the three-cluster covariances, weights and size, and it does not show the seed used
to draw the data. The kit picks them (TWO_CLUSTERS, THREE_CLUSTERS below, the same in
Sources/EMKit/Notebooks/Chapter02Notebook.swift): two well-separated clusters of equal
weight, and three clusters at the notebook's means with uneven weights. Each data set is
drawn with the notebook's generate_MoG_data after np.random.seed(DATA_SEED); the
initialisation is the notebook's initialize_and_run after np.random.seed(10) (the seed the
notebook sets), reseeded before each of the two runs.

Function cases use inputs drawn from uniforms only (np.random.uniform), which the kit
reproduces bit for bit, so the Swift test can rebuild the very same inputs.

How to run (from the repository root):
    python3 Scripts/make_chapter02_fixtures.py
Running it twice gives identical files.
"""

import contextlib
import io
import json
import os

import numpy as np
import scipy
from scipy.stats import multivariate_normal

GENERATED_BY = "Scripts/make_chapter02_fixtures.py"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_PATH = os.path.join(ROOT, "Sources", "Chapters", "02-ModularEM", "Tests", "Fixtures", "chapter02.json")

INIT_SEED = 10
TWO_CLUSTERS = {
    "name": "two-clusters", "count": 200, "data_seed": 2,
    "means": [[1.0, 2.0], [7.0, 6.5]],
    "covariances": [[[1.0, 0.4], [0.4, 1.2]], [[1.3, -0.5], [-0.5, 0.9]]],
    "weights": [0.5, 0.5],
}
THREE_CLUSTERS = {
    "name": "three-clusters", "count": 300, "data_seed": 3,
    "means": [[1.5, 6.0], [7.9, 4.3], [15.3, 5.4]],
    "covariances": [[[1.0, 0.3], [0.3, 1.5]], [[1.2, -0.6], [-0.6, 1.0]], [[1.6, 0.5], [0.5, 0.8]]],
    "weights": [0.2, 0.5, 0.3],
}
# (seed, n, d, k) of the function cases the visible items use.
FUNCTION_CASES = [(21, 10, 2, 3), (22, 8, 3, 2)]


# --- the notebook's code ------------------------------------------------------------

def log_sum_exp(Z):
    return np.max(Z) + np.log(np.sum(np.exp(Z - np.max(Z))))


def loglikelihood(data, weights, means, covs):
    num_clusters = len(means)
    num_dim = len(data[0])
    ll = 0
    for d in data:
        Z = np.zeros(num_clusters)
        for k in range(num_clusters):
            delta = np.array(d) - means[k]
            exponent_term = np.dot(delta.T, np.dot(np.linalg.inv(covs[k]), delta))
            Z[k] += np.log(weights[k])
            Z[k] -= 1 / 2. * (num_dim * np.log(2 * np.pi) + np.log(np.linalg.det(covs[k])) + exponent_term)
        ll += log_sum_exp(Z)
    return ll


def compute_responsibilities(data, weights, means, covariances):
    num_data = len(data)
    num_clusters = len(means)
    resps = np.zeros((num_data, num_clusters))
    for i in range(num_data):
        for k in range(num_clusters):
            resps[i, k] = weights[k] * multivariate_normal.pdf(data[i], means[k], covariances[k])
    row_sums = resps.sum(axis=1)[:, np.newaxis]
    resps = resps / row_sums
    return resps


def compute_soft_counts(resp):
    counts = np.sum(resp, axis=0)
    return counts


def compute_weights(counts):
    num_clusters = len(counts)
    weights = np.zeros(num_clusters)
    for k in range(num_clusters):
        weights[k] = counts[k] / np.sum(counts)
    return weights


def compute_means(data, resp, counts):
    num_clusters = len(counts)
    num_data = len(data)
    means = [np.zeros(len(data[0]))] * num_clusters
    for k in range(num_clusters):
        weighted_sum = 0.
        for i in range(num_data):
            weighted_sum += resp[i, k] * data[i]
        means[k] = weighted_sum * 1 / counts[k]
    return means


def compute_covariances(data, resp, counts, means):
    num_clusters = len(counts)
    num_dim = len(data[0])
    num_data = len(data)
    covariances = [np.zeros((num_dim, num_dim))] * num_clusters
    for k in range(num_clusters):
        weighted_sum = np.zeros((num_dim, num_dim))
        for i in range(num_data):
            weighted_sum += resp[i, k] * np.outer((data[i] - means[k]), (data[i] - means[k]).T)
        covariances[k] = weighted_sum / counts[k]
    return covariances


def EM_algorithm(data, init_means, init_covariances, init_weights, maxiter=1000, thresh=1e-4):
    means = init_means[:]
    covariances = init_covariances[:]
    weights = init_weights[:]
    num_data = len(data)
    num_dim = len(data[0])
    num_clusters = len(means)
    resp = np.zeros((num_data, num_clusters))
    ll = loglikelihood(data, weights, means, covariances)
    ll_trace = [ll]
    for it in range(maxiter):
        if it % 5 == 0:
            print('Iteration %d' % it)
        resp = compute_responsibilities(data, weights, means, covariances)
        counts = compute_soft_counts(resp)
        weights = compute_weights(counts)
        means = compute_means(data, resp, counts)
        covariances = compute_covariances(data, resp, counts, means)
        ll_next = loglikelihood(data, weights, means, covariances)
        ll_trace.append(ll_next)
        if (ll_next - ll < thresh) and (ll_next > -np.inf):
            break
        ll = ll_next
    out = {'weights': weights, 'means': means, 'covs': covariances,
           'loglike': ll_trace, 'resp': resp}
    return out


def generate_MoG_data(num_data, means, covariances, weights):
    num_clusters = len(weights)
    data = []
    for i in range(num_data):
        k = np.random.choice(num_clusters, 1, p=weights)[0]
        x = np.random.multivariate_normal(means[k], covariances[k])
        data.append(x)
    return np.array(data)


def initialize_and_run(data, n_cluster, maxiter=1000):
    selected = np.random.choice(len(data), n_cluster, replace=False)
    initial_means = [data[i] for i in selected]
    initial_covs = [np.cov(data, rowvar=0)] * n_cluster
    initial_weights = [1 / n_cluster] * n_cluster
    initial = {'means': initial_means, 'covs': initial_covs, 'weights': initial_weights}
    results = EM_algorithm(data, initial_means, initial_covs, initial_weights, maxiter=maxiter)
    return selected, initial, results


# --- the kit's inputs for the function cases ------------------------------------------

def modular_inputs(seed, n, d, k):
    """Random inputs for the five functions, drawn from uniforms only, in this order."""
    np.random.seed(seed)
    data = np.random.uniform(-5, 5, size=(n, d))
    raw = np.random.uniform(0.1, 1, size=(n, k))
    resp = raw / raw.sum(axis=1)[:, np.newaxis]
    raw_weights = np.random.uniform(0.5, 1.5, size=k)
    weights = raw_weights / raw_weights.sum()
    means = np.random.uniform(-3, 3, size=(k, d))
    covariances = []
    for _ in range(k):
        a = np.random.uniform(-1, 1, size=(d, d))
        covariances.append(a @ a.T + 0.3 * np.eye(d))
    return data, resp, weights, means, covariances


def tolist(x):
    return np.asarray(x, dtype=float).tolist()


def function_case(seed, n, d, k):
    data, resp, weights, means, covariances = modular_inputs(seed, n, d, k)
    counts = compute_soft_counts(resp)
    return {
        "seed": seed, "n": n, "d": d, "k": k,
        "data": tolist(data), "resp": tolist(resp), "weights": tolist(weights),
        "means": tolist(means), "covariances": tolist(covariances),
        "responsibilities": tolist(compute_responsibilities(data, weights, means, covariances)),
        "counts": tolist(counts),
        "new_weights": tolist(compute_weights(counts)),
        "new_means": tolist(compute_means(data, resp, counts)),
        "new_covariances": tolist(compute_covariances(data, resp, counts, means)),
    }


def run(spec):
    np.random.seed(spec["data_seed"])
    data = generate_MoG_data(spec["count"], spec["means"], spec["covariances"], spec["weights"])
    k = len(spec["weights"])
    outputs = {}
    for maxiter in (1, 1000):
        np.random.seed(INIT_SEED)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            selected, initial, results = initialize_and_run(data, k, maxiter=maxiter)
        outputs[maxiter] = (selected, initial, results, printed.getvalue().split("\n")[:-1])
    selected, initial, results, progress = outputs[1000]
    first = outputs[1][2]
    return {
        "name": spec["name"], "data_seed": spec["data_seed"], "model": {
            "weights": spec["weights"], "means": spec["means"], "covariances": spec["covariances"]},
        "data": tolist(data),
        "init": {"seed": INIT_SEED, "chosen": [int(i) for i in selected], "weights": tolist(initial["weights"]),
                 "means": tolist(initial["means"]), "covariances": tolist(initial["covs"])},
        "result": {"weights": tolist(results["weights"]), "means": tolist(results["means"]),
                   "covariances": tolist(results["covs"]), "loglikelihoods": tolist(results["loglike"]),
                   "iterations": len(results["loglike"]) - 1, "progress": progress},
        "first_iteration": {"weights": tolist(first["weights"]), "means": tolist(first["means"]),
                            "covariances": tolist(first["covs"]), "resp": tolist(first["resp"]),
                            "loglikelihood": float(first["loglike"][1])},
    }


def main():
    fixture = {
        "numpy_version": np.__version__, "scipy_version": scipy.__version__, "generated_by": GENERATED_BY,
        "init_seed": INIT_SEED,
        "function_cases": [function_case(*case) for case in FUNCTION_CASES],
        "runs": [run(TWO_CLUSTERS), run(THREE_CLUSTERS)],
    }
    os.makedirs(os.path.dirname(FIXTURE_PATH), exist_ok=True)
    with open(FIXTURE_PATH, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    for r in fixture["runs"]:
        res = r["result"]
        gains = np.diff(res["loglikelihoods"])
        print(f'{r["name"]}: {res["iterations"]} iterations, progress {res["progress"]}, '
              f'weights {np.round(res["weights"], 4)}, ll {res["loglikelihoods"][-1]:.6f}, last gain {gains[-1]:.3g}')
    print("wrote", os.path.relpath(FIXTURE_PATH, ROOT))


if __name__ == "__main__":
    main()
