"""The detector's numbers on the evaluation sets (issue 11 targets). The read sets also train the classifier
(bot.safety.model.READ_EVAL_SETS); the held-out ones (evaluate.HELD_OUT) never do."""

from pathlib import Path

import pytest

from bot.safety import evaluate, model

HERE = Path(__file__).resolve().parent


SETS = {
    "eval": evaluate.EVAL_DIR,
    "holdout": evaluate.HOLDOUT_DIR,
    "blind": evaluate.BLIND_DIR,
    "blind2": evaluate.BLIND2_DIR,
    "blind3": evaluate.BLIND3_DIR,
    "blind4": evaluate.BLIND4_DIR,
    "blind5": evaluate.BLIND5_DIR,
    "blind6": evaluate.BLIND6_DIR,
    "blind7": evaluate.BLIND7_DIR,
    "blind8": evaluate.BLIND8_DIR,
    "blind9": evaluate.BLIND9_DIR,
    "external": evaluate.EXTERNAL_DIR,
    "blind10": evaluate.BLIND10_DIR,
    "blind11": evaluate.BLIND11_DIR,
    "blind12": evaluate.BLIND12_DIR,
    "blind13": evaluate.BLIND13_DIR,
    "blind14": evaluate.BLIND14_DIR,
    "blind15": evaluate.BLIND15_DIR,
    "blind16": evaluate.BLIND16_DIR,
    "blind17": evaluate.BLIND17_DIR,  # ninth author: the seventh round's held-out estimate, read in the eighth
    "blind18": evaluate.BLIND18_DIR,  # tenth author: the eighth round's held-out estimate, read in the ninth
    "blind19": evaluate.BLIND19_DIR,  # eleventh author: the ninth round's held-out estimate, read in the tenth
    "blind20": evaluate.BLIND20_DIR,  # twelfth author: the ninth round's second held-out estimate, read in the tenth
    "blind21": evaluate.BLIND21_DIR,  # thirteenth author: the tenth round's held-out estimate, read in the eleventh
    "blind22": evaluate.BLIND22_DIR,  # fourteenth author: the tenth round's second held-out estimate, read in the eleventh
    "blind23": evaluate.BLIND23_DIR,  # fifteenth author: the eleventh round's held-out estimate, read in the twelfth
    "blind24": evaluate.BLIND24_DIR,  # sixteenth author: the eleventh round's second held-out estimate, read in the twelfth
    "blind25": evaluate.BLIND25_DIR,  # seventeenth author: the twelfth round's held-out estimate, read in the thirteenth
    "blind26": evaluate.BLIND26_DIR,  # eighteenth author: the twelfth round's second held-out estimate, read in the 13th
    "blind27": evaluate.BLIND27_DIR,  # nineteenth author: the thirteenth round's held-out estimate (never read)
    "blind28": evaluate.BLIND28_DIR,  # twentieth author: the thirteenth round's second held-out estimate (never read)
    "probes8": HERE / "probes8",  # the eighth round's two probes (own sentences in new voices; see the README)
    "probes9": HERE / "probes9",  # the ninth round's seven probes (each measured before its rules; see the README)
    "probes10": HERE / "probes10",  # the tenth round's probe (measured before its rules; see the README)
    "replies": evaluate.REPLIES_DIR,  # ordinary replies at the bot's own steps (negatives only, never read)
}
DEVELOPMENT = [
    "eval",
    "holdout",
    "blind",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind10",
    "blind11",  # its misses were read once blind12 and blind13 existed
    "blind12",  # fourth author: measured once (explicit 10/15, indirect 19/38, FA 4/73), then read
    "blind13",  # fifth author: measured twice while held out (indirect 27/34, 26/34), read in the fifth round
    "blind14",  # sixth author: measured once (explicit 12/12, indirect 24/47 then 26/47, FA 3/71), then read
    "blind15",  # seventh author: measured once (explicit 12/12, indirect 36/47, FA 3/72), read in the sixth round
    "blind16",  # eighth author: measured twice while held out (indirect 51/70, 57/70), read in the seventh round
    "blind17",  # ninth author: measured twice while held out (indirect 52/70, 52/70), read in the eighth round
    "blind19",  # eleventh author: measured twice while held out (indirect 73/87, 73/87), read in the tenth round
    "blind20",  # twelfth author: measured twice while held out (indirect 89/102, 90/102), read in the tenth round
    "blind22",  # fourteenth author: measured twice while held out (indirect 82/100, 91/100), read in the eleventh round
]
# blind21 (thirteenth author, read in the eleventh round) reaches 0 false alarms too but not yet check 90 % (11/13): it
# stays with its own floors (test_thirteenth_authors_held_out_set)


@pytest.fixture(scope="module")
def results():
    return {name: evaluate.run(evaluate.load(d)) for name, d in SETS.items()}


def _rate(c):
    return c["raised"] / c["n"]


def test_sets_are_big_enough_and_well_formed():
    rows = evaluate.load()
    pos = [r for r in rows if r["label"] != "negative"]
    neg = [r for r in rows if r["label"] == "negative"]
    assert len(pos) >= 150 and len(neg) >= 150
    for r in rows:
        assert r["label"] in evaluate.CATEGORIES and r["level"] in ("imminent", "risk", "check", "none")
        assert r["source"], r["text"]
        assert (r["label"] == "negative") == (r["level"] == "none"), r["text"]


