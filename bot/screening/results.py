"""What the person reads after the screening (the summary after consent and the overview of results), and
the entry point for the answers to their follow-up questions.

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
are read from the eligibility parameters.

The parts: program_results.py (evaluation, ordering, one line per program, desks), followup_answers.py
(questions after the results), amount_answers.py (how much), unscreened_needs.py (violence, addictions,
reading and writing).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence

from bot.directory.place_names import SIDO_FORMS
from bot.korean.particles import join_and, josa
from bot.screening.followup_answers import answer_followup, programs_named
from bot.screening.messages import bot_message
from bot.screening.unscreened_needs import outside_question
from bot.screening.program_results import (
    CALL_FIRST,
    DISCLAIMER,
    GROUP_FIELDS,
    MAX_CHARS,
    MAX_MESSAGES,
    NEED_HEADS,
    NEED_WORDS,
    SHORT_NAMES,
    SUMMARY_MAX,
    clip,
    desk_lines,
    evaluate,
    known_needs,
    nearest_center,
    only_target_group,
    program_line,
    sorted_results,
    top_programs,
    won,
    year_of,
)


__all__ = ["summary_message", "overview_messages", "answer_followup", "profile_facts", "money_fact", "duration_text"]

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


def money_fact(v: Any) -> str:
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


def duration_text(days: int) -> str:
    if days >= 365 and days % 365 < 30:
        return f"{days // 365}년"
    if days >= 30:
        return f"{round(days / 30)}개월"
    return f"{days}일"


# a person who told of violence at home sees where help is before the desks (safety-lines: 1366, 112)
VIOLENCE_LINE = "• 폭력 피해: ☎1366 여성긴급전화(24시간)가 상담과 보호시설 연결을 도와요. 위험하면 ☎112."


def place_words(sido: Any, sigungu: Any) -> str:
    """ "광주 북구", "서울 마포구", "경기": the 시·도 in its short form before the 시·군·구, so 북구 or 중구 (there
    are several) is never said back without its city."""
    short = (SIDO_FORMS.get(str(sido or "")) or [str(sido or "")])[0]
    if not sigungu:
        return short
    return str(sigungu) if not short or str(sigungu).startswith(short) else f"{short} {sigungu}"


def profile_facts(profile: Dict[str, Any]) -> List[str]:
    """The person's facts in natural Korean, most telling first."""
    p = profile or {}
    out: List[str] = []
    if p.get("age") is not None:
        out.append(f"{p['age']}세")
    if p.get("sigungu") or p.get("sido"):
        out.append(place_words(p.get("sido"), p.get("sigungu")))
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
        out.append(f"가구 월 소득 {money_fact(p['household_income_monthly'])}")
    if p.get("personal_income_monthly") is not None:
        out.append(f"본인 월 소득 {money_fact(p['personal_income_monthly'])}")
    kids = p.get("children_ages")
    if isinstance(kids, list) and kids and p.get("num_children") in (None, len(kids)) and len(kids) > 1:
        out.append(f"자녀 {len(kids)}명({'·'.join(f'{a}' for a in kids)}세)")
    elif isinstance(kids, list) and kids and p.get("num_children") is None:
        # "막내가 일곱살": the ages said, not a count the person never gave
        out.append(f"자녀({'·'.join(f'{a}' for a in kids)}세)")
    elif isinstance(kids, list) and kids:
        out.append(f"자녀 {p.get('num_children') or len(kids)}명({'·'.join(f'{a}' for a in kids)}세)")
    elif p.get("num_children"):
        out.append(f"자녀 {p['num_children']}명")
    if p.get("single_parent") is True:
        out.append("한부모")
    h = p.get("housing")
    if h == "monthly_rent" and p.get("rent_monthly") is not None:
        out.append(f"월세 {money_fact(p['rent_monthly'])}")
    elif h in _HOUSING_WORDS:
        out.append(_HOUSING_WORDS[h])
    if p.get("deposit") is not None:
        out.append(f"보증금 {money_fact(p['deposit'])}")
    if p.get("debt_total") is not None:
        out.append(f"빚 {money_fact(p['debt_total'])}")
    if p.get("debt_overdue_days"):
        out.append(f"연체 {duration_text(int(p['debt_overdue_days']))}")
    if p.get("low_credit") is True:
        out.append("신용 낮음")
    if p.get("disability") is True:
        out.append("장애 있음")
    if p.get("career_break_woman") is True:
        out.append("경력단절")
    # the crisis event unless it is the work situation already said (실직, 폐업)
    said_by_status = {"job_loss": True, "business_closure": st == "business_closed"}
    if p.get("crisis_event") in _CRISIS_WORDS and not said_by_status.get(p["crisis_event"]):
        out.append(_CRISIS_WORDS[p["crisis_event"]])
    return out


def _without_aside(note: str, n: int) -> str:
    """A note too long for the line loses its aside in brackets ("고용보험 충분(추정)" fits and keeps it)."""
    return note if len(note) <= n else re.sub(r"\s*\(.*?\)", "", note)


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
    # a note's aside in brackets is for the counselor; cut at 20 it read "배우자 소득 월 350만 원 (가구…"
    extra = [clip(_without_aside(" ".join(str(n).split()), 20), 20) for n in notes or () if str(n).strip()]
    if "경력단절" in facts:  # a mother back to work after years at home is not "실직 중"
        facts = [f for f in facts if f != "실직 중"]
    household = profile.get("household_income_monthly")
    if isinstance(household, int) and household:
        # "남편 월급 350" is the household's income too: said once, as the household's
        same = f"배우자 소득 월 {won(household)}"
        extra = [x for x in extra if x != same]
    own = profile.get("personal_income_monthly")
    if isinstance(own, int) and own:
        # "기초연금 월 34만 원을 소득으로 봄" beside "본인 월 소득 34만 원": the same money said twice
        extra = [x for x in extra if not re.search(rf"월 {re.escape(won(own))}을 소득으로 봄", x)]
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
    return bot_message(clip(text, SUMMARY_MAX))


