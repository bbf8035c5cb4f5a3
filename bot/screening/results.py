"""What the person reads after the screening, and the answers to their follow-up questions.

Contract used by the dialogue (bot/dialogue):
    summary_message(profile, needs, notes=()) -> message    one short "정리해 보면 …" after consent (≤ 300 chars)
    overview_messages(profile, needs) -> [message]           ≤ 3 short messages (≤ 400 chars), likely programs first
    answer_followup(text, profile, needs, entities=()) -> [message] | None
        a question about the results ("실업급여 얼마나 받아요?", "어디서 신청해요?", "자세히 …"), or a need the
        bot does not screen (violence, alcohol, gambling, reading and writing): the answer for that program and
        aspect (≤ 2 messages, ≤ 400 chars each); None when the text is not a follow-up question.
A message is what bot.screening.messages.bot_message builds (the shape Rasa's dispatcher takes).

Plain Python (no Rasa). Verdicts, reasons, amounts and where/how to apply come from the public
bot.eligibility API (evaluate, programs_for_needs, result dict keys); figures used to explain an amount
are read from the eligibility parameters (fallbacks below only when they cannot be loaded).
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from bot import catalogue
from bot.korean.particles import join_and, josa
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)

MAX_CHARS = 400  # one chat message
SUMMARY_MAX = 300
MAX_MESSAGES = 3
DISCLAIMER = catalogue.disclaimer()
CALL_FIRST = "방문 전 전화로 확인해 주세요."

# labels and markers come from the one catalogue (bot/catalogue/catalogue.yml)
VERDICT_LABELS = {v: catalogue.verdict_label(v) for v in ("likely", "need_info", "refer", "unlikely")}
MARKERS = {v: catalogue.verdict_marker(v) for v in ("likely", "need_info", "refer", "unlikely")}
_ORDER = {"likely": 0, "refer": 1, "need_info": 2, "unlikely": 3}

# how the person's needs are named in a sentence ("일자리와 주거를 같이 살펴볼게요")
NEED_WORDS = {
    "employment": "일자리",
    "debt": "빚 문제",
    "childcare": "돌봄·양육",
    "housing": "주거",
    "livelihood": "생활비",
}
NEED_HEADS = {
    "employment": "일자리·실업",
    "debt": "빚·채무",
    "childcare": "자녀 돌봄·양육",
    "housing": "주거",
    "livelihood": "생계·생활비",
}

# short names for buttons (KakaoTalk quick replies show about 14 characters)
SHORT_NAMES = {
    "national_employment_support_1": "국취 Ⅰ유형",
    "national_employment_support_2": "국취 Ⅱ유형",
    "unemployment_benefit": "실업급여",
    "tomorrow_learning_card": "내일배움카드",
    "saeil_center": "새일센터",
    "veteran_support": "제대군인 지원",
    "disability_employment": "장애인 취업",
    "middle_aged_job_center": "중장년내일센터",
    "self_sufficiency_work": "자활근로",
    "debt_adjustment": "채무조정",
    "personal_rehabilitation": "개인회생·파산",
    "sunshine_loan": "햇살론",
    "microcredit": "미소금융",
    "single_parent_support": "한부모 지원",
    "child_care_service": "아이돌봄",
    "housing_benefit": "주거급여",
    "youth_monthly_rent": "청년월세",
    "youth_jeonse_loan": "버팀목 전세대출",
    "emergency_welfare": "긴급복지",
    "basic_livelihood": "기초생활보장",
}

# names people use for the programs -> program id (first match in the text wins)
PROGRAM_ALIASES: Tuple[Tuple[str, str], ...] = (
    (
        r"국민\s?취업\s?지원\s?제도\s?(2|Ⅱ|II|이)\s?유형|국취\s?(2|Ⅱ|II)|(2|Ⅱ|II)\s?유형",
        "national_employment_support_2",
    ),
    (
        r"국민\s?취업|취업\s?지원\s?제도|국취|구직\s?촉진\s?수당|취업\s?성공\s?수당|(1|Ⅰ|I)\s?유형",
        "national_employment_support_1",
    ),
    (r"실업\s?급여|구직\s?급여|실급|실업\s?수당|실업\s?인정", "unemployment_benefit"),
    (r"내일\s?배움|배움\s?카드|내배카|국비\s?(지원|교육|훈련)|직업\s?훈련|훈련비", "tomorrow_learning_card"),
    (r"긴급\s?복지|긴급\s?지원|긴급\s?생계", "emergency_welfare"),
    (r"주거\s?급여|임차\s?급여", "housing_benefit"),
    (r"청년\s?월세", "youth_monthly_rent"),
    (r"기초\s?생활|기초\s?수급|생계\s?급여|의료\s?급여|교육\s?급여", "basic_livelihood"),
    (r"버팀목|전세\s?(자금\s?)?대출", "youth_jeonse_loan"),
    (r"채무\s?조정|신용\s?회복|워크\s?아웃|신속\s?채무|사전\s?채무", "debt_adjustment"),
    (r"개인\s?회생|파산|회생", "personal_rehabilitation"),
    (r"햇살론", "sunshine_loan"),
    (r"미소\s?금융", "microcredit"),
    (r"한부모|아동\s?양육비|양육비", "single_parent_support"),
    (r"아이\s?돌봄|돌봄\s?서비스|아이\s?돌보미|돌보미", "child_care_service"),
    (r"새일\s?센터|새로\s?일하기|경력\s?단절", "saeil_center"),
    (r"제대\s?군인|전역\s?군인", "veteran_support"),
    (r"장애인\s?(취업|고용)|장애인\s?고용\s?공단", "disability_employment"),
    (r"중장년", "middle_aged_job_center"),
    (r"자활", "self_sufficiency_work"),
)
_ALIAS_RES = [(re.compile(rx, re.I), pid) for rx, pid in PROGRAM_ALIASES]

# fields a program asks only to find a target group (shown as one "해당되면 알려 주세요" line)
_GROUP_FIELDS = {
    "career_break_woman": "경력단절 여성",
    "veteran_mid_long_term": "중·장기 제대군인",
    "disability": "장애가 있는 분",
}


# --------------------------------------------------------------------------------------------- utils


def _clip(s: str, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def won(n: Optional[int]) -> str:
    """Korean money as people write it: 68,100원, 180만 원, 2억 4,100만 원."""
    return catalogue.won(n, spaced=True)


def won_approx(n: float) -> str:
    """Rounded for "약 …": 12,258,000 -> 1,226만 원."""
    n = int(round(n))
    if n >= 100_000:
        return won(int(round(n / 10_000)) * 10_000)
    return won(int(round(n / 100)) * 100)


def _tidy(text: str) -> str:
    """Engine texts use "300만원": write "300만 원" like the rest of the messages."""
    return re.sub(r"(\d)(만|억)원", r"\1\2 원", text or "")


def _elig():
    import bot.eligibility as eligibility

    return eligibility


def verdict_label(v: Any) -> str:
    """Korean label of a verdict id; never the raw id."""
    e = None
    try:
        e = _elig()
    except Exception:  # pragma: no cover
        pass
    labels = getattr(e, "VERDICT_LABELS", None) if e is not None else None
    if isinstance(labels, dict) and isinstance(labels.get(v), str):
        return labels[v]
    return VERDICT_LABELS.get(str(v), "확인 필요")


def _field_label(f: str) -> str:
    try:
        return _elig().FIELD_LABELS.get(f, f)
    except Exception:  # pragma: no cover
        return f


def _param(name: str) -> Any:
    """A rule figure in force today, by its readable name (bot/eligibility/parameters); no copies here."""
    val: Any = _elig().parameters(on=date.today())
    for part in name.split("."):
        val = getattr(val, part)
    return val


def _known_fields() -> Optional[set]:
    try:
        return set(_elig().FIELDS)
    except Exception:  # pragma: no cover
        return None


def clean_profile(profile: Dict[str, Any]) -> Dict[str, Any]:
    """Only the fields the rules know, no empty or skipped values."""
    known = _known_fields()
    out = {}
    for k, v in (profile or {}).items():
        if v is None or v == "__skipped__":
            continue
        if known is not None and k not in known:
            continue
        out[k] = v
    return out


def _needs(needs: Iterable[str]) -> List[str]:
    e = _elig()
    valid = set(getattr(e, "NEEDS", NEED_WORDS))
    return [n for n in dict.fromkeys(needs or ()) if n in valid]


def evaluate(
    profile: Dict[str, Any], needs: Sequence[str] = (), programs: Optional[Sequence[str]] = None
) -> List[Dict[str, Any]]:
    """Results for the needs (or the given programs); a field the rules refuse is dropped, not fatal."""
    e = _elig()
    prof = clean_profile(profile)
    ids = list(programs) if programs is not None else e.programs_for_needs(_needs(needs))
    if not ids:
        return []
    for _ in range(len(prof) + 1):
        try:
            return list(e.evaluate(prof, programs=ids))
        except ValueError as exc:  # ProfileError: "field: …"
            bad = str(exc).split(":", 1)[0].strip()
            if bad not in prof:
                logger.warning("evaluation failed: %s", exc)
                return []
            logger.info("dropping field %s the rules refuse: %s", bad, exc)
            prof.pop(bad)
    return []


def _get(r: Any, key: str, default: Any = None) -> Any:
    if isinstance(r, dict):
        return r.get(key, default)
    return getattr(r, key, default)


def _apply(r: Any) -> Dict[str, Any]:
    a = _get(r, "apply") or {}
    return a if isinstance(a, dict) else dict(getattr(a, "__dict__", {}))


def _amount(r: Any) -> Dict[str, Any]:
    a = _get(r, "amount") or {}
    return a if isinstance(a, dict) else dict(getattr(a, "__dict__", {}))


# within a verdict, money the person can live on first (then catalogue order)
PRIORITY = (
    "unemployment_benefit",
    "national_employment_support_1",
    "emergency_welfare",
    "basic_livelihood",
    "single_parent_support",
    "housing_benefit",
    "youth_monthly_rent",
    "debt_adjustment",
    "child_care_service",
    "tomorrow_learning_card",
    "national_employment_support_2",
)


def _sorted(results: Iterable[Any]) -> List[Any]:
    def key(r: Any) -> Tuple[int, int]:
        pid = _get(r, "program")
        return _ORDER.get(_get(r, "verdict"), 9), (PRIORITY.index(pid) if pid in PRIORITY else len(PRIORITY))

    return sorted(results, key=key)  # stable: catalogue order otherwise


_AMOUNT_CUT = r",(?!\d{3})\s*| = |\("  # not the comma inside "783,000원" (it showed "생계지원 월 783")


def short_amount(r: Any) -> str:
    """A few words on what the program gives: "월 60만 원×최대 6개월", "하루 최대 68,100원"."""
    pid = _get(r, "program")
    amt = _amount(r)
    if pid == "unemployment_benefit":
        return f"하루 최대 {won(_param('unemployment_benefit.daily_max'))}"
    monthly, total = amt.get("monthly"), amt.get("total")
    if monthly and total and total > monthly:
        return f"월 {won(monthly)}×최대 {round(total / monthly)}개월"
    if monthly:
        return f"월 {won(monthly)}"
    if total:
        return f"최대 {won(total)}"
    text = _tidy(amt.get("text") or "")
    if not text:
        return ""
    first = text.split(";")[0]
    wages = [int(x.replace(",", "")) for x in re.findall(r"(\d[\d,]{3,})원", first)]
    if "일 급여" in first and len(wages) > 1:
        return f"하루 {min(wages):,}~{max(wages):,}원"
    if ": " in first:
        head, rest = first.split(": ", 1)
        first = rest if len(re.split(_AMOUNT_CUT, rest)[0]) <= 30 else head
    first = re.split(_AMOUNT_CUT, first)[0].strip()
    return _clip(first, 30)


def _missing_text(r: Any) -> str:
    miss = list(_get(r, "missing") or [])
    if miss:
        return ", ".join(_field_label(f) for f in miss[:2]) + (" 등" if len(miss) > 2 else "") + " 확인 필요"
    return ""


def program_line(r: Any) -> str:
    """ "✅ 구직급여(실업급여) — 하루 최대 68,100원 (가능성 높음)"."""
    v = _get(r, "verdict")
    amount = short_amount(r)
    tail = verdict_label(v)
    if v == "need_info" and _missing_text(r):
        tail = _missing_text(r)
    body = f"{MARKERS.get(v, '•')} {_get(r, 'name')}"
    if amount and v != "unlikely":
        body += f" — {amount}"
    return f"{body} ({tail})"


def _group_only(r: Any) -> bool:
    miss = set(_get(r, "missing") or [])
    return _get(r, "verdict") == "need_info" and bool(miss) and miss <= set(_GROUP_FIELDS)


def top_programs(results: Sequence[Any], n: int = 3, needs: Sequence[str] = ()) -> List[Any]:
    """The person's best programs: the best likely one of each need, then one per desk (so 주거급여 is not crowded
    out by three 고용센터 programs), then the rest in order."""
    cands = [
        r for r in _sorted(results) if _get(r, "verdict") in ("likely", "refer", "need_info") and not _group_only(r)
    ]
    picked: List[Any] = []
    for need in needs:
        best = next(
            (
                r
                for r in cands
                if _get(r, "verdict") == "likely"
                and r not in picked
                and need in (_get(r, "needs") or [_get(r, "need")])
            ),
            None,
        )
        if best is not None:
            picked.append(best)
    desks: set = {_apply(r).get("desk") for r in picked}
    for r in cands:
        d = _apply(r).get("desk")
        if d not in desks and _get(r, "verdict") == "likely":
            picked.append(r)
            desks.add(d)
    for r in cands:
        if r not in picked:
            picked.append(r)
    picked = picked[:n]
    return sorted(picked, key=lambda r: cands.index(r))


def _year(results: Sequence[Any]) -> Optional[int]:
    return next((_get(r, "year") for r in results if _get(r, "year")), None)


# --------------------------------------------------------------------------------------------- summary
_STATUS_WORDS = {
    "unemployed": "실직 중",
    "employed": "일하는 중",
    "self_employed": "자영업",
    "business_closed": "폐업",
    "student": "학생",
    "never_worked": "일한 경험 없음",
}
_HOUSING_WORDS = {
    "monthly_rent": "월세",
    "jeonse": "전세",
    "owner": "자가",
    "homeless": "머물 곳 없음",
    "with_parents": "부모님 집에서 지냄",
}
_CRISIS_WORDS = {
    "main_earner_loss": "주소득자 사망·가출 등",
    "illness_injury": "질병·부상",
    "disaster": "화재·재난",
    "business_closure": "휴업·폐업",
    "job_loss": "실직",
}


def _money_fact(v: Any) -> str:
    if isinstance(v, dict):  # a range read from "200~250만원" or "100만원 이하"
        lo, hi = v.get("min"), v.get("max")
        if lo is not None and hi is not None:
            if lo == hi:
                return won(lo)
            a, b = won(lo), won(hi)
            if a.endswith("만 원") and b.endswith("만 원"):
                return f"{a[:-3]}~{b}"
            return f"{a}~{b}"
        if hi is not None:
            return f"{won(hi)} 이하"
        if lo is not None:
            return f"{won(lo)} 이상"
        return "?"
    try:
        return won(int(v))
    except (TypeError, ValueError):
        return str(v)


def _duration(days: int) -> str:
    if days >= 365 and days % 365 < 30:
        return f"{days // 365}년"
    if days >= 30:
        return f"{round(days / 30)}개월"
    return f"{days}일"


def profile_facts(profile: Dict[str, Any]) -> List[str]:
    """The person's facts in natural Korean, most telling first."""
    p = profile or {}
    out: List[str] = []
    if p.get("age") is not None:
        out.append(f"{p['age']}세")
    if p.get("sigungu") or p.get("sido"):
        out.append(str(p.get("sigungu") or p.get("sido")))
    st = p.get("employment_status")
    if st == "unemployed" and p.get("left_job_involuntarily") is True:
        out.append("원치 않게 일을 그만둠")
    elif st in _STATUS_WORDS:
        out.append(_STATUS_WORDS[st])
    if p.get("receiving_unemployment_benefit") is True:
        out.append("실업급여 받는 중")
    if p.get("livelihood_recipient") is True:
        out.append("기초생활 수급 중")
    if p.get("household_size") is not None:
        out.append("혼자 사심" if p["household_size"] == 1 else f"가구원 {p['household_size']}명")
    if p.get("household_income_monthly") == 0:
        out.append("소득 없음")
    elif p.get("household_income_monthly") is not None:
        out.append(f"가구 월 소득 {_money_fact(p['household_income_monthly'])}")
    if p.get("personal_income_monthly") is not None:
        out.append(f"본인 월 소득 {_money_fact(p['personal_income_monthly'])}")
    kids = p.get("children_ages")
    if isinstance(kids, list) and kids:
        out.append(f"자녀 {len(kids)}명({'·'.join(f'{a}' for a in kids)}세)")
    elif p.get("num_children"):
        out.append(f"자녀 {p['num_children']}명")
    if p.get("single_parent") is True:
        out.append("한부모")
    h = p.get("housing")
    if h == "monthly_rent" and p.get("rent_monthly") is not None:
        out.append(f"월세 {_money_fact(p['rent_monthly'])}")
    elif h in _HOUSING_WORDS:
        out.append(_HOUSING_WORDS[h])
    if p.get("deposit") is not None:
        out.append(f"보증금 {_money_fact(p['deposit'])}")
    if p.get("debt_total") is not None:
        out.append(f"빚 {_money_fact(p['debt_total'])}")
    if p.get("debt_overdue_days"):
        out.append(f"연체 {_duration(int(p['debt_overdue_days']))}")
    if p.get("low_credit") is True:
        out.append("신용 낮음")
    if p.get("disability") is True:
        out.append("장애 있음")
    if p.get("career_break_woman") is True:
        out.append("경력단절")
    if p.get("crisis_event") in _CRISIS_WORDS and p.get("crisis_event") != "job_loss":
        out.append(_CRISIS_WORDS[p["crisis_event"]])
    return out


