"""`python -m bot.safety.evaluate [-v | --only DIR]`: the crisis detector on the tests/safety sets.

Prints, per category, how many messages were raised (any level) and how many got the expected level,
and the false-alarm rate on the negatives. `-v` lists every miss and false alarm (never blind9's: it
was never read; blind16's since the seventh round, when a newer held-out set exists). `--only DIR`
measures one new set and prints only its totals (how a new author's set is measured once before
anyone reads it).
"""

from __future__ import annotations

import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

import yaml

from bot import safety
from bot.safety import detector, model

EVAL_DIR = Path(__file__).resolve().parents[2] / "tests" / "safety" / "eval"
# A second set written after the first rule round and never used to tune the rules (fresh text).
HOLDOUT_DIR = EVAL_DIR.parent / "holdout"
# Written after the second rule round; only its totals are ever printed (never its misses), so it
# stays a fair estimate of what the rules do on text nobody tuned them to.
BLIND_DIR = EVAL_DIR.parent / "blind"
BLIND2_DIR = EVAL_DIR.parent / "blind2"  # second blind set; measured once, then its misses were read
BLIND3_DIR = EVAL_DIR.parent / "blind3"  # third blind set; measured once, then its misses were read
BLIND4_DIR = EVAL_DIR.parent / "blind4"  # fourth blind set; measured once, then its misses were read
BLIND5_DIR = EVAL_DIR.parent / "blind5"  # fifth blind set; measured once, then its misses were read
BLIND6_DIR = EVAL_DIR.parent / "blind6"  # sixth blind set; measured once, then its misses were read
BLIND7_DIR = EVAL_DIR.parent / "blind7"  # first author's final set; measured once, misses read by the second
# Second author's sets: blind8 measured once then its misses read; blind9 written after all tuning,
# measured once, misses never printed (the honest estimate).
BLIND8_DIR = EVAL_DIR.parent / "blind8"
BLIND9_DIR = EVAL_DIR.parent / "blind9"
# Third author: blind10 written before reading the rules, measured once, then its misses read;
# blind11 written after all tuning, measured once, misses never printed (the new honest estimate).
BLIND10_DIR = EVAL_DIR.parent / "blind10"
BLIND11_DIR = EVAL_DIR.parent / "blind11"
# Fourth author: blind12, measured once, then its misses read (a newer set exists). Fifth author:
# blind13, written before any measurement, measured once at the end of tuning, misses never printed.
BLIND12_DIR = EVAL_DIR.parent / "blind12"
BLIND13_DIR = EVAL_DIR.parent / "blind13"
# Sixth author: blind14, the tuning set (measured once, then its misses read). Seventh author: blind15,
# written before any measurement, measured once at the end of the fifth round, misses never printed.
BLIND14_DIR = EVAL_DIR.parent / "blind14"
BLIND15_DIR = EVAL_DIR.parent / "blind15"
# Eighth author: blind16, written before any measurement, the sixth round's held-out set (measured with
# --only once before and once at the end of that round); its misses were read in the seventh round, once a
# newer held-out set existed.
BLIND16_DIR = EVAL_DIR.parent / "blind16"
# Ninth author: blind17, written before any measurement, the seventh round's held-out set (measured with
# --only once by its author at the start of the round and once at its end, after the merge); its misses were read
# in the eighth round, once a newer held-out set existed.
BLIND17_DIR = EVAL_DIR.parent / "blind17"
# Tenth author: blind18, written before any measurement, the eighth round's held-out set (measured with --only
# once by its author at the start of the round and once at its end, after the merge); its misses are read in the
# ninth round, once a newer held-out set (blind19) is being written.
BLIND18_DIR = EVAL_DIR.parent / "blind18"
# Eleventh author: blind19, written before any measurement, the ninth round's held-out set (measured with --only
# once at the start of the round, before any of its rules, and once at its end, after the merge); read in the tenth.
BLIND19_DIR = EVAL_DIR.parent / "blind19"
# Twelfth author: blind20, written during the ninth round before any measurement, in other voices; measured once at
# the start of the round (before its changes) and once at its end: a second held-out estimate; read in the tenth.
BLIND20_DIR = EVAL_DIR.parent / "blind20"
# Thirteenth and fourteenth authors: blind21 and blind22, written at the start of the tenth round by two new helpers
# who never read the detector, its data or any earlier positive line; measured with --only once at the start of the
# round (before any of its changes) and once at its end, after the merge: the tenth round's held-out estimates.
BLIND21_DIR = EVAL_DIR.parent / "blind21"
BLIND22_DIR = EVAL_DIR.parent / "blind22"
# Fifteenth and sixteenth authors: blind23 and blind24, written at the start of the eleventh round (blind21 and blind22
# then read) by two new helpers who never read the detector, its data or any earlier positive line; measured with
# --only once at the start of the round and once at its end: the eleventh round's held-out estimates.
BLIND23_DIR = EVAL_DIR.parent / "blind23"
BLIND24_DIR = EVAL_DIR.parent / "blind24"
# Seventeenth and eighteenth authors: blind25 and blind26, written at the start of the twelfth round (blind23 and
# blind24 then read) by two new helpers who never read the detector, its data or any earlier positive line; measured
# with --only once at the start of the round and once at its end: the twelfth round's held-out estimates.
BLIND25_DIR = EVAL_DIR.parent / "blind25"
BLIND26_DIR = EVAL_DIR.parent / "blind26"
# Nineteenth and twentieth authors: blind27 and blind28, written at the start of the thirteenth round (blind25 and
# blind26 then read) by two new helpers who never read the detector, its data or any earlier positive line; measured
# with --only once at the start of the round and once at its end: the thirteenth round's held-out estimates.
BLIND27_DIR = EVAL_DIR.parent / "blind27"
BLIND28_DIR = EVAL_DIR.parent / "blind28"
# Ordinary replies typed at the bot's own steps (negatives only): false alarms in the conversation's register;
# written before any classifier line of that register, measured once and kept apart (never printed).
REPLIES_DIR = EVAL_DIR.parent / "replies"
# Published warning-sign example sentences (paraphrased to 존댓말), phrasing written by others.
EXTERNAL_DIR = EVAL_DIR.parent / "external"
# Sets whose misses `-v` never prints: blind9 (never read), the newest held-out sets and the replies. Older sets'
# misses are listed once a newer set exists (blind18's since the ninth round, blind19's and blind20's since the
# tenth, once blind21 and blind22 were being written; blind21's and blind22's since the eleventh; blind23's and
# blind24's since the twelfth; blind25's and blind26's since the thirteenth); the newest held-out sets stay out of
# the default run (measured only with --only, totals only).
HELD_OUT = (BLIND9_DIR, BLIND27_DIR, BLIND28_DIR, REPLIES_DIR)
NLU_DIR = EVAL_DIR.parents[2] / "data" / "nlu"
_ALL_SETS = (
    EVAL_DIR,
    HOLDOUT_DIR,
    BLIND_DIR,
    BLIND2_DIR,
    BLIND3_DIR,
    BLIND4_DIR,
    BLIND5_DIR,
    BLIND6_DIR,
    EXTERNAL_DIR,
    BLIND7_DIR,
    BLIND8_DIR,
    BLIND9_DIR,
    BLIND10_DIR,
    BLIND11_DIR,
    BLIND12_DIR,
    BLIND13_DIR,
    BLIND14_DIR,
    BLIND15_DIR,
    BLIND16_DIR,
    BLIND17_DIR,
    BLIND18_DIR,
    BLIND19_DIR,
    BLIND20_DIR,
    BLIND21_DIR,
    BLIND22_DIR,
    BLIND23_DIR,
    BLIND24_DIR,
    BLIND25_DIR,
    BLIND26_DIR,
    REPLIES_DIR,
)