# --------------------------------------------------------------------------------------------- overview
def _need_block(need: str, rs: List[Any], cap: int) -> List[str]:
    """Lines for one need: header, likely → refer → need_info, then one line each for the target groups and
    the unlikely programs (names only)."""
    main = [r for r in rs if r.get("verdict") != "unlikely" and not only_target_group(r)]
    groups = [r for r in rs if only_target_group(r)]
    unlikely = [r for r in rs if r.get("verdict") == "unlikely"]
    lines = [f"[{NEED_HEADS.get(need, need)}]"]
    shown = main[:cap]
    lines += [program_line(r) for r in shown]
    if len(main) > cap:
        lines.append(f"… 외 {len(main) - cap}개는 '자세히'로 보실 수 있어요")
    if groups and cap >= 3:
        who = list(
            dict.fromkeys(GROUP_FIELDS[f] for r in groups for f in (r.get("missing") or []) if f in GROUP_FIELDS)
        )
        lines.append(
            f"• {', '.join(who)}이시면 알려 주세요: "
            + ", ".join(SHORT_NAMES.get(r.get("program"), r.get("name")) for r in groups)
        )
    if unlikely and cap >= 2:
        lines.append(
            "❌ 어려울 수 있음: " + ", ".join(SHORT_NAMES.get(r.get("program"), r.get("name")) for r in unlikely)
        )
    if not main and not groups and not unlikely:
        lines.append("살펴볼 제도가 없어요.")
    return lines


def _pack(blocks: List[List[str]]) -> List[str]:
    msgs: List[str] = []
    buf = ""
    for b in blocks:
        text = "\n".join(clip(x, 120) for x in b)
        if buf and len(buf) + 1 + len(text) <= MAX_CHARS:
            buf = f"{buf}\n{text}"
            continue
        if buf:
            msgs.append(buf)
        buf = text
    if buf:
        msgs.append(buf)
    return msgs


def _fitted(by_need: Dict[str, List[Any]], room: int, lead_chars: int) -> List[str]:
    """The programs packed into at most `room` messages of at most 400 characters, the first leaving `lead_chars`
    for a line said before them: as many lines per need as fit (8, then 4, 3, 2, 1); [] when even one does not."""
    for cap in (8, 4, 3, 2, 1):
        texts = _pack([_need_block(n, rs, cap) for n, rs in by_need.items()])
        first_fits = not lead_chars or len(texts[0]) + 1 + lead_chars <= MAX_CHARS
        if len(texts) <= room and all(len(t) <= MAX_CHARS for t in texts) and first_fits:
            return texts
    return []


def overview_messages(
    profile: Dict[str, Any], needs: Sequence[str], room: int = MAX_MESSAGES - 1, lead_chars: int = 0
) -> List[Dict[str, Any]]:
    """≤ 3 messages of ≤ 400 characters: per need the likely programs first (each program once), then one
    closing message with where to apply, the disclaimer and quick replies (자세히 top 2–3, 상담 예약, 센터 찾기).

    room: how many messages the programs may take (the turn's other messages take the rest: a short line said
    before the results, an answer promised mid-form after them); lead_chars: the length of that short line, which
    the turn puts at the head of the first message, so the first message leaves room for it."""
    room = max(1, min(room, MAX_MESSAGES - 1))
    ns = known_needs(needs)
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
        rs = [r for r in results if n in (r.get("needs") or [r.get("need")]) and r.get("program") not in seen]
        rs = sorted_results(rs)
        seen.update(r.get("program") for r in rs)
        if rs:
            by_need[n] = rs
    leftovers = [r for r in results if r.get("program") not in seen]
    if leftovers:  # programs the catalogue files under no listed need: keep them visible
        key = ns[0] if ns else "employment"
        by_need.setdefault(key, []).extend(sorted_results(leftovers))
    texts: List[str] = []
    texts = _fitted(by_need, room, lead_chars) or _fitted(by_need, MAX_MESSAGES - 1, 0)
    if not texts:  # never more than a turn holds: the last, shortest packing, cut
        texts = _pack([_need_block(n, rs, 1) for n, rs in by_need.items()])
    texts = [clip(t, MAX_CHARS) for t in texts[: MAX_MESSAGES - 1]]

    year = year_of(results)
    center = nearest_center(profile, ns)
    close = [f"{year}년 기준 예상 결과예요. {DISCLAIMER}" if year else DISCLAIMER]
    if (profile or {}).get("crisis_event") == "domestic_violence":
        # kept first (the trimming below drops desk lines, never this one)
        close.append(VIOLENCE_LINE)
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
    buttons = [(f"자세히: {SHORT_NAMES.get(r.get('program'), r.get('name'))}", f"자세히 {r.get('name')}") for r in top]
    buttons += [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")]
    return [bot_message(t) for t in texts] + [bot_message(clip(closing, MAX_CHARS), buttons)]


def outside_asked(text: str) -> Optional[str]:
    """A program outside the screening that the message asks about, unless it also names one of ours
    ("실업급여 받을 수 있나요?" is ours; "산재는 안되나" is not)."""
    return None if programs_named(text) else outside_question(text)