def summary_message(profile: Dict[str, Any], needs: Sequence[str], notes: Sequence[str] = ()) -> Dict[str, Any]:
    """ "정리해 보면: 35세, 마포구, 권고사직, 월세 밀림 — 일자리와 주거를 같이 살펴볼게요. 틀린 곳은 말씀해 주세요."
    `notes` are the person's own short phrases the rules have no field for ("월세 밀림", "권고사직")."""
    ns = [n for n in dict.fromkeys(needs or ()) if n in NEED_WORDS]
    words = [NEED_WORDS[n] for n in ns]
    if words:
        what = join_and(words)
        plan = f"{josa(what, '을/를')} {'같이 ' if len(words) > 1 else ''}살펴볼게요."
    else:
        plan = "어떤 도움이 필요하신지 알려 주시면 살펴볼게요."
    tail = " 틀린 곳은 말씀해 주세요."
    facts = profile_facts(profile)
    extra = [_clip(" ".join(str(n).split()), 20) for n in notes or () if str(n).strip()]
    # the person's own word replaces a plainer one ("권고사직" instead of "원치 않게 일을 그만둠")
    if any(re.search(r"권고\s?사직|해고|잘렸|계약\s?만료|폐업|퇴사", x) for x in extra):
        facts = [f for f in facts if f not in ("원치 않게 일을 그만둠", "실직 중")]
    items = list(dict.fromkeys(facts + extra))
    while True:
        if items:
            text = f"정리해 보면: {', '.join(items)} — {plan}{tail}"
        else:
            text = f"정리해 보면: {plan}{tail}"
        if len(text) <= SUMMARY_MAX or not items:
            break
        items.pop()
    return bot_message(_clip(text, SUMMARY_MAX))


