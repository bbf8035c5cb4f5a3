"""Second opinion for the crisis rules: a logistic regression over char n-grams of the normalised
text and mecab lemma uni/bigrams (no Rasa imports).

Trained deterministically (liblinear, fixed order) from ``bot/safety/data/*.tsv`` (curated messages:
1 = a sign of suicidal or self-harm thinking or of violence, 0 = not; the later files are other
authors' sets of indirect phrasing and hard look-alikes, with a category column) plus, as ordinary
messages (label 0), the bot's own NLU examples in data/nlu that the rules do not flag -- so welfare
worries ("깡통전세인 것 같아요 어떡하죠") are learnt as ordinary. Training takes a few seconds of CPU,
so the fitted model is kept in ``var/safety/`` under a hash of the data and the code (cache_key) and
read back by the next process; any change to them retrains it. It never lowers a rule's verdict:
assess() asks it only when the rules found nothing, and it can only raise "check" (a gentle check-in
naming 109), and only when it is confident (THRESHOLD). Since the ninth round it also learns the read
evaluation sets (READ_EVAL_SETS: the hands the rules are already tuned to), exported from tests/safety to
bot/safety/data/read_sets.tsv so that training never reads the tests/ tree; the held-out sets (blind9,
tests/safety/replies and the newest authors' sets, HELD_OUT_SETS) never train it (bot/safety/data/README.md).

Size: over 500 lines on purpose: most of it is the record of the measurements that chose the features, the
threshold and the training data (comments kept beside the constants they decided), and the grouped
cross-validation that produced them, which must emulate the detector exactly as the model is used.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import pickle
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import List, Optional, Tuple

from bot.safety.detector import bounded, compact, detect, explained_away, lemmas

DATA_DIR = Path(__file__).resolve().parent / "data"
NLU_DIR = Path(__file__).resolve().parents[2] / "data" / "nlu"
# The fitted model is kept here between processes (gitignored), in a file named by a hash of everything
# that decides it (cache_key), so a server's cold start reads it instead of training again.
CACHE_DIR = Path(__file__).resolve().parents[2] / "var" / "safety"
_CODE_DIRS = (Path(__file__).resolve().parent, Path(__file__).resolve().parents[1] / "korean")
# Chosen by cross-validation GROUPED BY TRAINING FILE (`python -m bot.safety.model`): each author's file is
# held out whole and predicted by a model fitted on the others plus every NLU example, with the rules,
# explained_away() and the per-sentence pass emulated. Random 5-fold numbers share authors between folds
# and overstate a new hand (they rose from 84 to 87 % when two files were added while a new author's set,
# blind17, stayed at 52/70 indirect). On the seven files before train7.tsv (4,454 positives, 5,460 hard
# negatives), the whole detector at 0.7 (sentences 0.9) raises 79.2 % of the held-out positives and 5.4 % of
# the held-out negatives; 0.5: 81.9 % / 7.4 %; 0.3: 83.2 % / 10.6 %; 0.9: 72.4 % / 3.5 %. Every variant tried
# lies on that one curve (recall at matched false alarms within ±0.3 points): jamo-decomposed char 3-5-grams
# added, particle- and ending-free lemma grams (instead or added), char 2-5-grams, min_df 1 or 3, no
# sublinear tf, C 5/10/50, no or a 1.5 class weight, and a calibrated complement Naive Bayes or linear SVM
# averaged with the logistic regression -- so the features stay char 2-4-grams and lemma 1-2-grams. Lower
# thresholds gain recall on held-out hands but not on the read evaluation sets (blind8-blind17 raise exactly
# the same at 0.6 as at 0.7), and 0.6 raises seven look-alikes of tests/safety/test_detector.py while 0.5
# raises 7/84 of the ordinary replies; SENTENCE_THRESHOLD 0.8 instead of 0.9 moves recall by 0.1 point. So
# 0.7 stays. No single higher threshold separates counselor-level risk from a mild check (above 0.9, 84-86 %
# of what it raises among the lines it is asked about is risk by its author's category): check lines score
# as high as risk lines, so the classifier stays a check-in.
# Ninth round (data diversity; `python -m bot.safety.model` prints both runs): the read evaluation sets held out
# by author (11 hands, 1,437 positives / 1,286 negatives), each predicted (a) by the training files only or (b) by
# the training files plus the other read authors. The whole detector raises 99.9-100 % of their positives either
# way (the rules are tuned to them; false alarms 0/1286 at 0.6-0.9), so the classifier is compared alone, on every
# line, at 0.7: (a) 1234/1437 = 85.9 % at 37/1286 = 2.9 % false alarms, (b) 1293/1437 = 90.0 % at 36/1286 =
# 2.8 % -- higher or equal for every author (author1 497->522/603, blind8 57->61/63, blind10-11 90->97/103,
# blind12 67->71/73, blind13 61->63/66, blind14 71->75/77, blind15 67->68/77, blind16 96->100/111, blind17
# 96->98/110, external 26/34 both, probes8 106->112/120); before train8.tsv, 89.4 % against 86.2 % without the
# lines that paraphrase published lists (shared by several sets). 0.5: 91.4 -> 93.9 % at 4.5 -> 4.6 %; 0.9:
# 72.8 -> 78.8 % at 1.0 -> 1.2 %. On the held-out training files the detector did not move: 83.1 % / 5.3 % ->
# 83.1 % / 5.4 % at 0.7 (0.5: 85.8 % / 7.4 % -> 85.9 % / 7.5 %; 0.9: 76.1 % / 3.6 % -> 76.9 % / 3.6 %). So the
# read sets train the classifier (trained so, it raised eight look-alikes of test_detector.py: train8.tsv holds
# 58 ordinary lines in those categories). With them, thresholds at the held-out-hand level: training files 0.5
# 85.9 % / 7.5 %, 0.6 84.6 % / 6.3 %, 0.7 83.1 % / 5.4 %, 0.8 80.8 % / 4.5 %, 0.9 76.9 % / 3.6 %; read sets
# 100-99.4 % with 3/1286 false alarms at 0.5 and none above: a lower threshold buys about a point of recall for
# a point of false alarms, as before, so 0.7 stays.
# Tenth round (blind18, blind19, blind20 and probes9 read: author10-12 and probes9 below; blind21 and blind22, being
# written, held out): on main, 9 of blind19's 14 missed indirect signs and 8 of blind20's 12 had p >= 0.7 and were
# vetoed, 12 of those 17 by one ordinary word beside the sign (an everyday, household, trip, outing, savings or
# ended-task word: detector._ordinary_word); 4 of blind19's 8 missed check-ins the same way. Grouped by author
# (24 hands; files = the nine training files pooled, 4,945 positives / 6,080 negatives; new = author10-12, 393 /
# 334), whole detector at 0.7 (sentences 0.9), recall / false alarms:
#   read sets not trained:                files 83.2 % / 5.3 %, new 88.5 % / 2.7 % (author10 114/120, FA 2/105;
#                                         author11 106/129, 1/107; author12 128/144, 6/122)
#   read sets trained (b):                files 83.4 % / 5.4 %, new 89.1 % / 3.3 % (115/120, 2; 107/129, 2; 128/144, 7)
#   (b) + the ordinary word only weak:    files 86.4 % / 5.8 %, new 93.1 % / 3.6 % (117/120, 3; 115/129, 2; 134/144, 7)
#   the same with override 0.95 / 0.97:   files 85.9 / 85.6 % at 5.6 / 5.5 %, new 92.6 / 92.1 % at 3.6 / 3.3 %
#   the same at THRESHOLD 0.8:            files 84.2 % / 4.9 %, new 92.6 % / 3.0 %; 0.6: 87.9 % / 6.8 %, 94.4 % / 3.6 %
#   (b) alone at 0.5 / 0.6 / 0.8 / 0.9:   files 86.1 / 84.9 / 81.2 / 77.1 % at 7.5 / 6.5 / 4.6 / 3.7 %; new 90.6 /
#                                         90.3 / 88.5 / 85.0 % at 3.6 / 3.3 / 2.7 / 2.7 %
# Making the ordinary word a weak reading buys 3-4 points of held-out recall for 0.3-0.4 point of false alarms, far
# better than any threshold (which trades a point for a point), but it is NOT taken yet: with it 61 tests of
# tests/safety raise (23 look-alikes, 32 category look-alikes of the sixth to ninth rounds, the firm-veto, task-word
# and trip tests), so each of those readings needs a narrower firm context first (next round). Taken: the read sets
# trained on (author10-12 and probes9 added; train9.tsv's 16 lines answer the three tests that training moved), 0.7
# kept (the read authors 1-9 and the probes stay at 99.9 % with 4/1,335 false alarms).
# Eleventh round (blind21 and blind22 read: author13-14 below; blind23 and blind24, being written, held out): before
# they were read, 8 of their 15 false alarms were rules and 7 the classifier (4 long welfare stories, a benefit
# ending, away for a funeral, a job settled); of their 23 missed indirect signs 11 had p < 0.7, 5 were under a firm
# veto (3 a word of OTHER that was the speaker's own affair: 유족급여, 발표 나는 날, 새일센터 교육), 3 explained by a
# rule's own context, 3 sentences under 0.9 and 1 under a weak veto. Grouped by author at 0.7 (sentences 0.9), the
# read sets trained, whole detector, recall / false alarms, before -> after the round's rules, firm phrases and
# train11.tsv (the after run without train11's last four lines):
#   held-out new authors10-14 (678 / 566):   94.2 % / 3.0 % (17) -> 94.8 % / 1.2 % (7)
#   of which author13-14 (285 / 232):         88.8 % / 6.0 % (14) -> 90.5 % / 1.7 % (4)
#   held-out training files:                  86.7 % / 5.7 % (349/6137) -> 86.7 % / 5.7 % (355/6181)
# The new-author numbers are optimistic: the rules were written reading author13-14 (and author10-12 before), so only
# the classifier is held out there; most of the move is the rules' eight false alarms answered. The training files,
# held out whole, do not move: the round taught the classifier nothing that reaches another hand. blind23 and blind24
# are the honest test.
THRESHOLD = 0.7
C = 20.0
_lock = threading.Lock()
_model = None


# The read evaluation sets (tests/safety/*/, rules already tuned to them), grouped by author (their README's
# history), also train the classifier: held out by author in the grouped cross-validation, adding them raised
# the classifier's recall on each held-out author's set at the same false alarms (the numbers are above). They are
# exported to READ_SETS_FILE (`python -m bot.safety.model --export-read-sets`), which is what training reads. The
# held-out sets never train it: blind9, replies, and the newest authors' sets (HELD_OUT_SETS; any
# newer set is added here before it exists) (tests/safety/test_eval.py checks this against evaluate.HELD_OUT).
EVAL_ROOT = Path(__file__).resolve().parents[2] / "tests" / "safety"
READ_EVAL_SETS = {
    "author1": ("eval", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"),
    "external": ("external",),  # published warning signs, paraphrased
    "author2": ("blind8",),
    "author3": ("blind10", "blind11"),
    "author4": ("blind12",),
    "author5": ("blind13",),
    "author6": ("blind14",),
    "author7": ("blind15",),
    "author8": ("blind16",),
    "author9": ("blind17",),
    "probes8": ("probes8",),
    "author10": ("blind18",),
    "author11": ("blind19",),
    "author12": ("blind20",),
    "probes9": ("probes9",),
    "author13": ("blind21",),  # the tenth round's held-out sets, read in the eleventh
    "author14": ("blind22",),
    "probes10": ("probes10",),
    "author15": ("blind23",),  # the eleventh round's held-out sets, read in the twelfth
    "author16": ("blind24",),
    "author17": ("blind25",),  # the twelfth round's held-out sets, read in the thirteenth
    "author18": ("blind26",),
}


# Never trained on (blind27 and blind28 are the thirteenth round's held-out sets); a read set's line that is also one of
# theirs (a short common message) is left out of the export.
HELD_OUT_SETS = ("blind9", "replies", "blind27", "blind28")


# The read sets' lines the classifier learns, exported from tests/safety by `python -m bot.safety.model
# --export-read-sets` and committed: training reads this file, never the tests/ tree, so a deployment without
# tests/ trains the same model (tests/safety/test_eval.py checks that it equals what the sets hold).
READ_SETS_FILE = DATA_DIR / "read_sets.tsv"
_READ_SETS_COLUMNS = ("hand", "text", "label", "category")


def _curated_files() -> List[Path]:
    """The curated training files, in name order (read_sets.tsv is the exported read sets, not one of them)."""
    return [p for p in sorted(DATA_DIR.glob("*.tsv")) if p.name != READ_SETS_FILE.name]


def _read_set_files(sets=None) -> List[Path]:
    names = [d for group in READ_EVAL_SETS.values() for d in group] if sets is None else sets
    return [p for d in names for p in sorted((EVAL_ROOT / d).glob("*.tsv"))]


def _held_out_texts() -> set:
    texts = set()
    for path in _read_set_files(HELD_OUT_SETS):
        with path.open(encoding="utf-8") as f:
            texts |= {(r.get("text") or "").strip() for r in csv.DictReader(f, delimiter="\t")}
    return texts


def read_set_rows_from_sets() -> List[dict]:
    """The read sets' lines as they are in tests/safety (READ_EVAL_SETS, in that order): what --export-read-sets
    writes to READ_SETS_FILE. A line equal to a line of a held-out set (HELD_OUT_SETS; only compared, never
    learnt) is left out. Only the export and its test read tests/."""
    held_out = _held_out_texts()
    rows = []
    for group, sets in READ_EVAL_SETS.items():
        for path in _read_set_files(sets):
            with path.open(encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    text = (row.get("text") or "").strip()
                    if text and text not in held_out:
                        label = row["label"]
                        rows.append(
                            {
                                "text": text,
                                "label": int(label != "negative"),
                                "category": label,
                                "file": "read:" + group,
                            }
                        )
    return rows


def read_sets_tsv(rows: List[dict]) -> str:
    """READ_SETS_FILE's text for `rows` (tab-separated, one line each, the hand first)."""
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(_READ_SETS_COLUMNS)
    for r in rows:
        w.writerow((r["file"][len("read:") :], r["text"], r["label"], r["category"]))
    return out.getvalue()


