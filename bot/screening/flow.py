"""The screening's facts over a slot dict (no Rasa imports): the profile field names and labels, a value as
the person reads it, evaluation for the slots, the person's center, and a program's details.

Messages are built by bot.screening.messages.bot_message (the shape Rasa's dispatcher takes).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import catalogue, directory, eligibility
from bot.eligibility import planner
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)

# the eligibility profile's fact names, from the one catalogue (domain.yml's profile slots are generated from it)
PROFILE_FIELDS: Tuple[str, ...] = tuple(catalogue.fields())
SKIP = "__skipped__"


def question_meta(field: str) -> Dict[str, Any]:
    return dict(planner.QUESTIONS.get(field) or {})


def profile_from_slots(slots: Dict[str, Any]) -> Dict[str, Any]:
    prof = {}
    for f in PROFILE_FIELDS:
        v = slots.get(f)
        if v is None or v == SKIP:
            continue
        prof[f] = v
    return prof


FIELD_LABELS = {
    "age": "나이",
    "household_size": "가구원 수",
    "household_income_monthly": "가구 월소득",
    "personal_income_monthly": "본인 월소득",
    "spouse_income_monthly": "배우자 월소득",
    "parents_income_monthly": "부모님 월소득",
    "assets": "재산",
    "financial_assets": "금융재산",
    "debt_total": "빚",
    "rent_monthly": "월세",
    "deposit": "보증금",
    "children_ages": "자녀 나이",
    "debt_overdue_days": "연체 기간",
    "sigungu": "사는 곳",
    "sido": "사는 시·도",
    "employment_status": "일하는 상태",
    "housing": "사는 형태",
    "single_parent": "한부모 여부",
    "num_children": "자녀 수",
    "insured_days_18m": "고용보험 가입 기간",
    "left_job_months_ago": "일을 그만둔 시기",
}


def format_value(key: str, value: Any) -> str:
    """A profile value as the person reads it (45세, 4인, 180만 원, 200~250만 원, the choice's label)."""
    if isinstance(value, bool):
        return "예" if value else "아니요"
    if key == "age":
        return f"{value}세"
    if key == "household_size":
        return f"{value}인"
    if key == "num_children":
        return f"{value}명"
    if key in ("debt_overdue_days", "insured_days_18m", "work_days_24m"):
        return f"{value}일"
    if key == "left_job_months_ago" and isinstance(value, int):
        return "이번 달" if value == 0 else f"약 {value}개월 전"
    if isinstance(value, int) and key.endswith(("_monthly", "assets", "debt_total", "deposit")):
        if value == 0:
            return "0원"
        if value >= 100_000_000 and value % 10_000 == 0:
            return catalogue.won(value, spaced=True)  # "1억 원", "2억 4,100만 원" (not "10,000만 원")
        man = value / 10_000
        return f"{man:,.0f}만 원" if man == int(man) else f"{man:,.1f}만 원"
    if isinstance(value, list):
        return ", ".join(f"{v}세" for v in value) if key == "children_ages" else ", ".join(map(str, value))
    if isinstance(value, dict) and ("min" in value or "max" in value):  # a range or a bound ("200~250만 원")
        lo, hi = value.get("min"), value.get("max")
        if lo is not None and hi is not None:
            return f"{format_value(key, lo)}~{format_value(key, hi)}"
        return f"{format_value(key, lo)} 이상" if lo is not None else f"{format_value(key, hi)} 이하"
    meta = question_meta(key)
    for v, label in meta.get("choices", []) or []:
        if v == value:
            return str(label)
    return str(value)


# ---------------------------------------------------------------------------------------------
# Results


def heard_line(facts: Dict[str, Any], *, kept: bool = True) -> str:
    """What was taken from a story told instead of the answer, said back so that the question asked again after
    it does not read as the same loop ("네, 기억해 둘게요." three times): "네, 월세 40만 원, 보증금 300만 원
    기억해 둘게요." Before consent nothing is kept, so only what was heard is named, without the values: "네,
    말씀 잘 들었어요(나이, 월세). 동의해 주시면 이 내용까지 넣어 바로 살펴볼게요." """
    if not kept:
        heard = [FIELD_LABELS[k] for k in facts if k in FIELD_LABELS][:3]
        named = f"({', '.join(heard)})" if heard else ""
        return f"네, 말씀 잘 들었어요{named}. 동의해 주시면 이 내용까지 넣어 바로 살펴볼게요."
    said = [f"{FIELD_LABELS[k]} {format_value(k, v)}" for k, v in facts.items() if k in FIELD_LABELS][:3]
    return f"네, {', '.join(said)} 기억해 둘게요." if said else "네, 기억해 둘게요."


def evaluate_for(slots: Dict[str, Any]) -> List[Dict[str, Any]]:
    needs = list(slots.get("needs") or [])
    if not needs:
        return []
    return eligibility.evaluate(profile_from_slots(slots), programs=eligibility.programs_for_needs(needs))


def center_for(slots: Dict[str, Any], need: Optional[str] = None) -> Optional[Dict[str, Any]]:
    """The person's center from the region they gave (None when unknown)."""
    name = slots.get("center_name")
    if name:
        c = directory.center_by_name(name)
        if c:
            return c
    place = " ".join(p for p in (slots.get("sido"), slots.get("sigungu")) if p)
    if not place:
        return None
    try:
        res = directory.resolve_text(place, need=need)
    except Exception as exc:  # a boundary: the directory may ask the Kakao geocoder
        logger.warning("center lookup failed for %r: %s", place, exc)
        return None
    return res.get("center")


VERDICT_LABELS = {v: catalogue.verdict_label(v) for v in ("likely", "need_info", "refer", "unlikely")}


def detail_messages(slots: Dict[str, Any], text: str, entities: Sequence[dict]) -> List[Dict[str, Any]]:
    results = evaluate_for(slots) if slots.get("consent") == "given" else []
    wanted = program_in(text, entities, results)
    if wanted is None and results and not (text or "").replace("자세히", "").strip():
        wanted = results[0]  # the bare "자세히" button: the first program shown
    if wanted is None:
        return [
            bot_message(
                "어떤 제도를 자세히 알려 드릴까요? 예: '국민취업지원제도 자세히', '실업급여 자세히'. "
                "먼저 고민을 말씀해 주시면 받을 수 있을 것 같은 지원부터 살펴봐 드려요."
            )
        ]
    return [bot_message(_short(eligibility.detail_text(wanted), 990))]


def _name_keys(name: str) -> List[str]:
    """The ways people write a program's name: "국민내일배움카드" -> 내일배움카드, "구직급여(실업급여)" -> 실업급여."""
    keys = []
    for part in re.split(r"[()（）·/]", (name or "").replace(" ", "")):
        part = re.sub(r"(Ⅰ|Ⅱ|I|II)유형$", "", part)
        for k in (part, part[2:] if part.startswith("국민") else ""):
            if len(k) >= 3 and k not in keys:
                keys.append(k)
    return keys


def program_in(text: str, entities: Sequence[dict], results: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The result of the program a message names (by entity or as people write its name), or None."""
    ids = [str(x.get("value")) for x in entities or () if x.get("entity") == "program"]
    t = (text or "").replace(" ", "")
    for r in results:
        if r["program"] in ids or any(r["program"].startswith(i) for i in ids):
            return r
    for r in results:  # the name as the person wrote it (longest names first would not matter: one hit)
        if any(k in t for k in _name_keys(str(r.get("name") or ""))):
            return r
    return None


def _short(s: str, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1] + "…"
