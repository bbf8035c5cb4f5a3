"""Summarise `make eval`: intent accuracy / macro-F1 per pipeline, entity F1, tokenizer comparison.

Writes reports/eval/summary.json and summary.md and prints the table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as `python scripts/nlu_report.py`: make `bot` importable

from bot.settings import settings  # noqa: E402

EVAL = ROOT / "reports" / "eval"
PY = str(ROOT / ".venv" / "bin" / "python")


def intent_scores(name: str) -> dict:
    rep = json.loads((EVAL / name / "intent_report.json").read_text())
    out = {
        "accuracy": round(rep["accuracy"], 4),
        "macro_f1": round(rep["macro avg"]["f1-score"], 4),
        "weighted_f1": round(rep["weighted avg"]["f1-score"], 4),
    }
    for f in (EVAL / name).glob("*_report.json"):
        if f.name.startswith("intent") or f.name.startswith("response"):
            continue
        r = json.loads(f.read_text())
        if "macro avg" in r:
            out[f"entities_{f.stem.replace('_report', '')}_macro_f1"] = round(r["macro avg"]["f1-score"], 4)
            out[f"entities_{f.stem.replace('_report', '')}_micro_f1"] = round(
                r.get("micro avg", r.get("weighted avg", {})).get("f1-score", 0), 4
            )
    return out


PROBE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from bot.korean.morph import get_backend
from rasa.shared.nlu.training_data.loading import load_data
import glob
texts = [m.get("text") for f in sorted(glob.glob("tests/nlu/*.yml") + glob.glob("data/nlu/*.yml"))
         for m in load_data(f).training_examples]
backend = get_backend(sys.argv[1])
t1 = time.perf_counter(); backend.tokenize("시작합니다"); t2 = time.perf_counter()
n = 0; t3 = time.perf_counter()
for _ in range(3):
    for t in texts:
        n += len(backend.tokenize(t))
t4 = time.perf_counter()
print(json.dumps({"startup_s": round(t2 - t1, 3), "tokens_per_s": round(n / (t4 - t3)),
                  "ms_per_utterance": round(1000 * (t4 - t3) / (3 * len(texts)), 3),
                  "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def tokenizer_stats(backend: str) -> dict:
    out = subprocess.run([PY, "-c", PROBE, backend], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise SystemExit(f"tokenizer probe failed for {backend}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def split_accuracy(name: str, split_file: str = "tests/nlu/test_stories.yml") -> dict:
    """Intent accuracy on one held-out file (the citizens' stories), from rasa's successes/errors."""
    texts = {
        ln.strip()[2:].strip()
        for ln in (ROOT / split_file).read_text(encoding="utf-8").splitlines()
        if ln.strip().startswith("- ") and "intent:" not in ln
    }
    ok = n = 0
    for fname, good in (("intent_successes.json", True), ("intent_errors.json", False)):
        f = EVAL / name / fname
        if not f.exists():
            continue
        for e in json.loads(f.read_text()):
            if e.get("text", "").strip() in texts:
                n += 1
                ok += good
    return {"examples": n, "accuracy": round(ok / n, 4) if n else None}


def understand_scores() -> dict:
    """bot.understand needs/facts scores on each held-out file (tests/understand/heldout_*.yml)."""
    out = {}
    for f in sorted((ROOT / "tests" / "understand").glob("heldout_*.yml")):
        r = subprocess.run(
            [PY, "-m", "bot.understand.evaluate", str(f), "--json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        if r.returncode != 0:
            raise SystemExit(f"bot.understand.evaluate failed: {r.stderr[-2000:]}")
        d = json.loads(r.stdout)
        out[f.stem] = {"items": d["items"], "needs": d["needs"], "facts": d["facts"]}
    return out


def main() -> int:
    summary = {
        "default (mecab + rules + DIET)": intent_scores("default"),
        "stock (whitespace + char n-grams + DIET)": intent_scores("stock"),
    }
    summary["default (mecab + rules + DIET)"]["stories_split"] = split_accuracy("default")
    summary["stock (whitespace + char n-grams + DIET)"]["stories_split"] = split_accuracy("stock")
    if (EVAL / "old" / "intent_report.json").exists():
        summary["old data (EVAL_OLD_MODEL)"] = dict(intent_scores("old"), stories_split=split_accuracy("old"))
    und = understand_scores()
    tok = {}
    backends = [("mecab", "default")] + (
        [("okt", "okt")] if (EVAL / "okt" / "intent_report.json").exists() and settings().eval_tokenizers else []
    )
    for backend, model in backends:
        stats = tokenizer_stats(backend)
        stats.update({f"intent_{k}": v for k, v in intent_scores(model).items() if k in ("accuracy", "macro_f1")})
        secs = ROOT / "models" / ("okt-nlu.train_seconds" if backend == "okt" else "current.train_seconds")
        if secs.exists():
            stats["nlu_train_s"] = int(secs.read_text().strip() or 0)
        tok[backend] = stats
    summary_all = {
        "pipelines": summary,
        "tokenizers": tok,
        "understand": und,
        "test_split": "tests/nlu (held out, never trained on)",
    }
    (EVAL / "summary.json").write_text(json.dumps(summary_all, ensure_ascii=False, indent=2))
    lines = [
        "| pipeline | intent accuracy | intent macro-F1 | entity macro-F1 | stories split acc |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, s in summary.items():
        ent = next((v for k, v in s.items() if k.startswith("entities_") and k.endswith("macro_f1")), None)
        st = s.get("stories_split", {}).get("accuracy")
        lines.append(
            f"| {name} | {s['accuracy']:.3f} | {s['macro_f1']:.3f} | {ent if ent is not None else '-'} | "
            f"{st if st is not None else '-'} |"
        )
    lines += [
        "",
        "| held-out (bot.understand) | items | needs F1 rules | needs F1 model | needs F1 combined | "
        "needs exact-set | facts P | facts R | facts F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, u in und.items():
        nd, fc = u["needs"], u["facts"]
        lines.append(
            f"| {name} | {u['items']} | {nd['rules']['f1']:.3f} | {nd['model']['f1']:.3f} | "
            f"{nd['combined']['f1']:.3f} | {nd['combined']['exact_set']:.3f} | {fc['precision']:.3f} | "
            f"{fc['recall']:.3f} | {fc['f1']:.3f} |"
        )
    lines += [
        "",
        "| tokenizer | intent acc | intent macro-F1 | tokens/s | ms/utt | start-up s | max RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for b, s in tok.items():
        lines.append(
            f"| {b} | {s['intent_accuracy']:.3f} | {s['intent_macro_f1']:.3f} | {s['tokens_per_s']} | "
            f"{s['ms_per_utterance']} | {s['startup_s']} | {s['max_rss_mb']} |"
        )
    md = "\n".join(lines)
    (EVAL / "summary.md").write_text(md + "\n")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