# --------------------------------------------------------------------------------------------- overview
def _need_block(need: str, rs: List[Any], cap: int) -> List[str]:
    """Lines for one need: header, likely → refer → need_info, then one line each for the target groups and
    the unlikely programs (names only)."""
    main = [r for r in rs if _get(r, "verdict") != "unlikely" and not _group_only(r)]
    groups = [r for r in rs if _group_only(r)]
    unlikely = [r for r in rs if _get(r, "verdict") == "unlikely"]
    lines = [f"[{NEED_HEADS.get(need, need)}]"]
    shown = main[:cap]
    lines += [program_line(r) for r in shown]
    if len(main) > cap:
        lines.append(f"… 외 {len(main) - cap}개는 '자세히'로 보실 수 있어요")
    if groups and cap >= 3:
        who = list(
            dict.fromkeys(_GROUP_FIELDS[f] for r in groups for f in (_get(r, "missing") or []) if f in _GROUP_FIELDS)
        )
        lines.append(
            f"• {', '.join(who)}이시면 알려 주세요: "
            + ", ".join(SHORT_NAMES.get(_get(r, "program"), _get(r, "name")) for r in groups)
        )
    if unlikely and cap >= 2:
        lines.append(
            "❌ 어려울 수 있음: " + ", ".join(SHORT_NAMES.get(_get(r, "program"), _get(r, "name")) for r in unlikely)
        )
    if not main and not groups and not unlikely:
        lines.append("살펴볼 제도가 없어요.")
    return lines


def _pack(blocks: List[List[str]]) -> List[str]:
    msgs: List[str] = []
    buf = ""
    for b in blocks:
        text = "\n".join(_clip(x, 120) for x in b)
        if buf and len(buf) + 1 + len(text) <= MAX_CHARS:
            buf = f"{buf}\n{text}"
            continue
        if buf:
            msgs.append(buf)
        buf = text
    if buf:
        msgs.append(buf)
    return msgs


