"""The results of the eligibility rules as the messages use them: evaluation with a refused field dropped,
ordering (likely first, money to live on first), the best programs per need and desk, short amounts, one
line per program, the desks to apply at and the nearest center; labels and names for buttons.

Results are the rules' dict records (bot/eligibility/result.py); figures come from the eligibility
parameters in force today, never copied here."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from bot import catalogue, directory, eligibility

logger = logging.getLogger(__name__)

MAX_CHARS = 400  # one chat message
SUMMARY_MAX = 300
MAX_MESSAGES = 3
DISCLAIMER = catalogue.disclaimer()
CALL_FIRST = "방문 전 전화로 확인해 주세요."

# labels and markers come from the one catalogue (bot/catalogue/catalogue.yml)
VERDICT_LABELS = {v: catalogue.verdict_label(v) for v in ("likely", "need_info", "refer", "unlikely")}
MARKERS = {v: catalogue.verdict_marker(v) for v in ("likely", "need_info", "refer", "unlikely")}
VERDICT_ORDER = {"likely": 0, "refer": 1, "need_info": 2, "unlikely": 3}

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
ALIAS_RES = [(re.compile(rx, re.I), pid) for rx, pid in PROGRAM_ALIASES]

# fields a program asks only to find a target group (shown as one "해당되면 알려 주세요" line)
GROUP_FIELDS = {
    "career_break_woman": "경력단절 여성",
    "veteran_mid_long_term": "중·장기 제대군인",
    "disability": "장애가 있는 분",
}


# --------------------------------------------------------------------------------------------- utils


def clip(s: str, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


_CLAUSE_END = re.compile(r"(?:[.!?](?=\s)|[다요]\.?(?=\s)|,(?=\s)|\s—(?=\s)|;)")


def clip_clause(s: str, n: int) -> str:
    """Shorten to at most n characters at the end of a sentence or clause, so a reason is never cut
    mid-word ("…고용센터…"); only text with no clause end in its second half is cut with "…"."""
    s = (s or "").strip()
    if len(s) <= n:
        return s
    ends = [m.end() for m in _CLAUSE_END.finditer(s[: n + 1]) if m.end() >= n // 2]
    if ends:
        return s[: ends[-1]].rstrip(" ,;—")
    return clip(s, n)


def won(n: Optional[int]) -> str:
    """Korean money as people write it: 68,100원, 180만 원, 2억 4,100만 원."""
    return catalogue.won(n, spaced=True)


def won_approx(n: float) -> str:
    """Rounded for "약 …": 12,258,000 -> 1,226만 원."""
    n = int(round(n))
    if n >= 100_000:
        return won(int(round(n / 10_000)) * 10_000)
    return won(int(round(n / 100)) * 100)


def tidy(text: str) -> str:
    """Engine texts use "300만원": write "300만 원" like the rest of the messages."""
    return re.sub(r"(\d)(만|억)원", r"\1\2 원", text or "")


def verdict_label(v: Any) -> str:
    """Korean label of a verdict id; never the raw id."""
    return VERDICT_LABELS.get(str(v), "확인 필요")


def field_label(f: str) -> str:
    return eligibility.FIELD_LABELS.get(f, f)


def rule_figure(name: str) -> Any:
    """A rule figure in force today, by its readable name (bot/eligibility/parameters); no copies here."""
    val: Any = eligibility.parameters(on=date.today())
    for part in name.split("."):
        val = getattr(val, part)
    return val


def clean_profile(profile: Dict[str, Any]) -> Dict[str, Any]:
    """Only the fields the rules know, no empty or skipped values."""
    known = set(eligibility.FIELDS)
    out = {}
    for k, v in (profile or {}).items():
        if v is None or v == "__skipped__":
            continue
        if k not in known:
            continue
        out[k] = v
    return out


def known_needs(needs: Iterable[str]) -> List[str]:
    """The needs the rules know, each once, in the order given."""
    valid = set(eligibility.NEEDS)
    return [n for n in dict.fromkeys(needs or ()) if n in valid]


def evaluate(
    profile: Dict[str, Any], needs: Sequence[str] = (), programs: Optional[Sequence[str]] = None
) -> List[Dict[str, Any]]:
    """Results for the needs (or the given programs); a field the rules refuse is dropped, not fatal."""
    prof = clean_profile(profile)
    ids = list(programs) if programs is not None else eligibility.programs_for_needs(known_needs(needs))
    if not ids:
        return []
    for _ in range(len(prof) + 1):
        try:
            return list(eligibility.evaluate(prof, programs=ids))
        except ValueError as exc:  # ProfileError: "field: …"
            bad = str(exc).split(":", 1)[0].strip()
            if bad not in prof:
                logger.warning("evaluation failed: %s", exc)
                return []
            logger.info("dropping field %s the rules refuse: %s", bad, exc)
            prof.pop(bad)
    return []


def apply_of(r: Dict[str, Any]) -> Dict[str, Any]:
    """Where and how to apply for a result's program (desk, phone, where, how, documents)."""
    return r.get("apply") or {}


def amount_of(r: Dict[str, Any]) -> Dict[str, Any]:
    """What a result's program gives (monthly, total, text)."""
    return r.get("amount") or {}


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


def sorted_results(results: Iterable[Any]) -> List[Any]:
    def key(r: Any) -> Tuple[int, int]:
        pid = r.get("program")
        return VERDICT_ORDER.get(r.get("verdict"), 9), (PRIORITY.index(pid) if pid in PRIORITY else len(PRIORITY))

    return sorted(results, key=key)  # stable: catalogue order otherwise