def test_held_out_sets_never_train_the_classifier():
    # the classifier learns from bot/safety/data/*.tsv, the read sets (model.READ_EVAL_SETS, exported to
    # data/read_sets.tsv) and, as ordinary messages, from the bot's NLU examples; the held-out sets (blind9, replies
    # and the newest authors' sets, blind27 and blind28) never
    assert {"blind9", "replies", "blind27", "blind28"} <= set(model.HELD_OUT_SETS)
    held_out = {d.resolve() for d in evaluate.HELD_OUT}
    read = {(model.EVAL_ROOT / d).resolve() for sets in model.READ_EVAL_SETS.values() for d in sets}
    never = {(model.EVAL_ROOT / d).resolve() for d in model.HELD_OUT_SETS}
    assert {evaluate.BLIND9_DIR.resolve(), evaluate.BLIND27_DIR.resolve(), evaluate.BLIND28_DIR.resolve()} <= held_out
    assert evaluate.REPLIES_DIR.resolve() in held_out
    assert held_out <= never and not read & never
    assert read <= {d.resolve() for d in SETS.values()}  # only sets this file measures
    train = set(model.training_data()[0]) | {e["text"] for e in evaluate.nlu_examples()}
    for d in never:
        overlap = len({r["text"].strip() for r in evaluate.load(d)} & train)
        assert overlap == 0, d.name  # a held-out set's lines are never printed, only how many


def test_the_exported_read_sets_are_what_the_sets_hold():
    # the classifier trains from bot/safety/data/read_sets.tsv, never from tests/ (a deployment has no tests/):
    # after a read set changes, `python -m bot.safety.model --export-read-sets` writes it again
    want = model.read_sets_tsv(model.read_set_rows_from_sets())
    assert model.READ_SETS_FILE.read_text(encoding="utf-8") == want, "run python -m bot.safety.model --export-read-sets"


def test_training_does_not_read_the_tests_tree(monkeypatch, tmp_path):
    rows = model.training_rows()
    assert {r["file"] for r in rows} >= {"read:" + g for g in model.READ_EVAL_SETS}
    monkeypatch.setattr(model, "EVAL_ROOT", tmp_path / "no-tests")
    assert model.training_rows() == rows


def test_training_files_and_nlu_examples_share_no_line_with_any_set():
    # the curated files were written apart from every set: a read set's line is in training only as itself
    train = set(model.training_data(with_read_sets=False)[0]) | {e["text"] for e in evaluate.nlu_examples()}
    for d in SETS.values():
        overlap = {r["text"] for r in evaluate.load(d)} & train
        assert not overlap, (d.name, len(overlap) if d in evaluate.HELD_OUT else overlap)


def test_unit_test_sentences_of_the_fifth_round_are_not_set_lines():
    """The fifth round's unit tests generalise by category with new sentences, never a set's own lines
    (only counts are reported, so a held-out line is never printed)."""
    src = (HERE / "test_detector.py").read_text(encoding="utf-8")
    src = src[src.index("# ---- fifth round") :]
    for name, d in SETS.items():
        copied = sum(1 for r in evaluate.load(d) if f'"{r["text"]}"' in src)
        assert copied == 0, (name, copied)


@pytest.mark.parametrize("name", DEVELOPMENT)
def test_issue_targets_on_the_development_sets(results, name):
    """Sets whose misses were read while writing the rules (see tests/safety/eval/README.md)."""
    r = results[name]
    assert _rate(r["explicit"]) == 1.0, r["explicit"]["misses"]
    assert _rate(r["indirect"]) >= 0.95, r["indirect"]["misses"]
    assert _rate(r["negative"]) <= 0.05, r["negative"]["misses"]
    assert _rate(r["check"]) >= 0.9 and _rate(r["violence"]) >= 0.9


def test_kinds_and_levels(results):
    r = results["eval"]
    # violence goes to 1366, everything else to 109
    assert r["violence"]["kind_ok"] == r["violence"]["n"]
    assert r["explicit"]["kind_ok"] == r["explicit"]["n"]
    assert r["explicit"]["level_ok"] / r["explicit"]["n"] >= 0.9
    assert r["indirect"]["level_ok"] / r["indirect"]["n"] >= 0.85


def test_blind2_development_set(results):
    r = results["blind2"]
    assert _rate(r["explicit"]) == 1.0 and _rate(r["indirect"]) >= 0.9 and _rate(r["negative"]) <= 0.05


def test_second_authors_final_set_floor(results):
    """blind9 was written by a second author after all tuning and measured once (explicit 8/10, indirect
    22/26, false alarms 5/40); its misses were never read. The third author's rules changed its false
    alarms to 4/40 (re-measured, informational: the set had already been seen). Floors just under that;
    do not tune rules to this set."""
    r = results["blind9"]
    assert r["explicit"]["raised"] >= 8 and r["indirect"]["raised"] >= 21, (r["explicit"]["n"], r["indirect"]["n"])
    assert r["check"]["raised"] == r["check"]["n"] and r["violence"]["raised"] >= 3
    assert r["negative"]["raised"] <= 5
    assert r["explicit"]["level_ok"] >= 5 and r["indirect"]["level_ok"] >= 19


