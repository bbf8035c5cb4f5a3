"""Short Korean chat renderings of screening results (each string ≤ 1000 chars, 존댓말)."""

from __future__ import annotations

from bot import catalogue as _catalogue

from .core import DISCLAIMER, NEED_LABELS, NEEDS, PROGRAM_NAMES, PROGRAMS_BY_NEED, programs_for_needs

MAX_CHARS = 1000
MARKERS = {v: d["marker"] for v, d in _catalogue.verdicts().items()}
VERDICT_LABELS = {v: d["label"] for v, d in _catalogue.verdicts().items()}
RECEIVING_MARKER = _catalogue.load()["statuses"]["receiving"]["marker"]
RECEIVING_LABEL = _catalogue.load()["statuses"]["receiving"]["label"]
_ORDER = {v: d["order"] for v, d in _catalogue.verdicts().items()}


def _clip(text: str, limit: int = MAX_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _short(r: dict, limit: int = 90) -> str:
    s = r.get("short") or r.get("reason") or ""
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _marker(r: dict) -> str:
    return RECEIVING_MARKER if r.get("receiving") else MARKERS.get(r["verdict"], "•")


def _alt(r: dict) -> str:
    alts = [PROGRAM_NAMES.get(a, a) for a in r.get("alternatives") or ()]
    return f" (둘 중 하나: {', '.join(alts)})" if alts else ""


def summary_lines(results: list[dict], needs: list[str]) -> list[str]:
    """One header line per need (in the order of ``needs``), then one line per program
    (likely → need_info/refer → unlikely), then a legend line with the year and the disclaimer.
    Programs outside ``needs`` are left out; a program serving two needs is shown once."""
    by_id = {r["program"]: r for r in results}
    lines: list[str] = []
    shown: set[str] = set()
    order = [n for n in dict.fromkeys(needs) if n in NEEDS]  # the person's order of needs
    for need in order:
        rs = [by_id[p] for p in PROGRAMS_BY_NEED[need] if p in by_id and p not in shown]
        if not rs:
            continue
        rs.sort(key=lambda r: _ORDER.get(r["verdict"], 3))  # stable: catalogue order within a group
        lines.append(_clip(f"[{NEED_LABELS[need]}]"))
        for r in rs:
            shown.add(r["program"])
            lines.append(_clip(f"{_marker(r)} {r['name']}: {_short(r)}{_alt(r)}"))
    year = next((r.get("year") for r in results if r.get("year")), None)
    notice = next((r.get("notice") for r in results if r.get("notice")), None)
    legend = " · ".join(f"{MARKERS[v]} {VERDICT_LABELS[v]}" for v in MARKERS)
    tail = f"{legend}\n{year}년 기준 예상 결과이며, {DISCLAIMER}" if year else f"{legend}\n{DISCLAIMER}"
    if notice:
        tail = f"{legend}\n⚠️ {notice}\n{DISCLAIMER}"
    lines.append(_clip(tail))
    return lines


def detail_text(result: dict) -> str:
    """Full explanation of one program result (≤ 1000 chars): reason, amount, where/phone,
    documents, sources, year, caveat and the disclaimer (always kept)."""
    r = result
    label = RECEIVING_LABEL if r.get("receiving") else VERDICT_LABELS.get(r["verdict"], r["verdict"])
    head = f"{_marker(r)} {r['name']} — {label}"
    parts = [head, f"근거: {r.get('reason', '')}"]
    if r.get("unchecked"):
        parts.append("확인하지 않은 조건: " + ", ".join(r["unchecked"]))
    if r.get("track"):
        parts.append(f"해당 제도: {r['track']}")
    amt = r.get("amount")
    if amt and amt.get("text"):
        parts.append(f"예상 금액: {amt['text']}")
    ap = r.get("apply") or {}
    where = ap.get("where") or ""
    phone = ap.get("phone")
    desk = ap.get("desk")
    loc = f"신청: {desk} — {where}" if desk and desk != "외부기관" else f"신청: {where}"
    if phone:
        loc += f" (☎ {phone})"
    parts.append(loc)
    if ap.get("documents"):
        parts.append("준비물: " + ", ".join(ap["documents"]))
    if r.get("caveat"):
        parts.append(f"참고: {r['caveat']}")
    tail = f"{r.get('year')}년 기준 예상이며, {DISCLAIMER}"
    if r.get("notice"):
        tail = f"⚠️ {r['notice']}\n{DISCLAIMER}"
    srcs = r.get("sources") or []
    body = "\n".join(parts)
    # keep the tail (disclaimer) and as many sources as fit
    src_lines: list[str] = []
    for u in srcs:
        trial = "\n".join([body, "출처: " + " · ".join(src_lines + [u]), tail])
        if len(trial) > MAX_CHARS:
            break
        src_lines.append(u)
    if src_lines:
        text = "\n".join([body, "출처: " + " · ".join(src_lines), tail])
    else:
        room = MAX_CHARS - len(tail) - 1
        text = _clip(body, room) + "\n" + tail
    return text


def not_evaluated_text(needs: list[str]) -> str:
    """Programs that belong only to other needs, so people know they exist (≤ 1000 chars)."""
    evaluated = set(programs_for_needs([n for n in needs if n in NEEDS]))
    groups = []
    listed: set[str] = set(evaluated)
    for need in NEEDS:
        if need in needs:
            continue
        pids = [p for p in PROGRAMS_BY_NEED[need] if p not in listed]
        listed.update(pids)
        if pids:
            groups.append(f"[{NEED_LABELS[need]}] " + ", ".join(PROGRAM_NAMES[p] for p in pids))
    if not groups:
        return "말씀하신 분야의 제도를 모두 살펴봤습니다."
    head = "이번에 살펴보지 않은 제도도 있습니다. 필요하시면 말씀해 주세요."
    text = head
    for g in groups:
        if len(text) + 1 + len(g) > MAX_CHARS:
            break
        text += "\n" + g
    return text