def export_read_sets() -> int:
    """Write READ_SETS_FILE from the sets (`python -m bot.safety.model --export-read-sets`); returns its lines."""
    rows = read_set_rows_from_sets()
    READ_SETS_FILE.write_text(read_sets_tsv(rows), encoding="utf-8", newline="")
    return len(rows)


def _read_set_rows() -> List[dict]:
    if not READ_SETS_FILE.exists():
        return []
    with READ_SETS_FILE.open(encoding="utf-8", newline="") as f:
        return [
            {"text": r["text"], "label": int(r["label"]), "category": r["category"], "file": "read:" + r["hand"]}
            for r in csv.DictReader(f, delimiter="\t")
        ]


def training_rows(with_read_sets: bool = True) -> List[dict]:
    """The curated messages of bot/safety/data/*.tsv, files in name order, then (with_read_sets) the read sets'
    lines from READ_SETS_FILE (exported from READ_EVAL_SETS). Columns: text, label (1/0; an evaluation line's
    category "negative" is 0, any other 1) and category (what the line is an example of; only for reading and for
    the cross-validation report); "file" is the hand for the grouped cross-validation: a data file's stem, or
    "read:<author>"."""
    rows = []
    for path in _curated_files():
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                text = (row.get("text") or "").strip()
                if text:
                    rows.append(
                        {
                            "text": text,
                            "label": int(row["label"]),
                            "category": row.get("category") or "",
                            "file": path.stem,
                        }
                    )
    return rows + (_read_set_rows() if with_read_sets else [])


