#!/usr/bin/env python3
"""Make the EM golden fixture: the notebook's own EM, run by numpy and scipy.

What it makes:
  Tests/EMKitTests/Fixtures/notebook_em.json
      {"numpy_version", "scipy_version", "generated_by", "runs": [...]}
      Each run: "name", "data" (the points), "init" ("seed", "chosen", "weights",
      "means", "covariances"), "maxiter", "thresh", "result" ("weights", "means",
      "covariances", "loglikelihoods" = the ll trace, "resp" = the final
      responsibilities, "iterations" = len(trace) - 1, "converged" = stopped on
      the threshold rather than on maxiter, "progress" = the "Iteration N" lines
      the notebook prints), "per_iteration" (the first three iterations: "resp",
      "weights", "means", "covariances", "loglikelihood" after each), and
      "generation" (how the data were drawn, for the reader).
  Tests/EMKitTests/Fixtures/em-data/<name>.csv
      each run's data, one point a line, comma-separated repr floats, no header,
      so that `emkit fit` can be tested on the very same points.

The oracle is the assignment notebook's EM with its seven "YOUR CODE HERE"
places filled in with the textbook updates (weights[k] = counts[k] / num_data,
means and covariances divided by counts[k]); it is kept as close to the
notebook's code as possible: the same loops, the same order of additions,
scipy's multivariate_normal.pdf in the E-step, and the notebook's provided
loglikelihood (np.linalg.inv / np.linalg.det + log_sum_exp). The only addition
is an optional `observe` callback used to record the first iterations.

Runs:
  notebook         the notebook's data (seed 4, 100 points) and initialisation
                   (seed 4, three chosen points, np.cov for every component, 1/3
                   weights), maxiter 1000, thresh 1e-4: 23 iterations
  notebook-12      the same with maxiter=12 (the notebook's "after 12 iterations")
  six more         mixtures drawn with the notebook's generate_MoG_data from
                   models picked by a fixed meta seed; notebook-style
                   initialisation with other seeds; one 3-D run, one run whose K
                   differs from the true number of components, one with maxiter 5.
                   A candidate is rejected (and the next one drawn) if numpy's EM
                   degenerates or stops within NEAR_THRESHOLD of the threshold, so
                   a tiny rounding difference cannot flip the iteration count.

How to run (from the repository root):
    python3 Scripts/make_em_fixtures.py

Running it twice gives identical files. The values depend on numpy's and
scipy's versions and on the LAPACK/BLAS backend; regenerate only on purpose.
Scripts/crosscheck_fit.py imports the EM oracle from this file.
"""

import contextlib
import io
import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy.stats import multivariate_normal

META_SEED = 20261124
GENERATED_BY = "Scripts/make_em_fixtures.py"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_DIR = os.path.join(ROOT, "Tests", "EMKitTests", "Fixtures")
FIXTURE_PATH = os.path.join(FIXTURE_DIR, "notebook_em.json")
CSV_DIR = os.path.join(FIXTURE_DIR, "em-data")
SIZE_LIMIT = 600 * 1024
PER_ITERATION_COUNT = 3
# Fixture runs must not stop (or go on) by less than this margin: |Δll − thresh|.
NEAR_THRESHOLD = 1e-7

NOTEBOOK_MEANS = [[5, 0], [1, 1], [0, 5]]
NOTEBOOK_COVARIANCES = [
    [[.5, 0.], [0, .5]],
    [[.92, .38], [.38, .91]],
    [[.5, 0.], [0, .5]],
]
NOTEBOOK_WEIGHTS = [1 / 4., 1 / 2., 1 / 4.]


# ---------------------------------------------------------------------------
# The notebook, as written (generate_MoG_data, log_sum_exp, loglikelihood, EM)


def generate_MoG_data(num_data, means, covariances, weights):
    """ Creates a list of data points """
    num_clusters = len(weights)
    data = []
    for i in range(num_data):
        #  Use np.random.choice and weights to pick a cluster id greater than or equal to 0 and less than num_clusters.
        k = np.random.choice(len(weights), 1, p=weights)[0]
        # Use np.random.multivariate_normal to create data from this cluster
        x = np.random.multivariate_normal(means[k], covariances[k])
        data.append(x)
    return data


def log_sum_exp(Z):
    """ Compute log(\\sum_i exp(Z_i)) for some array Z."""
    return np.max(Z) + np.log(np.sum(np.exp(Z - np.max(Z))))