def test_third_authors_final_set_floor(results):
    """blind11 was written by a third author after all of that author's tuning and measured once
    (explicit 8/10, indirect 16/23, false alarms 4/40; exact level explicit 6/10, indirect 14/23). Its
    misses were read only after newer sets existed (it is now also a development set); these floors
    are the old ones, kept as a lower bound."""
    r = results["blind11"]
    assert r["explicit"]["raised"] >= 8 and r["indirect"]["raised"] >= 15, (r["explicit"]["n"], r["indirect"]["n"])
    assert r["check"]["raised"] == r["check"]["n"] and r["violence"]["raised"] == r["violence"]["n"]
    assert r["negative"]["raised"] <= 5
    assert r["explicit"]["level_ok"] >= 5 and r["indirect"]["level_ok"] >= 13


def test_levels_on_the_development_sets(results):
    """Issue 11 levels: an explicit wish to die is never only a gentle check, and a named method, place,
    time or saved means (labelled imminent) gets 112/119 at least 95 times in 100."""
    from bot import safety

    imminent = under = 0
    for name in DEVELOPMENT + ["blind2", "external"]:
        for row in evaluate.load(SETS[name]):
            level = safety.assess(row["text"]).level
            if row["label"] == "explicit":
                assert level in ("risk", "imminent"), (name, row["text"], level)
            if row["level"] == "imminent" and row["label"] != "violence":
                imminent += 1
                under += level != "imminent"
    assert imminent >= 100 and under / imminent <= 0.05, (under, imminent)  # measured 3/156


def test_published_warning_signs(results):
    r = results["external"]
    assert _rate(r["explicit"]) == 1.0 and _rate(r["indirect"]) >= 0.9 and _rate(r["check"]) >= 0.9


def test_the_bots_own_nlu_examples_rarely_raise_a_signal():
    """1,200+ ordinary messages the bot was trained on: only the few that really speak of dying or
    violence may raise a signal (false alarms here interrupt ordinary citizens)."""
    from bot import safety

    raised = [e for e in evaluate.nlu_examples() if safety.assess(e["text"]).raised]
    assert len(evaluate.nlu_examples()) > 1000
    wrong = [e["text"] for e in raised if not any(w in e["text"] for w in ("죽고", "폭력", "때려", "맞고"))]
    assert len(wrong) <= 2, wrong


def test_fourth_authors_set_after_tuning(results):
    """blind12 (fourth author) was measured once before tuning: explicit 10/15, indirect 19/38, check
    7/8, violence 5/12, false alarms 4/73; exact level explicit 40 %, indirect 26 %. Its misses were then
    read and generalised by category (tests/safety/test_detector.py); after tuning it measures
    15/15, 38/38, 8/8, 12/12, false alarms 0/73, every level exact. A read set: floors just under that."""
    r = results["blind12"]
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 37
    assert r["check"]["raised"] >= 7 and r["violence"]["raised"] >= 11
    assert r["negative"]["raised"] <= 1
    assert r["explicit"]["level_ok"] >= 14 and r["indirect"]["level_ok"] >= 35 and r["violence"]["level_ok"] >= 10


def test_fifth_authors_set_after_tuning(results):
    """blind13 (fifth author) was the held-out estimate of the fourth round: measured once before it (explicit
    14/14, indirect 27/34, check 6/7, violence 9/11, false alarms 2/62) and once after it (14/14, 26/34, 7/7, 11/11,
    false alarms 3/62; exact level explicit 11/14, indirect 16/34, violence 9/11). Its misses were read in the
    fifth round (once blind14 and blind15 existed) and generalised by category: now every message is raised at
    its level and no negative raises. A read set: floors just under that."""
    r = results["blind13"]
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 33
    assert r["check"]["raised"] == r["check"]["n"] and r["violence"]["raised"] == r["violence"]["n"]
    assert r["negative"]["raised"] <= 1
    assert r["explicit"]["level_ok"] >= 13 and r["indirect"]["level_ok"] >= 32 and r["violence"]["level_ok"] >= 10


def test_sixth_authors_set_after_tuning(results):
    """blind14 (sixth author, written before any measurement) was measured once before its misses were read:
    explicit 12/12, indirect 24/47 (26/47 with blind13's categories), check 7/8, violence 9/10, false alarms 3/71;
    exact level explicit 75 %, indirect 28 %, violence 50 %. Then read and generalised by category (tests in
    test_detector.py): now 12/12, 47/47, 8/8, 10/10, false alarms 0/70, every level exact. Floors just under."""
    r = results["blind14"]
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 46
    assert r["check"]["raised"] >= 7 and r["violence"]["raised"] >= 9
    assert r["negative"]["raised"] <= 1
    assert r["explicit"]["level_ok"] >= 11 and r["indirect"]["level_ok"] >= 44 and r["violence"]["level_ok"] >= 9


def test_seventh_authors_set_after_tuning(results):
    """blind15 (seventh author) was the held-out estimate of the fifth round: written before any measurement and
    measured once at its end (explicit 12/12, indirect 36/47, check 4/8, violence 8/10, false alarms 3/72; exact
    level explicit 8/12, indirect 15/47, violence 2/10). Its misses were read in the sixth round (once blind16
    existed) and generalised by category (tests in test_detector.py): now 12/12, 47/47, 8/8, 10/10, false alarms
    0/72; exact level explicit 11/12, indirect 47/47, violence 7/10 (every remaining wrong level is higher than the
    author's). A read set: floors just under that."""
    r = results["blind15"]
    assert r["explicit"]["n"] == 12 and r["indirect"]["n"] == 47, "blind15 is missing or changed"
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 46
    assert r["check"]["raised"] >= 7 and r["violence"]["raised"] >= 9
    assert r["negative"]["raised"] <= 1
    assert r["explicit"]["level_ok"] >= 10 and r["indirect"]["level_ok"] >= 45 and r["violence"]["level_ok"] >= 6


