"""Korean display helpers: slot formatting and the booking confirmation message."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable, List, Optional

from .hours import WEEKDAY_KO, to_kst
from .phone import mask_name, mask_phone
from bot import catalogue
from bot.eligibility import DESK_BY_PROGRAM

MAX_MESSAGE_CHARS = 1000  # KakaoTalk simple-text limit

DISCLAIMER = "챗봇 안내는 사전 점검 결과일 뿐이며, 최종 결정은 담당 기관에서 합니다."


def format_time_ko(dt: datetime) -> str:
    """'오전 10:00', '오후 12:30', '오후 1:00'."""
    dt = to_kst(dt)
    part = "오전" if dt.hour < 12 else "오후"
    h12 = dt.hour % 12 or 12
    return f"{part} {h12}:{dt.minute:02d}"


def format_day_ko(d) -> str:
    """'11월 25일(수)' for a date (or the date of a datetime)."""
    return f"{d.month}월 {d.day}일({WEEKDAY_KO[d.weekday()]})"


def format_slot_ko(dt: datetime, now: Optional[datetime] = None) -> str:
    """'11월 25일(수) 오전 10:00'; with ``now`` in another year: '2027년 1월 5일(화) 오후 2:00'."""
    dt = to_kst(dt)
    year = f"{dt.year}년 " if now is not None and to_kst(now).year != dt.year else ""
    return f"{year}{format_day_ko(dt)} {format_time_ko(dt)}"


def format_slots_ko(slots: Iterable[datetime], now: Optional[datetime] = None) -> str:
    return ", ".join(format_slot_ko(s, now) for s in slots)


# ---- summary extraction (tolerant of the screening module's exact key names) ----

_DOC_KEYS = ("documents", "documents_to_bring", "docs", "bring", "준비물", "서류")
_DESK_KEYS = ("desks", "desks_to_visit", "visit_desks", "창구")
_VERDICT_KEYS = ("verdicts", "programs", "program_verdicts", "results")

_VERDICT_KO = {
    "likely": "가능성 높음",
    "unlikely": "어려울 수 있음",
    "need_info": "정보 더 필요",
    "refer": "기관 판단 필요",
    "need_more": "정보 더 필요",
    "needs_more_info": "정보 더 필요",
    "unknown": "정보 더 필요",
    "need_more_info": "정보 더 필요",
}
_MARKERS = {"likely": "✅", "need_info": "❓", "refer": "📞", "unlikely": "❌"}


def verdict_ko(verdict: Any) -> str:
    """Korean label of a verdict id (older bookings stored ids); an unknown value is never shown raw."""
    v = str(verdict or "")
    if v in ("likely", "need_info", "refer", "unlikely"):
        return _verdict_label(v)  # the one catalogue
    if v in _VERDICT_KO:
        return _VERDICT_KO[v]
    if v and any("가" <= ch <= "힣" for ch in v):
        return v  # already a Korean label
    return "확인 필요" if v else ""


def _verdict_label(verdict: str) -> str:
    """Korean label from the one catalogue (never a raw id like "need_info" on the counselor's page)."""
    return catalogue.verdict_label(verdict)


def _as_str_list(value: Any) -> List[str]:
    out: List[str] = []
    if isinstance(value, str):
        value = [value]
    if isinstance(value, dict):
        value = list(value.values()) if all(isinstance(v, str) for v in value.values()) else list(value)
    if isinstance(value, (list, tuple)):
        for v in value:
            if isinstance(v, str) and v.strip():
                out.append(v.strip())
            elif isinstance(v, dict):
                label = v.get("name") or v.get("title") or v.get("label") or v.get("desk")
                if isinstance(label, str) and label.strip():
                    out.append(label.strip())
    seen, uniq = set(), []
    for s in out:
        if s not in seen:
            seen.add(s)
            uniq.append(s)
    return uniq


def _first(summary: dict, keys) -> Any:
    for k in keys:
        if k in summary and summary[k]:
            return summary[k]
    return None


def summary_documents(summary: dict) -> List[str]:
    return _as_str_list(_first(summary or {}, _DOC_KEYS))


def summary_desks(summary: dict) -> List[str]:
    """Desk names, each once (a plan stores desks as {"desk": …} dicts)."""
    return _as_str_list(_first(summary or {}, _DESK_KEYS))


def summary_verdict_lines(summary: dict) -> List[str]:
    value = _first(summary or {}, _VERDICT_KEYS)
    lines: List[str] = []
    if isinstance(value, dict):
        value = [{"program": k, "verdict": v} for k, v in value.items()]
    if isinstance(value, list):
        for v in value:
            if not isinstance(v, dict):
                continue
            prog = v.get("program") or v.get("name") or v.get("title")
            verdict = v.get("verdict") or v.get("result") or v.get("status")
            if isinstance(prog, str) and prog.strip():
                vk = v.get("verdict_label") if isinstance(v.get("verdict_label"), str) else verdict_ko(verdict)
                lines.append(f"{prog.strip()}: {vk}" if vk else prog.strip())
    return lines


# ---- the counselor's 연계 plan (bot.screening.handoff, version 2) and older summaries ----
_SURE_KO = {"stated": "말씀하심", "inferred": "추정", "skipped": "답하지 않음"}


def _program_desk(pid: Any) -> str:
    return str(DESK_BY_PROGRAM.get(str(pid), "")) if pid else ""


def plan_view(summary: Any) -> dict:
    """One shape for the booking card, whatever the summary's age:
    {situation: [{label, value, sure, sure_label}], needs, desks: [{desk, phone, programs: [{program, label,
    marker, reason, amount}]}], unlikely, documents, flags: [{label, detail}], quotes, channel, sender_id, notes,
    asked}.
    Older summaries (needs/desks/verdicts or programs with verdict ids) render with Korean labels, every program
    kept and each desk once."""
    s = summary if isinstance(summary, dict) else {}
    view: dict = {
        "situation": [],
        "needs": [],
        "desks": [],
        "unlikely": [],
        "documents": summary_documents(s),
        "flags": [],
        "quotes": [],
        "channel": str(s.get("channel") or ""),
        "sender_id": str(s.get("sender_id") or ""),
        "notes": [],
        "asked": [],
        "summary_line": "",
        "year": s.get("year"),
    }
    needs = s.get("needs") or []
    view["needs"] = [str(n) for n in ([needs] if isinstance(needs, str) else needs) if n]
    if s.get("version") == 2 and isinstance(s.get("situation"), list):
        for f in s["situation"]:
            if isinstance(f, dict) and f.get("label"):
                sure = str(f.get("sure") or "stated")
                view["situation"].append(
                    {
                        "label": str(f["label"]),
                        "value": str(f.get("value", "")),
                        "sure": sure,
                        "sure_label": _SURE_KO.get(sure, ""),
                    }
                )
        seen = set()
        for d in s.get("desks") or []:
            if not isinstance(d, dict) or not d.get("desk") or d["desk"] in seen:
                continue
            seen.add(d["desk"])
            progs = []
            for p in d.get("programs") or []:
                if isinstance(p, dict) and p.get("program"):
                    progs.append(
                        {
                            "program": str(p["program"]),
                            "marker": p.get("marker") or _MARKERS.get(p.get("verdict"), "•"),
                            "label": p.get("verdict_label") or verdict_ko(p.get("verdict")),
                            "reason": str(p.get("reason") or ""),
                            "amount": str(p.get("amount") or ""),
                        }
                    )
            view["desks"].append({"desk": str(d["desk"]), "phone": str(d.get("phone") or ""), "programs": progs})
        view["unlikely"] = [str(x) for x in s.get("unlikely") or [] if x]
        view["flags"] = [
            {"label": str(f.get("label") or "주의"), "detail": str(f.get("detail") or "")}
            for f in s.get("flags") or []
            if isinstance(f, dict)
        ]
        view["quotes"] = [str(q) for q in s.get("quotes") or [] if q]
        view["notes"] = [str(n) for n in s.get("notes") or [] if n]
        view["asked"] = [str(q) for q in s.get("asked") or [] if q]
        view["summary_line"] = str(s.get("summary_line") or "")
        return view
    # older summaries: programs with verdict ids (grouped by the catalogue desk when known) or a verdict dict
    value = _first(s, _VERDICT_KEYS)
    if isinstance(value, dict):
        value = [{"program": k, "verdict": v} for k, v in value.items()]
    groups: dict = {}
    for v in value if isinstance(value, list) else []:
        if not isinstance(v, dict):
            continue
        prog = v.get("program") or v.get("name") or v.get("title")
        if not isinstance(prog, str) or not prog.strip():
            continue
        verdict = v.get("verdict") or v.get("result") or v.get("status")
        if str(verdict) == "unlikely":
            view["unlikely"].append(prog.strip())
            continue
        desk = _program_desk(v.get("id")) or "사전 확인 결과"
        groups.setdefault(desk, []).append(
            {
                "program": prog.strip(),
                "marker": _MARKERS.get(str(verdict), "•"),
                "label": verdict_ko(verdict),
                "reason": str(v.get("reason") or "")[:140],
                "amount": "",
            }
        )
    for desk, progs in groups.items():
        view["desks"].append({"desk": desk, "phone": "", "programs": progs})
    listed = {d["desk"] for d in view["desks"]}
    view["other_desks"] = [d for d in summary_desks(s) if d not in listed]
    prof = s.get("profile")
    if isinstance(prof, dict):
        labels = {
            "age": ("나이", "{}세"),
            "household_size": ("가구원 수", "{}명"),
            "employment_status": ("일", "{}"),
            "housing": ("사는 곳", "{}"),
        }
        words = {
            "unemployed": "실직",
            "employed": "재직",
            "self_employed": "자영업",
            "business_closed": "폐업",
            "student": "학생",
            "never_worked": "일한 경험 없음",
            "monthly_rent": "월세",
            "jeonse": "전세",
            "owner": "자가",
            "homeless": "머물 곳 없음",
            "with_parents": "부모님 집",
        }
        for k, (label, fmt) in labels.items():
            if prof.get(k) is not None:
                val = words.get(str(prof[k]), str(prof[k]))
                view["situation"].append(
                    {"label": label, "value": fmt.format(val), "sure": "stated", "sure_label": _SURE_KO["stated"]}
                )
    return view


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: max(0, n - 1)] + "…"