def loglikelihood(data, weights, means, covs):
    """ Compute the loglikelihood of the data for a Gaussian mixture model with the given parameters. """
    num_clusters = len(means)
    num_dim = len(data[0])

    ll = 0
    for d in data:

        Z = np.zeros(num_clusters)
        for k in range(num_clusters):

            # Compute (x-mu)^T * Sigma^{-1} * (x-mu)
            delta = np.array(d) - means[k]
            exponent_term = np.dot(delta.T, np.dot(np.linalg.inv(covs[k]), delta))

            # Compute loglikelihood contribution for this data point and this cluster
            Z[k] += np.log(weights[k])
            Z[k] -= 1/2. * (num_dim * np.log(2*np.pi) + np.log(np.linalg.det(covs[k])) + exponent_term)

        # Increment loglikelihood contribution of this data point across all clusters
        ll += log_sum_exp(Z)

    return ll


def EM(data, init_means, init_covariances, init_weights, maxiter=1000, thresh=1e-4, observe=None):
    """The notebook's EM. `observe(i, resp, weights, means, covariances, ll_latest)` (not
    in the notebook) is called after every iteration's log-likelihood, before the
    convergence test; it must copy what it keeps."""

    # Make copies of initial parameters, which we will update during each iteration
    means = init_means[:]
    covariances = init_covariances[:]
    weights = init_weights[:]

    # Infer dimensions of dataset and the number of clusters
    num_data = len(data)
    num_dim = len(data[0])
    num_clusters = len(means)

    # Initialize some useful variables
    resp = np.zeros((num_data, num_clusters))
    ll = loglikelihood(data, weights, means, covariances)
    ll_trace = [ll]

    for i in range(maxiter):
        if i % 5 == 0:
            print("Iteration %s" % i)

        # E-step: compute responsibilities
        # Update resp matrix so that resp[j, k] is the responsibility of cluster k for data point j.
        # Hint: To compute likelihood of seeing data point j given cluster k, use multivariate_normal.pdf.
        for j in range(num_data):
            for k in range(num_clusters):
                # YOUR CODE HERE
                resp[j, k] = weights[k] * multivariate_normal.pdf(data[j], means[k], covariances[k])
        row_sums = resp.sum(axis=1)[:, np.newaxis]
        resp = resp / row_sums  # normalize over all possible cluster assignments

        # M-step
        # Compute the total responsibility assigned to each cluster, which will be useful when
        # implementing M-steps below. In the lectures this is called N^{soft}
        counts = np.sum(resp, axis=0)

        for k in range(num_clusters):

            # Update the weight for cluster k using the M-step update rule for the cluster weight, \hat{\pi}_k.
            # YOUR CODE HERE
            weights[k] = counts[k] / num_data

            # Update means for cluster k using the M-step update rule for the mean variables.
            # This will assign the variable means[k] to be our estimate for \hat{\mu}_k.
            weighted_sum = 0
            for j in range(num_data):
                # YOUR CODE HERE
                weighted_sum += resp[j, k] * data[j]
            # YOUR CODE HERE
            means[k] = weighted_sum / counts[k]

            # Update covariances for cluster k using the M-step update rule for covariance variables.
            # This will assign the variable covariances[k] to be the estimate for \hat{\Sigma}_k.
            weighted_sum = np.zeros((num_dim, num_dim))
            for j in range(num_data):
                # YOUR CODE HERE (Hint: Use np.outer on the data[j] and this cluster's mean)
                weighted_sum += resp[j, k] * np.outer(data[j] - means[k], data[j] - means[k])
            # YOUR CODE HERE
            covariances[k] = weighted_sum / counts[k]

        # Compute the loglikelihood at this iteration
        # YOUR CODE HERE
        ll_latest = loglikelihood(data, weights, means, covariances)
        ll_trace.append(ll_latest)
        if observe is not None:
            observe(i, resp, weights, means, covariances, ll_latest)

        # Check for convergence in log-likelihood and store
        if (ll_latest - ll) < thresh and ll_latest > -np.inf:
            break
        ll = ll_latest

    if i % 5 != 0:
        print("Iteration %s" % i)

    out = {'weights': weights, 'means': means, 'covs': covariances, 'loglik': ll_trace, 'resp': resp}
    return out


# ---------------------------------------------------------------------------
# Running the notebook's EM and recording it (shared with crosscheck_fit.py)


