"""Multi-label needs classifier (no Rasa): one-vs-rest logistic regression over character n-grams.

Trained from the NLU data (data/nlu/*.yml): an example's needs are the need of its intent
(need_housing -> housing), the needs of the programs annotated in it ([실업급여](program) -> employment)
and the needs listed in its metadata (``metadata: {needs: [housing, debt]}``) -- so a story with three
problems teaches three labels. Every other intent (greet, find_center, out_of_scope, ...) is a negative.

`make train` builds models/needs_model.pkl (scripts/train.sh); if it is missing or stale the model is
trained at first use (about 1-2 s on one core) and cached there.
    python -m bot.understand.needs_model            # train (if stale) and print the training size
    python -m bot.understand.needs_model "TEXT"     # probabilities for one text
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
import sys
import threading
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import yaml

from bot.settings import settings
from bot.screening import core

ROOT = Path(__file__).resolve().parents[2]
DATA_DIRS = (ROOT / "data" / "nlu",)
MODEL_PATH = Path(settings().bot_needs_model)  # BOT_NEEDS_MODEL, default models/needs_model.pkl
NEEDS = ("employment", "debt", "childcare", "housing", "livelihood")
logger = logging.getLogger(__name__)

_ANNOT = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")
_PROGRAM_ANNOT = re.compile(
    r"\[([^\]]+)\]\((program)\)|\[([^\]]+)\]\{\"entity\":\s*\"program\"[^}]*\"value\":\s*\"([^\"]+)\"[^}]*\}"
)


def _plain(text: str) -> str:
    return _ANNOT.sub(lambda m: m.group(1), text).strip()


def _program_needs(text: str) -> List[str]:
    out: List[str] = []
    for m in _PROGRAM_ANNOT.finditer(text):
        surface = m.group(1) or m.group(4) or m.group(3)
        pid = _program_id(surface)
        need = core.PROGRAM_NEED.get(pid or "")
        if need and need not in out:
            out.append(need)
    return out


_PROGRAM_WORDS = {
    "employment": r"실업|구직|국취|국민취업|내일배움|내배카|새일|제대군인|중장년|장애인\s?취업|자활|훈련",
    "debt": r"채무|햇살론|미소금융|회생|파산|워크아웃|소액생계|신용회복|새희망",
    "childcare": r"한부모|아이돌봄|양육비|돌봄|아동",
    "housing": r"주거|월세|전세|버팀목|임대",
    "livelihood": r"긴급|기초|생계|수급|의료급여",
}


def _program_id(surface: str) -> Optional[str]:
    for need, rx in _PROGRAM_WORDS.items():
        if re.search(rx, surface or ""):
            return {
                "employment": "unemployment_benefit",
                "debt": "debt_adjustment",
                "childcare": "child_care_service",
                "housing": "housing_benefit",
                "livelihood": "emergency_welfare",
            }[need]
    return None


def load_examples(dirs: Sequence[Path] = DATA_DIRS) -> List[Tuple[str, List[str]]]:
    """(plain text, needs) for every NLU example in the yml files under `dirs`."""
    out: List[Tuple[str, List[str]]] = []
    for d in dirs:
        for f in sorted(Path(d).rglob("*.yml")):
            doc = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
            for block in doc.get("nlu") or []:
                intent = block.get("intent")
                if not intent:
                    continue
                base = [intent[5:]] if intent.startswith("need_") and intent[5:] in NEEDS else []
                ex = block.get("examples")
                items: List[Tuple[str, Dict]] = []
                if isinstance(ex, str):
                    for line in ex.splitlines():
                        line = line.strip()
                        if line.startswith("- "):
                            items.append((line[2:], {}))
                elif isinstance(ex, list):
                    for it in ex:
                        if isinstance(it, dict) and it.get("text"):
                            items.append((str(it["text"]), it.get("metadata") or {}))
                for raw, meta in items:
                    needs = list(base)
                    for n in _program_needs(raw) + list(meta.get("needs") or []):
                        if n in NEEDS and n not in needs:
                            needs.append(n)
                    if meta.get("needs") is not None:
                        needs = [n for n in meta["needs"] if n in NEEDS]  # metadata is the full truth
                    out.append((_plain(raw), needs))
    return out


def _data_hash(dirs: Sequence[Path] = DATA_DIRS) -> str:
    h = hashlib.sha256()
    for d in dirs:
        for f in sorted(Path(d).rglob("*.yml")):
            h.update(f.read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()


class NeedsModel:
    def __init__(self, vectorizer, classifiers: Dict[str, object], data_hash: str, n_examples: int):
        self.vectorizer = vectorizer
        self.classifiers = classifiers
        self.data_hash = data_hash
        self.n_examples = n_examples

    def predict(self, text: str) -> Dict[str, float]:
        x = self.vectorizer.transform([normalise(text)])
        return {n: float(clf.predict_proba(x)[0][1]) for n, clf in self.classifiers.items()}


def normalise(text: str) -> str:
    t = (text or "").lower()
    t = re.sub(r"\s+", " ", t)
    return t


def train(examples: Optional[List[Tuple[str, List[str]]]] = None, data_hash: str = "") -> NeedsModel:
    # local: scikit-learn is needed only to train (a saved model unpickles without this module's import)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = examples if examples is not None else load_examples()
    texts = [normalise(t) for t, _ in examples]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=1, sublinear_tf=True, max_features=60000)
    x = vec.fit_transform(texts)
    clfs = {}
    for n in NEEDS:
        y = [1 if n in needs else 0 for _, needs in examples]
        clf = LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=0)
        clf.fit(x, y)
        clfs[n] = clf
    return NeedsModel(vec, clfs, data_hash, len(examples))


_lock = threading.Lock()
_model: Optional[NeedsModel] = None


def get_model() -> Optional[NeedsModel]:
    """The cached model; retrained when data/nlu changed. None if scikit-learn is unavailable."""
    global _model
    with _lock:
        if _model is not None:
            return _model
        try:
            h = _data_hash()
        except OSError:
            return None
        try:
            with open(MODEL_PATH, "rb") as fh:
                m = pickle.load(fh)
            if isinstance(m, NeedsModel) and m.data_hash == h:
                _model = m
                return _model
        except Exception:
            pass
        try:
            m = train(data_hash=h)
        except ImportError:  # pragma: no cover - sklearn ships with rasa
            logger.warning("scikit-learn missing: needs are read by rules only")
            return None
        try:
            MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
            tmp = MODEL_PATH.with_suffix(f".tmp{os.getpid()}")
            with open(tmp, "wb") as fh:
                pickle.dump(m, fh)
            os.replace(tmp, MODEL_PATH)
        except OSError as exc:
            logger.info("needs model not cached: %s", exc)
        _model = m
        return _model


def predict(text: str) -> Dict[str, float]:
    m = get_model()
    return m.predict(text) if m else {}


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    m = get_model()
    if m is None:
        print("needs model unavailable", file=sys.stderr)
        return 1
    if args:
        print(json.dumps({k: round(v, 3) for k, v in m.predict(" ".join(args)).items()}, ensure_ascii=False))
    else:
        print(
            f">> needs model {MODEL_PATH.relative_to(ROOT) if MODEL_PATH.is_relative_to(ROOT) else MODEL_PATH}: "
            f"{m.n_examples} examples"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