def nlu_examples(nlu_dir: Path = NLU_DIR, long_form: bool = True) -> List[Dict[str, str]]:
    """The bot's own NLU training examples (ordinary citizen messages, a few crisis ones).

    long_form=False leaves out the long-form examples (``examples: [{text, metadata}]``: the paraphrased
    life stories of data/nlu/stories.yml), so the classifier's ordinary messages stay the short ones its
    evaluation sets were measured with; the false-alarm check reads them all."""
    out: List[Dict[str, str]] = []
    for path in sorted(nlu_dir.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("nlu") or []:
            examples = item.get("examples") or ""
            if isinstance(examples, list):  # the long form: [{text: ..., metadata: ...}, ...]
                if not long_form:
                    continue
                lines = ["- " + " ".join(str(e.get("text") or "").split()) for e in examples if isinstance(e, dict)]
            else:
                lines = [ln.strip() for ln in str(examples).splitlines()]
            for line in lines:
                if line.startswith("- "):
                    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line[2:])
                    text = re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", text)
                    out.append({"intent": str(item.get("intent") or ""), "text": text})
    return out


CATEGORIES = ("explicit", "indirect", "check", "violence", "negative")
TARGETS = {"explicit": 1.0, "indirect": 0.95}
MAX_FALSE_ALARMS = 0.05


def load(eval_dir: Path = EVAL_DIR) -> List[Dict[str, str]]:
    rows: List[Dict[str, str]] = []
    for path in sorted(eval_dir.glob("*.tsv")):
        with path.open(encoding="utf-8") as f:
            rows.extend(csv.DictReader(f, delimiter="\t"))
    return rows


