"""The 연계 plan a booking carries to the counselor (so nobody retells their story).

Contract used by the dialogue's booking submit:
    build_handoff(profile, needs, *, flags=(), quotes=(), notes=(), asked=(), channel="", sender_id="") -> dict
        JSON-serialisable summary stored with the booking: the person's situation (facts with how sure:
        stated / inferred / skipped), needs, every program that is not unlikely grouped by desk (each desk
        once), what to bring, flags (crisis, violence, language), the person's own words (masked), the
        channel in Korean ("웹", "카카오톡") and the conversation id for the transcript link.
    channel_label(input_channel, sender_id="") -> str      "웹" / "카카오톡" / …

`profile` may also carry "skipped_fields" (questions the person skipped) and "inferred_fields" (values the bot
inferred rather than heard); they only change how each fact is marked. Plain Python (no Rasa).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence

from bot.privacy.pii import mask_text
from bot.screening.program_results import (
    desk_name,
    DISCLAIMER,
    MARKERS,
    NEED_HEADS,
    apply_of,
    clip,
    evaluate,
    field_label,
    known_needs,
    only_target_group,
    short_amount,
    sorted_results,
    tidy,
    verdict_label,
    year_of,
)
from bot.screening.results import duration_text, money_fact, summary_message
from bot.screening.unscreened_needs import ALCOHOL_RE, GAMBLING_RE, LITERACY_RE, VIOLENCE_RE

HANDOFF_VERSION = 2
SURE_LABELS = {"stated": "말씀하심", "inferred": "추정", "skipped": "답하지 않음"}
FLAG_LABELS = {
    "suicide": "위기 신호(자살·자해)",
    "self_harm": "위기 신호(자살·자해)",
    "crisis": "위기 신호",
    "violence": "폭력 피해",
    "domestic_violence": "폭력 피해",
    "language": "한국어 외 언어",
    "literacy": "글 읽기 어려움",
    "addiction": "중독 문제",
}
MAX_QUOTES = 5
QUOTE_CHARS = 200

CHANNEL_LABELS = {
    "kakao": "카카오톡",
    "kakaotalk": "카카오톡",
    "rest": "웹",
    "web": "웹",
    "webchat": "웹",
    "socketio": "웹",
    "widget": "웹",
    "cmdline": "명령줄(테스트)",
    "callback": "콜백",
    "telegram": "텔레그램",
    "facebook": "페이스북",
}
_PREFIX_LABELS = (("web-", "웹"), ("kakao-", "카카오톡"), ("kakao:", "카카오톡"))

# profile field -> Korean label (the facts on the plan); values formatted by _fact_value
FACT_LABELS = {
    "age": "나이",
    "sido": "시·도",
    "sigungu": "시·군·구",
    "household_size": "가구원 수",
    "household_income_monthly": "가구 월 소득",
    "personal_income_monthly": "본인 월 소득",
    "assets": "가구 재산",
    "financial_assets": "금융재산",
    "employment_status": "일",
    "left_job_involuntarily": "원치 않은 퇴사",
    "insured_days_18m": "고용보험(최근 18개월)",
    "insured_years": "고용보험 가입 기간",
    "work_days_24m": "최근 2년 일한 날",
    "receiving_unemployment_benefit": "실업급여 받는 중",
    "single_parent": "한부모",
    "children_ages": "자녀 나이",
    "num_children": "자녀 수",
    "caregiving_gap": "돌봄 공백",
    "debt_total": "빚",
    "debt_overdue_days": "연체 기간",
    "low_credit": "신용 낮음",
    "housing": "사는 곳",
    "rent_monthly": "월세",
    "deposit": "보증금",
    "homeowner": "집 소유",
    "lives_apart_from_parents": "부모와 따로 삶",
    "disability": "장애",
    "veteran_mid_long_term": "중·장기 제대군인",
    "career_break_woman": "경력단절",
    "crisis_event": "위기 상황",
    "livelihood_recipient": "기초생활 수급 중",
    "gender": "성별",
}
_ENUM_WORDS = {
    "employment_status": {
        "unemployed": "실직",
        "employed": "재직",
        "self_employed": "자영업",
        "business_closed": "폐업",
        "student": "학생",
        "never_worked": "일한 경험 없음",
    },
    "housing": {
        "monthly_rent": "월세",
        "jeonse": "전세",
        "owner": "자가",
        "homeless": "머물 곳 없음",
        "with_parents": "부모님 집",
    },
    "crisis_event": {
        "none": "없음",
        "main_earner_loss": "주소득자 사망·가출 등",
        "illness_injury": "질병·부상",
        "abuse_neglect": "방임·학대",
        "domestic_violence": "가정폭력",
        "disaster": "화재·재난",
        "business_closure": "휴업·폐업",
        "job_loss": "실직",
        "other": "기타",
    },
    "gender": {"female": "여성", "male": "남성"},
}
_MONEY = {
    "household_income_monthly",
    "personal_income_monthly",
    "assets",
    "financial_assets",
    "debt_total",
    "rent_monthly",
    "deposit",
}


def channel_label(channel: str = "", sender_id: str = "") -> str:
    """Korean name of the channel a conversation came through; the sender prefix wins ("web-…" over "rest")."""
    sid = str(sender_id or "")
    for prefix, label in _PREFIX_LABELS:
        if sid.startswith(prefix):
            return label
    ch = str(channel or "").strip().lower()
    if not ch:
        return ""
    return CHANNEL_LABELS.get(ch, ch)


def _fact_value(field: str, v: Any) -> str:
    if isinstance(v, bool):
        return "예" if v else "아니요"
    if field in _ENUM_WORDS:
        return _ENUM_WORDS[field].get(str(v), str(v))
    if field in _MONEY:
        return money_fact(v)
    if field == "age":
        return f"{v}세"
    if field in ("household_size", "num_children"):
        return f"{v}명"
    if field == "children_ages" and isinstance(v, list):
        return "·".join(str(a) for a in v) + "세" if v else "없음"
    if field in ("insured_days_18m", "work_days_24m"):
        return f"{v}일"
    if field == "debt_overdue_days":
        return "없음" if not v else duration_text(int(v))
    if field == "insured_years":
        return f"{v}년"
    return str(v)


def situation(profile: Dict[str, Any]) -> List[Dict[str, str]]:
    """Facts in order of the labels, each {"field", "label", "value", "sure"}; skipped questions at the end."""
    p = profile or {}
    inferred = set(p.get("inferred_fields") or ())
    skipped = [f for f in (p.get("skipped_fields") or ()) if f in FACT_LABELS]
    out: List[Dict[str, str]] = []
    for field, label in FACT_LABELS.items():
        v = p.get(field)
        if v is None or v == "__skipped__" or field in skipped:
            continue
        out.append(
            {
                "field": field,
                "label": label,
                "value": _fact_value(field, v),
                "sure": "inferred" if field in inferred else "stated",
            }
        )
    for field in skipped:
        out.append({"field": field, "label": FACT_LABELS[field], "value": "건너뜀", "sure": "skipped"})
    return out


def _flags(flags: Sequence[Any], profile: Dict[str, Any], quotes: Sequence[str]) -> List[Dict[str, str]]:
    out: List[Dict[str, str]] = []
    seen = set()

    def add(kind: str, detail: str = "", level: str = "") -> None:
        label = FLAG_LABELS.get(kind, "주의")
        if label in seen:
            return
        seen.add(label)
        out.append({"kind": kind, "label": label, "detail": mask_text(clip(detail, 120)), "level": level})

    for d in flags or ():  # {kind, level, evidence, at} from the dialogue's crisis record
        kind = str(d.get("kind") or d.get("type") or "crisis")
        if d.get("level") == "none":
            continue
        add(kind, str(d.get("evidence") or d.get("detail") or d.get("label") or ""), str(d.get("level") or ""))
    if profile.get("crisis_event") == "domestic_violence" or any(VIOLENCE_RE.search(q or "") for q in quotes or ()):
        add("violence", "대화에서 폭력 피해를 말씀하셨습니다" if "violence" not in [o["kind"] for o in out] else "")
    if any(ALCOHOL_RE.search(q or "") or GAMBLING_RE.search(q or "") for q in quotes or ()):
        add("addiction", "술·도박 문제 도움을 물으셨습니다")
    if any(LITERACY_RE.search(q or "") for q in quotes or ()):
        add("literacy", "글 읽기가 어렵다고 하셨습니다 — 서류 작성 도움 필요")
    return out


def _program_entry(r: Any) -> Dict[str, Any]:
    v = r.get("verdict")
    return {
        "id": r.get("program"),
        "program": r.get("name"),
        "verdict": v,
        "verdict_label": verdict_label(v),
        "marker": MARKERS.get(v, "•"),
        "reason": clip(tidy(r.get("short") or r.get("reason") or ""), 140),
        "amount": short_amount(r),
        "missing": [field_label(f) for f in (r.get("missing") or [])][:4],
    }


def build_handoff(
    profile: Dict[str, Any],
    needs: Sequence[str],
    *,
    flags: Sequence[Dict[str, Any]] = (),
    quotes: Sequence[str] = (),
    notes: Sequence[str] = (),
    asked: Sequence[str] = (),
    channel: str = "",
    sender_id: str = "",
) -> Dict[str, Any]:
    profile = dict(profile or {})
    ns = known_needs(needs)
    results = evaluate(profile, ns) if ns else []
    desks: Dict[str, Dict[str, Any]] = {}
    unlikely: List[str] = []
    docs: List[str] = []
    for r in sorted_results(results):
        if r.get("verdict") == "unlikely":
            unlikely.append(r.get("name"))
            continue
        if only_target_group(r):
            continue  # waits only on a group nobody named (제대군인, 장애): no desk to visit, as in the results
        a = apply_of(r)
        desk = desk_name(r)
        d = desks.setdefault(desk, {"desk": desk, "phone": a.get("phone") or "", "programs": []})
        d["programs"].append(_program_entry(r))
        for doc in a.get("documents") or []:
            if doc not in docs:
                docs.append(doc)
    clean_quotes = []
    for q in quotes or ():
        q = " ".join(str(q or "").split())
        if q:
            clean_quotes.append(mask_text(clip(q, QUOTE_CHARS)))
    plan: Dict[str, Any] = {
        "version": HANDOFF_VERSION,
        "channel": channel_label(channel, sender_id),
        "sender_id": str(sender_id or ""),
        "situation": situation(profile),
        "summary_line": summary_message(profile, ns, notes)["text"],
        "need_ids": ns,
        "needs": [NEED_HEADS.get(n, n) for n in ns],
        "desks": list(desks.values()),
        "unlikely": unlikely,
        "documents": docs,
        "flags": _flags(flags, profile, quotes),
        "quotes": clean_quotes[-MAX_QUOTES:],
        "notes": [mask_text(clip(" ".join(str(n).split()), 80)) for n in notes or () if str(n).strip()][:8],
        # questions asked during the screening that the chat has not answered yet: the counselor answers them
        "asked": [mask_text(clip(" ".join(str(q).split()), 120)) for q in asked or () if str(q).strip()][:3],
        "year": year_of(results),
        "disclaimer": DISCLAIMER,
    }
    # older readers (booking confirmation text) look for a flat program list with Korean labels
    plan["programs"] = [
        {"program": p["program"], "id": p["id"], "verdict": p["verdict"], "verdict_label": p["verdict_label"]}
        for d in desks.values()
        for p in d["programs"]
    ]
    return _fit(plan)


MAX_BYTES = 14 * 1024  # the booking store refuses summaries over 16 KiB


def _size(plan: Dict[str, Any]) -> int:
    return len(json.dumps(plan, ensure_ascii=False).encode("utf-8"))


def _fit(plan: Dict[str, Any]) -> Dict[str, Any]:
    """Shorten (never drop) the parts of a very long plan until it fits the store: quotes, then reasons."""
    steps = [("quotes", 3), ("reason", 80), ("quotes", 1), ("reason", 40), ("notes", 0)]
    for what, n in steps:
        if _size(plan) <= MAX_BYTES:
            break
        if what == "quotes":
            plan["quotes"] = [clip(q, 120) for q in plan["quotes"][-n:]] if n else []
        elif what == "notes":
            plan["notes"] = []
        else:
            for d in plan["desks"]:
                for p in d["programs"]:
                    p["reason"] = clip(p["reason"], n)
    return plan


def is_plan(summary: Any) -> bool:
    return isinstance(summary, dict) and summary.get("version") == HANDOFF_VERSION and "situation" in summary