def training_data(with_read_sets: bool = True) -> Tuple[List[str], List[int]]:
    """Texts and labels of training_rows()."""
    rows = training_rows(with_read_sets)
    return [r["text"] for r in rows], [r["label"] for r in rows]


def ordinary_messages() -> List[str]:
    """The bot's NLU examples the rules do not flag (ordinary citizen messages)."""
    if not NLU_DIR.exists():
        return []
    from bot.safety.evaluate import nlu_examples  # here, not at the top: evaluate imports bot.safety (a cycle)

    return [e["text"] for e in nlu_examples(NLU_DIR, long_form=False) if not detect(e["text"])]


_SEP = " || "


def _features(text: str) -> str:
    t = bounded(text)
    return compact(t) + _SEP + lemmas(t)


def _chars(s: str) -> List[str]:
    c = s.split(_SEP, 1)[0]
    return [c[i : i + n] for n in (2, 3, 4) for i in range(len(c) - n + 1)]


def _lemma_grams(s: str) -> List[str]:
    toks = s.split(_SEP, 1)[1].split() if _SEP in s else []
    return toks + [a + " " + b for a, b in zip(toks, toks[1:])]


def pipeline():
    # scikit-learn takes about a second to import: only when the classifier is first trained
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    return make_pipeline(
        FeatureUnion(
            [
                ("chars", TfidfVectorizer(analyzer=_chars, sublinear_tf=True, min_df=2)),
                ("lemmas", TfidfVectorizer(analyzer=_lemma_grams, sublinear_tf=True, min_df=2)),
            ]
        ),
        LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=0),
    )


