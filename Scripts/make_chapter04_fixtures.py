#!/usr/bin/env python3
"""Make chapter 04's fixture: covariance variants and the library view (notebook seed 004).

The lecture fits scikit-learn's GaussianMixture to make_moons / make_blobs / make_circles data.
The kit's chapter asks students to write the pieces themselves; this script runs the same
procedure twice, independently, and stores both:

* numpy, written the way the lecture's pseudo-code reads (spherical sigma^2_k = sum_i C_ik
  ||x_i - mu_k||^2 / (d sum_i C_ik), diagonal variances, full covariances; reg_covar added to
  every variance), the kit's k-means++ seeding (one D^2 draw per seed) and random seeding
  (np.random.randint), a start from the seeds (every point to its nearest seed, one M-step),
  and EM with scikit-learn's stopping rule (the mean log-likelihood before each M-step,
  stop when it changes by less than tol);
* scikit-learn's GaussianMixture from the same start (weights_init, means_init,
  precisions_init), whose weights_, means_, covariances_, n_iter_, lower_bound_ and
  predict_proba / predict / score_samples are checked against numpy here (1e-8) and stored.

The pseudo-code's spherical update writes the previous means mu_k^t; scikit-learn (and the
kit, as chapter 02's covariances do) uses the means just updated in the same M-step, which is
the update that maximises the expected log-likelihood. The spherical variance is then the
mean of the diagonal ones, which is how scikit-learn computes it.

The lecture's GMM_predict_plot passes `init_parms=...` (scikit-learn's keyword is
`init_params`; scikit-learn 1.9.1 raises a TypeError on the cell as written) and, for 'random', only means_init;
the kit's random start is the lecture's np.random.randint seeds, each point to its nearest
seed, one M-step.

The lecture does not seed its data sets (except the two moons, random_state=0); the kit uses
random_state=DATA_SEED. Its default start is scikit-learn's k-means (Lloyd iterations after
k-means++); the kit starts from k-means++ seeds and one hard assignment instead, and gives
scikit-learn that start, so both run the same EM.

What it makes: Tests/EMKitTests/Fixtures/chapter04.json.
How to run (from the repository root):
    python3 Scripts/make_chapter04_fixtures.py
"""

import json
import os
import warnings

import numpy as np
import sklearn
from sklearn import datasets
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture

GENERATED_BY = "Scripts/make_chapter04_fixtures.py"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_PATH = os.path.join(ROOT, "Tests", "EMKitTests", "Fixtures", "chapter04.json")

REG = 1e-6
TOL = 1e-3
MAX_ITER = 100
DATA_SEED = 4
N_PANEL = 500  # the lecture's panels use 1500 points; the kit's graded runs use 500
ANISO = [[0.60834549, -0.63667341], [-0.40887718, 0.85253229]]


# --- the kit's procedure in numpy -----------------------------------------------------
def kmeanspp(X, k, rng):
    """One uniform point, then each seed drawn with probability proportional to D^2."""
    n = len(X)
    seeds = [min(n - 1, int(rng.random_sample() * n))]
    d2 = ((X - X[seeds[0]]) ** 2).sum(1)
    while len(seeds) < k:
        u = rng.random_sample()
        running = np.cumsum(d2)
        total = running[-1]
        if total > 0:
            pick = min(n - 1, int(np.searchsorted(running, u * total, side="right")))
        else:
            pick = min(n - 1, int(u * n))
        seeds.append(pick)
        d2 = np.minimum(d2, ((X - X[pick]) ** 2).sum(1))
    return seeds


def random_seeds(X, k, rng):
    return [int(i) for i in rng.randint(0, len(X), size=k)]


def m_step(X, resp, shape):
    n, d = X.shape
    nk = resp.sum(0)
    weights = nk / n
    means = (resp.T @ X) / nk[:, None]
    covs = []
    for k in range(len(nk)):
        diff = X - means[k]
        if shape == "full":
            c = (resp[:, k, None] * diff).T @ diff / nk[k] + REG * np.eye(d)
        elif shape == "diag":
            c = np.diag((resp[:, k, None] * diff ** 2).sum(0) / nk[k] + REG)
        else:  # the pseudo-code's spherical update
            s2 = (resp[:, k] * (diff ** 2).sum(1)).sum() / (d * nk[k])
            c = (s2 + REG) * np.eye(d)
        covs.append(c)
    return weights, means, np.array(covs)


def start_from_seeds(X, seeds, shape):
    centers = X[seeds]
    dist = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(2)
    labels = dist.argmin(1)
    resp = np.zeros((len(X), len(seeds)))
    resp[np.arange(len(X)), labels] = 1
    return m_step(X, resp, shape)


def log_joint(X, weights, means, covs):
    n, d = X.shape
    out = np.zeros((n, len(weights)))
    for k in range(len(weights)):
        L = np.linalg.cholesky(covs[k])
        z = np.linalg.solve(L, (X - means[k]).T)
        out[:, k] = np.log(weights[k]) - 0.5 * (z ** 2).sum(0) - np.log(np.diag(L)).sum() - 0.5 * d * np.log(2 * np.pi)
    return out


def lse(a):
    m = a.max(1, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(1, keepdims=True)))[:, 0]


def em(X, start, shape):
    weights, means, covs = start
    trace, prev, converged = [], -np.inf, False
    for _ in range(MAX_ITER):
        lj = log_joint(X, weights, means, covs)
        ll = lse(lj)
        resp = np.exp(lj - ll[:, None])
        weights, means, covs = m_step(X, resp, shape)
        trace.append(float(ll.mean()))
        if abs(trace[-1] - prev) < TOL:
            converged = True
            break
        prev = trace[-1]
    return (weights, means, covs), trace, converged


