"""evaluate(): screen a profile against the programs on a day (plain Python, no Rasa).

Each program is a module in ``programs/``; its conditions record their outcome on a Screen
(screen.py); the verdict, reason and amount become a typed Result (result.py). Screening only —
최종 결정은 담당 기관에서 합니다.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from bot import catalogue as _catalogue

from . import rules as _rules
from .parameters import Parameters
from .profile import FIELD_LABELS, derive, is_range, validate_profile
from .programs import MODULES
from .result import Apply, Result
from .screen import Screen, resolve

DISCLAIMER = _catalogue.disclaimer()
VERDICTS = tuple(_catalogue.verdicts())
NEEDS: tuple[str, ...] = tuple(_catalogue.needs())
NEED_LABELS: dict[str, str] = {n: d["label"] for n, d in _catalogue.needs().items()}
PROGRAMS_BY_NEED: dict[str, tuple[str, ...]] = {n: tuple(d["programs"]) for n, d in _catalogue.needs().items()}
PROGRAM_IDS: tuple[str, ...] = tuple(_catalogue.programs())
PROGRAM_NAMES: dict[str, str] = {p: v["name"] for p, v in _catalogue.programs().items()}
DESK_BY_PROGRAM: dict[str, str] = {p: v["desk"] for p, v in _catalogue.programs().items()}
NEEDS_BY_PROGRAM: dict[str, tuple[str, ...]] = {
    p: tuple(n for n in NEEDS if p in PROGRAMS_BY_NEED[n]) for p in PROGRAM_IDS
}
won = _catalogue.won

#: programs never received together: (a, b) — 구직급여 and the 국취 Ⅰ 구직촉진수당
ALTERNATIVES = (("unemployment_benefit", "national_employment_support_1"),)
_NO_TOP = 10**12  # "300만원 이상": the open upper end, far above every line


def programs_for_needs(needs: list[str]) -> list[str]:
    """Program ids serving any of ``needs`` (catalogue order, no duplicates)."""
    bad = [n for n in needs if n not in NEEDS]
    if bad:
        raise ValueError(f"알 수 없는 필요 분야 / unknown need(s): {', '.join(map(str, bad))}")
    out: list[str] = []
    for n in NEEDS:
        if n in needs:
            for p in PROGRAMS_BY_NEED[n]:
                if p not in out:
                    out.append(p)
    return out


def year_notice(P: Parameters) -> Optional[str]:
    """Said on every result when the day's year has no figures of its own yet."""
    if P.on.year <= P.year:
        return None
    return _catalogue.text("year_notice").format(year=P.year, this_year=P.on.year)


def _params(year, on) -> Parameters:
    if on is not None:
        try:
            return _rules.parameters(on)
        except _rules.UnknownDate as e:
            raise _rules.UnknownYear(str(e)) from None
    return _rules.load(year)


def screen_program(pid: str, profile: dict, P: Parameters) -> Result:
    """Run one program's conditions and amount on an already validated, derived profile."""
    mod = MODULES[pid]
    s = Screen(pid, profile, P)
    for cond in mod.CONDITIONS:
        s.begin(cond.__name__)
        cond(s)
    s.begin("amount")
    mod.amount(s)
    verdict, reason, short = resolve(s)
    meta = _catalogue.programs()[pid]
    sources = list(s.sources) + [u for u in meta.get("sources") or () if u not in s.sources]
    needs = list(NEEDS_BY_PROGRAM[pid])
    extra = {k: v for k, v in s.extra.items() if k in ("track", "benefit_days", "income_type", "benefit")}
    return Result(
        program=pid,
        name=PROGRAM_NAMES[pid],
        need=needs[0] if needs else None,
        needs=needs,
        verdict=verdict,
        reason=reason,
        short=short,
        missing=list(s.missing) if verdict == "need_info" else [],
        amount=s.amount,
        sources=sources,
        apply=Apply(meta["desk"], meta["where"], meta.get("phone"), meta["how"], list(meta["documents"])),
        caveat=" / ".join(s.caveats) if s.caveats else None,
        year=P.year,
        on=P.on.isoformat(),
        notice=year_notice(P),
        disclaimer=DISCLAIMER,
        unchecked=list(s.unchecked_) if verdict == "likely" else [],
        receiving=s.receiving,
        conditions=list(s.conditions),
        extra=extra,
    )


