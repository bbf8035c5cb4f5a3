"""Needs and facts scores of bot.understand on a held-out file (tests/understand/heldout_*.yml).

    python -m bot.understand.evaluate [FILE ...] [--json]

Needs: micro precision/recall/F1 over (item, need) pairs and the share of items whose need SET is exact,
for three readers: rules only, model only, and the combination `understand()` uses.
Facts: micro precision/recall/F1 over (item, field, value) triples -- a fact predicted that the text does
not state counts against precision, a stated fact missed or read wrong counts against recall.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Sequence

import yaml

from bot.screening import core
from bot.understand import needs_model, read_needs
from bot.understand.facts import read_facts

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FILES = sorted((ROOT / "tests" / "understand").glob("heldout_*.yml"))


def load_items(files: Sequence[Path] = ()) -> List[Dict[str, Any]]:
    items: List[Dict[str, Any]] = []
    for f in files or DEFAULT_FILES:
        doc = yaml.safe_load(Path(f).read_text(encoding="utf-8")) or {}
        items += doc.get("items") or []
    return items


def _prf(tp: int, fp: int, fn: int) -> Dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _norm(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(v)
    return v


def evaluate(items: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    readers = {
        "rules": lambda t: set(core.detect_needs(t)),
        "model": lambda t: {n for n, p in needs_model.predict(t).items() if p >= 0.5},
        "combined": lambda t: {n for n, _ in read_needs(t)},
    }
    out: Dict[str, Any] = {"items": len(items), "needs": {}, "facts": {}, "errors": []}
    for name, reader in readers.items():
        tp = fp = fn = exact = 0
        for it in items:
            gold = set(it.get("needs") or [])
            pred = reader(it["text"])
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
            exact += gold == pred
            if name == "combined" and gold != pred:
                out["errors"].append({"text": it["text"][:60], "need_gold": sorted(gold), "need_pred": sorted(pred)})
        out["needs"][name] = dict(_prf(tp, fp, fn), exact_set=round(exact / max(1, len(items)), 4))
    tp = fp = fn = 0
    for it in items:
        gold = {k: _norm(v) for k, v in (it.get("facts") or {}).items()}
        pred = {k: _norm(v) for k, v in read_facts(it["text"]).facts.items()}
        for k, v in pred.items():
            if k in gold and gold[k] == v:
                tp += 1
            else:
                fp += 1
        for k, v in gold.items():
            if pred.get(k) != v:
                fn += 1
        if gold != pred:
            out["errors"].append(
                {
                    "text": it["text"][:60],
                    "missed": {k: v for k, v in gold.items() if pred.get(k) != v},
                    "extra": {k: v for k, v in pred.items() if gold.get(k) != v},
                }
            )
    out["facts"] = _prf(tp, fp, fn)
    return out


def main(argv: Sequence[str] = ()) -> int:
    args = list(argv or sys.argv[1:])
    as_json = "--json" in args
    files = [Path(a) for a in args if a != "--json"]
    res = evaluate(load_items(files))
    if as_json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"held-out items: {res['items']}")
    for name, s in res["needs"].items():
        print(
            f"needs {name:9s} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}"
            f" exact-set {s['exact_set']:.3f}"
        )
    f = res["facts"]
    print(
        f"facts           P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}"
        f" (tp {f['tp']}, fp {f['fp']}, fn {f['fn']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
