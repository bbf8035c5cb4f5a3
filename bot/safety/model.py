"""Second opinion for the crisis rules: a char n-gram logistic regression (no Rasa imports).

Trained at first use from ``bot/safety/data/train.tsv`` (≈200 short messages, label 1 = a sign of
suicidal or self-harm thinking or of violence, 0 = not), deterministically (liblinear, fixed order),
in well under a second; nothing is written to disk. It never lowers a rule's verdict: assess() asks
it only when the rules found nothing, and it can only raise "check" (a gentle check-in naming 109),
and only when it is confident (THRESHOLD). The evaluation set (tests/safety/eval) is kept apart.
"""
from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import List, Optional, Tuple

from bot.safety.detector import bounded, compact

DATA = Path(__file__).resolve().parent / "data" / "train.tsv"
THRESHOLD = 0.8
_lock = threading.Lock()
_model = None


def training_data() -> Tuple[List[str], List[int]]:
    texts, labels = [], []
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            texts.append(row["text"])
            labels.append(int(row["label"]))
    return texts, labels


def _features(text: str) -> str:
    return compact(bounded(text))


def _build():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    texts, labels = training_data()
    pipe = make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=(2, 4), sublinear_tf=True, min_df=1),
        LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced", random_state=0),
    )
    pipe.fit([_features(t) for t in texts], labels)
    return pipe


def get():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _build()
    return _model


def probability(text: str) -> float:
    """P(crisis) for `text` (0.0 for empty text or when scikit-learn is missing)."""
    feats = _features(text)
    if not feats:
        return 0.0
    try:
        m = get()
    except ImportError:  # pragma: no cover - scikit-learn ships with rasa
        return 0.0
    return float(m.predict_proba([feats])[0][1])


def warm() -> Optional[float]:
    """Train now (servers call this at start so the first citizen does not wait)."""
    import time

    t = time.perf_counter()
    get()
    return time.perf_counter() - t