def test_eighth_authors_set_after_tuning(results):
    """blind16 (eighth author, 111 / 95) was the held-out estimate of the sixth round: written before any measurement,
    measured once at the start of the round by its author (explicit 15/15, indirect 51/70, check 11/12, violence
    13/14, false alarms 5/95; exact level explicit 13/15, indirect 24/70, violence 10/14) and once at its end, after
    the merge (explicit 15/15, indirect 57/70, check 11/12, violence 13/14, false alarms 3/95; exact level explicit
    13/15, indirect 28/70, violence 10/14; 30 indirect raised only by the classifier). Its misses, false alarms and
    wrong levels were read in the seventh round (once blind17 existed) and generalised by category (tests in
    test_detector.py, SEVENTH_ROUND_BLIND16): now 15/15, 70/70, 12/12, 14/14, false alarms 0/95; exact level
    explicit 15/15, indirect 68/70, violence 13/14 (the remaining wrong levels: two check-ins the rules raise as
    risk, a threat to kill read as imminent). A read set: floors just under that."""
    r = results["blind16"]
    assert r["explicit"]["n"] == 15 and r["indirect"]["n"] == 70, "blind16 is missing or changed"
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 69
    assert r["check"]["raised"] >= 11 and r["violence"]["raised"] >= 13
    assert r["negative"]["raised"] <= 1
    assert r["explicit"]["level_ok"] >= 14 and r["indirect"]["level_ok"] >= 66 and r["violence"]["level_ok"] >= 12


