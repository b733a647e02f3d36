#!/usr/bin/env python3
"""Make the scikit-learn agreement fixture for the kit's mixture EM (fitMixture).

What it makes:
  Tests/EMKitTests/Fixtures/sklearn_em.json
      {"sklearn_version", "numpy_version", "generated_by", "runs": [...]}
      Each run: "name", "covariance_type" (sklearn's spelling), "data",
      "reg_covar", "tol", "max_iter", and either
        "start": {"weights", "means", "covariances"} -- every covariance written
                 out as a d x d matrix of the run's type; sklearn gets the same
                 start as weights_init, means_init and precisions_init (the
                 inverse of each covariance, in sklearn's shape for the type), or
        "random_state" and "n_init" -- sklearn's init_params='random', which the
                 kit reproduces draw for draw with its numpy generator;
      and "result": sklearn's weights_, means_, covariances_ (as d x d
      matrices), lower_bound_, lower_bounds_ (the trace), n_iter_, converged_,
      score_samples / predict_proba / predict on the run's first 5 points,
      score (mean log-likelihood of the final model), bic and aic.

Runs: four data sets (2-D, three clusters; 3-D, four clusters; 2-D with half
the points duplicated and a 3-D set with a constant column, where only
reg_covar keeps the covariances positive definite) times the four covariance
types, from given starts; a 10-D set and a 4503-point set (full and tied),
which reach the kit's tiled and parallel code; plus init_params='random' with
two restarts.
In the constant-column set, scikit-learn's diagonal variance
avg_X2 - means**2 leaves rounding noise of about 1e-14 on a variance that is
exactly 0 (+ reg_covar = 1e-6), i.e. 1e-8 relative, which moves the fit at
the 1e-8 level; the kit centres its sums and gets exactly 0. For the diag and
spherical runs of that set, "result" is therefore made with sklearn's diag
estimator replaced by the centred sum sum_j r_jk (x_j - mu_k)**2 / n_k (the
same formula, rounded better) and "sklearn_variant" says so; stock sklearn's
numbers are kept as "result_stock".
A run whose final change in lower bound lies within 1e-2 * tol of tol is
rejected and the script stops, so rounding cannot flip an iteration count.

How to run (from the repository root):
    python3 Scripts/make_sklearn_fixtures.py
Running it twice gives identical files (up to the BLAS backend's rounding).
"""

import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture
from sklearn.mixture import _gaussian_mixture as gmm_module

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "EMKitTests", "Fixtures", "sklearn_em.json")
TYPES = ["full", "tied", "diag", "spherical"]


def blobs(seed, centers, scales, count):
    rng = np.random.RandomState(seed)
    d = len(centers[0])
    parts = []
    for c, s in zip(centers, scales):
        a = rng.normal(size=(d, d)) * s
        parts.append(rng.multivariate_normal(c, a @ a.T + 0.1 * np.eye(d), size=count))
    data = np.concatenate(parts)
    return data[rng.permutation(len(data))]


def data_sets():
    two = blobs(1, [[0, 0], [4, 1], [1, 5]], [1.0, 0.7, 0.5], 100)
    three = blobs(2, [[0, 0, 0], [3, 3, 0], [0, 4, 4], [5, 0, 3]], [0.8, 1.0, 0.6, 0.9], 120)
    duplicated = np.concatenate([two[:150], np.tile([[1.5, 2.0]], (150, 1))])
    constant = three[:200].copy()
    constant[:, 2] = 5.0
    return [("blobs2d", two, 3), ("blobs3d", three, 4), ("duplicates", duplicated, 3), ("constant-column", constant, 3)]


def large_data_sets():
    """Sizes that exercise the kit's other code paths: d >= 8 (register-tiled scatter) and
    N >= 4096 (rows split into parts that run in parallel, with a partial last block)."""
    ten = blobs(3, [[0] * 10, [3] * 10, [0, 4] * 5], [0.6, 0.8, 0.5], 70)
    many = blobs(4, [[0, 0], [4, 1], [1, 5]], [1.0, 0.7, 0.5], 1501)
    return [("blobs10d", ten, 3), ("blobs2d-4503", many, 3)]


def start_for(data, k, cov_type, seed):
    rng = np.random.RandomState(seed)
    means = data[rng.choice(len(data), k, replace=False)]
    cov = np.cov(data, rowvar=False) + 0.5 * np.eye(data.shape[1])
    d = data.shape[1]
    if cov_type == "full":
        covs = [cov * (1 + 0.25 * i) for i in range(k)]
        precisions = np.array([np.linalg.inv(c) for c in covs])
    elif cov_type == "tied":
        covs = [cov] * k
        precisions = np.linalg.inv(cov)
    elif cov_type == "diag":
        diag = np.array([np.diag(cov) * (1 + 0.25 * i) for i in range(k)])
        covs = [np.diag(v) for v in diag]
        precisions = 1 / diag
    else:
        var = np.array([np.mean(np.diag(cov)) * (1 + 0.25 * i) for i in range(k)])
        covs = [v * np.eye(d) for v in var]
        precisions = 1 / var
    weights = np.full(k, 1 / k)
    return {"weights": weights.tolist(), "means": means.tolist(), "covariances": [np.asarray(c).tolist() for c in covs]}, precisions