# ---- memo of verdicts (the planner tries a few typical answers per open field on every answer) ----
#
# A program's verdict depends only on the parameters and on the profile values its conditions read
# (Screen.get / Screen.need, in an order that each value read decides). So the reads of one screening
# form a path in a tree per (program, parameters): each node names the field read next, each branch is
# one value of it, each leaf is the verdict. A later profile that has the same values along a path
# gets that verdict without running the conditions; any other value falls off the tree and is
# screened (and added). Exact by construction; no list of fields to keep up to date by hand. Leaves
# are verdict strings.

_MEMO_MAX = 6000  # leaves kept per process (~1.5 KB each with the tree: ~9 MB); past it the tree starts again
_memo: dict[tuple, Any] = {}
_memo_leaves = 0


class _Node:
    __slots__ = ("field", "branches")

    def __init__(self, field: str):
        self.field = field
        self.branches: dict[Any, Any] = {}


def _vkey(v: Any) -> Any:
    """A hashable key that tells apart values a condition could tell apart (1, 1.0 and True differ)."""
    if isinstance(v, (list, tuple)):
        return (type(v), tuple(_vkey(x) for x in v))
    if isinstance(v, dict):
        return (dict, tuple(sorted((k, _vkey(x)) for k, x in v.items())))
    hash(v)  # TypeError for anything else unhashable: not memoised
    return (type(v), v)


class _ReadLog:
    """The derived profile as a Screen sees it, recording the fields read in order."""

    __slots__ = ("_p", "reads", "opaque")

    def __init__(self, p: dict):
        self._p, self.reads, self.opaque = p, [], False

    def get(self, field: str, default: Any = None) -> Any:
        v = self._p.get(field)
        self.reads.append((field, v))
        return default if v is None and field not in self._p else v

    def __getattr__(self, name: str) -> Any:  # any other use of the profile: correct but not memoised
        self.opaque = True
        return getattr(self._p, name)


def _verdict_memo(pid: str, p: dict, P: Parameters) -> str:
    global _memo_leaves
    node = _memo.get((pid, P))
    try:
        while isinstance(node, _Node):
            node = node.branches.get(_vkey(p.get(node.field)))
    except TypeError:
        return screen_program(pid, p, P).verdict
    if node is not None:
        return node
    log = _ReadLog(p)
    verdict = screen_program(pid, log, P).verdict  # type: ignore[arg-type]
    if log.opaque:
        return verdict
    try:
        path, seen = [], set()
        for f, v in log.reads:
            if f not in seen:
                seen.add(f)
                path.append((f, _vkey(v)))
    except TypeError:
        return verdict
    if _memo_leaves >= _MEMO_MAX:
        _memo.clear()
        _memo_leaves = 0
    holder, key = _memo, (pid, P)
    for f, k in path:
        node = holder.get(key)
        if node is None:
            node = holder[key] = _Node(f)
        elif not isinstance(node, _Node) or node.field != f:
            return verdict  # cannot happen for a deterministic program; never store a doubtful path
        holder, key = node.branches, k
    if key not in holder:
        holder[key] = verdict
        _memo_leaves += 1
    return verdict


def verdicts(
    profile: dict, year: Optional[int] = None, programs: Optional[list[str]] = None, on: "_dt.date | str | None" = None
) -> list[tuple[str, str]]:
    """(program id, verdict) for each program, exactly as ``evaluate`` gives them, from the memo above
    where it can (the planner's hypothetical answers). Same errors as ``evaluate``."""
    v = validate_profile(profile)
    if any(is_range(x) for x in v.values()):  # money as a range: evaluate decides both ends
        return [(r.program, r.verdict) for r in evaluate(profile, year=year, programs=programs, on=on)]
    ids = list(programs) if programs is not None else list(PROGRAM_IDS)
    bad = [x for x in ids if x not in MODULES]
    if bad:
        raise ValueError(f"알 수 없는 프로그램 / unknown program id(s): {', '.join(map(str, bad))}")
    p = derive(v)
    P = _params(year, on)
    # mark_alternatives changes reasons only, never a verdict
    return [(pid, _verdict_memo(pid, p, P)) for pid in ids]