# --- scikit-learn from the same start ---------------------------------------------------
def sklearn_fit(X, start, shape):
    weights, means, covs = start
    if shape == "full":
        prec = np.array([np.linalg.inv(c) for c in covs])
    elif shape == "diag":
        prec = np.array([1 / np.diag(c) for c in covs])
    else:
        prec = np.array([1 / c[0, 0] for c in covs])
    gm = GaussianMixture(n_components=len(weights), covariance_type=shape, tol=TOL, max_iter=MAX_ITER,
                         reg_covar=REG, weights_init=weights, means_init=means, precisions_init=prec,
                         init_params="random", random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        gm.fit(X)
    d = X.shape[1]
    if shape == "full":
        c = gm.covariances_
    elif shape == "diag":
        c = np.array([np.diag(v) for v in gm.covariances_])
    else:
        c = np.array([v * np.eye(d) for v in gm.covariances_])
    return gm, c


def run(name, X, k, shape, init, seed):
    rng = np.random.RandomState(seed)
    seeds = kmeanspp(X, k, rng) if init == "kmeans++" else random_seeds(X, k, rng)
    start = start_from_seeds(X, seeds, shape)
    (w, m, c), trace, converged = em(X, start, shape)
    gm, covs = sklearn_fit(X, start, shape)
    # numpy and scikit-learn agree, and the iteration count is not on a knife's edge.
    assert gm.n_iter_ == len(trace), (name, gm.n_iter_, len(trace))
    assert np.allclose(gm.weights_, w, rtol=0, atol=1e-8) and np.allclose(gm.means_, m, rtol=0, atol=1e-8), name
    assert np.allclose(covs, c, rtol=0, atol=1e-8), name
    assert abs(gm.lower_bound_ - trace[-1]) < 1e-9, name
    if len(trace) > 1:
        assert abs(abs(trace[-1] - trace[-2]) - TOL) > 1e-2 * TOL, name
    return {
        "name": name, "components": k, "covariance": shape, "init": init, "seed": seed, "seeds": seeds,
        "start": {"weights": start[0].tolist(), "means": start[1].tolist(), "covariances": start[2].tolist()},
        "trace": trace, "converged": bool(gm.converged_), "iterations": int(gm.n_iter_),
        "weights": gm.weights_.tolist(), "means": gm.means_.tolist(), "covariances": covs.tolist(),
        "lower_bound": float(gm.lower_bound_), "score": float(gm.score(X)),
        "predict_proba": gm.predict_proba(X[:8]).tolist(), "predict": [int(v) for v in gm.predict(X)],
        "score_samples": gm.score_samples(X[:8]).tolist(),
    }


def main():
    xmoon, _ = datasets.make_moons(200, noise=.05, random_state=0)
    x1, t1 = datasets.make_blobs(n_samples=N_PANEL, centers=3, cluster_std=1, random_state=DATA_SEED)
    x2, _ = datasets.make_blobs(n_samples=N_PANEL, cluster_std=[1.0, 2.5, 0.5], random_state=DATA_SEED)
    x3, _ = datasets.make_moons(n_samples=N_PANEL, noise=.05, random_state=DATA_SEED)
    x4, _ = datasets.make_circles(N_PANEL, noise=.05, factor=0.5, random_state=DATA_SEED)
    x5 = np.dot(x1, ANISO)
    x6 = np.vstack((x1[t1 == 0][:500], x1[t1 == 1][:100], x1[t1 == 2][:10]))

    runs = [
        run("moons-k2", xmoon, 2, "full", "kmeans++", 0),
        run("moons-k16", xmoon, 16, "full", "kmeans++", 0),
        run("blobs-diag-random", x1, 3, "diag", "random", 1),
        run("blobs-spherical", x1, 3, "spherical", "kmeans++", 1),
        run("varied-full", x2, 3, "full", "kmeans++", 1),
        run("moons-panel-full", x3, 2, "full", "kmeans++", 1),
        run("circles-full", x4, 2, "full", "kmeans++", 1),
        run("aniso-diag-random", x5, 3, "diag", "random", 1),
        run("aniso-diag", x5, 3, "diag", "kmeans++", 1),
        run("aniso-full", x5, 3, "full", "kmeans++", 1),
        run("aniso-spherical", x5, 3, "spherical", "kmeans++", 1),
        run("unbalanced-full-random", x6, 3, "full", "random", 1),
    ]
    # k-means++ seeds alone, on the two moons and the anisotropic blobs.
    seeding = [{"data": "moons", "count": 16, "seed": 7, "seeds": kmeanspp(xmoon, 16, np.random.RandomState(7))},
               {"data": "aniso", "count": 3, "seed": 8, "seeds": kmeanspp(x5, 3, np.random.RandomState(8))}]
    out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__, "generated_by": GENERATED_BY,
           "reg_covar": REG, "tol": TOL, "max_iter": MAX_ITER, "data_seed": DATA_SEED, "panel_points": N_PANEL,
           "data": {"moons": xmoon.tolist(), "blobs": x1.tolist(), "blobs_labels": t1.tolist(), "varied": x2.tolist(),
                    "moons_panel": x3.tolist(), "circles": x4.tolist(), "aniso": x5.tolist(), "unbalanced": x6.tolist()},
           "runs": runs, "seeding": seeding}
    with open(FIXTURE_PATH, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for r in runs:
        print(f'{r["name"]:24s} iterations {r["iterations"]:3d} converged {r["converged"]} lower bound {r["lower_bound"]:.6f}')


if __name__ == "__main__":
    main()