CONFIRMATION_DOCUMENTS = 3


def booking_confirmation_text(booking, now: Optional[datetime] = None) -> str:
    """Korean confirmation (<= 1000 chars) with code, centre, time, masked contact, what to bring."""
    status = getattr(booking, "status", "booked")
    head = {
        "booked": "상담 예약이 확정되었습니다.",
        "cancelled": "상담 예약이 취소되었습니다.",
        "visited": "방문 상담이 완료된 예약입니다.",
        "no_show": "방문하지 않으신 예약입니다.",
    }.get(status, "상담 예약 내용입니다.")
    lines = [
        head,
        f"· 예약번호: {booking.code}",
        f"· 센터: {_clip(booking.center, 60)}",
        f"· 일시: {format_slot_ko(booking.start, now)}",
        f"· 예약자: {mask_name(booking.name)} ({mask_phone(booking.phone)})",
    ]
    summary = booking.summary or {}
    tail = []
    if status == "booked":
        tail.append("예약 확인·변경·취소에는 예약번호와 휴대전화 번호가 필요합니다. 방문 때 신분증을 꼭 가져와 주세요.")
    tail.append(DISCLAIMER)

    optional: List[str] = []
    if status == "booked":
        desks = summary_desks(summary)
        if desks:
            optional.append("· 방문할 창구: " + ", ".join(_clip(d, 40) for d in desks[:6]))
        docs = summary_documents(summary)
        if docs:
            optional.append("· 가져오실 서류:")
            # the first few only: the whole list is on the counselor's card, and a chat message stays short
            optional.extend(f"  - {_clip(d, 80)}" for d in docs[:CONFIRMATION_DOCUMENTS])
            if len(docs) > CONFIRMATION_DOCUMENTS:
                optional.append(f"  - 외 {len(docs) - CONFIRMATION_DOCUMENTS}건 (센터에서 안내해 드립니다)")

    def render(extra: List[str]) -> str:
        return "\n".join(lines + extra + tail)

    text = render(optional)
    while len(text) > MAX_MESSAGE_CHARS and optional:
        optional.pop()
        text = render(optional + ["  - (나머지는 센터에서 안내해 드립니다)"] if optional else [])
    return text[:MAX_MESSAGE_CHARS]