def _center(profile: Dict[str, Any], needs: Sequence[str]) -> Optional[Dict[str, Any]]:
    place = " ".join(str(profile.get(k)) for k in ("sido", "sigungu") if profile.get(k))
    if not place:
        return None
    try:
        from bot import directory

        res = directory.resolve_text(place, need="unemployment_benefit" if "employment" in needs else None)
    except Exception as exc:  # no directory or an unknown place: the desks still say where
        logger.info("center lookup for %r failed: %s", place, exc)
        return None
    c = res.get("center") if isinstance(res, dict) else None
    return c if isinstance(c, dict) and c.get("name") else None


def desk_lines(results: Sequence[Any], limit: int = 4) -> List[str]:
    """ "고용센터 ☎1350: 실업급여, 내일배움카드" — each desk once, for programs that are not unlikely."""
    desks: Dict[str, Dict[str, Any]] = {}
    for r in _sorted(results):
        if _get(r, "verdict") == "unlikely" or _group_only(r):
            continue
        a = _apply(r)
        desk = a.get("desk") or "담당 기관"
        d = desks.setdefault(desk, {"phone": a.get("phone"), "programs": []})
        d["programs"].append(SHORT_NAMES.get(_get(r, "program"), _get(r, "name")))
    lines = []
    for desk, d in list(desks.items())[:limit]:
        label = "기타 기관" if desk == "외부기관" else desk
        phone = f" ☎{d['phone']}" if d.get("phone") else ""
        lines.append(f"• {label}{phone}: {', '.join(d['programs'][:4])}")
    return lines


