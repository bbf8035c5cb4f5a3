"""Adaptive question planner: which profile field to ask next — only what is decisive.

Rules (issue 16):
* only fields that a still-open (need_info) program of the person's needs lists in ``missing``;
* never a field the profile already answers, nor one that cannot change a verdict (``decides:
  amount`` in the catalogue, e.g. 고용보험 가입기간 only changes the amount);
* sensitive facts (장애) come only from the story (``ask_when: mentioned``);
* women-only questions (경력단절, 성별) only when gender is female, or unknown and the story makes
  them relevant (children, 한부모); veteran questions only when the story mentions 군/제대
  (``military_mentioned``) and the person is not known to be a woman; child questions only when the
  need is childcare or children are mentioned (``num_children``/``children_ages``/한부모);
* most decisive first: the field open in most programs, then the one whose answer settles the most
  open programs (tried with a few typical answers), then the catalogue priority.
Question texts and "why" come from the catalogue with figures filled from the parameters.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from bot import catalogue as _catalogue

from .core import evaluate, programs_for_needs, verdicts
from .parameters import parameters
from .profile import CRISIS_EVENTS, EMPLOYMENT_STATUSES, FIELDS, HOUSING_TYPES, REGION_TYPES  # noqa: F401


def _choices(d: dict) -> list[tuple[Any, str]]:
    return [(v, label) for v, label in d.get("choices") or ()]


def question(field: str, on=None) -> dict[str, Any] | None:
    """The question for ``field`` with figures in force on ``on`` (default: today)."""
    d = _catalogue.fields().get(field)
    if not d or not d.get("question"):
        return None
    P = parameters(on)
    return {
        "text": _catalogue.fill(d["question"], P),
        "type": d.get("answer", d["type"]),
        "choices": _choices(d),
        "why": _catalogue.fill(d.get("why", ""), P),
        "examples": list(d.get("examples") or ()),
    }


def _build() -> dict[str, dict[str, Any]]:
    out = {}
    for f in _catalogue.fields():
        q = question(f)
        if q:
            out[f] = q
    return out


#: field -> {text, type, choices, why, examples} (figures as in force today)
QUESTIONS: dict[str, dict[str, Any]] = _build()

#: fixed tie-break order (earlier = asked first when equally useful)
FIELD_PRIORITY: tuple[str, ...] = tuple(
    f for f, d in sorted(_catalogue.fields().items(), key=lambda x: x[1].get("priority", 999)) if d.get("question")
)
_RANK = {f: i for i, f in enumerate(FIELD_PRIORITY)}

_SAMPLES: dict[str, list] = {
    "age": [17, 25, 38, 45, 58, 66],
    "household_size": [1, 2, 3, 4, 6],
    "insured_days_18m": [0, 120, 170, 365],
    "work_days_24m": [0, 50, 300],
    "debt_overdue_days": [0, 15, 60, 200],
    "children_ages": [[], [1], [4, 8], [15], [19]],
    "num_children": [0, 1, 3],
    "left_job_months_ago": [1, 10, 30],
    "unemployment_benefit_ended_months_ago": [1, 8],
}
_MONEY = [0, 500_000, 1_500_000, 3_000_000, 6_000_000, 12_000_000, 100_000_000, 300_000_000, 700_000_000]


def _samples(field: str) -> list:
    if field in _SAMPLES:
        return _SAMPLES[field]
    kind, allowed = FIELDS[field]
    if kind == "bool":
        return [True, False]
    if kind == "enum":
        return list(allowed)
    if kind == "money":
        return _MONEY
    if field == "sigungu":
        return ["강남구", "수원시", "양평군"]
    return []


def _has_children(profile: dict, needs: Iterable[str]) -> bool:
    return (
        "childcare" in needs
        or bool(profile.get("children_ages"))
        or (profile.get("num_children") or 0) > 0
        or profile.get("single_parent") is True
    )


def relevant(field: str, profile: dict, needs: Iterable[str]) -> bool:
    """May ``field`` be asked of this person at all?"""
    d = _catalogue.fields().get(field) or {}
    if d.get("decides") == "amount" or not d.get("question"):
        return False
    when = d.get("ask_when")
    needs = list(needs)
    gender = profile.get("gender")
    if when == "women":
        if gender == "male":
            return False
        return gender == "female" or _has_children(profile, needs) or profile.get("single_parent") is True
    if when == "military":
        return profile.get("military_mentioned") is True and gender != "female"
    if when == "mentioned":  # sensitive: only from the person's own story, never asked
        return False
    if when == "children":
        return _has_children(profile, needs)
    return True


def open_programs(profile: dict, needs: Iterable[str], year: int | None = None) -> list[dict]:
    """need_info results among the programs of ``needs``."""
    ids = programs_for_needs(list(needs))
    return [r for r in evaluate(profile, year=year, programs=ids) if r["verdict"] == "need_info"]


def _open_results(profile: dict, needs: Iterable[str], year: int | None = None) -> list[dict]:
    """open_programs for next_question: the verdicts from the memo (core.verdicts), then only the
    need_info programs screened in full for their missing fields (reasons may lack the note about
    alternatives, which next_question does not read)."""
    ids = programs_for_needs(list(needs))
    open_ids = [pid for pid, verdict in verdicts(profile, year=year, programs=ids) if verdict == "need_info"]
    if not open_ids:
        return []
    return [r for r in evaluate(profile, year=year, programs=open_ids) if r["verdict"] == "need_info"]


def candidates(
    profile: dict,
    needs: list[str],
    skipped: Iterable[str] = frozenset(),
    year: int | None = None,
    open_results: list | None = None,
) -> dict[str, int]:
    """Askable fields -> in how many open programs they are missing."""
    skipped = set(skipped)
    counts: dict[str, int] = {}
    for r in open_results if open_results is not None else open_programs(profile, needs, year):
        for f in r["missing"]:
            if f in skipped or f not in QUESTIONS or profile.get(f) is not None:
                continue
            if not relevant(f, profile, needs):
                continue
            counts[f] = counts.get(f, 0) + 1
    return counts


def _outcomes(field: str, profile: dict, open_ids: list[str], year) -> tuple[int, bool]:
    """(how many open programs get a verdict for some typical answer, whether the answer can change
    any verdict at all). An answer that leaves every open program with the same settled verdict
    whatever it is cannot change a verdict: not worth a question."""
    settled: set[str] = set()
    seen: set[tuple] = set()
    for v in _samples(field):
        try:
            res = verdicts({**profile, field: v}, year=year, programs=open_ids)  # memoised (core.verdicts)
        except ValueError:
            continue
        settled.update(pid for pid, verdict in res if verdict != "need_info")
        seen.add(tuple(verdict for _pid, verdict in res))
    if not seen:
        return 0, True
    same = len(seen) == 1 and "need_info" not in next(iter(seen))
    return len(settled), not same


def next_question(
    profile: dict, needs: list[str], skipped: Iterable[str] = frozenset(), year: int | None = None
) -> str | None:
    """The most decisive field to ask next for ``needs``; None when nothing decisive is left."""
    open_results = _open_results(profile, needs, year)
    counts = candidates(profile, needs, skipped, year, open_results)
    if not counts:
        return None
    score: dict[str, int] = {}
    for f in list(counts):
        ids = [r["program"] for r in open_results if f in r["missing"]]  # only where it is missing
        n, decisive = _outcomes(f, profile, ids, year)
        if not decisive:
            del counts[f]
        score[f] = n
    if not counts:
        return None
    return min(counts, key=lambda f: (-counts[f], -score[f], _RANK.get(f, len(_RANK)), f))


def plan(
    profile: dict, needs: list[str], answer_fn: Callable[[str], Any], max_questions: int = 25, year: int | None = None
) -> list[str]:
    """Simulate a dialogue: ask next_question, fill the answer from ``answer_fn(field)``
    (None = the person skips it), repeat.  Returns the fields asked, in order."""
    prof = dict(profile)
    skipped: set[str] = set()
    asked: list[str] = []
    for _ in range(max_questions):
        f = next_question(prof, needs, skipped, year)
        if f is None:
            break
        asked.append(f)
        val = answer_fn(f)
        if val is None:
            skipped.add(f)
        else:
            prof[f] = val
    return asked