def floats(values):
    """Plain Python floats (nested lists) so json.dump writes repr()."""
    return np.asarray(values, dtype=np.float64).tolist()


def notebook_init(data, num_clusters, seed):
    """The notebook's initialisation, generalised to K components and any seed."""
    np.random.seed(seed)
    chosen = np.random.choice(len(data), num_clusters, replace=False)
    initial_means = [data[x] for x in chosen]
    initial_covs = [np.cov(data, rowvar=0)] * num_clusters
    initial_weights = [1 / float(num_clusters)] * num_clusters
    return [int(c) for c in chosen], initial_means, initial_covs, initial_weights


class Degenerate(Exception):
    """numpy's EM broke down: an exception (singular matrix) or a non-finite value."""


def run_em(data, num_clusters, seed, maxiter=1000, thresh=1e-4, record=0):
    """Initialise as the notebook does and run its EM.

    Returns a dict with "init", "result" (as in the fixture), "per_iteration" (the
    first `record` iterations) and "deltas" (ll_latest − ll of every iteration).
    Raises Degenerate when numpy/scipy raise or anything becomes non-finite.
    """
    data = [np.asarray(x, dtype=np.float64) for x in data]
    chosen, initial_means, initial_covs, initial_weights = notebook_init(data, num_clusters, seed)
    init = {"seed": int(seed), "chosen": chosen, "weights": floats(initial_weights),
            "means": floats(initial_means), "covariances": floats(initial_covs)}

    per_iteration, completed = [], [0]

    def observe(i, resp, weights, means, covariances, ll_latest):
        completed[0] = i + 1
        state = {"weights": floats(weights), "means": floats(means),
                 "covariances": floats(covariances), "loglikelihood": float(ll_latest)}
        values = np.concatenate([np.ravel(np.asarray(state[key], dtype=np.float64))
                                 for key in ("weights", "means", "covariances", "loglikelihood")])
        if not (np.all(np.isfinite(values)) and np.all(np.isfinite(resp))):
            raise Degenerate(f"non-finite value after iteration {i + 1}")
        if i < record:
            per_iteration.append({"resp": floats(resp), **state})

    printed = io.StringIO()
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"), \
                contextlib.redirect_stdout(printed):
            warnings.simplefilter("ignore")
            out = EM(data, initial_means, initial_covs, initial_weights,
                     maxiter=maxiter, thresh=thresh, observe=observe)
    except Degenerate:
        raise
    except (np.linalg.LinAlgError, ValueError, ZeroDivisionError, FloatingPointError) as error:
        where = "the initial log-likelihood" if out_of_init(printed) else \
            f"iteration {completed[0] + 1}"
        raise Degenerate(f"{type(error).__name__} in {where}: {error}") from None

    trace = [float(v) for v in out["loglik"]]
    if not all(math.isfinite(v) for v in trace):
        raise Degenerate("non-finite log-likelihood")
    iterations = len(trace) - 1
    deltas = [trace[n + 1] - trace[n] for n in range(iterations)]
    converged = bool(deltas[-1] < thresh) if iterations > 0 else False
    result = {"weights": floats(out["weights"]), "means": floats(out["means"]),
              "covariances": floats(out["covs"]), "loglikelihoods": trace,
              "resp": floats(out["resp"]), "iterations": iterations, "converged": converged,
              "progress": printed.getvalue().splitlines()}
    return {"init": init, "result": result, "per_iteration": per_iteration, "deltas": deltas}


def out_of_init(printed):
    """True when EM failed before its loop began (nothing printed yet)."""
    return not printed.getvalue()


def threshold_margin(deltas, thresh):
    """min |Δll − thresh| over the decisions the EM took: how close a rounding change
    would have to come to stop one iteration earlier or later."""
    return min(abs(d - thresh) for d in deltas) if deltas else math.inf


# ---------------------------------------------------------------------------
# The fixture


def check(condition, message):
    if not condition:
        sys.exit("check failed: " + message)


def close(a, b, tolerance=5e-9):
    return abs(a - b) <= tolerance * max(1.0, abs(b))


def notebook_data():
    np.random.seed(4)
    return generate_MoG_data(100, NOTEBOOK_MEANS, NOTEBOOK_COVARIANCES, NOTEBOOK_WEIGHTS)


