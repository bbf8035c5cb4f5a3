"""Answers to questions asked after the results: which program ("실업급여", "국취 2유형", an entity) and
which aspect (amount, time, documents, how to apply, why, what was not checked, details), for one program or
the person's best ones; None when the message is not a follow-up question (the dialogue handles it).

Size: about 570 lines on purpose: the order of the checks in answer_followup (crisis, violence, a named program,
its aspect, the pair asked together, the topic, a need asked about) is the behaviour, and the per-aspect answers it
chooses between are read with it (they share _as_msgs and _detail_buttons); the amounts and the aspects' patterns
already live in amount_answers and aspects.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import eligibility, safety
from bot.korean import dialect
from bot.korean.questions import asks_about, may_be_question
from bot.screening import core
from bot.screening.amount_answers import amount_answer, duration_answer
from bot.screening.aspects import ASPECT_RES_BY_NAME as _ASPECT_RES_BY_NAME
from bot.screening.aspects import aspects_of, credit_answer
from bot.screening.messages import bot_message
from bot.screening.program_results import (
    ALIAS_RES,
    CALL_FIRST,
    DISCLAIMER,
    MARKERS,
    MAX_CHARS,
    SHORT_NAMES,
    amount_of,
    apply_of,
    clip,
    NEED_HEADS,
    clip_clause,
    rule_figure,
    desk_lines,
    evaluate,
    field_label,
    known_needs,
    missing_text,
    nearest_center,
    only_target_group,
    program_line,
    short_amount,
    sorted_results,
    tidy,
    top_programs,
    verdict_label,
    year_of,
    year_tail,
)
from bot.screening.unscreened_needs import (
    ALCOHOL_RE,
    GAMBLING_RE,
    LITERACY_RE,
    MEDICAL_RE,
    VIOLENCE_RE,
    addiction_answer,
    literacy_answer,
    medical_answer,
    outside_answer,
    named_outside,
    outside_question,
    violence_answer,
)

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------- follow-ups
# "왜 안돼요?", "이건 왜 못 받아요?": the question is about the programs marked unlikely
_WHY_NOT = re.compile(r"안\s?(돼|되|된|나와)|못\s?(받|해|타)|어렵|❌|왜\s?안|안\s?맞")
# "그럼 신청할게요": a decision to apply is answered with where and how
_WILL_APPLY = re.compile(r"(신청|지원|접수)\s?(할게|하겠|해\s?볼게|하려고|해야겠|하러)")
_NOT_FOLLOWUP = re.compile(
    r"예약|센터\s?(찾|어디|위치|알려|주소|전화)|가까운\s?(센터|곳)|처음\s?부터|다시\s?시작|"
    r"그만|상담원|사람\s?(이랑|과|하고)|상담사\s?연결|취소|내\s?기록|삭제|만족도|\d\s?점"
)


_OF_ALL = re.compile(r"다\s?(합쳐|해서|합하면)|전부|모두|총|다른\s?(거|건|것|제도)|뭐\s?뭐|어떤\s?(거|것|제도)")


def _about_the_topic(text: str, aspects: Sequence[str]) -> bool:
    """A short question about one side of a program (amount, documents, where, when) that names none and no need
    and does not ask about all of them ("다 합쳐서 얼마", "다른 건요?")."""
    concrete = [a for a in aspects if a not in ("detail", "unchecked", "why")]
    return bool(concrete) and len(text) <= 30 and not core.detect_needs(text) and not _OF_ALL.search(text)


def _asked(text: str) -> bool:
    """A question, a polite ending where a program is named, or a request to be told ("궁금해서", "알려 주세요")."""
    return may_be_question(text) or asks_about(text)


def programs_named(text: str, entities: Sequence[dict] = ()) -> List[str]:
    """The catalogue programs a message names, in the order named."""
    t = text or ""
    hits: List[Tuple[int, str]] = []
    for rx, pid in ALIAS_RES:
        m = rx.search(t)
        if m and pid not in [p for _, p in hits]:
            # "국취 2유형" also matches the Ⅰ유형 alias "국취": keep the more specific one
            if pid == "national_employment_support_1" and "national_employment_support_2" in [p for _, p in hits]:
                continue
            hits.append((m.start(), pid))
    names = dict(eligibility.PROGRAM_NAMES)
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


def _result_for(pid: str, profile: Dict[str, Any], cache: Dict[str, Any]) -> Optional[Any]:
    if pid not in cache:
        rs = evaluate(profile, programs=[pid])
        cache[pid] = rs[0] if rs else None
    return cache[pid]


def _detail_buttons(r: Any, also: Sequence[Any] = ()) -> List[Tuple[str, str]]:
    b = []
    for x in also:
        if x.get("program") != r.get("program"):
            b.append((f"자세히: {SHORT_NAMES.get(x.get('program'), x.get('name'))}", f"자세히 {x.get('name')}"))
    return b[:2] + [("상담 예약", "상담 예약하고 싶어요")]


def _where_line(r: Any) -> str:
    a = apply_of(r)
    desk = a.get("desk")
    where = a.get("where") or ""
    head = f"{desk} — {where}" if desk and desk != "외부기관" and desk not in where else where
    return f"신청: {head}" + (f" (☎{a['phone']})" if a.get("phone") else "")


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
    pid = r.get("program")
    a = apply_of(r)
    name = r.get("name")
    if pid in PROCESSING:
        body = f"{name}: {PROCESSING[pid]}"
    else:
        phone = f" ☎{a['phone']}에" if a.get("phone") else " 담당 기관에"
        body = (
            f"{name}의 처리 기간은 제가 가진 자료에 없어서 정확히 말씀드리기 어려워요.{phone} 물어보시면 알려 드려요."
        )
        if a.get("how"):
            body += f"\n절차: {clip(a['how'], 120)}"
    return [clip(body + f"\n{DISCLAIMER}", MAX_CHARS)]


def _apply_answer(r: Any, center: Optional[Dict[str, Any]]) -> List[str]:
    a = apply_of(r)
    lines = [f"{r.get('name')} 신청 방법이에요."]
    if a.get("how"):
        lines.append(clip(a["how"], 150))
    lines.append(clip(_where_line(r), 140))
    if center:
        lines.append(f"가까운 센터: {center['name']}" + (f" ☎{center['phone']}" if center.get("phone") else ""))
    lines.append(CALL_FIRST)
    return [clip("\n".join(lines), MAX_CHARS)]


def _documents_answer(r: Any) -> List[str]:
    docs = list(apply_of(r).get("documents") or [])
    if not docs:
        return [f"{r.get('name')} 준비물은 제 자료에 없어요. 신분증을 챙기시고 담당 기관에 먼저 물어보세요."]
    body = f"{r.get('name')} 준비물이에요.\n" + "\n".join(f"• {d}" for d in docs[:8])
    body += "\n기관마다 더 요청할 수 있으니 " + CALL_FIRST
    return [clip(body, MAX_CHARS)]


def _why_answer(r: Any) -> List[str]:
    v = r.get("verdict")
    reason = clip(tidy(r.get("reason") or ""), 220)
    body = f"{MARKERS.get(v, '•')} {r.get('name')} — {verdict_label(v)}\n근거: {reason}"
    if v == "need_info" and missing_text(r):
        body += f"\n알려 주시면 다시 볼게요: {missing_text(r).replace(' 확인 필요', '')}"
    body += f"\n{year_tail(r)}"
    return [clip(body, MAX_CHARS)]


def _unchecked_answer(r: Any) -> List[str]:
    parts = []
    miss = [field_label(f) for f in (r.get("missing") or [])]
    if miss:
        parts.append("아직 모르는 정보: " + ", ".join(miss))
    if r.get("caveat"):
        parts.append("확인 필요: " + clip(tidy(r.get("caveat")), 150))
    if not parts:
        parts.append(
            "제가 확인한 건 말씀하신 정보로 본 기본 조건뿐이에요. 재산·소득 조사와 최종 판단은 담당 기관이 해요."
        )
    return [clip(f"{r.get('name')}에서 제가 확인하지 못한 것:\n" + "\n".join(parts) + f"\n{DISCLAIMER}", MAX_CHARS)]


def _detail_answer(r: Any) -> List[str]:
    v = r.get("verdict")
    first = [
        f"{MARKERS.get(v, '•')} {r.get('name')} — {verdict_label(v)}",
        f"근거: {clip(tidy(r.get('reason') or ''), 170)}",
    ]
    amt = tidy(amount_of(r).get("text") or "")
    if amt:
        first.append(f"금액: {clip(amt, 150)}")
    second = [clip(_where_line(r), 130)]
    a = apply_of(r)
    if a.get("how"):
        second.append(f"방법: {clip(a['how'], 110)}")
    if a.get("documents"):
        second.append("준비물: " + clip(", ".join(a["documents"]), 100))
    second.append(year_tail(r))
    return [clip("\n".join(first), MAX_CHARS), clip("\n".join(second), MAX_CHARS)]


def _both_ub_nes1(rs: Dict[str, Any]) -> List[str]:
    return [
        clip(
            "실업급여(구직급여)와 국민취업지원제도 Ⅰ유형 구직촉진수당은 함께 받을 수 없어요(둘 중 하나). "
            "실업급여를 받는 중이거나 마지막으로 받은 날부터 6개월이 안 지났으면 구직촉진수당은 받을 수 없고, "
            "실업급여 수급자격이 인정되면 구직촉진수당은 끝나요. 취업지원서비스(상담·훈련)는 따로 받을 수 있는지 "
            f"고용센터(☎1350)에 물어보세요.\n{DISCLAIMER}",
            MAX_CHARS,
        )
    ]


def _crisis(text: str) -> bool:
    """A suicide or self-harm signal: the safety reply comes first, not an answer about programs."""
    try:
        sig = safety.assess(text or "")
    except Exception:  # a boundary: the detector runs a model; the dialogue's own safety check ran before this
        logger.exception("safety.assess failed while reading a follow-up question")
        return False
    return bool(sig.raised) and sig.kind in ("suicide", "self_harm", "")


def answer_followup(
    text: str,
    profile: Dict[str, Any],
    needs: Sequence[str],
    entities: Sequence[dict] = (),
    topic: Optional[str] = None,
) -> Optional[List[Dict[str, Any]]]:
    """The answer to a question asked after the results (≤ 2 messages, ≤ 400 chars), or None. `topic` is the
    program the conversation was just about: a question that names no program nor need ("얼마나 받아요?",
    "서류는요?") is about it."""
    t = dialect.standard(" ".join((text or "").split()))  # "어데서 신청하요?" asks 어디서
    if not t:
        return None
    profile = dict(profile or {})
    if _crisis(t):
        return None  # the safety reply comes first (109), not an answer about programs
    if VIOLENCE_RE.search(t):
        return violence_answer(profile)
    if GAMBLING_RE.search(t) or ALCOHOL_RE.search(t):
        return addiction_answer(t, profile)
    if LITERACY_RE.search(t):
        return literacy_answer(profile)
    if MEDICAL_RE.search(t) and (_asked(t) or re.search(r"없나|없어요|있나|있어요", t)):
        return medical_answer(profile)

    programs = programs_named(t, entities)
    aspects = aspects_of(t)
    if not programs and topic and _about_the_topic(t, aspects):
        programs = [topic]
    if not programs and _NOT_FOLLOWUP.search(t):
        return None
    if not programs:
        other = outside_question(t)
        if other and (_asked(t) or named_outside(other)):
            return outside_answer(other)
    if not programs and not aspects:
        return _need_answer(t, profile) if _NEED_ASKED.search(t) else None
    if not programs and not _asked(t) and "자세히" not in t and not _WILL_APPLY.search(t):
        return None

    cache: Dict[str, Any] = {}
    center = None
    pair = set(programs) | ({topic} if topic and programs else set())  # "국취랑 같이 받을 수 있어?" after 실업급여
    if pair >= {"unemployment_benefit", "national_employment_support_1"} and re.search(
        r"둘\s?다|같이|동시|함께|중복|둘\s?중", t
    ):
        return [bot_message(x, [("상담 예약", "상담 예약하고 싶어요")]) for x in _both_ub_nes1(cache)]

    if programs:
        r = _result_for(programs[0], profile, cache)
        if r is None:
            return None
        asked = _aspects_in_order(t, aspects)
        if len(asked) < 2 or not set(asked) <= _MONEY_AND_TIME:
            asked = [next((a for a in aspects if a != "detail"), "detail")]  # one thing asked, or one in context
        aspect = asked[0]
        if aspect == "apply":
            center = nearest_center(profile, known_needs(needs))
        texts = _answer_for(r, aspect, profile, center)
        if len(asked) > 1:
            # "긴급복지는 얼마나 받아요? 언제까지요?": both asked, both answered (one message each, the year once)
            first = [line for x in texts for line in x.split("\n") if not line.startswith(YEAR_TAIL_START)]
            texts = [
                clip_clause("\n".join(first), MAX_CHARS),
                clip_clause("\n".join(_answer_for(r, asked[1], profile, center)), MAX_CHARS),
            ]
        also = [x for x in (_result_for(p, profile, cache) for p in programs[1:3]) if x is not None]
        if not also:
            also = top_programs(evaluate(profile, needs), 3, known_needs(needs))
        return _as_msgs(texts, _detail_buttons(r, also))

    # an aspect without a program: answer for the person's most likely programs - of the need the question
    # names, when it names one ("빚 갚는거 도와주는데 어디예요?" listed 국취 and 주거급여 first)

    asked = [n for n in core.detect_needs(t) if n in (needs or ())]
    if asked:
        needs = asked
    results = [x for x in sorted_results(evaluate(profile, needs)) if not only_target_group(x)]
    aspect = aspects[0] if aspects[0] != "detail" or len(aspects) == 1 else aspects[1]
    if aspect == "duration":
        aspect = "amount"  # "얼마동안 받아요?" about no one program: each line's amount names its months
    if aspect == "unchecked":
        return [bot_message(clip(_not_evaluated(needs, results), MAX_CHARS), [("상담 예약", "상담 예약하고 싶어요")])]
    # the ❌ lines, or when there are none the ❓/📞 ones: what is not (yet) likely, with its reason
    doubtful = [r for r in results if r.get("verdict") == "unlikely"] or [
        r for r in results if r.get("verdict") in ("need_info", "refer")
    ]
    if aspect == "why" and doubtful and _WHY_NOT.search(t):
        return _as_msgs(_answer_many(doubtful[:3], "why", profile, needs), [("상담 예약", "상담 예약하고 싶어요")])
    if aspect == "amount":  # "얼마나 받아요?": the programs that pay an amount, not "금액 자료 없음" lines
        top = top_programs([r for r in results if short_amount(r)], 3, known_needs(needs))
    else:
        top = top_programs(results, 3, known_needs(needs))
    if not top:
        return [
            bot_message(
                "지금 말씀하신 정보로는 가능성이 높은 제도를 찾지 못했어요. 상담사와 함께 다시 살펴보시면 좋겠어요. "
                f"{DISCLAIMER}",
                [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")],
            )
        ]
    if len(top) == 1 or aspect in ("detail",):
        center = nearest_center(profile, known_needs(needs)) if aspect == "apply" else None
        return _as_msgs(_answer_for(top[0], aspect, profile, center), _detail_buttons(top[0], top))
    if aspect == "apply":  # every desk the results named, not only the top three programs
        return _as_msgs(_answer_many(top, aspect, profile, needs, results), _detail_buttons(top[0], top))
    return _as_msgs(_answer_many(top, aspect, profile, needs), _detail_buttons(top[0], top))


# a need asked about as such: "월세 지원은?", "애들 돌봄은요", "생활비 지원 없나" (not "빚도 있어요", a new need told)
_NEED_ASKED = re.compile(r"[?？]|(?:은|는)요?\s*$|(?:없|있|되)나\s*$")


def _need_answer(t: str, profile: Dict[str, Any]) -> Optional[List[Dict[str, Any]]]:
    """ "월세 지원은?", "애들 돌봄은요?" after the results: the programs of the need asked about, likely first, each
    with its verdict (it got "그 질문은 제가 정확히 답하기 어려워요" though 주거급여 was in the results), or None when
    the question names no need."""
    asked = core.detect_needs(t)
    if not asked:
        return None
    need = asked[0]
    results = [x for x in sorted_results(evaluate(profile, [need])) if not only_target_group(x)]
    if not results:
        return None
    likely = [r for r in results if r.get("verdict") != "unlikely"]
    unlikely = [r for r in results if r.get("verdict") == "unlikely"]
    lines = [f"{NEED_HEADS.get(need, need).strip('[]')} 쪽은 이렇게 보여요."] + [program_line(r) for r in likely[:4]]
    if unlikely:
        lines.append("❌ 어려울 수 있음: " + ", ".join(r.get("name") for r in unlikely[:3]))
    if not likely:
        lines.append("지금 말씀하신 정보로는 어려워 보여요. 상담사와 함께 다시 살펴보시면 좋겠어요.")
    lines.append(year_tail(results[0]))
    top = likely[:2] or results[:1]
    return _as_msgs([clip_clause("\n".join(lines), MAX_CHARS)], _detail_buttons(top[0], top))


def _deadline(r: Any) -> Optional[str]:
    pid = r.get("program")
    if pid == "unemployment_benefit":
        months = rule_figure("unemployment_benefit.deadline_months")
        return (
            f"그만둔 다음 날부터 {months}개월 안에 다 받아야 해요(고용보험법 제48조). 늦게 신청하면 그만큼 "
            "받는 날이 줄어드니 바로 구직등록부터 하세요."
        )
    if pid in ("youth_monthly_rent", "youth_jeonse_loan"):
        return PROCESSING[pid]
    return None


def _deadline_answer(r: Any) -> List[str]:
    line = _deadline(r)
    if line:
        return [clip(f"{r.get('name')}: {line}\n{year_tail(r)}", MAX_CHARS)]
    phone = apply_of(r).get("phone")
    return [
        f"{r.get('name')}의 신청 기한은 제 자료에 없어요."
        + (f" ☎{phone}에 물어보시면 알려 드려요." if phone else " 담당 기관에 물어보세요.")
    ]


def _answer_for(r: Any, aspect: str, profile: Dict[str, Any], center: Optional[Dict[str, Any]]) -> List[str]:
    if aspect == "amount":
        return amount_answer(r, profile)
    if aspect == "duration":
        return duration_answer(r, profile)
    if aspect == "apply":
        return _apply_answer(r, center)
    if aspect == "documents":
        return _documents_answer(r)
    if aspect == "time":
        return _time_answer(r)
    if aspect == "deadline":
        return _deadline_answer(r)
    if aspect == "why":
        return _why_answer(r)
    if aspect == "unchecked":
        return _unchecked_answer(r)
    if aspect == "credit":
        return credit_answer(r)
    return _detail_answer(r)


def _answer_many(
    top: List[Any], aspect: str, profile: Dict[str, Any], needs: Sequence[str], every: Sequence[Any] = ()
) -> List[str]:
    year = year_of(top)
    tail = f"{year}년 기준 예상이며, {DISCLAIMER}" if year else DISCLAIMER
    if aspect == "amount":
        lines = ["가능성이 있는 제도의 금액이에요."]
        lines += [
            f"• {r.get('name')}: {short_amount(r) or '금액 자료 없음'} ({verdict_label(r.get('verdict'))})" for r in top
        ]
        lines.append("제도를 누르시면 계산 방법을 알려 드려요.")
        lines.append(tail)
    elif aspect == "apply":
        lines = ["신청하실 곳이에요."] + desk_lines(every or top)
        for r in top[:2]:
            how = apply_of(r).get("how")
            if how:
                lines.append(f"• {SHORT_NAMES.get(r.get('program'), r.get('name'))}: {clip(how, 90)}")
        center = nearest_center(profile, known_needs(needs))
        if center:
            lines.append(f"가까운 센터: {center['name']}" + (f" ☎{center['phone']}" if center.get("phone") else ""))
        lines.append(CALL_FIRST)
    elif aspect == "documents":
        docs: List[str] = []
        for r in top:
            for d in apply_of(r).get("documents") or []:
                if d not in docs:
                    docs.append(d)
        names = ", ".join(SHORT_NAMES.get(r.get("program"), r.get("name")) for r in top)
        lines = [f"{names} 준비물이에요."] + [f"• {d}" for d in docs[:8]]
        lines.append("기관마다 더 요청할 수 있으니 " + CALL_FIRST)
    elif aspect == "time":
        lines = []
        for r in top:
            pid = r.get("program")
            if pid in PROCESSING:
                lines.append(f"• {SHORT_NAMES.get(pid, r.get('name'))}: {clip(PROCESSING[pid], 110)}")
            else:
                phone = apply_of(r).get("phone")
                lines.append(
                    f"• {SHORT_NAMES.get(pid, r.get('name'))}: 처리 기간 자료가 없어요"
                    + (f"(☎{phone}에 확인)" if phone else "")
                )
        lines.append(DISCLAIMER)
    elif aspect == "deadline":
        lines = [
            f"• {SHORT_NAMES.get(r.get('program'), r.get('name'))}: "
            + (
                _deadline(r)
                or "기한 자료가 없어요" + (f"(☎{apply_of(r)['phone']}에 확인)" if apply_of(r).get("phone") else "")
            )
            for r in top
        ]
        lines.append(tail)
    else:  # why
        lines = [
            f"{MARKERS.get(r.get('verdict'), '•')} {r.get('name')} — {verdict_label(r.get('verdict'))}: "
            f"{clip_clause(tidy(r.get('short') or ''), 110)}"
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
    return [clip(x, MAX_CHARS) for x in half[:2]]


def _not_evaluated(needs: Sequence[str], results: Sequence[Any]) -> str:
    lines = []
    missing: List[str] = []
    for r in results:
        for f in r.get("missing") or []:
            lab = field_label(f)
            if lab not in missing:
                missing.append(lab)
    if missing:
        lines.append("아직 모르는 정보: " + ", ".join(missing[:5]) + " — 알려 주시면 더 정확해져요.")
    other = eligibility.not_evaluated_text(known_needs(needs))
    if other:
        lines.append(tidy(other))
    lines.append(
        "제가 살펴보는 건 고용복지+센터에서 연계하는 주요 제도예요. 지자체 자체 지원은 주민센터나 ☎129에 물어보세요."
    )
    return "\n".join(lines)


# a deadline asked beside the amount is how long it is paid ("얼마나 받아요? 언제까지요?"), unless applying is named
_APPLY_DEADLINE = re.compile(r"신청|접수|마감|기한|늦")
YEAR_TAIL_START = "2026년 기준 예상"
# the aspects answered together when both are asked ("얼마나 받아요? 언제까지요?"); others ("신청할 때 서류 뭐
# 필요해요") name one aspect as the context of another
_HOW_LONG = re.compile(r"얼마\s?동안|얼마나?\s?(?:걸|오래)")
_MONEY_AND_TIME = {"amount", "duration", "deadline", "time"}


def _aspects_in_order(t: str, aspects: List[str]) -> List[str]:
    """The aspects asked, in the order the question asks them (at most two), "detail" only when nothing else is."""
    asked = [a for a in aspects if a != "detail"] or ["detail"]
    if "amount" in asked and not _ASPECT_RES_BY_NAME["amount"].search(_HOW_LONG.sub(" ", t)):
        asked.remove("amount")  # "얼마동안?" asks how long, not how much
    if "amount" in asked and "deadline" in asked and not _APPLY_DEADLINE.search(t):
        asked = [a for a in asked if a != "deadline"] + (["duration"] if "duration" not in asked else [])
        where = {"duration": re.search(r"언제\s?까지|얼마\s?동안|몇\s?(달|개월)", t)}
    else:
        where = {}
    pos = {name: (where.get(name) or rx.search(t)) for name, rx in _ASPECT_RES_BY_NAME.items() if name in asked}
    return sorted(asked, key=lambda a: pos[a].start() if pos.get(a) else len(t))[:2]


def _as_msgs(texts: List[str], buttons: List[Tuple[str, str]]) -> List[Dict[str, Any]]:
    texts = [t for t in texts if t][:2]
    return [bot_message(t, buttons if i == len(texts) - 1 else ()) for i, t in enumerate(texts)]