def overview_messages(profile: Dict[str, Any], needs: Sequence[str]) -> List[Dict[str, Any]]:
    """≤ 3 messages of ≤ 400 characters: per need the likely programs first (each program once), then one
    closing message with where to apply, the disclaimer and quick replies (자세히 top 2–3, 상담 예약, 센터 찾기)."""
    ns = _needs(needs)
    results = evaluate(profile, ns)
    if not results:
        return [
            bot_message(
                "살펴볼 제도를 찾지 못했어요. 어떤 도움이 필요하신지 한 번 더 말씀해 주시겠어요?",
                [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")],
            )
        ]
    by_need: Dict[str, List[Any]] = {}
    seen: set = set()
    for n in ns:
        rs = [r for r in results if n in (_get(r, "needs") or [_get(r, "need")]) and _get(r, "program") not in seen]
        rs = _sorted(rs)
        seen.update(_get(r, "program") for r in rs)
        if rs:
            by_need[n] = rs
    leftovers = [r for r in results if _get(r, "program") not in seen]
    if leftovers:  # programs the catalogue files under no listed need: keep them visible
        key = ns[0] if ns else "employment"
        by_need.setdefault(key, []).extend(_sorted(leftovers))
    texts: List[str] = []
    for cap in (8, 4, 3, 2, 1):
        texts = _pack([_need_block(n, rs, cap) for n, rs in by_need.items()])
        if len(texts) <= MAX_MESSAGES - 1 and all(len(t) <= MAX_CHARS for t in texts):
            break
    texts = [_clip(t, MAX_CHARS) for t in texts[: MAX_MESSAGES - 1]]

    year = _year(results)
    center = _center(profile, ns)
    close = [f"{year}년 기준 예상 결과예요. {DISCLAIMER}" if year else DISCLAIMER]
    dl = desk_lines(results)
    if dl:
        close.append("신청·상담 창구:")
        close += dl
    if center:
        close.append(f"가까운 센터: {center['name']}" + (f" ☎{center['phone']}" if center.get("phone") else ""))
    close.append(CALL_FIRST)
    close.append("궁금한 제도를 누르시면 자세히 알려 드려요.")
    closing = "\n".join(close)
    while len(closing) > MAX_CHARS and len(close) > 4:
        close.pop(-3)  # drop a desk line before the center, the call-first line and the invitation
        closing = "\n".join(close)
    top = top_programs(results, 3, ns)
    buttons = [
        (f"자세히: {SHORT_NAMES.get(_get(r, 'program'), _get(r, 'name'))}", f"자세히 {_get(r, 'name')}") for r in top
    ]
    buttons += [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")]
    return [bot_message(t) for t in texts] + [bot_message(_clip(closing, MAX_CHARS), buttons)]


# --------------------------------------------------------------------------------------------- follow-ups
_ASPECTS: Tuple[Tuple[str, str], ...] = (
    (
        "time",
        r"얼마나\s?걸|오래\s?걸|며칠\s?걸|언제\s?(나와|받|들어|돼|되|까지|부터)|처리\s?(기간|시간)|기간이?\s?얼마|빨리\s?(받|나와)|바로\s?(받|나와)|걸려요|걸리나",
    ),
    ("amount", r"얼마|금액|액수|몇\s?만|얼마큼|최대|받을\s?수\s?있는\s?돈|월\s?몇|하루에\s?몇|계산"),
    ("documents", r"서류|준비물|챙겨|가져가|가지고\s?가|뭐\s?(가져|필요|준비)|필요한\s?(거|것|게)|증빙|준비해"),
    (
        "apply",
        r"어디|어떻게\s?(신청|받|해)|신청\s?(방법|하려면|해야|하면|은|는|할|하나|해요|하죠)|방법|접수|온라인|인터넷|방문해야|가야\s?(돼|하|해)",
    ),
    (
        "unchecked",
        r"확인\s?안|안\s?본|빠진|못\s?본|다른\s?(건|거|지원|제도|혜택)|또\s?(뭐|다른|받을)|그\s?밖|나머지|더\s?(없|있)",
    ),
    (
        "why",
        r"왜|안\s?되|안돼|못\s?받|조건|자격|대상|해당|가능(해|한|할|성)|될까|되나|되는|돼요\?|받을\s?수\s?있(나|어|을|는)",
    ),
    ("detail", r"자세히|자세하게|설명|알려\s?줘|알려\s?주|뭐예요|뭔가요|뭐에요|뭐야|란\s?뭐|가\s?뭐|이\s?뭐"),
)
_ASPECT_RES = [(name, re.compile(rx)) for name, rx in _ASPECTS]
_NOT_FOLLOWUP = re.compile(
    r"예약|센터\s?(찾|어디|위치|알려|주소|전화)|가까운\s?(센터|곳)|처음\s?부터|다시\s?시작|"
    r"그만|상담원|사람\s?(이랑|과|하고)|상담사\s?연결|취소|내\s?기록|삭제|만족도|\d\s?점"
)
_QUESTION = re.compile(r"\?|？|나요|까요|ㄹ까|을까|는지|은지|어요\s*$|에요\s*$|예요\s*$|죠\s*$|니\s*$|냐|궁금|알려")
_OTHER_BENEFIT = re.compile(r"([가-힣]{2,10}(?:연금|수당|급여|지원금|장려금|바우처|보조금|감면|보험료|환급|공제))")

# violence, addictions, reading and writing: things the bot does not screen, with the right line first
_DV = re.compile(
    r"가정\s?폭력|성\s?폭력|데이트\s?폭력|폭행|손찌검|스토킹|접근\s?금지|가해자|"
    r"(남편|전\s?남편|애\s?아빠|아이\s?아빠|애들?\s?아빠|배우자|아내|전\s?남친|남자\s?친구|그\s?사람|시댁|동거인)"
    r".{0,30}(찾아|알아내|알아낼|알게|주소|연락\s?(가|갈|오|할)|무서|때리|때려|때렸|맞|폭력|위협|협박|쫓아|숨어|도망)|"
    r"주소.{0,10}(알아낼|알아내|알게\s?될|찾아|노출|숨기)|맞고\s?살|때려요|때렸어요"
)
_ALCOHOL = re.compile(
    r"(술|알코올|알콜|음주|주사).{0,15}(끊|중독|못\s?끊|치료|도와|도움|문제|줄이|끊을)|알코올\s?중독|알콜\s?중독|"
    r"술독|술\s?때문|마약|약물\s?중독"
)
_GAMBLING = re.compile(r"도박|토토|카지노|경마|경륜|불법\s?베팅|바카라|슬롯\s?머신|사행성|홀덤")
_LITERACY = re.compile(
    r"글(을|씨를|자를)?\s?(잘\s?)?(못|모르|몰라)\s?(읽|써|쓰)|글(을|자를)?\s?몰라|한글(을|를)?\s?(잘\s?)?(못|모르|몰라)|"
    r"까막눈|읽을\s?줄\s?(몰|모)|쓸\s?줄\s?(몰|모)|학교(를|도|는)?\s?(못|안|제대로\s?못)\s?(다녔|나왔|갔|다님)|"
    r"초등학교(도|만|밖에|\s?중퇴)|중학교(도|만|밖에|\s?중퇴)|중졸|초졸|학력이?\s?(낮|없|짧)|가방끈|"
    r"배운\s?게\s?없|공부를?\s?못\s?했|문해|검정\s?고시"
)

LITERACY_SOURCE = "https://www.ktv.go.kr/content/view?content_id=103141"


def _find_programs(text: str, entities: Sequence[dict] = ()) -> List[str]:
    t = text or ""
    hits: List[Tuple[int, str]] = []
    for rx, pid in _ALIAS_RES:
        m = rx.search(t)
        if m and pid not in [p for _, p in hits]:
            # "국취 2유형" also matches the Ⅰ유형 alias "국취": keep the more specific one
            if pid == "national_employment_support_1" and "national_employment_support_2" in [p for _, p in hits]:
                continue
            hits.append((m.start(), pid))
    try:
        names = dict(_elig().PROGRAM_NAMES)
    except Exception:  # pragma: no cover
        names = {}
    flat = t.replace(" ", "")
    for pid, name in names.items():
        n = str(name).replace(" ", "")
        if n and n in flat and pid not in [p for _, p in hits]:
            hits.append((flat.index(n), pid))
    out = [p for _, p in sorted(hits)]
    for e in entities or ():
        if e.get("entity") != "program":
            continue
        v = str(e.get("value") or "")
        pid = next((p for p in SHORT_NAMES if p == v or p.startswith(v)), None) if v else None
        if pid and pid not in out:
            out.append(pid)
    return out


def _aspects(text: str) -> List[str]:
    return [name for name, rx in _ASPECT_RES if rx.search(text or "")]


def _result_for(pid: str, profile: Dict[str, Any], cache: Dict[str, Any]) -> Optional[Any]:
    if pid not in cache:
        try:
            rs = evaluate(profile, programs=[pid])
        except Exception as exc:
            logger.warning("evaluate %s failed: %s", pid, exc)
            rs = []
        cache[pid] = rs[0] if rs else None
    return cache[pid]


def _year_tail(r: Any) -> str:
    y = _get(r, "year")
    return f"{y}년 기준 예상이며, {DISCLAIMER}" if y else DISCLAIMER


def _detail_buttons(r: Any, also: Sequence[Any] = ()) -> List[Tuple[str, str]]:
    b = []
    for x in also:
        if _get(x, "program") != _get(r, "program"):
            b.append((f"자세히: {SHORT_NAMES.get(_get(x, 'program'), _get(x, 'name'))}", f"자세히 {_get(x, 'name')}"))
    return b[:2] + [("상담 예약", "상담 예약하고 싶어요")]


def _where_line(r: Any) -> str:
    a = _apply(r)
    desk = a.get("desk")
    where = a.get("where") or ""
    head = f"{desk} — {where}" if desk and desk != "외부기관" and desk not in where else where
    return f"신청: {head}" + (f" (☎{a['phone']})" if a.get("phone") else "")


def _ub_days_table() -> Tuple[List[int], List[int], List[int]]:
    return (
        list(_param("unemployment_benefit.days_under50")),
        list(_param("unemployment_benefit.days_50plus")),
        list(_param("unemployment_benefit.days_year_bounds")),
    )


def _past_wage(profile: Dict[str, Any]) -> Optional[int]:
    for k in ("previous_wage_monthly", "past_income_monthly", "wage_monthly"):
        v = (profile or {}).get(k)
        if isinstance(v, (int, float)) and v > 0:
            return int(v)
    past = (profile or {}).get("past")
    if isinstance(past, dict):
        v = past.get("personal_income_monthly") or past.get("household_income_monthly")
        if isinstance(v, (int, float)) and v > 0:
            return int(v)
    return None


def _ub_amount(r: Any, profile: Dict[str, Any]) -> List[str]:
    pct = _param("unemployment_benefit.replacement_pct")
    dmax = int(_param("unemployment_benefit.daily_max"))
    dmin = int(_param("unemployment_benefit.daily_min_8h"))
    under50, plus50, bounds = _ub_days_table()
    year = _get(r, "year")
    y = f"{year}년 기준 " if year else ""
    first = (
        f"구직급여(실업급여)는 하루에 이직 전 평균임금의 {pct}%예요. {y}하루 최대 {won(dmax)}, "
        f"최소 {won(dmin)}(하루 8시간 근무 기준)이에요."
    )
    wage = _past_wage(profile)
    if wage:
        daily = wage * 12 / 365 * pct / 100
        used = min(max(daily, dmin), dmax)
        note = " → 상한이 적용돼요" if daily > dmax else (" → 하한이 적용돼요" if daily < dmin else "")
        exact = won(int(used)) if used in (dmin, dmax) else f"약 {won_approx(used)}"
        first += f"\n월급 {won(wage)}이었다면 하루 약 {won_approx(daily)}{note}({exact})."
    else:
        used = dmax
    age = profile.get("age")
    years = profile.get("insured_years")
    disabled = profile.get("disability") is True
    older = (age is not None and age >= 50) or disabled
    row = plus50 if older else under50
    spans = ["1년 미만"] + [f"{a}~{b}년" for a, b in zip(bounds, bounds[1:])] + [f"{bounds[-1]}년 이상"]
    if years is not None:
        idx = sum(1 for b in bounds if years >= b)
        days = row[idx]
        who = f"{age}세" if age is not None else ""
        who += (", " if who else "") + f"고용보험 가입 {years}년"
        total = used * days
        second = (
            f"받는 날수는 나이와 고용보험 가입 기간으로 정해져요. {who}이면 {days}일 → "
            f"{'최대 ' if not wage else '약 '}{won_approx(total)}"
            f"({won(int(used)) if used in (dmin, dmax) else won_approx(used)}×{days}일)."
        )
    else:
        table = " · ".join(f"{s} {d}일" for s, d in zip(spans, row))
        group = "50세 이상·장애인" if older else ("50세 미만" if age is not None else "50세 미만")
        second = f"받는 날수는 나이와 고용보험 가입 기간으로 정해져요. {group}: {table}."
        if age is None:
            second += f" 50세 이상·장애인은 {row[0]}~{plus50[-1]}일."
        second += f" 최대로 받으면 {won_approx(dmax * row[-1])}({won(dmax)}×{row[-1]}일)이에요."
    months = _param("unemployment_benefit.deadline_months")
    second += f"\n회사를 그만둔 다음 날부터 {months}개월 안에 다 받아야 하니 서둘러 신청하세요."
    if _get(r, "verdict") in ("unlikely", "need_info"):
        second += f"\n지금 정보로는 {verdict_label(_get(r, 'verdict'))}: {_clip(_tidy(_get(r, 'short') or ''), 70)}"
    second += f"\n{_year_tail(r)}"
    return [_clip(first, MAX_CHARS), _clip(second, MAX_CHARS)]


def _nes1_amount(r: Any, profile: Dict[str, Any]) -> List[str]:
    monthly = int(_param("national_employment_support_1.allowance_monthly"))
    months = int(_param("national_employment_support_1.allowance_months"))
    add = int(_param("national_employment_support_1.dependent_add"))
    add_max = int(_param("national_employment_support_1.dependent_max"))
    text = (
        f"국민취업지원제도 Ⅰ유형의 구직촉진수당은 월 {won(monthly)}씩 최대 {months}개월"
        f"(총 {won(monthly * months)})이에요. 18세 이하 자녀·70세 이상 부모·중증장애인 가족이 있으면 "
        f"1인당 월 {won(add)}(최대 {add_max}명)이 더해져요."
    )
    kids = [a for a in (profile.get("children_ages") or []) if isinstance(a, int) and a <= 18]
    if kids:
        n = min(len(kids), add_max)
        m = monthly + n * add
        text += f"\n자녀 {len(kids)}명이면 월 최대 {won(m)} × {months}개월 = 최대 {won(m * months)}."
    amt = _amount(r)
    if "취업성공수당" in (amt.get("text") or ""):
        text += "\n취업하면 취업성공수당도 있어요(최대 150만 원, 조건 있음)."
    second = (
        "실업급여를 받는 중이거나 마지막으로 받은 날부터 6개월이 안 지났으면 수당은 받을 수 없어요"
        "(실업급여와 둘 중 하나)."
    )
    if _get(r, "verdict") != "likely":
        second += f"\n지금 정보로는 {verdict_label(_get(r, 'verdict'))}: {_clip(_tidy(_get(r, 'short') or ''), 80)}"
    second += f"\n{_year_tail(r)}"
    return [_clip(text, MAX_CHARS), _clip(second, MAX_CHARS)]


def _amount_answer(r: Any, profile: Dict[str, Any]) -> List[str]:
    pid = _get(r, "program")
    if pid == "unemployment_benefit":
        return _ub_amount(r, profile)
    if pid == "national_employment_support_1":
        return _nes1_amount(r, profile)
    amt = _tidy(_amount(r).get("text") or "")
    name = _get(r, "name")
    if not amt:
        body = f"{josa(name, '은/는')} 돈으로 받는 지원이 아니라 상담·연계 서비스예요. 금액 자료는 제게 없어요."
    else:
        body = f"{name}: {amt}"
    v = _get(r, "verdict")
    body += f"\n지금 정보로는 {verdict_label(v)}"
    if v != "likely" and _get(r, "short"):
        body += f": {_clip(_tidy(_get(r, 'short')), 90)}"
    body += f"\n{_year_tail(r)}"
    return [_clip(body, MAX_CHARS)]


# processing times the reference gives (programs-2026.md); other programs: "자료에 없어요" + the phone line
PROCESSING = {
    "unemployment_benefit": (
        "고용24 구직등록과 온라인 교육 뒤 고용센터에서 수급자격 인정신청을 하면 14일 안에 결정돼요. "
        "실업 신고일부터 7일은 대기기간이라 지급되지 않고, 그 뒤 1~4주마다 실업인정을 받으면 지급돼요."
    ),
    "emergency_welfare": (
        "급하면 먼저 지원하고 나중에 조사해요(선지원 후조사). 129(24시간)나 주민센터에 바로 연락하세요."
    ),
    "national_employment_support_1": (
        "수당은 취업활동계획을 세운 뒤 매달 정해진 날에 나와요. 6개월은 수급자격 인정 통지일부터 세요."
    ),
    "youth_monthly_rent": (
        "2026년 1차는 3월 30일~5월 29일에 신청받아 9월 14일에 발표했어요(5월분부터 소급). "
        "다음 회차는 복지로에서 확인해 주세요."
    ),
    "youth_jeonse_loan": "잔금일과 전입일 중 빠른 날부터 3개월 안에 신청해야 해요.",
}


def _time_answer(r: Any) -> List[str]:
    pid = _get(r, "program")
    a = _apply(r)
    name = _get(r, "name")
    if pid in PROCESSING:
        body = f"{name}: {PROCESSING[pid]}"
    else:
        phone = f" ☎{a['phone']}에" if a.get("phone") else " 담당 기관에"
        body = (
            f"{name}의 처리 기간은 제가 가진 자료에 없어서 정확히 말씀드리기 어려워요.{phone} 물어보시면 알려 드려요."
        )
        if a.get("how"):
            body += f"\n절차: {_clip(a['how'], 120)}"
    return [_clip(body + f"\n{DISCLAIMER}", MAX_CHARS)]


def _apply_answer(r: Any, center: Optional[Dict[str, Any]]) -> List[str]:
    a = _apply(r)
    lines = [f"{_get(r, 'name')} 신청 방법이에요."]
    if a.get("how"):
        lines.append(_clip(a["how"], 150))
    lines.append(_clip(_where_line(r), 140))
    if center:
        lines.append(f"가까운 센터: {center['name']}" + (f" ☎{center['phone']}" if center.get("phone") else ""))
    lines.append(CALL_FIRST)
    return [_clip("\n".join(lines), MAX_CHARS)]


def _documents_answer(r: Any) -> List[str]:
    docs = list(_apply(r).get("documents") or [])
    if not docs:
        return [f"{_get(r, 'name')} 준비물은 제 자료에 없어요. 신분증을 챙기시고 담당 기관에 먼저 물어보세요."]
    body = f"{_get(r, 'name')} 준비물이에요.\n" + "\n".join(f"• {d}" for d in docs[:8])
    body += "\n기관마다 더 요청할 수 있으니 " + CALL_FIRST
    return [_clip(body, MAX_CHARS)]


def _why_answer(r: Any) -> List[str]:
    v = _get(r, "verdict")
    reason = _clip(_tidy(_get(r, "reason") or ""), 220)
    body = f"{MARKERS.get(v, '•')} {_get(r, 'name')} — {verdict_label(v)}\n근거: {reason}"
    if v == "need_info" and _missing_text(r):
        body += f"\n알려 주시면 다시 볼게요: {_missing_text(r).replace(' 확인 필요', '')}"
    body += f"\n{_year_tail(r)}"
    return [_clip(body, MAX_CHARS)]


def _unchecked_answer(r: Any) -> List[str]:
    parts = []
    miss = [_field_label(f) for f in (_get(r, "missing") or [])]
    if miss:
        parts.append("아직 모르는 정보: " + ", ".join(miss))
    if _get(r, "caveat"):
        parts.append("확인 필요: " + _clip(_tidy(_get(r, "caveat")), 150))
    if not parts:
        parts.append(
            "제가 확인한 건 말씀하신 정보로 본 기본 조건뿐이에요. 재산·소득 조사와 최종 판단은 담당 기관이 해요."
        )
    return [_clip(f"{_get(r, 'name')}에서 제가 확인하지 못한 것:\n" + "\n".join(parts) + f"\n{DISCLAIMER}", MAX_CHARS)]


def _detail_answer(r: Any) -> List[str]:
    v = _get(r, "verdict")
    first = [
        f"{MARKERS.get(v, '•')} {_get(r, 'name')} — {verdict_label(v)}",
        f"근거: {_clip(_tidy(_get(r, 'reason') or ''), 170)}",
    ]
    amt = _tidy(_amount(r).get("text") or "")
    if amt:
        first.append(f"금액: {_clip(amt, 150)}")
    second = [_clip(_where_line(r), 130)]
    a = _apply(r)
    if a.get("how"):
        second.append(f"방법: {_clip(a['how'], 110)}")
    if a.get("documents"):
        second.append("준비물: " + _clip(", ".join(a["documents"]), 100))
    second.append(_year_tail(r))
    return [_clip("\n".join(first), MAX_CHARS), _clip("\n".join(second), MAX_CHARS)]


def _both_ub_nes1(rs: Dict[str, Any]) -> List[str]:
    return [
        _clip(
            "실업급여(구직급여)와 국민취업지원제도 Ⅰ유형 구직촉진수당은 함께 받을 수 없어요(둘 중 하나). "
            "실업급여를 받는 중이거나 마지막으로 받은 날부터 6개월이 안 지났으면 구직촉진수당은 받을 수 없고, "
            "실업급여 수급자격이 인정되면 구직촉진수당은 끝나요. 취업지원서비스(상담·훈련)는 따로 받을 수 있는지 "
            f"고용센터(☎1350)에 물어보세요.\n{DISCLAIMER}",
            MAX_CHARS,
        )
    ]


def _violence_answer(profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    first = (
        "많이 무서우셨겠어요. 먼저 알려 드릴게요.\n"
        "• 가정폭력 피해자는 주민센터에 신청해서 가해자가 내 주민등록표(주소)를 열람하거나 떼지 못하게 막을 수 "
        "있어요(주민등록 열람·교부 제한, 주민등록법 제29조).\n"
        "• ☎1366 여성긴급전화(24시간)에서 이 신청, 안전한 곳, 상담을 함께 도와드려요.\n"
        "• 지금 위험하면 바로 ☎112에 전화하세요."
    )
    second = (
        "지원을 신청할 때 가족에게 연락이 가는지는 제도마다 달라서 제가 확실히 말씀드릴 수 없어요. "
        "신청 전에 1366이나 주민센터 담당자에게 가정폭력 피해 사실을 먼저 말씀하시고 상의하세요. "
        "가정폭력은 긴급복지지원의 위기 사유이기도 해요(☎129, 24시간)."
    )
    return [
        bot_message(_clip(first, MAX_CHARS)),
        bot_message(
            _clip(second, MAX_CHARS),
            [("자세히: 긴급복지", "자세히 긴급복지지원"), ("상담 예약", "상담 예약하고 싶어요")],
        ),
    ]


def _addiction_answer(text: str, profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    gambling = bool(_GAMBLING.search(text or ""))
    alcohol = bool(_ALCOHOL.search(text or "")) or not gambling
    where = profile.get("sigungu") or ""
    local = f"{where} 정신건강복지센터" if where else "사시는 시·군·구 정신건강복지센터"
    lines = ["도움받을 수 있는 곳이 있어요. 혼자 끊기 어려운 건 의지 문제가 아니에요."]
    if alcohol:
        lines.append(
            f"• 술·약물: 지역 중독관리통합지원센터에서 상담과 치료 연계를 도와요. 번호는 지역마다 달라서 "
            f"☎1577-0199(정신건강 위기상담, 24시간)나 {local}에 물어보시면 연결해 줘요."
        )
    if gambling:
        lines.append("• 도박: ☎1336 한국도박문제예방치유원 헬프라인에서 상담받을 수 있어요.")
    lines.append("※ 지역 센터 번호와 운영은 확인 필요 — 먼저 전화로 확인해 주세요.")
    buttons = [("상담 예약", "상담 예약하고 싶어요")]
    if gambling:
        buttons.insert(0, ("자세히: 채무조정", "자세히 채무조정"))
    return [bot_message(_clip("\n".join(lines), MAX_CHARS), buttons)]


def _literacy_answer(profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    first = (
        "말씀해 주셔서 고마워요. 글 읽기가 어려우시면 전화 상담이 편할 수 있어요(☎129 복지, ☎1350 일자리). "
        "센터에 오시면 '글 읽기가 어렵다'고 먼저 말씀해 주세요.\n"
        "• 자활사업: 일할 수 있는 기초생활 수급자나 차상위(기준 중위소득 50% 이하) 분이 지역자활센터에서 일하고 "
        "급여를 받는 제도예요. 주민센터에서 신청해요(2026년 단가 등은 확인 필요)."
    )
    second = (
        "• 한글·기초 공부: 성인 문해교육 — 평생학습관·평생학습센터 등에서 배우고, 과정을 마치면 검정고시 없이 "
        "초·중학교 학력을 인정받을 수 있어요(평생교육법). 가까운 곳은 시·군·구청이나 주민센터에 물어보세요.\n"
        f"출처: KTV 국민방송 {LITERACY_SOURCE}"
    )
    return [
        bot_message(_clip(first, MAX_CHARS)),
        bot_message(
            _clip(second, MAX_CHARS), [("자세히: 자활근로", "자세히 자활"), ("상담 예약", "상담 예약하고 싶어요")]
        ),
    ]


def _outside_answer(thing: str) -> List[Dict[str, Any]]:
    return [
        bot_message(
            _clip(
                f"{josa(thing, '은/는')} 제가 살펴보는 제도에 없어서 정확히 답하기 어려워요. "
                "☎129 보건복지상담센터(복지 전반, 24시간)나 ☎1350 고용노동부 고객상담센터(일자리·실업급여)에 "
                "물어보시면 알려 드려요.",
                MAX_CHARS,
            ),
            [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")],
        )
    ]


def _crisis(text: str) -> bool:
    try:
        from bot import safety

        sig = safety.assess(text or "")
        return bool(sig.raised) and getattr(sig, "kind", "") in ("suicide", "self_harm", "")
    except Exception:  # pragma: no cover
        return False


def answer_followup(
    text: str, profile: Dict[str, Any], needs: Sequence[str], entities: Sequence[dict] = ()
) -> Optional[List[Dict[str, Any]]]:
    """The answer to a question asked after the results (≤ 2 messages, ≤ 400 chars), or None."""
    t = " ".join((text or "").split())
    if not t:
        return None
    profile = dict(profile or {})
    if _crisis(t):
        return None  # the safety reply comes first (109), not an answer about programs
    if _DV.search(t):
        return _violence_answer(profile)
    if _GAMBLING.search(t) or _ALCOHOL.search(t):
        return _addiction_answer(t, profile)
    if _LITERACY.search(t):
        return _literacy_answer(profile)

    programs = _find_programs(t, entities)
    aspects = _aspects(t)
    if not programs and _NOT_FOLLOWUP.search(t):
        return None
    if not programs:
        other = _OTHER_BENEFIT.search(t)
        if other and _QUESTION.search(t):
            return _outside_answer(other.group(1))
    if not programs and not aspects:
        return None
    if not programs and not _QUESTION.search(t) and "자세히" not in t:
        return None

    cache: Dict[str, Any] = {}
    center = None
    if set(programs) >= {"unemployment_benefit", "national_employment_support_1"} and re.search(
        r"둘\s?다|같이|동시|함께|중복|둘\s?중", t
    ):
        return [bot_message(x, [("상담 예약", "상담 예약하고 싶어요")]) for x in _both_ub_nes1(cache)]

    if programs:
        r = _result_for(programs[0], profile, cache)
        if r is None:
            return None
        aspect = next((a for a in aspects if a != "detail"), "detail")
        if aspect == "apply":
            center = _center(profile, _needs(needs))
        texts = _answer_for(r, aspect, profile, center)
        also = [x for x in (_result_for(p, profile, cache) for p in programs[1:3]) if x is not None]
        if not also:
            also = top_programs(evaluate(profile, needs), 3, _needs(needs))
        return _as_msgs(texts, _detail_buttons(r, also))

    # an aspect without a program: answer for the person's most likely programs - of the need the question
    # names, when it names one ("빚 갚는거 도와주는데 어디예요?" listed 국취 and 주거급여 first)
    from bot.screening import core as _core

    asked = [n for n in _core.detect_needs(t) if n in (needs or ())]
    if asked:
        needs = asked
    results = [x for x in _sorted(evaluate(profile, needs)) if not _group_only(x)]
    aspect = aspects[0] if aspects[0] != "detail" or len(aspects) == 1 else aspects[1]
    if aspect == "unchecked":
        return [bot_message(_clip(_not_evaluated(needs, results), MAX_CHARS), [("상담 예약", "상담 예약하고 싶어요")])]
    top = top_programs(results, 3, _needs(needs))
    if not top:
        return [
            bot_message(
                "지금 말씀하신 정보로는 가능성이 높은 제도를 찾지 못했어요. 상담사와 함께 다시 살펴보시면 좋겠어요. "
                f"{DISCLAIMER}",
                [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")],
            )
        ]
    if len(top) == 1 or aspect in ("detail",):
        center = _center(profile, _needs(needs)) if aspect == "apply" else None
        return _as_msgs(_answer_for(top[0], aspect, profile, center), _detail_buttons(top[0], top))
    return _as_msgs(_answer_many(top, aspect, profile, needs), _detail_buttons(top[0], top))


def _answer_for(r: Any, aspect: str, profile: Dict[str, Any], center: Optional[Dict[str, Any]]) -> List[str]:
    if aspect == "amount":
        return _amount_answer(r, profile)
    if aspect == "apply":
        return _apply_answer(r, center)
    if aspect == "documents":
        return _documents_answer(r)
    if aspect == "time":
        return _time_answer(r)
    if aspect == "why":
        return _why_answer(r)
    if aspect == "unchecked":
        return _unchecked_answer(r)
    return _detail_answer(r)


def _answer_many(top: List[Any], aspect: str, profile: Dict[str, Any], needs: Sequence[str]) -> List[str]:
    year = _year(top)
    tail = f"{year}년 기준 예상이며, {DISCLAIMER}" if year else DISCLAIMER
    if aspect == "amount":
        lines = ["가능성이 있는 제도의 금액이에요."]
        lines += [
            f"• {_get(r, 'name')}: {short_amount(r) or '금액 자료 없음'} ({verdict_label(_get(r, 'verdict'))})"
            for r in top
        ]
        lines.append("제도를 누르시면 계산 방법을 알려 드려요.")
        lines.append(tail)
    elif aspect == "apply":
        lines = ["신청하실 곳이에요."] + desk_lines(top)
        for r in top[:2]:
            how = _apply(r).get("how")
            if how:
                lines.append(f"• {SHORT_NAMES.get(_get(r, 'program'), _get(r, 'name'))}: {_clip(how, 90)}")
        center = _center(profile, _needs(needs))
        if center:
            lines.append(f"가까운 센터: {center['name']}" + (f" ☎{center['phone']}" if center.get("phone") else ""))
        lines.append(CALL_FIRST)
    elif aspect == "documents":
        docs: List[str] = []
        for r in top:
            for d in _apply(r).get("documents") or []:
                if d not in docs:
                    docs.append(d)
        names = ", ".join(SHORT_NAMES.get(_get(r, "program"), _get(r, "name")) for r in top)
        lines = [f"{names} 준비물이에요."] + [f"• {d}" for d in docs[:8]]
        lines.append("기관마다 더 요청할 수 있으니 " + CALL_FIRST)
    elif aspect == "time":
        lines = []
        for r in top:
            pid = _get(r, "program")
            if pid in PROCESSING:
                lines.append(f"• {SHORT_NAMES.get(pid, _get(r, 'name'))}: {_clip(PROCESSING[pid], 110)}")
            else:
                phone = _apply(r).get("phone")
                lines.append(
                    f"• {SHORT_NAMES.get(pid, _get(r, 'name'))}: 처리 기간 자료가 없어요"
                    + (f"(☎{phone}에 확인)" if phone else "")
                )
        lines.append(DISCLAIMER)
    else:  # why
        lines = [
            f"{MARKERS.get(_get(r, 'verdict'), '•')} {_get(r, 'name')} — {verdict_label(_get(r, 'verdict'))}: "
            f"{_clip(_tidy(_get(r, 'short') or ''), 70)}"
            for r in top
        ]
        lines.append(tail)
    text = "\n".join(lines)
    if len(text) <= MAX_CHARS:
        return [text]
    # split into two messages at a line boundary
    half, buf = [], ""
    for ln in lines:
        if len(buf) + len(ln) + 1 > MAX_CHARS:
            half.append(buf)
            buf = ln
        else:
            buf = f"{buf}\n{ln}" if buf else ln
    half.append(buf)
    return [_clip(x, MAX_CHARS) for x in half[:2]]


def _not_evaluated(needs: Sequence[str], results: Sequence[Any]) -> str:
    lines = []
    missing: List[str] = []
    for r in results:
        for f in _get(r, "missing") or []:
            lab = _field_label(f)
            if lab not in missing:
                missing.append(lab)
    if missing:
        lines.append("아직 모르는 정보: " + ", ".join(missing[:5]) + " — 알려 주시면 더 정확해져요.")
    try:
        other = _elig().not_evaluated_text(_needs(needs))
    except Exception:  # pragma: no cover
        other = ""
    if other:
        lines.append(_tidy(other))
    lines.append(
        "제가 살펴보는 건 고용복지+센터에서 연계하는 주요 제도예요. 지자체 자체 지원은 주민센터나 ☎129에 물어보세요."
    )
    return "\n".join(lines)


def _as_msgs(texts: List[str], buttons: List[Tuple[str, str]]) -> List[Dict[str, Any]]:
    texts = [t for t in texts if t][:2]
    return [bot_message(t, buttons if i == len(texts) - 1 else ()) for i, t in enumerate(texts)]
