#!/usr/bin/env python3
"""Make the fixture for the lecture's synthetic data sets (chapter 04): scikit-learn's own
generators with integer seeds, which Sources/EMKit/Datasets/SyntheticDatasets.swift mirrors.

What it makes:
  Tests/EMKitTests/Fixtures/synthetic_datasets.json
      {"numpy_version", "sklearn_version", "generated_by", "cases": [
        {"kind": "moons" | "circles" | "blobs", the arguments, "X", "y"}]}

How to run (from the repository root):
    python3 Scripts/make_dataset_fixtures.py
"""
import json
import os

import numpy as np
import sklearn
from sklearn import datasets

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "EMKitTests", "Fixtures", "synthetic_datasets.json")


def main():
    cases = []
    for count, noise, seed in [(200, 0.05, 0), (151, 0.1, 7)]:
        X, y = datasets.make_moons(count, noise=noise, random_state=seed)
        cases.append({"kind": "moons", "count": count, "noise": noise, "seed": seed, "X": X.tolist(), "y": y.tolist()})
    for count, noise, factor, seed in [(200, 0.05, 0.5, 3), (75, 0.02, 0.3, 11)]:
        X, y = datasets.make_circles(count, noise=noise, factor=factor, random_state=seed)
        cases.append({"kind": "circles", "count": count, "noise": noise, "factor": factor, "seed": seed,
                      "X": X.tolist(), "y": y.tolist()})
    for count, stds, seed in [(300, [1.0, 1.0, 1.0], 5), (301, [1.0, 2.5, 0.5], 9)]:
        X, y = datasets.make_blobs(n_samples=count, centers=len(stds), cluster_std=stds, random_state=seed)
        cases.append({"kind": "blobs", "count": count, "stds": stds, "seed": seed, "X": X.tolist(), "y": y.tolist()})
    with open(OUT, "w") as f:
        json.dump({"numpy_version": np.__version__, "sklearn_version": sklearn.__version__,
                   "generated_by": "Scripts/make_dataset_fixtures.py", "cases": cases}, f)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