def evaluate(
    profile: dict, year: Optional[int] = None, programs: Optional[list[str]] = None, on: "_dt.date | str | None" = None
) -> list[Result]:
    """Screen ``profile`` against the programs (default: all, catalogue order) with the figures
    in force on ``on`` (a day) or at the end of ``year`` (default: today).

    Raises ProfileError for bad profiles, rules.UnknownYear for days/years without figures,
    ValueError for unknown program ids.
    """
    v = validate_profile(profile)
    ids = list(programs) if programs is not None else list(PROGRAM_IDS)
    bad = [x for x in ids if x not in MODULES]
    if bad:
        raise ValueError(f"알 수 없는 프로그램 / unknown program id(s): {', '.join(map(str, bad))}")
    ranged = {k: x for k, x in v.items() if is_range(x)}
    if ranged:
        return _evaluate_range(v, ranged, year, ids, on)
    p = derive(v)
    P = _params(year, on)
    return mark_alternatives([screen_program(pid, p, P) for pid in ids], P)


def mark_alternatives(results: list[Result], P: Parameters) -> list[Result]:
    """구직급여 and the 국취 Ⅰ 구직촉진수당 are never received at once: say so on both when both are open."""
    by_id = {r.program: i for i, r in enumerate(results)}
    for a, b in ALTERNATIVES:
        if a not in by_id or b not in by_id:
            continue
        ra, rb = results[by_id[a]], results[by_id[b]]
        if "unlikely" in (ra.verdict, rb.verdict) or ra.receiving:
            continue
        note = _catalogue.fill(
            _catalogue.reasons()["common"]["alternatives"], P, a=PROGRAM_NAMES[a], b=PROGRAM_NAMES[b]
        )
        results[by_id[a]] = ra.with_(alternatives=[b], reason=f"{ra.reason}; {note}")
        results[by_id[b]] = rb.with_(alternatives=[a], reason=f"{rb.reason}; {note}")
    return results


def _common(rid: str, **values) -> str:
    return _catalogue.fill(_catalogue.reasons()["common"][rid], None, **values)


def range_text(r: dict) -> str:
    lo, hi = r.get("min"), r.get("max")
    if lo is None:
        return _common("range_below", amount=hi)
    if hi is None:
        return _common("range_above", amount=lo)
    return _common("range_between", low=lo, high=hi)


def _evaluate_range(v: dict, ranged: dict, year, ids, on) -> list[Result]:
    """Money given as a range: decide on both ends; where they differ the answer is `refer`."""
    lo = {**v, **{k: (r["min"] or 0) for k, r in ranged.items()}}
    hi = {**v, **{k: (r["max"] if r["max"] is not None else _NO_TOP) for k, r in ranged.items()}}
    r_lo = evaluate(lo, year=year, programs=ids, on=on)
    r_hi = evaluate(hi, year=year, programs=ids, on=on)
    said = ", ".join(
        _common("range_item", label=FIELD_LABELS.get(k, k), range=range_text(r)) for k, r in ranged.items()
    )
    open_top = any(x["max"] is None for x in ranged.values())
    out = []
    for a, b in zip(r_lo, r_hi):
        if a.verdict == b.verdict:
            r = a if (a.verdict == "unlikely" or open_top) else b  # the end that still decides the same way
            out.append(r.with_(reason=_common("range_same", reason=r.reason, said=said)))
        else:
            out.append(
                a.with_(
                    verdict="refer",
                    missing=[],
                    unchecked=[],
                    reason=_common(
                        "range_differs",
                        said=said,
                        low=_catalogue.verdict_label(a.verdict),
                        high=_catalogue.verdict_label(b.verdict),
                        reason=a.reason,
                    ),
                    short=_common("range_differs_short", said=said),
                )
            )
    return out