def full_covariances(gm, k, d):
    c = gm.covariances_
    if gm.covariance_type == "full":
        return c
    if gm.covariance_type == "tied":
        return np.array([c] * k)
    if gm.covariance_type == "diag":
        return np.array([np.diag(v) for v in c])
    return np.array([v * np.eye(d) for v in c])


def result_of(gm, data):
    k, d = gm.means_.shape
    head = data[:5]
    return {
        "weights": gm.weights_.tolist(),
        "means": gm.means_.tolist(),
        "covariances": full_covariances(gm, k, d).tolist(),
        "lower_bound": float(gm.lower_bound_),
        "lower_bounds": [float(v) for v in gm.lower_bounds_],
        "n_iter": int(gm.n_iter_),
        "converged": bool(gm.converged_),
        "score_samples": gm.score_samples(head).tolist(),
        "predict_proba": gm.predict_proba(head).tolist(),
        "predict": gm.predict(head).tolist(),
        "score": float(gm.score(data)),
        "bic": float(gm.bic(data)),
        "aic": float(gm.aic(data)),
    }


def centred_diag(resp, X, nk, means, reg_covar, xp=None):
    """sklearn's diag covariance with the centred two-pass sum instead of avg_X2 - means**2."""
    return np.array([(resp[:, k:k + 1] * (X - means[k]) ** 2).sum(0) / nk[k] for k in range(len(nk))]) + reg_covar


def check_margin(name, gm, tol):
    if gm.converged_ and len(gm.lower_bounds_) >= 2:
        change = abs(gm.lower_bounds_[-1] - gm.lower_bounds_[-2])
        if abs(change - tol) < 1e-2 * tol:
            raise SystemExit(f"{name}: final change {change} too close to tol {tol}; pick other data")


def main():
    runs = []
    tol, reg, max_iter = 1e-3, 1e-6, 100
    for name, data, k in data_sets():
        for t, cov_type in enumerate(TYPES):
            start, precisions = start_for(data, k, cov_type, seed=10 + t)
            gm = GaussianMixture(n_components=k, covariance_type=cov_type, tol=tol, reg_covar=reg, max_iter=max_iter,
                                 weights_init=start["weights"], means_init=start["means"], precisions_init=precisions)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                gm.fit(data)
            check_margin(name, gm, tol)
            run = {"name": f"{name}-{cov_type}", "covariance_type": cov_type, "data": data.tolist(), "reg_covar": reg,
                   "tol": tol, "max_iter": max_iter, "start": start, "sklearn_variant": "stock", "result": result_of(gm, data)}
            if name == "constant-column" and cov_type in ("diag", "spherical"):
                stock = gmm_module._estimate_gaussian_covariances_diag
                gmm_module._estimate_gaussian_covariances_diag = centred_diag
                try:
                    gm.fit(data)
                finally:
                    gmm_module._estimate_gaussian_covariances_diag = stock
                check_margin(name, gm, tol)
                run["result_stock"] = run["result"]
                run["result"] = result_of(gm, data)
                run["sklearn_variant"] = "centred-diag-variance"
            runs.append(run)
    for name, data, k in large_data_sets():
        for t, cov_type in enumerate(["full", "tied"]):
            start, precisions = start_for(data, k, cov_type, seed=20 + t)
            gm = GaussianMixture(n_components=k, covariance_type=cov_type, tol=tol, reg_covar=reg, max_iter=max_iter,
                                 weights_init=start["weights"], means_init=start["means"], precisions_init=precisions)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                gm.fit(data)
            check_margin(name, gm, tol)
            runs.append({"name": f"{name}-{cov_type}", "covariance_type": cov_type, "data": data.tolist(), "reg_covar": reg,
                         "tol": tol, "max_iter": max_iter, "start": start, "sklearn_variant": "stock", "result": result_of(gm, data)})
    for name, data, k in data_sets()[:2]:
        for cov_type in ["full", "diag"]:
            gm = GaussianMixture(n_components=k, covariance_type=cov_type, tol=tol, reg_covar=reg, max_iter=max_iter,
                                 init_params="random", random_state=7, n_init=2)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                gm.fit(data)
            check_margin(name, gm, tol)
            runs.append({"name": f"{name}-{cov_type}-random-init", "covariance_type": cov_type, "data": data.tolist(),
                         "reg_covar": reg, "tol": tol, "max_iter": max_iter, "random_state": 7, "n_init": 2, "sklearn_variant": "stock",
                         "result": result_of(gm, data)})
    out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
           "generated_by": "Scripts/make_sklearn_fixtures.py", "runs": runs}
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for r in runs:
        print(f"{r['name']}: n_iter {r['result']['n_iter']}, converged {r['result']['converged']}, lower bound {r['result']['lower_bound']:.6f}")


if __name__ == "__main__":
    main()