AMOUNT_CUT = r",(?!\d{3})\s*| = |\("  # not the comma inside "783,000원" (it showed "생계지원 월 783")


def short_amount(r: Any) -> str:
    """A few words on what the program gives: "월 60만 원×최대 6개월", "하루 최대 68,100원"."""
    pid = r.get("program")
    amt = amount_of(r)
    if pid == "unemployment_benefit":
        return f"하루 최대 {won(rule_figure('unemployment_benefit.daily_max'))}"
    monthly, total = amt.get("monthly"), amt.get("total")
    if monthly and total and total > monthly:
        return f"월 {won(monthly)}×최대 {round(total / monthly)}개월"
    if monthly:
        return f"월 {won(monthly)}"
    if total:
        return f"최대 {won(total)}"
    text = tidy(amt.get("text") or "")
    if not text:
        return ""
    first = text.split(";")[0]
    wages = [int(x.replace(",", "")) for x in re.findall(r"(\d[\d,]{3,})원", first)]
    if "일 급여" in first and len(wages) > 1:
        return f"하루 {min(wages):,}~{max(wages):,}원"
    if ": " in first:
        head, rest = first.split(": ", 1)
        first = rest if len(re.split(AMOUNT_CUT, rest)[0]) <= 30 else head
    first = re.split(AMOUNT_CUT, first)[0].strip()
    return clip(first, 30)


def missing_text(r: Any) -> str:
    miss = list(r.get("missing") or [])
    if miss:
        return ", ".join(field_label(f) for f in miss[:2]) + (" 등" if len(miss) > 2 else "") + " 확인 필요"
    return ""


def program_line(r: Any) -> str:
    """ "✅ 구직급여(실업급여) — 하루 최대 68,100원 (가능성 높음)"."""
    v = r.get("verdict")
    amount = short_amount(r)
    tail = verdict_label(v)
    if v == "need_info" and missing_text(r):
        tail = missing_text(r)
    body = f"{MARKERS.get(v, '•')} {r.get('name')}"
    if amount and v != "unlikely":
        body += f" — {amount}"
    return f"{body} ({tail})"


def only_target_group(r: Any) -> bool:
    miss = set(r.get("missing") or [])
    return r.get("verdict") == "need_info" and bool(miss) and miss <= set(GROUP_FIELDS)


def top_programs(results: Sequence[Any], n: int = 3, needs: Sequence[str] = ()) -> List[Any]:
    """The person's best programs: the best likely one of each need, then one per desk (so 주거급여 is not crowded
    out by three 고용센터 programs), then the rest in order."""
    cands = [
        r
        for r in sorted_results(results)
        if r.get("verdict") in ("likely", "refer", "need_info") and not only_target_group(r)
    ]
    picked: List[Any] = []
    for need in needs:
        best = next(
            (
                r
                for r in cands
                if r.get("verdict") == "likely" and r not in picked and need in (r.get("needs") or [r.get("need")])
            ),
            None,
        )
        if best is not None:
            picked.append(best)
    desks: set = {apply_of(r).get("desk") for r in picked}
    for r in cands:
        d = apply_of(r).get("desk")
        if d not in desks and r.get("verdict") == "likely":
            picked.append(r)
            desks.add(d)
    for r in cands:
        if r not in picked:
            picked.append(r)
    picked = picked[:n]
    return sorted(picked, key=lambda r: cands.index(r))


def year_of(results: Sequence[Any]) -> Optional[int]:
    return next((r.get("year") for r in results if r.get("year")), None)


def nearest_center(profile: Dict[str, Any], needs: Sequence[str]) -> Optional[Dict[str, Any]]:
    place = " ".join(str(profile.get(k)) for k in ("sido", "sigungu") if profile.get(k))
    if not place:
        return None
    try:
        res = directory.resolve_text(place, need="unemployment_benefit" if "employment" in needs else None)
    except Exception as exc:  # a boundary: the directory may ask the Kakao geocoder; the desks still say where
        logger.info("center lookup for %r failed: %s", place, exc)
        return None
    c = res.get("center") if isinstance(res, dict) else None
    return c if isinstance(c, dict) and c.get("name") else None


def desk_name(r: Any) -> str:
    """The desk to visit, by name: a program handled outside the center names its agency ("대한법률구조공단",
    "한국장애인고용공단 지사"), never "외부기관" or "기타 기관"."""
    a = apply_of(r)
    desk = a.get("desk") or "담당 기관"
    if desk == "외부기관":
        where = str(a.get("where") or "")
        name = re.split(r"\(| 또는 |,|·", where, maxsplit=1)[0].strip()
        return name or "담당 기관"
    return desk


def desk_lines(results: Sequence[Any], limit: int = 4) -> List[str]:
    """ "고용센터 ☎1350: 실업급여, 내일배움카드" — each desk once, for programs that are not unlikely."""
    desks: Dict[str, Dict[str, Any]] = {}
    for r in sorted_results(results):
        if r.get("verdict") == "unlikely" or only_target_group(r):
            continue
        a = apply_of(r)
        desk = desk_name(r)
        d = desks.setdefault(desk, {"phone": a.get("phone"), "programs": []})
        d["programs"].append(SHORT_NAMES.get(r.get("program"), r.get("name")))
    lines = []
    for desk, d in list(desks.items())[:limit]:
        phone = f" ☎{d['phone']}" if d.get("phone") else ""
        lines.append(f"• {desk}{phone}: {', '.join(d['programs'][:4])}")
    return lines


def year_tail(r: Any) -> str:
    y = r.get("year")
    return f"{y}년 기준 예상이며, {DISCLAIMER}" if y else DISCLAIMER