def random_spd(meta, dimension):
    """A full SPD covariance with variances in about [0.1, 1.2]."""
    while True:
        factor = meta.normal(0.0, 1.0, size=(dimension, dimension))
        cov = factor @ factor.T / dimension + np.diag(meta.uniform(0.05, 0.3, size=dimension))
        cov = cov / max(1.0, float(np.max(np.diag(cov))) / 1.2)
        cov = np.round(cov, 3)
        cov = (cov + cov.T) / 2
        if np.all(np.linalg.eigvalsh(cov) > 0.02):
            return floats(cov)


def random_model(meta, dimension, components, separation=3.0):
    """Means in a box, at least `separation` apart; covariances full SPD, diagonal or isotropic."""
    box = 2.5 * separation * components ** (1.0 / dimension)
    means = []
    while len(means) < components:
        candidate = meta.uniform(-box / 2, box / 2, size=dimension)
        if all(np.linalg.norm(candidate - np.asarray(m)) >= separation for m in means):
            means.append(floats(np.round(candidate, 2)))
    covariances = []
    for _ in range(components):
        roll = meta.random()
        if roll < 0.5:
            covariances.append(random_spd(meta, dimension))
        elif roll < 0.8:
            covariances.append(floats(np.diag(np.round(meta.uniform(0.1, 1.0, size=dimension), 2))))
        else:
            value = float(meta.choice([0.25, 0.5, 0.75, 1.0]))
            covariances.append(floats(np.eye(dimension) * value))
    raw = meta.uniform(0.3, 1.0, size=components)
    weights = floats(raw / raw.sum())
    return weights, means, covariances


# (name, dimension, true components, fitted K, points, maxiter)
EXTRA_RUNS = [
    ("mix2d-k2", 2, 2, 2, 60, 1000),
    ("mix2d-k3", 2, 3, 3, 150, 1000),
    ("mix2d-k4", 2, 4, 4, 120, 1000),
    ("mix3d-k3", 3, 3, 3, 90, 1000),
    ("mix2d-k3-fit2", 2, 3, 2, 80, 1000),
    ("mix2d-k3-maxiter5", 2, 3, 3, 40, 5),
]


def make_run(name, data, num_clusters, seed, maxiter, thresh=1e-4, generation=None):
    run = run_em(data, num_clusters, seed, maxiter=maxiter, thresh=thresh,
                 record=PER_ITERATION_COUNT)
    document = {"name": name, "data": floats(data), "init": run["init"], "maxiter": maxiter,
                "thresh": thresh, "result": run["result"], "per_iteration": run["per_iteration"]}
    if generation is not None:
        document["generation"] = generation
    return document, run


def extra_run(meta, name, dimension, components, fitted, count, maxiter):
    attempts = 0
    while True:
        attempts += 1
        check(attempts <= 50, f"{name}: no usable candidate in 50 attempts")
        weights, means, covariances = random_model(meta, dimension, components)
        data_seed = int(meta.integers(0, 2**32))
        init_seed = int(meta.integers(0, 2**32))
        np.random.seed(data_seed)
        data = generate_MoG_data(count, means, covariances, weights)
        generation = {"seed": data_seed, "count": count, "weights": weights, "means": means,
                      "covariances": covariances}
        try:
            document, run = make_run(name, data, fitted, init_seed, maxiter, generation=generation)
        except Degenerate as error:
            print(f"  {name}: candidate {attempts} degenerate ({error}); drawing another")
            continue
        margin = threshold_margin(run["deltas"], 1e-4)
        result = document["result"]
        if margin < NEAR_THRESHOLD:
            print(f"  {name}: candidate {attempts} within {margin:.3g} of the threshold; "
                  f"drawing another")
            continue
        if maxiter == 1000 and not result["converged"]:
            print(f"  {name}: candidate {attempts} did not converge; drawing another")
            continue
        if maxiter < 1000 and result["converged"]:
            print(f"  {name}: candidate {attempts} converged within maxiter {maxiter}; "
                  f"drawing another")
            continue
        if min(result["weights"]) < 0.02:
            print(f"  {name}: candidate {attempts} has a vanishing component; drawing another")
            continue
        return document, margin


def write_csv(name, data):
    path = os.path.join(CSV_DIR, f"{name}.csv")
    with open(path, "w") as handle:
        for point in data:
            handle.write(",".join(repr(float(v)) for v in point) + "\n")
    # the CSV must give back the very same doubles
    with open(path) as handle:
        parsed = [[float(cell) for cell in line.split(",")] for line in handle if line.strip()]
    check(parsed == floats(data), f"{name}.csv does not round-trip")
    return path