def _build():
    texts, labels = training_data()
    extra = ordinary_messages()
    pipe = pipeline()
    pipe.fit([_features(t) for t in texts + extra], labels + [0] * len(extra))
    return pipe


def cache_key() -> str:
    """SHA-256 over what decides the fitted model: the training files and read sets, the NLU examples (the ordinary
    messages), the code that reads, normalises and featurises them (bot/safety and bot/korean: rules
    filter the NLU examples, mecab lemmas are features), and the Python, scikit-learn and NumPy
    versions the pickle depends on. Any change gives a new key, and so a retrained model."""
    # local: scikit-learn and NumPy load only when the classifier is first needed (a fast import of bot.safety)
    import numpy
    import sklearn

    h = hashlib.sha256(f"{sys.version}|{sklearn.__version__}|{numpy.__version__}|C={C}".encode())
    files = sorted(DATA_DIR.glob("*.tsv"))  # the curated files and READ_SETS_FILE (the exported read sets)
    files += sorted(NLU_DIR.rglob("*.yml")) if NLU_DIR.exists() else []
    for d in _CODE_DIRS:
        files += sorted(d.rglob("*.py"))
    for path in files:
        h.update(f"\0{path.parent.name}/{path.name}\0".encode() + path.read_bytes())
    return h.hexdigest()[:32]


