"""Measuring and fitting the clickbait checker on CLICK-ID (maintainers only).

CLICK-ID: William, A. & Sari, Y. (2020). CLICK-ID: A novel dataset for Indonesian
clickbait clickbait. *Data in Brief* 32, 106231. doi:10.1016/j.dib.2020.106231.
Mendeley Data doi:10.17632/k42j7x2kpn.1. License: CC BY 4.0.

The development split is read in place from ``../shared/data/clickid/dev.csv``
(relative to the project root) and never copied into the project; where it is
absent, ``load_dev`` raises ``DatasetMissing`` with a clear message and callers
skip. Only numpy is used: the logistic regression is fitted by Newton's method
(iteratively reweighted least squares) with an L2 penalty.

* ``evaluate(weights)``: accuracy, precision, recall and F1 overall and per publisher.
* ``grouped_cv()``: leave-one-publisher-out, refitting the weights without the
  publisher that is scored (an honest estimate for headlines of a new outlet);
  ``stratified_cv()``: 5-fold cross-validation over random folds (the same
  publishers in training and test, as in CLICK-ID's own held-out split).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from course.engines import clickbait
from course.engines.headline_features import NAMA_FITUR, fitur

ROOT = Path(__file__).resolve().parent.parent
DEV_PATH = ROOT.parent / "shared" / "data" / "clickid" / "dev.csv"
CITATION = (
    "William, A. & Sari, Y. (2020). CLICK-ID: A novel dataset for Indonesian clickbait headlines. "
    "Data in Brief 32, 106231. doi:10.1016/j.dib.2020.106231 (CC BY 4.0)"
)
L2 = 2.0


class DatasetMissing(RuntimeError):
    """CLICK-ID's development split is not where it should be."""


@dataclass(frozen=True)
class Data:
    titles: list[str]
    labels: np.ndarray  # 1 = clickbait
    publishers: list[str]  # the first publisher named in ``source``


def load_dev(path: Path | None = None) -> Data:
    """The development split, read in place."""
    path = Path(path or DEV_PATH)
    if not path.is_file():
        raise DatasetMissing(
            f"CLICK-ID dev split not found at {path}; skipping the CLICK-ID measurement "
            "(the dataset is not part of this project)."
        )
    titles, labels, publishers = [], [], []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            titles.append(row["title"])
            labels.append(int(row["label"]))
            publishers.append(row["source"].split("|")[0].strip())
    return Data(titles, np.array(labels, dtype=float), publishers)


def matrix(titles: list[str]) -> np.ndarray:
    """Feature values of ``titles``, one row each, columns in ``NAMA_FITUR`` order."""
    rows = []
    for title in titles:
        values = fitur(title)
        rows.append([values[name] for name in NAMA_FITUR])
    return np.array(rows, dtype=float)


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, iterations: int = 50) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression (the intercept is not penalised); returns (intercept, weights)."""
    n, k = X.shape
    A = np.hstack([np.ones((n, 1)), X])
    w = np.zeros(k + 1)
    penalty = np.full(k + 1, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        gradient = A.T @ (p - y) + penalty * w
        hessian = (A * (p * (1 - p))[:, None]).T @ A + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(w[0]), w[1:]


def predict(X: np.ndarray, intercept: float, weights: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(intercept + X @ weights)))


def metrics(y: np.ndarray, pred: np.ndarray) -> dict:
    """Accuracy, precision, recall and F1 (clickbait is the positive class)."""
    tp = float(np.sum((pred == 1) & (y == 1)))
    fp = float(np.sum((pred == 1) & (y == 0)))
    fn = float(np.sum((pred == 0) & (y == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": int(len(y)),
        "clickbait_rate": round(float(np.mean(y)), 3) if len(y) else 0.0,
        "accuracy": round(float(np.mean(pred == y)), 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def _report(y: np.ndarray, pred: np.ndarray, publishers: list[str]) -> dict:
    result = {"overall": metrics(y, pred), "per_publisher": {}}
    pubs = np.array(publishers)
    for name in sorted(set(publishers)):
        mask = pubs == name
        result["per_publisher"][name] = metrics(y[mask], pred[mask])
    return result


def evaluate(data: Data | None = None, X: np.ndarray | None = None) -> dict:
    """Metrics of the shipped weights (``course/data/judul_bobot.json``) on the dev split."""
    data = data or load_dev()
    X = matrix(data.titles) if X is None else X
    model = clickbait.bobot()
    weights = np.array([model["bobot"][n] for n in NAMA_FITUR])
    pred = (predict(X, model["intersep"], weights) >= clickbait.AMBANG).astype(float)
    return _report(data.labels, pred, data.publishers)


def grouped_cv(data: Data | None = None, X: np.ndarray | None = None, l2: float = L2) -> dict:
    """Leave-one-publisher-out: each publisher scored by weights fitted on the others."""
    data = data or load_dev()
    X = matrix(data.titles) if X is None else X
    pubs = np.array(data.publishers)
    pred = np.zeros(len(data.labels))
    for name in sorted(set(data.publishers)):
        test = pubs == name
        intercept, weights = fit(X[~test], data.labels[~test], l2)
        pred[test] = predict(X[test], intercept, weights) >= clickbait.AMBANG
    return _report(data.labels, pred, data.publishers)


def stratified_cv(
    data: Data | None = None, X: np.ndarray | None = None, folds: int = 5, seed: int = 2020, l2: float = L2
) -> dict:
    """K-fold cross-validation over random folds stratified by label and publisher."""
    data = data or load_dev()
    X = matrix(data.titles) if X is None else X
    rng = np.random.default_rng(seed)
    fold = np.zeros(len(data.labels), dtype=int)
    keys = [f"{p}|{int(label)}" for p, label in zip(data.publishers, data.labels)]
    for key in sorted(set(keys)):
        idx = np.array([i for i, k in enumerate(keys) if k == key])
        rng.shuffle(idx)
        fold[idx] = np.arange(len(idx)) % folds
    pred = np.zeros(len(data.labels))
    for k in range(folds):
        test = fold == k
        intercept, weights = fit(X[~test], data.labels[~test], l2)
        pred[test] = predict(X[test], intercept, weights) >= clickbait.AMBANG
    return _report(data.labels, pred, data.publishers)