def test_ninth_authors_set_after_tuning(results):
    """blind17 (ninth author, 110 / 103) was the held-out estimate of the seventh round: written before any
    measurement, measured once at the start of that round by its author (explicit 13/14, indirect 52/70, check 10/12,
    violence 12/14, false alarms 2/103; exact level explicit 8/14, indirect 22/70, violence 9/14) and once at its
    end, after the merge (explicit 13/14, indirect 52/70 - unchanged -, check 10/12, violence 12/14, false alarms
    1/103; exact level explicit 8/14, indirect 23/70, violence 10/14). Its misses, false alarm and wrong levels were
    read in the eighth round (once blind18 existed): 14 of its 23 misses were the classifier's veto silencing a sure
    classifier, so the veto was split (weak / firm), a classifier-only sign got a level, and the rest were
    generalised by category (tests in test_detector.py, EIGHTH_ROUND_BLIND17). A read set: floors just under what
    the eighth round measured (see the README)."""
    r = results["blind17"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 70, "blind17 is missing or changed"
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 69
    assert r["check"]["raised"] >= 11 and r["violence"]["raised"] >= 13
    assert r["negative"]["raised"] <= 1
    assert r["explicit"]["level_ok"] >= 11 and r["indirect"]["level_ok"] >= 60 and r["violence"]["level_ok"] >= 11


def test_tenth_authors_set_after_tuning(results):
    """blind18 (tenth author, 120 / 105) was the eighth round's held-out estimate: written before any measurement,
    measured once at the start of that round by its author (explicit 12/14, indirect 57/79, check 7/12, violence
    15/15, false alarms 2/105; exact level explicit 10/14, indirect 17/79, violence 12/15) and once at its end, after
    the merge (explicit 12/14, indirect 62/79, check 8/12, violence 15/15, false alarms 3/105, 2/105 on that round's
    final main; exact level explicit 10/14, indirect 23/79, violence 12/15). Its misses and wrong levels were read in
    the ninth round (once blind19 was being written) and generalised by category (tests in test_detector.py,
    NINTH_ROUND): now explicit 14/14, indirect 75/79, check 11/12, violence 15/15, false alarms 2/105; exact level
    explicit 12/14, indirect 46/79, check 10/12, violence 12/15 (see the README's ninth round); with the ninth
    round's classifier (train8, merged from main) one classifier-only line less: indirect 74/79, exact 45/79. A read
    set: floors at that."""
    r = results["blind18"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 79, "blind18 is missing or changed"
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 74
    assert r["check"]["raised"] >= 11 and r["violence"]["raised"] >= 15
    assert r["negative"]["raised"] <= 2
    assert r["explicit"]["level_ok"] >= 12 and r["indirect"]["level_ok"] >= 45 and r["violence"]["level_ok"] >= 12
    assert r["check"]["level_ok"] >= 10


def test_eleventh_authors_set_after_tuning(results):
    """blind19 (eleventh author, 129 / 107) was the ninth round's held-out estimate: written before any measurement
    (carers, a single father, migrants, widows in dialect, a 수능 repeater, a day labourer, farmers, a call-centre
    worker, game-slang teens, a postpartum mother, years of 은둔; form answers and long stories), measured once at
    the start of that round, before any of its changes (explicit 14/14, indirect 73/87 with 39 only by the
    classifier, check 5/13, violence 15/15, false alarms 1/107; exact level explicit 12/14, indirect 37/87, violence
    9/15) and once at its end (the same, false alarms 2/107). Its misses, false alarms and wrong levels were read in
    the tenth round (once blind21 and blind22 were being written) and generalised by category (tests in
    test_detector.py, TENTH_ROUND and TENTH_ROUND_LEVELS): now explicit 14/14, indirect 84/87 (17 only by the
    classifier), check 13/13, violence 15/15, false alarms 0/107; exact level explicit 13/14, indirect 70/87, check
    13/13, violence 13/15 (TENTH_ROUND_VIOLENCE). A read set: floors at that."""
    r = results["blind19"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 87, "blind19 is missing or changed"
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 84
    assert r["check"]["raised"] == r["check"]["n"] and r["violence"]["raised"] == r["violence"]["n"]
    assert r["negative"]["raised"] == 0
    assert r["explicit"]["level_ok"] >= 13 and r["indirect"]["level_ok"] >= 70 and r["violence"]["level_ok"] >= 13
    assert r["check"]["level_ok"] >= 13


def test_twelfth_authors_set_after_tuning(results):
    """blind20 (twelfth author, 144 / 122) was the ninth round's second held-out estimate: written during that round
    before any measurement, in other voices (drivers, a care worker, widowers in 강원·제주 dialect, a dropout, a
    defector's child, a coin investor, a gambler, a night nurse, a harassed intern, Konglish; six long stories each
    with a sign-free twin), measured once at the start of the round, before any of its changes (explicit 14/14,
    indirect 89/102 with 35 only by the classifier, check 13/13, violence 11/15, false alarms 7/122; exact level
    explicit 12/14, indirect 55/102, violence 6/15) and once at its end (indirect 90/102, the rest the same). Its
    misses, false alarms and wrong levels were read in the tenth round and generalised by category (TENTH_ROUND,
    TENTH_ROUND_LEVELS; the false alarms by category of context): now explicit 14/14, indirect 102/102 (17 only by
    the classifier), check 13/13, violence 15/15, false alarms 0/122; exact level explicit 13/14, indirect 84/102,
    check 13/13, violence 15/15 (TENTH_ROUND_VIOLENCE). A read set: floors at that."""
    r = results["blind20"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 102, "blind20 is missing or changed"
    assert r["explicit"]["raised"] == r["explicit"]["n"] and r["indirect"]["raised"] >= 101
    assert r["check"]["raised"] == r["check"]["n"] and r["violence"]["raised"] == r["violence"]["n"]
    assert r["negative"]["raised"] == 0
    assert r["explicit"]["level_ok"] >= 13 and r["indirect"]["level_ok"] >= 84 and r["violence"]["level_ok"] >= 15
    assert r["check"]["level_ok"] >= 13


def test_eighth_round_probes(results):
    """probes8: two batches of 60 signs and 39-40 look-alikes each, in voices the sets have little of (a delivery
    rider, a defector, just out of prison, an LGBTQ teen, drink, gambling, a night nurse, a grandparent raising
    grandchildren, a father alone while his family studies abroad, a fisherman, a fraud victim). Each was measured
    before anything was changed for it (the second after the round's other fixes): whole detector missed 13/60 and
    13/60, rules 35/60 and 38/60, look-alikes 3/40 and 3/39; then generalised by category (EIGHTH_ROUND_PROBE1/2).
    Own sentences, read: floors just under what is measured now."""
    r = results["probes8"]
    assert r["indirect"]["n"] == 120 and r["negative"]["n"] == 79, "probes8 is missing or changed"
    assert r["indirect"]["raised"] >= 118 and r["negative"]["raised"] <= 1
    assert r["indirect"]["level_ok"] >= 88


def test_ninth_round_probes(results):
    """probes9: seven probes of own sentences (61 signs, 49 look-alikes), each written for a category blind18 showed
    and measured before anything was changed for it (whole detector missed / rules missed / exact level / look-alikes
    raised): means at hand and arrangements after one is gone 3/14, 12/14, 3/14, 2/12; the self switched off or
    returned 2/10, 7/10, 4/10, 1/8; self-harm hidden or counted, own death as a solution, dialect 2/10, 6/10, 4/10, 3/8;
    said sideways (a level) 1/10, 4/10, 6/10, 2/7; check-ins (mind in danger, last laugh, no one asks) 1/8, 8/8, 6/8,
    0/6; the suicide exclusion period asked about one's own policy 3/4, 3/4, 0/4, 0/4; a promise that
    the other will no longer suffer because of one 0/5, 5/5, 1/5, 3/4. Own sentences, read: floors at what is measured
    now, with the classifier merged from main (train8: one check-in and one look-alike depend on it)."""
    r = results["probes9"]
    assert r["indirect"]["n"] == 47 and r["explicit"]["n"] == 6 and r["check"]["n"] == 8, "probes9 changed"
    assert r["negative"]["n"] == 49, "probes9 changed"
    assert r["indirect"]["raised"] >= 46 and r["explicit"]["raised"] == 6 and r["negative"]["raised"] <= 4
    assert r["indirect"]["level_ok"] >= 42 and r["check"]["raised"] >= 7 and r["check"]["level_ok"] >= 7


def test_tenth_round_probes(results):
    """probes10: three probes of own sentences. probes10.tsv (38 signs: 30 indirect, 5 check-ins, 3 violence; 34
    look-alikes) was written for the categories blind19's and blind20's misses showed, in voices the sets have little of
    (a fisherman, a grandmother, a biker, a stalked office worker), and measured before anything was changed for it: the
    whole detector raised 28/38 (10 missed), the rules alone 11/38, exact level 14/38, look-alikes raised 6/34 (3 by the
    rules). Then generalised by category (TENTH_ROUND): 38/38 raised, all by the rules, exact level 33/38, look-alikes
    0/34. probe2.tsv (24 signs, 16 look-alikes; teen slang, a migrant's plain Korean, elders in dialect) was written
    after those rules, for the same categories, to see whether they reach another phrasing: whole detector 22/24, rules
    alone 19/24, exact level 18/24, look-alikes 4/16 (3 by the rules); then 24/24, 24/24, 23/24, 0/16
    (TENTH_ROUND_PROBE2). probe3.tsv (20 signs, 12 look-alikes, mixed categories in voices not yet used: a soldier, a
    충청도 grandmother, a fan, a pregnant teen, a sailor, a migrant woman, a woman held for a debt) was written after all
    of the round's rules: whole detector 15/20, rules alone 10/20, exact level 11/20, look-alikes 4/12 (1 by the rules);
    then 19/20, 17/20, 18/20, 0/12 (TENTH_ROUND_PROBE3). Own sentences, read: floors at what is measured now."""
    r = results["probes10"]
    assert r["indirect"]["n"] == 64 and r["check"]["n"] == 10 and r["violence"]["n"] == 8, "probes10 changed"
    assert r["negative"]["n"] == 62, "probes10 changed"
    assert r["indirect"]["raised"] >= 63 and r["check"]["raised"] >= 9 and r["violence"]["raised"] == 8
    assert r["negative"]["raised"] == 0
    assert r["indirect"]["level_ok"] >= 56 and r["check"]["level_ok"] >= 9 and r["violence"]["level_ok"] == 8


def test_ordinary_replies_raise_few_false_alarms(results):
    """84 ordinary replies typed at the bot's own steps (booking times, childcare logistics, "그냥 …", not being
    sure), written after two such replies got the check-in over REST and before the classifier learned that
    register: 11/85 raised before bot/safety/data/replies.tsv, 4/85 after it, 5/84 after the seventh round's
    merge (one line that turned out to be in older training data removed). replies.tsv was written by the same
    hand right after this set, many lines as its paraphrase twins, so these numbers are optimistic: a fresh
    author's replies are the honest test. Never read; counts only."""
    r = results["replies"]
    assert r["negative"]["n"] == 84, "the replies set is missing or changed"
    assert r["negative"]["raised"] <= 5


def test_thirteenth_authors_held_out_set(results):
    """blind21 (thirteenth author, 142 / 116) is the tenth round's held-out estimate: written at the start of the
    round by a helper who never read the detector, its data or an earlier positive line (a job seeker after a
    hundred rejections, a 경력단절 mother, a veteran, a refused borrower, a deaf and a blind citizen, marriage
    migrants, a man alone in a 고시원, couriers, a 전세사기 victim, a young carer, 경상·충청 speech, KakaoTalk and
    speech-to-text styles, form answers; eight long stories with sign-free twins) and never read. Measured once
    at the start of the round, before any of its changes (explicit 14/14, indirect 79/100 with 56 only by the
    classifier, check 7/13, violence 12/15, false alarms 8/116; exact level explicit 14/14, indirect 34/100,
    violence 8/15), and once at its end, after every merge (explicit 14/14, indirect 86/100 with 62 only by the
    classifier, check 8/13, violence 13/15, false alarms 8/116; exact level explicit 14/14, indirect 37/100, violence
    8/15). Read in the eleventh round (once blind23 and blind24 were being written; it now trains the classifier):
    after tuning (rules and firm phrases by category, train11.tsv, the classifier trained on it), explicit 14/14,
    indirect 95/100 with 69 only by the classifier, check 11/13, violence 14/15, false alarms 0/116; exact level
    explicit 14/14, indirect 41/100, violence 8/15 - optimistic, being read and trained on. Floors at that (they were
    the held-out floors of the tenth round: 84, 7, 12, false alarms <= 10)."""
    r = results["blind21"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 100, "blind21 is missing or changed"
    assert r["explicit"]["raised"] >= 14 and r["indirect"]["raised"] >= 95
    assert r["check"]["raised"] >= 11 and r["violence"]["raised"] >= 14
    assert r["negative"]["raised"] == 0


def test_fourteenth_authors_held_out_set(results):
    """blind22 (fourteenth author, 143 / 116) is the tenth round's second held-out estimate, written beside blind21
    by another helper under the same rules (a father of a son who never leaves his room, carers, a 조선족 worker,
    an estranged gay man, repeat examinees, a 보이스피싱 mule, a relapsed gambler, farmers after disaster, a
    fisherman's widow, 전라·제주·강원 speech, community slang, run-on stories, code-switching, form answers; seven
    long stories with sign-free twins) and never read. Measured once at the start of the round, before any of its
    changes (explicit 14/14, indirect 82/100 with 63 only by the classifier, check 10/13, violence 15/16, false
    alarms 6/116; exact level explicit 14/14, indirect 27/100, violence 8/16), and once at its end, after every merge
    (explicit 14/14, indirect 91/100 with 71 only by the classifier, check 10/13, violence 15/16, false alarms 7/116;
    exact level explicit 14/14, indirect 30/100, violence 8/16). Read in the eleventh round (once blind23 and blind24
    were being written; it now trains the classifier): after tuning, explicit 14/14, indirect 97/100 with 77 only by
    the classifier, check 13/13, violence 16/16, false alarms 0/116; exact level explicit 14/14, indirect 31/100,
    violence 8/16 - optimistic, being read and trained on. Floors at that (they were the held-out floors of the
    tenth round: 89, 9, 14, false alarms <= 9); a development set now."""
    r = results["blind22"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 100, "blind22 is missing or changed"
    assert r["explicit"]["raised"] >= 14 and r["indirect"]["raised"] >= 97
    assert r["check"]["raised"] >= 13 and r["violence"]["raised"] >= 16
    assert r["negative"]["raised"] == 0


def test_fifteenth_authors_held_out_set(results):
    """blind23 (fifteenth author, 149 / 117) was the eleventh round's held-out estimate: written at the start of the
    round by a helper who never read the detector, its data or an earlier positive line (a translator without work, a
    web-novel writer, a rider after a crash, a closed café, a night-shift student, the mother of a son in 은둔, an
    80-year-old carer, a 다문화 teen, Nepali and Cambodian workers, a young defector, a support worker, a harassed
    경비원, an insurance planner, a student with 학자금 대출, a 사회복무요원, a queer young adult, a woman laid off while
    pregnant, a father with postpartum low mood, a 자립준비 young adult; 경북·경남 speech, KakaoTalk bursts,
    speech-to-text, form answers; twelve long stories with sign-free twins). Measured once at the start of the
    eleventh round (explicit 13/14, indirect 88/106 with 60 only by the classifier, check 9/13, violence 15/16, false
    alarms 8/117) and once at its end (the same). Read in the twelfth round (once blind25 and blind26 were being
    written; it now trains the classifier): explicit 13/14, indirect 97/106 with 69 only by the classifier, check 13/13,
    violence 16/16, false alarms 4/117 - optimistic, being trained on. After the twelfth round's rules (a guard per
    false-alarm category, a rule per missed category): explicit 14/14 (one's own serial is no fiction), indirect
    105/106, check 13/13, violence 16/16, false alarms 0/117. Floors at that."""
    r = results["blind23"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 106, "blind23 is missing or changed"
    assert r["explicit"]["raised"] >= 14 and r["indirect"]["raised"] >= 105
    assert r["check"]["raised"] >= 13 and r["violence"]["raised"] >= 16
    assert r["negative"]["raised"] <= 0


def test_sixteenth_authors_held_out_set(results):
    """blind24 (sixteenth author, 142 / 117) was the eleventh round's second held-out estimate, written beside blind23
    under the same rules (a village elder alone, a 해녀, a worker with 진폐, a 개인택시 driver, a father behind on
    양육비, a day trader, a closed travel agency, a webtoon artist, a factory migrant, a stepfamily, a daughter caring
    for her mother, a family with 조현병, a runaway teen, a 성매매 survivor, a stalking victim, a 신용불량 young adult, a
    lonely retiree, a farmer's wife, an insurance-fraud victim, a hospice patient's son; 제주·전라·충청 speech, 줄임말,
    run-on stories, form answers). Measured once at the start of the eleventh round (explicit 14/14, indirect 91/100
    with 63 only by the classifier, check 11/13, violence 13/15, false alarms 3/117) and once at its end (the same, 4
    false alarms). Read in the twelfth round (it now trains the classifier): explicit 14/14, indirect 94/100 with 66
    only by the classifier, check 13/13, violence 14/15, false alarms 3/117 - optimistic. After the twelfth round's
    rules: explicit 14/14, indirect 98/100, check 13/13, violence 15/15 (a foreman's blow, patterns.work_hit), false
    alarms 0/117. Floors at that."""
    r = results["blind24"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 100, "blind24 is missing or changed"
    assert r["explicit"]["raised"] >= 14 and r["indirect"]["raised"] >= 98
    assert r["check"]["raised"] >= 13 and r["violence"]["raised"] >= 15
    assert r["negative"]["raised"] <= 0


def test_seventeenth_authors_held_out_set(results):
    """blind25 (seventeenth author, 148 / 118) was the twelfth round's held-out estimate: written at the start of the
    round by a helper who never read the detector, its data or an earlier positive line (a laid-off welder in 거제, a
    burnt-out call-centre agent, a market stall keeper in her 60s, a wheelchair user, a single father of a toddler, a
    first job after 특성화고, a failed 귀농 couple, an insurance planner in debt, a 요양보호사, a man out of prison, a
    young man in a flooded 반지하, a 기러기 아빠, a cancer survivor, a nurse after a patient's death, a hidden 코인 loss,
    a Mongolian 다문화 mother, an old night-shift parcel sorter, a 취업 사기 victim, an 산재 widow, a deaf person; 부산·
    대구 speech, autocorrect errors, very short one-liners, form answers; nine long stories with sign-free twins) and
    never read. Measured once at the start of the round, before any of its changes: explicit 14/14, indirect 88/104
    with 59 only by the classifier, check 11/14, violence 15/16, false alarms 11/118; and once at its end, after every
    merge: explicit 14/14, indirect 92/104 with 62 only by the classifier, check 11/14, violence 16/16, false alarms
    10/118. Read in the thirteenth round (once blind27 and blind28 were being written; it trains the classifier since):
    explicit 14/14, indirect 99/104, check 13/14, violence 16/16, false alarms 7/118 - optimistic; after the round's
    rules (patterns.py, the thirteenth round): explicit 14/14, indirect 104/104, check 14/14, violence 16/16, false
    alarms 0/118. Floors at that."""
    r = results["blind25"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 104, "blind25 is missing or changed"
    assert r["explicit"]["raised"] >= 14 and r["indirect"]["raised"] >= 104
    assert r["check"]["raised"] >= 14 and r["violence"]["raised"] >= 16
    assert r["negative"]["raised"] <= 0


def test_eighteenth_authors_held_out_set(results):
    """blind26 (eighteenth author, 148 / 115) was the twelfth round's second held-out estimate, written beside blind25
    under the same rules (a widower on 기초연금, a woman after 데이트폭력, a 17-year-old out of school, a student behind on
    학자금, a shift worker with insomnia, a wife caring for a disabled husband, a failed YouTuber, an accused 보육교사, a
    대리운전 driver, an Uzbek student whose visa ran out, a man after divorce and 파산, the mother of a son with 조현병,
    a farmer in 농협 debt, a young veteran without work, a losing 편의점 owner, a young adult from foster care, a taxi
    driver on antidepressants, a cleaner, a queer teen thrown out, a brother-in-law's 보증; 전라·강원 speech, KakaoTalk
    bursts, spelling errors, 초성, form answers; ten long stories with sign-free twins) and never read. Measured once
    at the start of the round: explicit 15/15, indirect 86/103 with 59 only by the classifier, check 12/14, violence
    14/16, false alarms 4/115; at its end: explicit 15/15, indirect 88/103 with 61 only by the classifier, check 12/14,
    violence 14/16, false alarms 3/115. Read in the thirteenth round: explicit 15/15, indirect 94/103, check 13/14,
    violence 15/16, false alarms 2/115 - optimistic; after the round's rules: explicit 15/15, indirect 102/103, check
    14/14, violence 16/16, false alarms 0/115. Floors at that."""
    r = results["blind26"]
    assert r["explicit"]["n"] == 15 and r["indirect"]["n"] == 103, "blind26 is missing or changed"
    assert r["explicit"]["raised"] >= 15 and r["indirect"]["raised"] >= 102
    assert r["check"]["raised"] >= 14 and r["violence"]["raised"] >= 16
    assert r["negative"]["raised"] <= 0


def test_nineteenth_authors_held_out_set(results):
    """blind27 (nineteenth author, 144 / 117) is the thirteenth round's held-out estimate: written at the start of the
    round by a helper who never read the detector, its data or an earlier positive line (a closed 식당, a 전세사기
    victim, a 보이스피싱 victim, a fifth-year 공시생, a parcel loader, a 요양보호사 with a back injury, a 중국동포 carer, a
    Vietnamese 결혼이민 wife, a single father, a 북한이탈주민, a young man in 토토 debt, an injured construction worker, a
    call-centre agent, an 80-year-old living alone, a 고3 after a second 수능, a daughter caring for a mother with 치매,
    a man out of prison, a deaf young man, a woman fired while pregnant, a would-be webtoon artist; 경상·충청 speech)
    and never read. Measured once at the start of the round, before any of its changes (the twelfth round's final
    detector): explicit 13/14, indirect 92/101 with 65 only by the classifier, check 12/13, violence 14/16, false
    alarms 6/117; and once at its end, after every merge: explicit 14/14, indirect 93/101 with 66 only by the
    classifier, check 12/13, violence 14/16, false alarms 6/117. Floors just under that; counts only in the messages;
    never tune to it."""
    r = results["blind27"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 101, "blind27 is missing or changed"
    assert r["explicit"]["raised"] >= 14 and r["indirect"]["raised"] >= 91
    assert r["check"]["raised"] >= 11 and r["violence"]["raised"] >= 13
    assert r["negative"]["raised"] <= 8


def test_twentieth_authors_held_out_set(results):
    """blind28 (twentieth author, 144 / 117) is the thirteenth round's second held-out estimate, written beside blind27
    under the same rules (a retired teacher after stock losses, a mother of twins out of work, a rider after a crash, a
    man in recovery from alcohol, a night-shift 간호조무사, a man from the street now in a 고시원, the mother of a bullied
    pupil, a designer with unpaid invoices, a dismissed 경비원, a father of a disabled son, a Filipino seasonal worker, a
    woman in 개인회생, a stalking victim, a father of twins on 육아휴직, an insurance planner, a young 은둔 man, a couple
    after failed 귀농, a 22-year-old single mother, a closed start-up, a laid-off fisherman; 제주·대구경북 speech) and
    never read. Measured once at the start of the round: explicit 13/14, indirect 88/101 with 57 only by the
    classifier, check 11/13, violence 16/16, false alarms 9/117; at its end: explicit 13/14, indirect 88/101 with 57
    only by the classifier, check 11/13, violence 16/16, false alarms 10/117. Floors just under that; counts only."""
    r = results["blind28"]
    assert r["explicit"]["n"] == 14 and r["indirect"]["n"] == 101, "blind28 is missing or changed"
    assert r["explicit"]["raised"] >= 13 and r["indirect"]["raised"] >= 86
    assert r["check"]["raised"] >= 10 and r["violence"]["raised"] >= 15
    assert r["negative"]["raised"] <= 12