def run(rows=None) -> Dict[str, Dict]:
    rows = rows if rows is not None else load()
    out: Dict[str, Dict] = defaultdict(
        lambda: {"n": 0, "raised": 0, "level_ok": 0, "kind_ok": 0, "misses": [], "by_model": 0}
    )
    t0 = time.perf_counter()
    for r in rows:
        sig = safety.assess(r["text"])
        c = out[r["label"]]
        c["n"] += 1
        if r["label"] == "negative":
            if sig.raised:
                c["raised"] += 1
                c["misses"].append((r["text"], sig.level, sig.kind, sig.evidence, sig.source))
            else:
                c["level_ok"] += 1
            continue
        if sig.raised:
            c["raised"] += 1
            c["by_model"] += sig.source == "model"
        else:
            c["misses"].append((r["text"], "none", "", "", ""))
        if sig.level == r["level"]:
            c["level_ok"] += 1
        want_kind = "violence" if r["label"] == "violence" else None
        if (want_kind and sig.kind == want_kind) or (not want_kind and sig.kind in ("suicide", "self_harm")):
            c["kind_ok"] += 1
    elapsed = time.perf_counter() - t0
    res = dict(out)
    res["_timing"] = {"messages": len(rows), "ms_per_message": 1000 * elapsed / max(1, len(rows))}
    return res


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    trained = model.warm()
    print(f"classifier trained in {trained:.2f}s")
    if "--only" in argv:
        # A new author's set, measured once: totals only, never its individual misses (a read set's with -v).
        d = Path(argv[argv.index("--only") + 1]).resolve()
        # misses are printed only for a set whose misses may be read (a development set or an own probe),
        # never for a held-out or a new author's set
        read = (d in _ALL_SETS and d not in HELD_OUT) or d.name.startswith("probes")
        held = not read
        print(f"crisis detector on {d.name}" + (" (totals only)" if held else ""))
        _print(run(load(d)), "-v" in argv and not held)
        return 0
    for d in _ALL_SETS:  # a held-out set (the newest author's) only with --only, once, at the end of a tuning round
        if d.exists():
            res = run(load(d))
            print(f"crisis detector on {d.relative_to(EVAL_DIR.parents[2])}")
            _print(res, "-v" in argv and d not in HELD_OUT)
    if NLU_DIR.exists():
        ex = nlu_examples()
        raised = [(e["intent"], e["text"], safety.assess(e["text"])) for e in ex]
        raised = [r for r in raised if r[2].raised]
        print(
            f"bot NLU examples (data/nlu): raised on {len(raised)} of {len(ex)} "
            f"(intents: {sorted({r[0] for r in raised})})"
        )
        if "-v" in argv:
            for intent, text, sig in raised:
                print(f"  [nlu {intent}] {text} -> {sig.level} {sig.kind} {sig.source}")
    # The rules were never tuned on the classifier's training texts: a second, unseen sample.
    texts, labels = model.training_data(with_read_sets=False)
    pos = [t for t, y in zip(texts, labels) if y == 1]
    neg = [t for t, y in zip(texts, labels) if y == 0]
    rp = sum(1 for t in pos if detector.detect(t))
    rn = sum(1 for t in neg if detector.detect(t))
    print(
        f"rules alone on the classifier's training texts: positives raised "
        f"{rp}/{len(pos)} = {rp / len(pos):.1%}, negatives raised {rn}/{len(neg)} = {rn / len(neg):.1%}"
    )
    if "-v" in argv:
        for t, y in zip(texts, labels):
            if bool(detector.detect(t)) != bool(y):
                print(f"  [train-{'miss' if y else 'false-alarm'}] {t}")
    return 0


def _print(res, verbose: bool) -> None:
    for cat in CATEGORIES:
        c = res.get(cat)
        if not c:
            continue
        if cat == "negative":
            rate = c["raised"] / c["n"]
            print(
                f"  {cat:9s} n={c['n']:3d}  false alarms {c['raised']:3d} = {rate:6.1%}"
                f"  (target ≤ {MAX_FALSE_ALARMS:.0%})"
            )
        else:
            rate = c["raised"] / c["n"]
            tgt = f"  (target ≥ {TARGETS[cat]:.0%})" if cat in TARGETS else ""
            print(
                f"  {cat:9s} n={c['n']:3d}  raised {c['raised']:3d} = {rate:6.1%}"
                f"  exact level {c['level_ok'] / c['n']:6.1%}"
                f"  kind ok {c['kind_ok'] / c['n']:6.1%}  by model {c['by_model']}{tgt}"
            )
    print(f"  speed: {res['_timing']['ms_per_message']:.2f} ms/message over {res['_timing']['messages']} messages")
    if verbose:
        for cat in CATEGORIES:
            for m in res.get(cat, {}).get("misses", []):
                print(f"  [{cat}] {m}")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