def _cache_path(key: str) -> Path:
    return CACHE_DIR / f"crisis-model-{key}.pkl"


def _load_or_build():
    """The model from var/ when its file matches cache_key(), else trained now and written atomically
    (a temporary file renamed into place; older files removed). A cache that cannot be read or written
    only costs the training time."""
    try:
        key = cache_key()
    except OSError:
        return _build()
    path = _cache_path(key)
    if path.exists():
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except Exception:  # a damaged or incompatible file: train again and replace it
            pass
    pipe = _build()
    tmp = None
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=CACHE_DIR, prefix=".crisis-model-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(pipe, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        for old in CACHE_DIR.glob("crisis-model-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return pipe


def get():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load_or_build()
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
    t = time.perf_counter()
    get()
    return time.perf_counter() - t


def cross_validate(folds: int = 5, thresholds=(0.6, 0.68, 0.7, 0.75, 0.8)) -> dict:
    """Stratified k-fold numbers on the training data (``python -m bot.safety.model``).

    Every curated line and every ordinary NLU message is predicted by a model that did not see it.
    "reachable" counts only what assess() would ask the classifier about: lines the rules do not
    raise and that have no known ordinary reading (detector.explained_away); "assess_*" is the whole
    detector on the curated lines (the rules' hits plus the held-out classifier where it is asked)."""
    from sklearn.model_selection import StratifiedKFold  # scikit-learn's start-up cost: only for this report

    rows = training_rows()
    extra = ordinary_messages()
    texts = [r["text"] for r in rows] + extra
    labels = [r["label"] for r in rows] + [0] * len(extra)
    source = ["curated"] * len(rows) + ["nlu"] * len(extra)
    feats = [_features(t) for t in texts]
    proba = [0.0] * len(texts)
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=0).split(feats, labels):
        pipe = pipeline().fit([feats[i] for i in train_idx], [labels[i] for i in train_idx])
        for i, p in zip(test_idx, pipe.predict_proba([feats[i] for i in test_idx])[:, 1]):
            proba[i] = float(p)
    rules = [bool(detect(t)) for t in texts]
    reach = [not r and not explained_away(t) for r, t in zip(rules, texts)]
    n = range(len(texts))
    groups = {
        "recall": [i for i in n if labels[i] == 1],
        "recall_reachable": [i for i in n if labels[i] == 1 and reach[i]],
        "false_alarms": [i for i in n if labels[i] == 0 and source[i] == "curated"],
        "false_alarms_reachable": [i for i in n if labels[i] == 0 and source[i] == "curated" and reach[i]],
        "nlu_raised": [i for i in n if source[i] == "nlu" and reach[i]],
    }
    out = {}
    for th in thresholds:
        model_says = [p >= th for p in proba]
        # what assess() does: the rules first, the classifier only where it is asked
        assess_says = [r or (a and m) for r, a, m in zip(rules, reach, model_says)]
        res = {k: (sum(model_says[i] for i in idx), len(idx)) for k, idx in groups.items()}
        # precision where the classifier is asked: held-out positives it raises / all curated lines it raises
        tp, fp = res["recall_reachable"][0], res["false_alarms_reachable"][0]
        res["precision_reachable"] = (tp, tp + fp)
        for k in ("recall", "false_alarms"):
            res["assess_" + k] = (sum(assess_says[i] for i in groups[k]), len(groups[k]))
        tp, fp = res["assess_recall"][0], res["assess_false_alarms"][0]
        res["assess_precision"] = (tp, tp + fp)
        out[th] = res
    return out


