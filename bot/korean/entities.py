"""Rule-based entity extraction for Korean chat (no Rasa imports).

Finds the fixed entities that carry numbers or codes -- age, household_size, monthly_income,
amount (role: debt | deposit | rent | assets | other), num_children, child_age, date, time,
phone, booking_code -- with exact character spans and normalised values.
Region and program names are found by the gazetteer (bot.korean.gazetteer).
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot.korean import numbers as ko_numbers

Entity = Dict[str, object]

NUM = f"(?:{ko_numbers.DIGITS_RE}|{ko_numbers.NATIVE_RE}|[일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)"
HANGUL_NUM = ko_numbers.HANGUL_NUM
MONEY = ko_numbers.MONEY_RE
CHILD_NEAR = re.compile(
    r"(애들?|아이들?|아기|애기|자녀|아들|딸|첫째|둘째|셋째|막내|손주|손자|손녀|초등|중학|유치원|어린이집)"
)

PHONE_RE = re.compile(r"(?<!\d)(01[016789])[-.\s]?(\d{3,4})[-.\s]?(\d{4})(?!\d)")
# Booking codes: 6 characters from A-Z/2-9 (no 0/O/1/I). Written in capitals, or mixed with digits.
BOOKING_CODE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-HJ-NP-Z2-9]{6}|(?=[A-Za-z0-9]{6}(?![A-Za-z0-9]))(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6})(?![A-Za-z0-9])"
)
AGE_RE = re.compile(
    f"(?:(?:나이|만)\\s?(?:는|가|은)?\\s?)?(?P<num>{NUM})\\s?(?P<unit>살|세|대(?!출))(?![가-힣]{{0,1}}대출)"
)
AGE_CONTEXT_RE = re.compile(f"나이\\s?(?:는|가|은)?\\s?(?:만\\s?)?(?P<num>{NUM})(?!\\s?[만억원명])")
HOUSEHOLD_RE = re.compile(
    f"(?P<num>{ko_numbers.DIGITS_RE}|{ko_numbers.NATIVE_RE})\\s?(?:인\\s?가구|인가족|인\\s?가족|식구|명(?:이서)?\\s?(?:살|가족|같이|가구))"
    f"|(?P<word>혼자|셋이|넷이|둘이|다섯이|부부\\s?둘이|세\\s?식구|네\\s?식구|두\\s?식구)(?=\\s?(?:서|만)?\\s?(?:살|지내|있))"
)
# an amount with an optional second end ("200~250만원") and an optional bound word ("100만원 이하")
MONEY_SPAN = (
    f"(?:{MONEY})(?:\\s?(?:~|〜|-|에서)\\s?(?:{MONEY}))?"
    f"(?:\\s?(?:이하|미만|이상|초과|까지|도\\s?안\\s?(?:돼|되)|안\\s?(?:돼|되)|넘게|넘어요|넘는|사이))?"
)
INCOME_RE = re.compile(
    f"(?P<ctx>연봉|년봉|연\\s?소득|연\\s?수입|1\\s?년에|일\\s?년에|월급|월\\s?소득|소득|수입|벌이|급여|월|한\\s?달에?|매달)"
    # "월 이백" is 200 a month: 이 before a number word is the number, not a particle
    f"\\s?(?:은|는|이(?![십백천만억])|가|이랑|으로)?\\s?(?:한\\s?)?(?:약\\s?)?(?P<money>{MONEY_SPAN})"
    f"(?=\\s?(?:정도|쯤|가량|벌|받|들어|이에요|예요|이요|요|입니다|원|$|[.,!?\\s]))"
    # "이자만 월 30 내요", "월 20씩 갚고": money paid out is no income
    f"(?!\\s?(?:정도|쯤|씩)?\\s?(?:내|갚|나가|빠져|부어|붓|넣|들어가))"
)
ZERO_INCOME_RE = re.compile(r"(소득|수입|벌이|월급)\s?(?:은|는|이|가)?\s?(?:하나도|전혀|아예)?\s?(없|0원|제로)")
AMOUNT_CTX = {
    # a loan named by a relative clause too ("앱에서 대출받은거 300", "빌린게 500만원이에요", "땡겨 쓴 돈 천만원")
    "debt": r"(?:대출\s?(?:받은|받아\s?쓴|낸)|빌린|빌려\s?쓴|땡긴|땡겨\s?쓴|당겨\s?쓴)\s?(?:거|게|건|것|돈)|"
    r"빚|채무|대출금?|부채|카드값|연체금?|빌린\s?돈|사채|갚을\s?돈|학자금(?:\s?대출)?|카드론|카드빚|마이너스\s?통장|마통|"
    r"현금\s?서비스|카드(?!\s?\d+\s?(?:장|개|번|매|회|달|개월|년|일))",
    # "집은 전세 8천": the deposit of a 전세 is named by 전세 alone (전세대출 is a debt, 전세사기 a loss)
    "deposit": r"보증금|전세금|전세\s?보증금|전세(?!\s?(?:대출|자금|사기|피해|금리|이자))",
    "rent": r"월세|관리비|집세",
    "assets": r"재산|자산|예금|적금|저축|통장에|모은\s?돈",
}
_AMOUNT_RES = [
    (
        role,
        re.compile(
            # "카드론이랑 현금서비스 합쳐서 1200", "예금하고 적금 다 합치면 500": a list of the same kind, then the sum
            f"(?:{ctx})(?:\\s?(?:이랑|랑|하고|과|와|,)\\s?(?:{ctx})){{0,3}}"
            f"\\s?(?:이(?![십백천])|가|은|는|도|만|으로|로|합쳐서|총|전부|다 합해서|다\\s?합쳐서|다\\s?합치면|합치면)?"
            f"\\s?(?:한\\s?|약\\s?|총\\s?)?(?P<money>{MONEY_SPAN})"
        ),
    )
    for role, ctx in AMOUNT_CTX.items()
] + [
    (role, re.compile(f"(?P<money>{MONEY})\\s?(?:의|짜리|정도의?|쯤)?\\s?(?:{ctx})"))
    for role, ctx in AMOUNT_CTX.items()
    if role == "debt"
]
CHILD_COUNT_RE = re.compile(
    # "애가 세 살이에요" is an age: a count is never followed by 살/세/개월/학년
    f"(?:{ko_numbers.CHILD_WORD})\\s?(?:이|가|는|도)?\\s?(?P<num>{ko_numbers.DIGITS_RE}|{ko_numbers.NATIVE_RE})(?!\\s?(?:살|세|개월|학년))(?=\\s?(?:명|이에요|예요|이요|이고|이라|인데|이구|이\\s|있|입니다|키|$|[.,!?\\s]))"
    f"|(?<![가-힣])(?P<num2>{ko_numbers.DIGITS_RE}|{ko_numbers.NATIVE_RE})\\s?(?:명의?\\s?)?(?={ko_numbers.CHILD_WORD})"
    f"|(?P<word>삼남매|사남매|오남매|남매|쌍둥이|외동)"
)
CHILD_MONTHS_RE = re.compile(r"(?P<num>\d{1,2})\s?개월")
_NAMED_DAYS = r"설날|구정|추석|한가위|삼일절|3\.1절|어린이날|현충일|광복절|개천절|한글날|성탄절|크리스마스(?:\s?이브)?|신정|부처님\s?오신\s?날|석가탄신일"
DATE_RE = re.compile(
    r"(?:" + _NAMED_DAYS + r")"
    r"|(?:지난|저번)\s?주?\s?[월화수목금토일]요일"
    r"|(?:(?:이번|다음|담)\s?달\s?|\d{1,2}\s?월\s?)?(?:첫째|둘째|셋째|넷째|마지막)\s?주?\s?[월화수목금토일]요일"
    r"|\d{1,3}\s?일\s?(?:안에|이내|내로)|(?:이번|다음|담)\s?(?:주|달)\s?(?:안에|중에?|내로)"
    r"|(?:이번|다음|담)\s?달(?!\s?\d)|(?<![\d.])\d{1,2}\s?월(?!\s?\d)(?!요)"
    r"|(?:오늘|내일|모레|글피|낼)"
    r"|(?:이번\s?주|다음\s?주|담주|다다음\s?주)\s?(?:[월화수목금토일]요일|[월화수목금토일](?=\s|$|에|요))?"
    r"|(?:\d{4}[-./]\s?)?\d{1,2}\s?(?:월|[-./])\s?\d{1,2}\s?일?"
    r"|[월화수목금토일]요일"
)
TIME_RE = re.compile(
    f"(?:(?:오전|오후|아침|점심|저녁|낮|밤)\\s?)?(?:{ko_numbers.DIGITS_RE}|{ko_numbers.NATIVE_RE})\\s?시(?!간|작|청|장|내|도|민)(?:\\s?(?:반|\\d{{1,2}}\\s?분|(?:삼십|십오|사십오)\\s?분))?"
    r"|(?:오전|오후)\s?\d{1,2}:\d{2}|(?<!\d)\d{1,2}:\d{2}(?!\d)|정오|(?:오전|오후)(?=\s|$|에|요|로|으로|쯤|중)"
)


def _ent(entity: str, m_start: int, m_end: int, text: str, value: object, role: Optional[str] = None) -> Entity:
    # trim surrounding whitespace from the span so offsets line up with tokens
    while m_start < m_end and text[m_start].isspace():
        m_start += 1
    while m_end > m_start and text[m_end - 1].isspace():
        m_end -= 1
    e: Entity = {"entity": entity, "start": m_start, "end": m_end, "value": value, "text": text[m_start:m_end]}
    if role:
        e["role"] = role
    return e


def _amount_ent(entity: str, m: re.Match, text: str, amount: "ko_numbers.Amount", role: Optional[str] = None) -> Entity:
    """An income/amount entity: ``value`` is what the profile stores (monthly int, or {"min","max"} for
    a range/bound); ``period`` and the Korean ``note`` (how it was read) ride along for the dialogue."""
    e = _ent(entity, m.start("money"), m.end("money"), text, amount.as_profile_value(), role=role)
    e["period"] = amount.period
    e["note"] = amount.note
    return e


def normalise_phone(text: str) -> Optional[str]:
    m = PHONE_RE.search(text or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


SCHOOL_GRADE_RE = re.compile(
    r"(?P<school>초등|초|중|고등|고)(?:학교|학생)?\s?(?P<g>[1-6]|일|이|삼|사|오|육|한|두|세|네|다섯|여섯)\s?학년"
    r"|(?<![가-힣])(?P<school2>초|중|고)(?P<g2>[1-6])(?![0-9])"
)


def extract(text: str) -> List[Entity]:
    """All number/code entities in `text`, non-overlapping, sorted by start."""
    if not text:
        return []
    found: List[Entity] = []

    for m in PHONE_RE.finditer(text):
        found.append(_ent("phone", m.start(), m.end(), text, f"{m.group(1)}-{m.group(2)}-{m.group(3)}"))
    for m in BOOKING_CODE_RE.finditer(text):
        found.append(_ent("booking_code", m.start(), m.end(), text, m.group(0).upper()))

    for m in AGE_RE.finditer(text):
        v = ko_numbers.parse_age(m.group("num") + m.group("unit"))
        if v is None:
            continue
        window = text[max(0, m.start() - 8) : m.end() + 8]
        is_child = bool(CHILD_NEAR.search(window)) and v <= 25 and m.group("unit") != "대"
        found.append(_ent("child_age" if is_child else "age", m.start("num"), m.end("unit"), text, v))
    for m in AGE_CONTEXT_RE.finditer(text):
        v = ko_numbers.parse_age(m.group("num"))
        if v is not None:
            found.append(_ent("age", m.start("num"), m.end("num"), text, v))
    for m in CHILD_MONTHS_RE.finditer(text):
        window = text[max(0, m.start() - 8) : m.end() + 8]
        if CHILD_NEAR.search(window) or "아기" in text or "애기" in text:
            found.append(_ent("child_age", m.start(), m.end(), text, 0))

    for m in SCHOOL_GRADE_RE.finditer(text):  # "초등 1학년", "중2": a child's age from the school year
        school, g = (m.group("school") or m.group("school2"))[0], m.group("g") or m.group("g2")
        grade = int(g) if g.isdigit() else ko_numbers.parse_int(g + "학년")
        base, top = {"초": (6, 6), "중": (12, 3), "고": (15, 3)}[school]
        if grade and 1 <= grade <= top:
            found.append(_ent("child_age", m.start(), m.end(), text, base + grade))

    for m in HOUSEHOLD_RE.finditer(text):
        v = ko_numbers.parse_household_size(m.group(0))
        if v:
            found.append(_ent("household_size", m.start(), m.end(), text, v))

    for m in CHILD_COUNT_RE.finditer(text):
        g = "num" if m.group("num") else ("num2" if m.group("num2") else "word")
        if g == "word":
            v = ko_numbers.parse_num_children(m.group(0))
        else:
            raw = m.group(g).replace(" ", "")
            v = ko_numbers.parse_native(raw) if ko_numbers.parse_native(raw) is not None else ko_numbers.parse_int(raw)
        if v is not None and 0 <= v <= 15:
            found.append(_ent("num_children", m.start(g), m.end(g), text, v))

    for m in INCOME_RE.finditer(text):
        if m.group("ctx").startswith("월") and re.match(r"세", text[m.end("ctx") : m.end("ctx") + 1] or ""):
            continue  # 월세 is rent, not income
        # the context word decides the period: 연봉 3600 is a year, 월 180 a month
        amount = ko_numbers.parse_amount(f"{m.group('ctx')} {m.group('money')}")
        if amount is None or not amount.is_krw:
            continue
        v = amount.as_profile_value()
        if v is None:
            continue
        if (
            m.group("ctx") in ("월", "매달", "한달", "한 달", "한달에", "한 달에")
            and isinstance(v, int)
            and v < 100_000
        ):
            continue
        found.append(_amount_ent("monthly_income", m, text, amount))
    for m in ZERO_INCOME_RE.finditer(text):
        found.append(_ent("monthly_income", m.start(2), m.end(2), text, 0))

    for role, rx in _AMOUNT_RES:
        for m in rx.finditer(text):
            amount = ko_numbers.parse_amount(m.group("money"))
            v = amount.as_profile_value() if amount is not None else None
            if v is not None and v != 0:
                found.append(_amount_ent("amount", m, text, amount, role=role))

    for m in DATE_RE.finditer(text):
        found.append(_ent("date", m.start(), m.end(), text, m.group(0).strip()))
    for m in TIME_RE.finditer(text):
        found.append(_ent("time", m.start(), m.end(), text, m.group(0).strip()))

    return _resolve_overlaps(found)


_PRIORITY = {
    "phone": 0,
    "booking_code": 1,
    "amount": 2,
    "monthly_income": 3,
    "household_size": 4,
    "num_children": 5,
    "child_age": 6,
    "age": 7,
    "date": 8,
    "time": 9,
}


def _resolve_overlaps(found: List[Entity]) -> List[Entity]:
    # keep higher-priority / longer spans first; drop anything overlapping an accepted span
    ordered = sorted(found, key=lambda e: (_PRIORITY[e["entity"]], -(e["end"] - e["start"]), e["start"]))
    accepted: List[Entity] = []
    for e in ordered:
        if e["end"] <= e["start"]:
            continue
        if any(not (e["end"] <= a["start"] or e["start"] >= a["end"]) for a in accepted):
            continue
        accepted.append(e)
    return sorted(accepted, key=lambda e: e["start"])
