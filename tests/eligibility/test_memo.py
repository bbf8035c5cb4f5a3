"""The planner's memo of verdicts (core.verdicts) changes nothing a citizen sees: the same verdicts
as evaluate() and the same next question as screening every program afresh, over the planner's
simulated people and a few hundred generated fact sets (answered one field at a time, as a dialogue
fills them, so later screenings are answered from the memo)."""

from __future__ import annotations

import random

import pytest

from bot.eligibility import core, planner
from bot.eligibility.core import NEEDS, evaluate, verdicts
from bot.eligibility.profile import FIELDS, ProfileError
from tests.eligibility.profiles import PEOPLE


@pytest.fixture(autouse=True)
def fresh_memo():
    core._memo.clear()
    core._memo_leaves = 0
    yield
    core._memo.clear()
    core._memo_leaves = 0


def _fresh(profile, **kw):
    return [(r["program"], r["verdict"]) for r in evaluate(profile, **kw)]


def _without_memo(monkeypatch):
    """planner.next_question as it was: every hypothetical answer screens every program afresh."""
    monkeypatch.setattr(planner, "verdicts", _fresh)


def _value(field: str, rng: random.Random):
    kind, allowed = FIELDS[field]
    if kind == "money" and rng.random() < 0.1:  # said as a range ("100만에서 200만 사이")
        lo = rng.choice([0, 500_000, 1_000_000])
        return {"min": lo, "max": rng.choice([lo + 700_000, lo + 2_000_000, None])}
    samples = planner._samples(field)
    if samples:
        return rng.choice(samples)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "enum" and allowed:
        return rng.choice(list(allowed))
    if kind in ("int", "money"):
        return rng.choice([0, 1, 3, 12, 40, 2_000_000])
    return None


def _fact_sets(n: int, seed: int = 17):
    """n dialogues: (needs, [profile after each answer]) with random facts in random order."""
    rng = random.Random(seed)
    fields = sorted(FIELDS)
    out = []
    for _ in range(n):
        needs = rng.sample(list(NEEDS), rng.choice([1, 1, 2, 3]))
        prof: dict = {}
        steps = [dict(prof)]
        for f in rng.sample(fields, rng.randint(1, 14)):
            v = _value(f, rng)
            if v is None:
                continue
            trial = {**prof, f: v}
            try:
                evaluate(trial)
            except (ProfileError, ValueError):
                continue
            prof = trial
            steps.append(dict(prof))
        out.append((needs, steps))
    return out


def test_memo_verdicts_identical_over_generated_fact_sets():
    checked = 0
    for needs, steps in _fact_sets(300):
        ids = core.programs_for_needs(needs)
        for prof in steps:
            want = _fresh(prof, programs=ids)
            assert verdicts(prof, programs=ids) == want, prof
            assert verdicts(prof, programs=ids) == want, prof  # now from the memo
            checked += 1
    assert checked > 1000
    assert core._memo_leaves > 0


def test_next_question_identical_with_and_without_memo(monkeypatch):
    sets = _fact_sets(150, seed=4)  # ~900 profiles, each asked twice
    with_memo = [[planner.next_question(p, needs) for p in steps] for needs, steps in sets]
    plans = [planner.plan(start, needs, lambda f, t=truth: t.get(f)) for _n, needs, start, truth in PEOPLE]
    _without_memo(monkeypatch)
    assert [[planner.next_question(p, needs) for p in steps] for needs, steps in sets] == with_memo
    assert [planner.plan(start, needs, lambda f, t=truth: t.get(f)) for _n, needs, start, truth in PEOPLE] == plans


def test_a_fact_no_condition_reads_reuses_the_verdict_and_a_read_one_does_not(monkeypatch):
    screened = []
    real = core.screen_program

    def counting(pid, p, P):
        screened.append(pid)
        return real(pid, p, P)

    monkeypatch.setattr(core, "screen_program", counting)
    base = {"age": 30, "employment_status": "unemployed", "household_size": 1}
    first = verdicts(base, programs=["youth_monthly_rent"])
    assert screened == ["youth_monthly_rent"]
    # 부채 연체일 is not a condition of 청년월세: answered from the memo, nothing screened
    assert verdicts({**base, "debt_overdue_days": 60}, programs=["youth_monthly_rent"]) == first
    assert screened == ["youth_monthly_rent"]
    # age is read: 45 is another branch, screened afresh, and the verdict differs as without the memo
    older = verdicts({**base, "age": 45}, programs=["youth_monthly_rent"])
    assert len(screened) == 2
    assert older == [("youth_monthly_rent", "unlikely")] != first


def test_open_results_of_next_question_list_the_same_programs_and_missing_fields_as_open_programs():
    for needs, steps in _fact_sets(60, seed=9):
        for prof in steps:
            want = [(r["program"], r["missing"]) for r in planner.open_programs(prof, needs)]
            assert [(r["program"], r["missing"]) for r in planner._open_results(prof, needs)] == want, prof


def test_values_that_compare_equal_but_differ_in_type_are_not_mixed():
    assert core._vkey(1) != core._vkey(True) != core._vkey(1.0)
    assert core._vkey([4, 8]) == core._vkey([4, 8]) != core._vkey((4, 8))


def test_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(core, "_MEMO_MAX", 5)
    for age in range(20, 40):
        verdicts({"age": age}, programs=["youth_monthly_rent", "saeil_center"])
    assert 0 < core._memo_leaves <= 5