def _asked_parts(text: str) -> Optional[List[Tuple[bool, str, float]]]:
    """What assess() would ask the classifier about `text`: None when the rules raise it, else the
    (is_sentence, part, least p) triples (the whole message first): "least p" is how sure the classifier must be
    over an ordinary reading of the part (bot.safety.FIRM_VETO_OVERRIDE for a firm one, WEAK_VETO_OVERRIDE for a
    weak one, else 0). A sentence the rules raise alone (its message's other sentences explained it) is not asked."""
    from bot import safety  # here, not at the top: bot.safety imports this module
    from bot.safety import detector

    t = safety.normalise(text)
    if not t.strip():
        return []
    if detect(t):
        return None
    out = []
    for i, (context, part) in enumerate(safety._message_and_sentences(t)):
        if detector.settled_reading(context + " " + part) or (i and detect(part)):
            continue
        if detector.figure_or_other(context + " " + part):
            least = safety.FIRM_VETO_OVERRIDE
        elif detector.weakly_explained(context + " " + part):
            least = safety.WEAK_VETO_OVERRIDE
        else:
            least = 0.0
        out.append((i > 0, part, least))
    return out


def grouped_cross_validate(
    thresholds=(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9), sentence_thresholds=(0.8, 0.9), train_on_read_sets: bool = True
) -> dict:
    """Cross-validation grouped by hand (``python -m bot.safety.model``): each training file and each read
    evaluation set's author (READ_EVAL_SETS) is held out in turn and predicted by a model fitted on the other
    hands plus every ordinary NLU message, so no fold shares an author with its training (random k-fold does,
    and overstates how the classifier does on a new hand); with train_on_read_sets=False the read sets are
    only predicted, never fitted (the classifier of before the ninth round). The whole detector is emulated:
    the rules first, the ordinary readings (_asked_parts) and the per-sentence pass with its own threshold.
    Returns {(threshold, sentence_threshold): {"recall": (raised, n), "false_alarms": (raised, n), "by_file":
    {hand: (positives raised, n, negatives raised, n)}, "model_by_file": the same for the classifier alone
    on every line (whole message, rules ignored; the read sets' rules are tuned to them, so the detector is
    at 100 % there whatever the classifier does)}}."""
    rows = [(r["file"], r["text"], r["label"]) for r in training_rows()]
    extra = ordinary_messages()
    asked = [_asked_parts(t) for _, t, _ in rows]
    scored: List[List[Tuple[bool, float, float]]] = [[] for _ in rows]  # (is_sentence, least p, p) per part
    whole = [0.0] * len(rows)
    hands = sorted({g for g, _, _ in rows})
    for group in hands:
        train = [r for r in rows if r[0] != group and (train_on_read_sets or not r[0].startswith("read:"))]
        pipe = pipeline().fit(
            [_features(t) for _, t, _ in train] + [_features(t) for t in extra],
            [y for _, _, y in train] + [0] * len(extra),
        )
        mine = [k for k, r in enumerate(rows) if r[0] == group]
        for k, p in zip(mine, pipe.predict_proba([_features(rows[k][1]) for k in mine])[:, 1]):
            whole[k] = float(p)
        idx, feats = [], []
        for k in mine:
            for is_sentence, part, least in asked[k] or ():
                idx.append((k, is_sentence, least))
                feats.append(_features(part))
        for (k, is_sentence, least), p in zip(idx, pipe.predict_proba(feats)[:, 1] if feats else []):
            scored[k].append((is_sentence, least, float(p)))

    def tally(raised):
        out = {}
        for group in hands:
            pos = [k for k, r in enumerate(rows) if r[0] == group and r[2] == 1]
            neg = [k for k, r in enumerate(rows) if r[0] == group and r[2] == 0]
            out[group] = (sum(raised[k] for k in pos), len(pos), sum(raised[k] for k in neg), len(neg))
        return out

    out = {}
    for th in thresholds:
        for sth in sentence_thresholds:
            raised = [
                a is None or any(p >= max(th, sth if s else th, least) for s, least, p in scored[k])
                for k, a in enumerate(asked)
            ]
            res = {"by_file": tally(raised), "model_by_file": tally([p >= th for p in whole])}
            for name, want in (("recall", 1), ("false_alarms", 0)):
                sel = [k for k, r in enumerate(rows) if r[2] == want]
                res[name] = (sum(raised[k] for k in sel), len(sel))
            out[(th, sth)] = res
    return out


