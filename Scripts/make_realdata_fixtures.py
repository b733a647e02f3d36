#!/usr/bin/env python3
"""Make chapter 05's fixture: the first notebook's EM, run by numpy and scipy on the real data.

What it makes:
  Tests/EMKitTests/Fixtures/realdata_em.json
      {"numpy_version", "scipy_version", "generated_by",
       "faithful": {"rows", "first_row", ...run},
       "penguins": {"rows_kept", "skipped_lines", "species" (sorted names),
                    "species_counts", "column_std" (population), "standardized_head",
                    "raw": run, "standardized": run, "restart": run (seed 2),
                    "loglikelihood_shift", "max_resp_change"}}
      where a run is {"seed", "chosen", "init" (weights, means, covariances),
      "iterations", "loglikelihoods", "weights", "means", "covariances",
      "first_iteration" (weights, means, covariances, loglikelihood),
      "mean_entropy" (before EM = log K, after 1 and 20 iterations, at the end),
      "table" (clusters x species, penguins only), "purity", "most_uncertain" (5 rows)}.

Data: the CSV files shipped in the package (Sources/EMKit/Datasets/*.swift hold their
text verbatim; this script reads the same text back out of them), read with Python's csv
module; penguin rows with "NA" in any of the four measurements are skipped.

The oracle: the notebook's EM (imported from make_em_fixtures.py, the same code that made
chapter 01's fixture), started as the notebook's image cell starts it:
np.random.seed(seed); K rows chosen with np.random.choice(N, K, replace=False) as the means;
every covariance np.diag of the columns' population variances (SFrame's var() has ddof=0);
weights 1/K. Standardising: (x - mean) / std with numpy's default ddof=0.
Entropy: -sum r log r per row, 0 log 0 = 0; assignments: np.argmax; purity: sum of row
maxima / N; most uncertain: np.argsort(-entropy, kind="stable")[:5].

How to run (from the repository root; about a minute, scipy's pdf is called per point):
    python3 Scripts/make_realdata_fixtures.py
"""
import contextlib
import csv
import io
import json
import os
import re
import sys

import numpy as np
import scipy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_em_fixtures import EM, floats  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = os.path.join(ROOT, "Sources", "EMKit", "Datasets")
OUT = os.path.join(ROOT, "Tests", "EMKitTests", "Fixtures", "realdata_em.json")
COLUMNS = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
NOTEBOOK_SEED, RESTART_SEED = 1, 2


def shipped_csv(stem):
    """The CSV text held verbatim in Sources/EMKit/Datasets/<stem>.swift."""
    with open(os.path.join(DATASETS, stem + ".swift"), encoding="utf-8") as f:
        text = f.read()
    match = re.search(r'#"""\n(.*)\n"""#', text, flags=re.S)
    return match.group(1) + "\n"


def init(data, k, seed):
    np.random.seed(seed)
    chosen = np.random.choice(len(data), k, replace=False)
    cov = np.diag(np.var(data, axis=0))
    return [int(c) for c in chosen], [data[x] for x in chosen], [cov] * k, [1 / float(k)] * k


def em(data, k, seed, maxiter=1000):
    _, means, covs, weights = init(data, k, seed)
    with contextlib.redirect_stdout(io.StringIO()):
        return EM(list(data), means, covs, weights, maxiter=maxiter)


def entropy(resp):
    resp = np.asarray(resp)
    safe = np.where(resp > 0, resp, 1.0)
    return -np.sum(np.where(resp > 0, resp * np.log(safe), 0.0), axis=1)


def run(data, k, seed, labels=None, classes=0):
    chosen, means, covs, weights = init(data, k, seed)
    out = em(data, k, seed)
    first = em(data, k, seed, maxiter=1)
    stages = [float(np.log(k))] + [float(entropy(em(data, k, seed, maxiter=m)["resp"]).mean()) for m in (1, 20)]
    stages.append(float(entropy(out["resp"]).mean()))
    h = entropy(out["resp"])
    record = {
        "seed": seed, "chosen": chosen,
        "init": {"weights": floats(weights), "means": floats(means), "covariances": floats(covs)},
        "iterations": len(out["loglik"]) - 1, "loglikelihoods": floats(out["loglik"]),
        "weights": floats(out["weights"]), "means": floats(out["means"]), "covariances": floats(out["covs"]),
        "first_iteration": {"weights": floats(first["weights"]), "means": floats(first["means"]),
                            "covariances": floats(first["covs"]), "loglikelihood": float(first["loglik"][-1])},
        "mean_entropy": stages,
        "most_uncertain": [int(i) for i in np.argsort(-h, kind="stable")[:5]],
    }
    if labels is not None:
        table = np.zeros((k, classes), dtype=int)
        for a, c in zip(np.argmax(out["resp"], axis=1), labels):
            table[a, c] += 1
        record["table"] = table.tolist()
        record["purity"] = float(table.max(axis=1).sum() / len(data))
    return record, out


def main():
    print(f"numpy {np.__version__}, scipy {scipy.__version__}")
    rows = list(csv.DictReader(io.StringIO(shipped_csv("OldFaithfulCSV"))))
    faithful = np.array([[float(r["eruptions"]), float(r["waiting"])] for r in rows])
    faithful_run, _ = run(faithful, 2, NOTEBOOK_SEED)

    reader = list(csv.reader(io.StringIO(shipped_csv("PenguinsCSV"))))
    header, body = reader[0], reader[1:]
    index = [header.index(c) for c in COLUMNS]
    kept, skipped = [], []
    for number, cells in enumerate(body, start=2):
        if any(cells[i] == "NA" for i in index):
            skipped.append(number)
        else:
            kept.append(cells)
    raw = np.array([[float(cells[i]) for i in index] for cells in kept])
    names = sorted({cells[0] for cells in kept})
    labels = [names.index(cells[0]) for cells in kept]
    z = (raw - raw.mean(axis=0)) / raw.std(axis=0)
    raw_run, raw_out = run(raw, 3, NOTEBOOK_SEED, labels, len(names))
    std_run, std_out = run(z, 3, NOTEBOOK_SEED, labels, len(names))
    restart_run, _ = run(z, 3, RESTART_SEED, labels, len(names))

    fixture = {
        "numpy_version": np.__version__, "scipy_version": scipy.__version__,
        "generated_by": "Scripts/make_realdata_fixtures.py",
        "faithful": {"rows": len(faithful), "first_row": floats(faithful[0]), **faithful_run},
        "penguins": {
            "rows_kept": len(raw), "skipped_lines": skipped, "species": names,
            "species_counts": [labels.count(c) for c in range(len(names))],
            "column_std": floats(raw.std(axis=0)), "standardized_head": floats(z[:3]),
            "raw": raw_run, "standardized": std_run, "restart": restart_run,
            "loglikelihood_shift": float(std_out["loglik"][-1] - raw_out["loglik"][-1]),
            "n_sum_log_std": float(len(raw) * np.sum(np.log(raw.std(axis=0)))),
            "max_resp_change": float(np.abs(np.asarray(std_out["resp"]) - np.asarray(raw_out["resp"])).max()),
        },
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