def main():
    meta = np.random.default_rng(META_SEED)
    print(f"numpy {np.__version__}, scipy {scipy.__version__}, meta seed {META_SEED}")
    os.makedirs(CSV_DIR, exist_ok=True)

    data = notebook_data()
    check(floats(data[0]) == [0.31845367531615931, 5.0318209879941342], "notebook data[0]")
    runs, margins = [], {}

    notebook, run = make_run("notebook", data, 3, 4, 1000)
    margins["notebook"] = threshold_margin(run["deltas"], 1e-4)
    result = notebook["result"]
    check(notebook["init"]["chosen"] == [20, 10, 96], "notebook chosen points")
    check(result["iterations"] == 23, f"notebook: {result['iterations']} iterations, expected 23")
    check(result["converged"], "notebook run did not converge")
    check(result["progress"] == ["Iteration 0", "Iteration 5", "Iteration 10", "Iteration 15",
                                 "Iteration 20", "Iteration 22"], f"progress {result['progress']}")
    check(close(result["weights"][0], 0.30071023), f"weights[0] = {result['weights'][0]!r}")
    check(close(result["means"][1][0], 4.94239235), f"means[1][0] = {result['means'][1][0]!r}")
    check(close(result["covariances"][2][0][0], 0.67114992),
          f"covs[2][0][0] = {result['covariances'][2][0][0]!r}")
    trace = result["loglikelihoods"]
    check(len(trace) == 24, f"{len(trace)} log-likelihoods, expected 24")
    check(-541.317 < trace[0] < -541.316, f"ll[0] = {trace[0]!r}")
    check(-318.831 < trace[-1] < -318.830, f"ll[-1] = {trace[-1]!r}")
    check(all(b > a for a, b in zip(trace, trace[1:])), "log-likelihood is not increasing")
    check(abs(sum(result["weights"]) - 1.0) < 1e-12, "weights do not sum to 1")
    runs.append(notebook)

    twelve, run = make_run("notebook-12", data, 3, 4, 12)
    margins["notebook-12"] = threshold_margin(run["deltas"], 1e-4)
    result = twelve["result"]
    check(result["iterations"] == 12 and not result["converged"], "notebook-12 iterations")
    for got, want in zip(result["weights"], [0.39714, 0.17987, 0.42298]):
        check(abs(got - want) < 1e-5, f"notebook-12 weights {result['weights']}")
    check(result["progress"] == ["Iteration 0", "Iteration 5", "Iteration 10", "Iteration 11"],
          f"notebook-12 progress {result['progress']}")
    check(result["loglikelihoods"] == notebook["result"]["loglikelihoods"][:13],
          "notebook-12 trace is not a prefix of the full run's")
    runs.append(twelve)

    for spec in EXTRA_RUNS:
        document, margin = extra_run(meta, *spec)
        margins[spec[0]] = margin
        runs.append(document)

    for document in runs:
        write_csv(document["name"], document["data"])

    payload = {"numpy_version": np.__version__, "scipy_version": scipy.__version__,
               "generated_by": GENERATED_BY, "runs": runs}
    with open(FIXTURE_PATH, "w") as handle:
        json.dump(payload, handle, allow_nan=False)
        handle.write("\n")
    size = os.path.getsize(FIXTURE_PATH)
    check(size < SIZE_LIMIT, f"notebook_em.json is {size} bytes, over {SIZE_LIMIT}")

    print(f"{'run':20s} {'N':>4s} {'D':>2s} {'K':>2s} {'seed':>10s} {'iter':>5s} "
          f"{'conv':>5s} {'margin':>9s}  final ll")
    for document in runs:
        result = document["result"]
        print(f"{document['name']:20s} {len(document['data']):4d} {len(document['data'][0]):2d} "
              f"{len(document['init']['means']):2d} {document['init']['seed']:10d} "
              f"{result['iterations']:5d} {str(result['converged']):>5s} "
              f"{margins[document['name']]:9.3g}  {result['loglikelihoods'][-1]!r}")
    print(f"wrote {os.path.relpath(FIXTURE_PATH, ROOT)} ({size} bytes) and "
          f"{len(runs)} CSV files in {os.path.relpath(CSV_DIR, ROOT)}")


if __name__ == "__main__":
    main()