def _pooled(by_file: dict, read: bool) -> str:
    a, b, c, d = (sum(v[i] for g, v in by_file.items() if g.startswith("read:") == read) for i in range(4))
    return f"{a}/{b} = {a / max(1, b):.1%}, false alarms {c}/{d} = {c / max(1, d):.1%}"


if __name__ == "__main__" and "--export-read-sets" in sys.argv[1:]:  # pragma: no cover
    print(f"{export_read_sets()} read-set lines written to {READ_SETS_FILE}")
elif __name__ == "__main__":  # pragma: no cover
    for on in (False, True):
        t0 = time.perf_counter()
        cv = grouped_cross_validate(
            thresholds=(0.5, 0.6, 0.7, 0.8, 0.9), sentence_thresholds=(0.9,), train_on_read_sets=on
        )
        print(f"== grouped by hand, read sets {'in' if on else 'NOT in'} the training of the other folds")
        for (th, _), r in cv.items():
            print(
                f"threshold {th:.2f}: detector on held-out training files {_pooled(r['by_file'], False)}; "
                f"on held-out read sets {_pooled(r['by_file'], True)}; classifier alone on held-out read sets "
                f"{_pooled(r['model_by_file'], True)}"
            )
        r = cv[(THRESHOLD, 0.9)]
        for g in sorted(r["by_file"]):
            (a, b, c, d), (e, f, h, i) = r["by_file"][g], r["model_by_file"][g]
            print(f"  {THRESHOLD} {g}: detector {a}/{b}, {c}/{d}; classifier alone {e}/{f}, {h}/{i}")
        print(f"({time.perf_counter() - t0:.1f}s)")
    t0 = time.perf_counter()
    res = cross_validate()
    for th, r in res.items():
        line = "  ".join(f"{k} {a}/{n} = {a / max(1, n):.1%}" for k, (a, n) in r.items())
        print(f"random 5-fold, threshold {th:.2f}: {line}")
    print(f"({time.perf_counter() - t0:.1f}s)")
    t0 = time.perf_counter()
    _build()
    print(f"trained in {time.perf_counter() - t0:.2f}s (servers read the fitted model from var/safety/)")
