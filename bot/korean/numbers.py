"""Korean number normalisation (no Rasa imports).

Turns the many ways people write numbers in Korean chat into integers:

    서른다섯 / 35살 / 35세 / 삼십오 세      -> 35
    150만원 / 백오십만 원 / 월 150         -> 1_500_000   (money context: bare < 10,000 = 만원 units)
    1억 2천(만원) / 1.2억                  -> 120_000_000
    3인 가구 / 셋이 살아요 / 혼자           -> 3 / 3 / 1
    애가 둘 / 두 아이                       -> 2

Amounts: parse_amount(text) -> Amount(value, low, high, period, approx, currency, note)

    form (as typed)                          read as                              Amount / as_profile_value()
    만원 · 만원이요 · 만원 정도 · 만 원요       10,000                                value
    만오천원 · 만 오천 원 · 1만5천원            15,000                                value
    180만 · 180 만 원 · 백팔십만원 · 1,800,000원 1,800,000                           value
    월 180 정도 · 한 달에 백팔십 · 매달 150     per month; bare 1–9,999 = 만원         value, period=month, approx
    3천5백 · 3천 5백만원 · 1억2천5백 · 1.5억    mixed digits and units                value
    150마넌 · 150만언 · 150 won · 2쳔 · 백 오십만원 · 150,0000원   spellings, spaces, 만-grouped commas
    ₩10 · ￦50,000                            won sign: plain won (10 is 10원)       value
    연봉 3600 · 1년에 3천 · 연 소득 · 작년 소득  per year: note "연 3,600만 원 → 월 300만 원으로 계산했어요."
                                                                                  monthly() = value / 12
    100만원 이하 · 만원 이하 · 까지            upper bound                           {"min": None, "max": n}
    100만원 미만 · 100만원도 안 돼요            strict upper bound                    {"min": None, "max": n-1}
    200 이상 · 부터                           lower bound                           {"min": n, "max": None}
    200 초과 · 200 넘게 벌어요                 strict lower bound                    {"min": n+1, "max": None}
    200~250만원 · 2~3백만원 · 200에서 250 사이  range (left side takes the right's unit) {"min": lo, "max": hi}
    200만원대 · 150만 원대                    range by the last non-zero place    {"min": 2,000,000, "max": 2,999,999}
    180 조금 넘게 · 약 200 · 한 150            about that much                       value, approx=True
    없어요 · 0원 · 수입 하나도 없어요           0                                     value 0
    한 달 150, 1년이면 1800                    the first-said period and number win  value 1,500,000, month
    1년 넘게 일했고 월 150                     counts (년/명/살/…) are skipped        value 1,500,000

Deliberately asked back (parse_amount None, or no profile value):
    시급 1만원 · 일당 10만원 · 주급 50 · 하루에 8만원   period hour/day/week: no guessed hours or days
        per month; note "… 한 달에 받는 금액으로 말씀해 주세요(예: 월 150만 원)."
    10달러 · $15 · 100불 · 5만 엔 · EUR 20 · 20유로 · 300위안   currency != "KRW", no conversion with
        made-up rates: note "… 원화가 아니어서 계산하지 않았어요. 원으로 말씀해 주세요.", parse_money None
    300~200 (low > high) · 몰라요 · 최저임금 정도 · 010-1234-5678 · 만 64세 · 16+ digit runs   None
    마흔넷 · 셋 · 서른 정도 (a native numeral counts people, years, ages; never money)   None
parse_money(text) keeps returning the int said for single amounts (연봉 3600만원 -> 36,000,000: callers
that store a monthly figure use parse_amount().monthly() or as_profile_value()) and None for foreign
money, ranges and bounds (use parse_amount for those).

Size: one grammar of Korean numerals (native and Sino-Korean, 만/억 units, approximations) serves ages,
counts, durations and money; splitting amounts from numbers would split that grammar in two.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Dict, Optional, Tuple, Union

SINO_DIGITS = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}
SINO_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS = {"만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000}

# Native Korean numbers (고유어 수사), with the attributive forms (한/두/세/네/스무).
NATIVE_TENS = {
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
NATIVE_ONES = {
    "하나": 1,
    "한": 1,
    "둘": 2,
    "두": 2,
    "셋": 3,
    "세": 3,
    "석": 3,
    "서": 3,
    "넷": 4,
    "네": 4,
    "넉": 4,
    "너": 4,
    "다섯": 5,
    "닷": 5,
    "여섯": 6,
    "엿": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}

_native_tens_alt = "|".join(sorted(NATIVE_TENS, key=len, reverse=True))
_native_ones_alt = "|".join(sorted(NATIVE_ONES, key=len, reverse=True))
# e.g. 서른다섯, 스물한, 열, 다섯, 한
NATIVE_RE = f"(?:(?:{_native_tens_alt})(?:\\s?(?:{_native_ones_alt}))?|(?:{_native_ones_alt}))"
_NATIVE_FULL = re.compile(f"^(?P<tens>{_native_tens_alt})?(?P<ones>{_native_ones_alt})?$")

SINO_CHARS = "영공일이삼사오육륙칠팔구십백천만억조"
# At most 15 digits (amounts beyond 10^15 won are not plausible; longer runs are account/card numbers,
# and unbounded runs invite regex backtracking).
DIGITS_RE = r"(?<!\d)(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,15}(?:\.\d{1,4})?)(?!\d|,\d)"
MAX_VALUE = 10**15

# A hangul number must contain a unit character (십/백/천) or be followed by 만/억, so that particles and
# syllables such as 이/일/사/오/구 ("40이에요", "마포구") are not read as digits.
# A last ones digit 이 must be followed by a unit, a counter or the end: in "천이 아니라" it is a particle.
HANGUL_NUM = (
    r"(?:(?:[일이삼사오육칠팔구]?[십백천])+(?:[일삼사오육칠팔구]|이(?=\s?[만억조원]|[살세명개년월일시분번달주]|\s*(?:$|[.,!?~)])))?"
    r"|[일이삼사오육칠팔구](?=\s?[만억]))"
)
# digits with small units: 2천, 3천5백, 3천 5백 (not 천안, 백화점, 십자)
_SMALL_UNIT = r"[십백천](?!안|화|자|원동)"
_NUMBER = f"(?:(?:{DIGITS_RE})(?:\\s?{_SMALL_UNIT}(?:\\s?\\d{{1,3}}\\s?{_SMALL_UNIT}){{0,2}})?|{HANGUL_NUM})"
# "1억 2천만", "3억 5천", "150만", "백오십만", "1,500,000" -- big units first, each group separated by a unit,
# so a run of digits can only be read one way (no backtracking blow-up).
MONEY_RE = (
    f"(?:(?:{_NUMBER}\\s?[조억]\\s?)+(?:{_NUMBER}\\s?만(?:\\s?{_NUMBER})?|{_NUMBER})?|{_NUMBER}\\s?만(?:\\s?{_NUMBER})?|{_NUMBER})"
    f"(?:\\s?원)?"
)


def parse_native(word: str) -> Optional[int]:
    """서른다섯 -> 35, 스무 -> 20, 한 -> 1. None if not a native number word."""
    word = word.replace(" ", "").strip()
    if not word:
        return None
    m = _NATIVE_FULL.match(word)
    if not m or not (m.group("tens") or m.group("ones")):
        return None
    return NATIVE_TENS.get(m.group("tens") or "", 0) + NATIVE_ONES.get(m.group("ones") or "", 0)


def _parse_sino_small(s: str) -> Optional[int]:
    """Parse a Sino-Korean number below 10,000 written in hangul: 삼십오 -> 35, 천이백 -> 1200."""
    if not s:
        return None
    total, cur = 0, None
    for ch in s:
        if ch in SINO_DIGITS:
            if cur is not None:
                return None  # two digits in a row: not a well-formed Sino number
            cur = SINO_DIGITS[ch]
        elif ch in SINO_SMALL_UNITS:
            total += (1 if cur is None else cur) * SINO_SMALL_UNITS[ch]
            cur = None
        else:
            return None
    if cur is not None:
        total += cur
    return total


def _parse_group(s: str) -> Optional[float]:
    """A group below 10,000: digits ("1,500", "2.5") or hangul ("천오백") or mixed ("2천", "3백5십")."""
    s = s.replace(" ", "")
    if not s:
        return None
    if re.fullmatch(DIGITS_RE, s):
        return float(s.replace(",", ""))
    # digits followed by small units: 2천, 3천5백
    if re.fullmatch(r"(?:\d+(?:\.\d+)?[십백천])+\d*", s):
        total = 0.0
        for num, unit in re.findall(r"(\d+(?:\.\d+)?)([십백천]?)", s):
            if not num:
                continue
            total += float(num) * (SINO_SMALL_UNITS[unit] if unit else 1)
        return total
    v = _parse_sino_small(s)
    return float(v) if v is not None else None


def parse_number(text: str) -> Optional[float]:
    """Parse one number expression: '1억 2천만', '150만', '백오십만', '3.5억', '35', '서른다섯', '1,200'.

    Returns a float (so 1.5억 works) or None. Units like 원/살 must be stripped by the caller.
    """
    if text is None:
        return None
    s = str(text).strip().replace(" ", "")
    if not s:
        return None
    native = parse_native(s)
    if native is not None:
        return float(native)
    total = 0.0
    rest = s
    matched_any = False
    for unit, mult in (("조", BIG_UNITS["조"]), ("억", BIG_UNITS["억"]), ("만", BIG_UNITS["만"])):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            if head == "":
                g = 1.0
            else:
                g = _parse_group(head)
                if g is None:
                    return None
            total += g * mult
            matched_any = True
    if rest:
        g = _parse_group(rest)
        if g is None:
            return None
        total += g
        matched_any = True
    if not matched_any or not math.isfinite(total) or total > MAX_VALUE:
        return None
    return total


def parse_money(text: str, bare_unit: int = 10_000) -> Optional[int]:
    """Money in KRW as an int. '150만원' -> 1500000; '월 150' -> 1500000 (bare numbers < 10,000 are 만원);
    '1억 2천' -> 120000000 (a bare 천/백 after 억 means 천만/백만); '3000원' -> 3000; '없어요' -> 0;
    '만오천원' -> 15000; '연봉 3600만원' -> 36000000 (the number said; parse_amount().monthly() gives the
    monthly figure and the period). None for foreign money ('10달러'), for ranges and bounds
    ('200~250만원', '100만원 이하': use parse_amount(), which keeps them) and for text without an amount.
    """
    a = parse_amount(text, bare_unit)
    if a is None or not a.is_krw or a.value is None or a.period in ("hour", "day", "week"):
        return None
    return a.value


_COUNTER = r"(?:명|살|세|개|식구|가구|인|번|달|개월|년|일|주)"
_ATTRIBUTIVE = {"한", "두", "세", "네", "석", "서", "넉", "너", "닷", "엿", "스무"}


def parse_int(text: str) -> Optional[int]:
    """A small integer answer: '35', '서른다섯', '삼십오', '3명', '셋이요', '둘'.

    Number words must stand on their own (not inside another word: '마포구' is not 9, '네' alone is
    'yes', not 4); single-syllable forms count only before a counter ('두 명', '세 식구').
    """
    if text is None:
        return None
    s = str(text).strip()
    m = re.search(DIGITS_RE, s)
    if m:
        return int(float(m.group(0).replace(",", "")))
    if re.search(r"\d{16,}", s):
        return None  # a long digit run (account/card number) is not a count
    for m in re.finditer(
        f"(?<![가-힣])({NATIVE_RE})(?=\\s?{_COUNTER}|\\s?(?:이요|이에요|예요|요|입니다)?\\s*$|\\s)", s
    ):
        word = m.group(1).replace(" ", "")
        if word in _ATTRIBUTIVE:
            if not re.match(f"\\s?{_COUNTER}", s[m.end(1) :]):
                continue
        v = parse_native(word)
        if v is not None:
            return v
    for m in re.finditer(
        f"(?<![가-힣])([{SINO_CHARS}]+)(?=\\s?{_COUNTER}|\\s?(?:이요|이에요|예요|요|입니다)?\\s*$|\\s)", s
    ):
        word = m.group(1)
        if len(word) == 1 and not re.match(f"\\s?{_COUNTER}", s[m.end(1) :]):
            continue
        v = _parse_sino_small(word)
        if v is not None:
            return v
    return None


AGE_UNIT_RE = re.compile(
    f"(?P<num>{DIGITS_RE}|{NATIVE_RE}|[일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)\\s?(?P<unit>살|세|대)"
)


_BORN_RE = re.compile(r"(?<!\d)(?P<y>\d{2}|19\d{2}|20\d{2})\s?년\s?(?:도\s?)?생")


def born_in(text: str, year: Optional[int] = None) -> Optional[int]:
    """The age (this year minus the year of birth) of "85년생", "1963년생", "07년도생"; None if none is said.
    Two digits above this year's two are the 1900s. The birthday may be still to come: a year less then."""
    m = _BORN_RE.search(text or "")
    if not m:
        return None
    now = year or date.today().year
    y = int(m.group("y"))
    if y < 100:
        y += 1900 if y > now % 100 else 2000
    age = now - y
    return age if 0 <= age <= 120 else None


def parse_age(text: str) -> Optional[int]:
    """'35살' / '서른다섯 살' / '삼십오세' / '60대' / '서른다섯이요' / '35' -> int age (0..120)."""
    if text is None:
        return None
    s = str(text)
    born = born_in(s)
    if born is not None:  # "85년생이요" is the year of birth, not the age 85
        return born
    m = AGE_UNIT_RE.search(s)
    if m:
        num = m.group("num")
        v = parse_native(num)
        if v is None:
            v = _parse_sino_small(num) if not re.match(r"\d", num) else int(float(num.replace(",", "")))
        if v is not None and 0 <= v <= 120:
            return v
    m = re.search(r"(?<![\d.])(\d{1,3})(?![\d.])", s)
    if m and 0 <= int(m.group(1)) <= 120:
        return int(m.group(1))
    m = re.search(NATIVE_RE, s)
    if m:
        v = parse_native(m.group(0))
        # bare native number words in an age answer: only the tens-based ones are plausible ages
        if v is not None and v >= 10:
            return v
    return None


HOUSEHOLD_RE = re.compile(
    f"(?P<num>{DIGITS_RE}|{NATIVE_RE}|[일이삼사오육칠팔구])\\s?(?:인\\s?가구|인가족|인|식구|명(?:이서)?\\s?(?:살|가족|같이)|명\\s?가구|명이요?$)"
)
_HOUSEHOLD_WORDS = [
    (re.compile(r"혼자|1인|독거|나\s?혼자|저\s?혼자|홀로"), 1),
    (re.compile(r"(부부|둘이|두\s?식구|엄마랑\s?(나|저)|아빠랑\s?(나|저))(서)?\s?(만)?\s?살"), 2),
    (re.compile(r"셋이|세\s?식구"), 3),
    (re.compile(r"넷이|네\s?식구"), 4),
    (re.compile(r"다섯이|다섯\s?식구"), 5),
    (re.compile(r"여섯이|여섯\s?식구"), 6),
]


_DIGIT_WORDS = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6"}
_DIGIT_WORDS.update({"칠": "7", "팔": "8", "구": "9"})
_SPOKEN_RUN = re.compile(r"[공영일이삼사오육륙칠팔구](?:[\s\-.]?[공영일이삼사오육륙칠팔구]){6,}")


def spoken_digits(text: str) -> str:
    """Digits read out one by one, written in hangul ("공일공 이삼사오 육칠팔구" -> "010 2345 6789"): each run
    of seven or more digit syllables becomes digits (a phone number read aloud); other text is kept."""
    return _SPOKEN_RUN.sub(lambda m: "".join(_DIGIT_WORDS.get(ch, ch) for ch in m.group(0)), text or "")


# the people named one by one ("저랑 엄마요", "남편이랑 애 둘", "손주 둘이랑 저", "부모님이랑 저"): the household
# answer counted, with the person writing (본인 포함) counted once whether named or not
_MEMBERS = {"부모님": 2}
_MEMBERS.update(
    dict.fromkeys(
        "엄마 아빠 어머니 아버지 남편 신랑 아내 와이프 마누라 딸 아들 동생 형 누나 언니 오빠 할머니 할아버지 "
        "시어머니 시아버지 장모 장인 손주 손자 손녀 애 아이 애기 아기 조카".split(),
        1,
    )
)
_MEMBER_RE = re.compile(
    r"(?:^|(?<=[\s,])|(?<=랑)|(?<=하고)|(?<=께))(?P<w>"
    + "|".join(sorted(_MEMBERS, key=len, reverse=True))
    + r")(?P<pl>들)?(?:\s?(?:이|가|은|는|도))?\s?(?P<n>하나|둘|셋|넷|다섯|한\s?명|두\s?명|세\s?명|네\s?명|\d\s?명)?"
)
_WITH_RE = re.compile(r"랑|하고|(?<=[가-힣])(?:와|과)(?:\s|$)|,|(?<![가-힣])(?:저|나|제가)(?![가-힣])|같이|함께|살")


def _members_named(s: str) -> Optional[int]:
    if not _WITH_RE.search(s):
        return None  # "엄마가 아파요" names someone, not who lives together
    total, seen = 1, False
    for m in _MEMBER_RE.finditer(s):
        seen = True
        n = m.group("n")
        if n:
            total += parse_native(n.replace("명", "").strip()) or parse_int(n) or 0
        elif m.group("pl") and _MEMBERS[m.group("w")] == 1:
            return None  # "애들이랑 저": how many children is not said
        else:
            total += _MEMBERS[m.group("w")]
    return total if seen and 2 <= total <= 20 else None


# an answer that opens with the count of people and goes on to say who they are: a whole count word (not the
# modifiers 한/두/세, which need a counter: "한 이백?" is money) or digits with 명
_LEADING_COUNT_RE = re.compile(
    r"^\s*(?:네|음|아|어)?[\s,]*(?P<num>하나|둘|셋|넷|다섯|여섯|일곱|여덟|\d{1,2}(?=\s?명))\s?(?:명|식구)?\s?"
    r"(?:이서요|이서|이요|이에요|이예요|입니다|요|이)?(?=[\s,.!~]|$)"
)


def parse_household_size(text: str) -> Optional[int]:
    """'3인 가구' / '셋이 살아요' / '4명이서 살아요' / '혼자 살아요' / '3' -> int."""
    if text is None:
        return None
    s = str(text)
    m = HOUSEHOLD_RE.search(s)
    if m:
        num = m.group("num")
        v = parse_native(num) if not re.match(r"\d", num) else int(float(num))
        if v is None:
            v = _parse_sino_small(num)
        if v and 1 <= v <= 20:
            return v
    for pat, v in _HOUSEHOLD_WORDS:
        if pat.search(s):
            return v
    v = _members_named(s)
    if v:
        return v
    m = _LEADING_COUNT_RE.match(s)
    if m:  # the count first, then who ("둘이요 마누라랑", "셋이에요 손주들하고", "4명요 저까지")
        v = parse_native(m.group("num")) or parse_int(m.group("num"))
        if v and 1 <= v <= 20:
            return v
    v = parse_int(s)
    if v is not None and 1 <= v <= 20:
        return v
    return None


CHILD_WORD = r"(?:애들?|아이들?|아기|애기|자녀|아들|딸|자식|애새끼|꼬맹이|남매|형제|자매)"
_CHILD_COUNT_RES = [
    re.compile(
        f"{CHILD_WORD}\\s?(?:이|가|는|도)?\\s?(?P<num>{DIGITS_RE}|{NATIVE_RE})\\s?(?:명|이에요|예요|이요|있|입니다|$|\\b)"
    ),
    re.compile(f"(?<![가-힣])(?P<num>{DIGITS_RE}|{NATIVE_RE})\\s?(?:명의?)?\\s?{CHILD_WORD}"),  # not "중2 딸"
]
_SIBLING_WORDS = {"삼남매": 3, "사남매": 4, "오남매": 5, "남매": 2, "쌍둥이": 2, "외동": 1}


def parse_num_children(text: str) -> Optional[int]:
    """'애가 둘이에요' / '두 아이' / '아이 3명' / '삼남매' / '없어요' -> int."""
    if text is None:
        return None
    s = str(text)
    for pat in _CHILD_COUNT_RES:
        m = pat.search(s)
        if m:
            num = m.group("num")
            v = parse_native(num) if not re.match(r"\d", num) else int(float(num))
            if v is not None and 0 <= v <= 15:
                return v
    for w, v in _SIBLING_WORDS.items():
        if w in s:
            return v
    if re.search(r"(아이|(?<![가-힣])애|자녀).{0,4}없|무자녀", s):
        return 0
    return None


# ----------------------------------------------------------------------------------------------
# Amounts as people say them: parse_amount() -> Amount (a value or a range/bound, the period, the
# currency and a Korean note saying how it was read).

_NUMCH = "일이삼사오육칠팔구십백천만억조"
# a currency word must follow a number (or a number + unit) or stand before it (EUR 20, $10)
_AFTER_NUM = r"(?:(?<=[\d" + _NUMCH + r"])|(?<=[\d" + _NUMCH + r"]\s))"
CURRENCIES = [
    # (ISO code, regex of the words and signs people use, Korean name + topic particle for the note)
    ("USD", r"달러|\$|\busd\b|dollars?\b|" + _AFTER_NUM + r"불", "달러는"),
    ("JPY", r"円|¥|\bjpy\b|\byen\b|" + _AFTER_NUM + r"엔", "엔은"),
    ("EUR", r"유로|€|\beur(?:o|os)?\b", "유로는"),
    ("CNY", r"위안|元|\bcny\b|\brmb\b", "위안은"),
    ("GBP", r"파운드|£|\bgbp\b", "파운드는"),
]
_CURRENCY_RES = [(code, re.compile(rx, re.IGNORECASE), name) for code, rx, name in CURRENCIES]

_ZERO_RE = re.compile(
    r"없어요|없음|없습니다|없다|없어|없구요|없고|없는데|무소득|한\s?푼도|^\s*0\s*(?:원|이요|요)?\s*$|^\s*영\s?원\s*$|(?<!\d)0\s?원"
)
# "1년 넘게 일했고 월 150" is a duration, not an annual amount: the 1년/작년 forms need 에/소득/수입.
_YEAR_RE = re.compile(
    r"연봉|년봉|연\s?소득|연\s?수입|연간|(?:일|1|한)\s?년\s?(?:에|간|소득|수입|이면|으로\s?치면)|"
    r"한\s?해\s?에|매년|해마다|작년\s?(?:소득|수입|연봉)|(?<![가-힣])연\s?(?=\d|[일이삼사오육칠팔구십백천])"
)
_MONTH_RE = re.compile(
    r"월급|월\s?소득|월\s?수입|월세|매월|매달|다달이|한\s?달\s?(?:에|동안)?|1\s?달\s?(?:에)?|"
    r"(?<![가-힣])월\s?(?=\d|[일이삼사오육칠팔구십백천])"
)
_SOFT_OVER = r"(?:조금|좀|약간|살짝)\s?(?:넘|안\s?되|안\s?돼|못\s?미)"
_APPROX_RE = re.compile(
    r"정도|쯤|가량|내외|안팎|남짓|언저리|전후|대략|얼추|"
    r"(?<![가-힣])약\s?(?=[\d" + _NUMCH + r"])|" + _SOFT_OVER + r"|(?<![가-힣])한\s(?=[\d일이삼사오육칠팔구십백천])"
)
# bound words right after the number: max (<=), lt (<), min (>=), gt (>)
_BOUND_RES = [
    (re.compile(r"^\s*(?:이하|까지|(?:은|는|을|를|이|가)?\s?(?:안\s?넘|넘지\s?않|넘지\s?못))"), "max"),
    (
        re.compile(
            r"^\s*(?:미만|(?:도|이|가|은|는)?\s?안\s?(?:돼|되|됨)|(?:에|이|가|도)?\s?못\s?(?:미쳐|미치|미침|벌|받)|아래|밑|보다\s?(?:적|덜))"
        ),
        "lt",
    ),
    (re.compile(r"^\s*(?:이상|부터|은\s?넘)"), "min"),
    (re.compile(r"^\s*(?:초과|(?:은|는|을|를|이|가)?\s?넘(?:게|어|는|었|음|습|고)|보다\s?(?:많|더))"), "gt"),
]
_BOUND_WORD = {"max": "이하로", "lt": "미만으로", "min": "이상으로", "gt": "초과로"}
_RANGE_RE = re.compile(
    r"(?P<a>(?:\d[\d,.]*|[일이삼사오육칠팔구십백천])[\d,.일이삼사오육칠팔구십백천만억\s]*?)\s?(?:원\s?)?"
    r"(?:~|〜|∼|-|–|—|에서|부터|내지|이나|또는|아니면)\s?"
    r"(?P<b>(?:\d[\d,.]*|[일이삼사오육칠팔구십백천])[\d,.일이삼사오육칠팔구십백천만억\s]*(?:원)?)"
)
_TYPO_FIXES = [
    (re.compile(r"(?<=[십백천만억])\s+(?=[일이삼사오육칠팔구십백천]+\s*만?\s*원?(?![가-힣]))"), ""),  # 백 오십만원
    (re.compile(r"(?<=\d),(?=\d{4}(?!\d))"), ""),  # 150,0000원 (grouped by 만)
    (re.compile(r"마넌|만언|만웜|만훤|만wjs|만원원"), "만원"),
    (re.compile(r"(?<=\d)\s?(?:won|krw)(?![a-z])", re.IGNORECASE), "원"),
    (re.compile(r"(?<=\d)\s?(?:원원|언)(?![가-힣])"), "원"),
    (re.compile(r"쳔"), "천"),
    (re.compile(r"(?<=\d)\s?(?:맘|먼)(?=\s?원|\s|$)"), "만"),
]
_FILLER_RE = re.compile(
    r"원|정도|쯤|가량|내외|안팎|남짓|언저리|전후|대략|얼추|이요|요|입니다|이에요|예요|씩|조금|좀|약간|살짝|"
    r"넘게|넘어요|벌어요|받아요|벌고|받고|들어와요|들어옵니다|돼요|되요|이고|이구|이랑|인데|사이|까지"
)
_AMOUNT_MAX_CHARS = 300
_PAY_UNITS = {
    "시급": "hour",
    "시간당": "hour",
    "일당": "day",
    "하루에": "day",
    "하루": "day",
    "주급": "week",
    "일주일에": "week",
    "주에": "week",
}
_PAY_UNIT_RE = re.compile(
    r"(시급|시간\s?당|일당|하루\s?에?|주급|일주일\s?에|(?<![가-힣])주\s?에)(?=\s*[\d일이삼사오육칠팔구십백천만]|\s*은|\s*는)"
)
_PHONE_LIKE_RE = re.compile(r"(?<!\d)0\d{1,2}[-.\s]\d{3,4}[-.\s]\d{4}(?!\d)|(?<!\d)01\d{8,9}(?!\d)|\d{16,}")


@dataclass(frozen=True)
class Amount:
    """An amount as it was said.

    ``value``: won (or units of ``currency`` when it is not KRW); None for ranges and bounds, which
    keep ``low``/``high`` (inclusive, won; the other side None for a one-sided bound).
    ``period``: "month", "year" or None (not said); "hour"/"day"/"week" for 시급/일당/주급, which are
    asked back (monthly() and as_profile_value() are None). ``approx``: 정도/쯤/약… was said.
    ``note``: Korean, how it was read ("연 3,600만 원 → 월 300만 원으로 계산했어요.").
    """

    value: Optional[int]
    low: Optional[int] = None
    high: Optional[int] = None
    period: Optional[str] = None
    approx: bool = False
    currency: str = "KRW"
    note: str = ""

    @property
    def is_krw(self) -> bool:
        return self.currency == "KRW"

    @property
    def is_range(self) -> bool:
        return self.value is None and (self.low is not None or self.high is not None)

    def monthly(self) -> Optional[int]:
        """The monthly figure in won (annual / 12, rounded); None for foreign money and for ranges/bounds."""
        if not self.is_krw or self.value is None or self.period in ("hour", "day", "week"):
            return None
        return int(round(self.value / 12)) if self.period == "year" else self.value

    def as_profile_value(self) -> Union[int, Dict[str, Optional[int]], None]:
        """What the eligibility profile stores: the monthly int, or {"min": int|None, "max": int|None}
        for a range or bound (annual ones per month: min rounded up, max rounded down); None for
        foreign money (the caller asks again in 원)."""
        if not self.is_krw or self.period in ("hour", "day", "week"):
            return None
        if self.value is not None:
            return self.monthly()
        lo, hi = self.low, self.high
        if self.period == "year":
            lo = -(-lo // 12) if lo is not None else None
            hi = hi // 12 if hi is not None else None
        return {"min": lo, "max": hi}


def format_won(n: int) -> str:
    """36000000 -> '3,600만 원', 15000 -> '1만 5,000원', 120000000 -> '1억 2,000만 원', 3000 -> '3,000원'.
    Always ends in 원, so the particle after it is 으로/은/이."""
    n = int(n)
    if n < 0:
        return "-" + format_won(-n)
    jo, rest = divmod(n, 10**12)
    eok, rest = divmod(rest, 10**8)
    man, won = divmod(rest, 10**4)
    parts = [f"{x:,}{u}" for x, u in ((jo, "조"), (eok, "억"), (man, "만")) if x]
    if won or not parts:
        return " ".join(parts + [f"{won:,}원"])
    return " ".join(parts) + " 원"


_COUNTED_RE = re.compile(r"\s?(?:년|살|세|명|개월|달|시간|시|분|일|주|번|인|가구|식구|평|층|호|%|퍼센트|프로|째|학년)")
# a school year written short: 고3, 중2, 초6 (a child's grade, never 3만 원)
_GRADE_BEFORE_RE = re.compile(r"(?:초등?|중|고)$")
_MIXED_RE = re.compile(r"(?<![\d.,])(?:\d{1,4}\s?[천백십]\s?){1,3}\d{0,4}(?![\d.,])")


def _prep(s: str) -> str:
    """A 만 with no number before it is one 만: 만원 / 만오천원 / 만 원 -> 1만…"""
    s = re.sub(
        r"(?<![가-힣\d.,])(?<![\d"
        + _NUMCH
        + r"]\s)(?=만(?!\s*\d+\s*(?:세|살|년))(?:\s*[\d일이삼사오육칠팔구십백천]|\s*원|\s*$))",
        "1",
        s,
    )
    # mixed digits and small units ("3천5백", "2천 5백") -> plain digits, so 만/억 can follow
    return _MIXED_RE.sub(
        lambda m: f"{_parse_group(m.group(0)):.0f}" if _parse_group(m.group(0)) is not None else m.group(0), s
    )


def _first_money(s: str) -> Optional[re.Match]:
    """The first number that is not a count of something else ("1년 넘게 일했고 월 150": 150)."""
    return next(
        (
            x
            for x in re.finditer(MONEY_RE, s)
            if re.search(r"[만억조]", x.group(0))
            or not (
                _COUNTED_RE.match(s[x.end() :])
                or (re.fullmatch(r"[1-6]", x.group(0).strip()) and _GRADE_BEFORE_RE.search(s[: x.start()]))
            )
        ),
        None,
    )


def _single(s: str, bare_unit: int) -> Optional[Tuple[int, bool]]:
    """One amount in a cleaned string -> (won, bare unit applied) or None."""
    explicit_won = bool(re.search(r"원|₩", s))
    s = _prep(re.sub(r"만\s원", "만원", s.replace("₩", " ")))
    s = _FILLER_RE.sub(" ", s)
    s = re.sub(r"(?<![\d" + _NUMCH + r"])약\s?", " ", s)
    s = _prep(s.strip())
    m = _first_money(s)
    if not m:
        # a native numeral alone counts people, years and ages, never money: "마흔넷" or "셋" said to a money
        # question is an answer to another question (an age, a household), not 44만 or 3만 원
        return None
    expr = m.group(0).replace(" ", "").rstrip("원")
    if "억" in expr and "만" not in expr:  # "1억 2천": a trailing bare group after 억 is in 만원 units
        head, tail = expr.split("억", 1)
        if tail and not explicit_won:  # "1억 5,000원" is literal
            expr = f"{head}억{tail}만"
    value = parse_number(expr)
    if value is None:
        return None
    bare = False
    if not explicit_won and not re.search("[만억조]", expr) and value < 10_000:
        value *= bare_unit
        bare = bare_unit != 1
    if not math.isfinite(value) or value > MAX_VALUE:
        return None
    return int(round(value)), bare


def _range(body: str, bare_unit: int) -> Optional[Tuple[int, int]]:
    m = _RANGE_RE.search(body)
    if not m:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if re.search(r"\d+\s?-\s?\d+\s?-\s?\d+", body):
        return None  # "010-1234-5678": a number written with hyphens, not a range
    tail = ""
    if not re.search(r"[십백천만억]", a):  # "200~250만원", "2~3백만원": the left side takes the right's unit
        tail = re.sub(r"^[\d,.\s]+|^[일이삼사오육칠팔구]", "", b)
    ra, rb = _single(_prep(a + tail), bare_unit), _single(_prep(b), bare_unit)
    if not ra or not rb:
        return None
    return ra[0], rb[0]


def parse_amount(text: str, bare_unit: int = 10_000) -> Optional[Amount]:
    """An amount as people type it -> Amount, or None when no amount can be read (ask again).

    '만오천원' 15,000 · '만원이요' 10,000 · '월 180 정도' 180만/월 (approx) · '한 달에 백팔십' 180만/월 ·
    '연봉 3600만원' 3,600만/년 (monthly() 300만) · '100만원 이하' high · '100만원 미만' high n-1 ·
    '200 이상' low · '200 넘게/초과' low n+1 · '200~250만원' low+high · '10달러' USD 10 (no conversion:
    ask in 원) · '₩10' 10원. A bare number below 10,000 is read in ``bare_unit`` (만원 by default; pass 1
    where plain won are meant) and the note says so. '300~200' (low > high) is None: ask back.
    """
    if text is None:
        return None
    s = unicodedata.normalize("NFKC", str(text))[:_AMOUNT_MAX_CHARS].strip()
    if not s:
        return None
    if _PHONE_LIKE_RE.search(s):
        return None  # a phone/account number is not an amount
    for rx, rep in _TYPO_FIXES:
        s = rx.sub(rep, s)
    approx = bool(_APPROX_RE.search(s))
    for code, rx, name in _CURRENCY_RES:
        if rx.search(s):
            rest = s
            for _c, rx2, _n in _CURRENCY_RES:
                rest = rx2.sub(" ", rest)
            got = _single(re.sub(r"[A-Za-z]", " ", rest), 1)
            if got is None:
                return None
            return Amount(
                value=got[0],
                currency=code,
                approx=approx,
                note=f"{got[0]:,}{name} 원화가 아니어서 계산하지 않았어요. 원으로 말씀해 주세요.",
            )
    pay = _PAY_UNIT_RE.search(s)
    if pay:  # 시급/일당/주급: not a monthly figure -- ask for the month instead of guessing the hours
        got = _single(s[pay.end() :] or s, bare_unit)
        if got is None:
            return None
        word, per = pay.group(1), _PAY_UNITS[re.sub(r"\s+", "", pay.group(1))]
        return Amount(
            value=got[0],
            period=per,
            note=f"{word} {format_won(got[0])}으로 이해했어요. 한 달에 받는 금액으로 말씀해 주세요(예: 월 150만 원).",
        )
    if _ZERO_RE.search(s) and not re.search(r"[1-9]", s) and not re.search(r"[일이삼사오육칠팔구십백천만억]\s?원", s):
        return Amount(value=0, note="없다고(0원) 이해했어요.")
    # the period word said first wins: "한 달 150, 1년이면 1800" is monthly
    ym, mm = _YEAR_RE.search(s), _MONTH_RE.search(s)
    period = None
    if ym and (not mm or ym.start() < mm.start()):
        period = "year"
    elif mm:
        period = "month"
    body = _YEAR_RE.sub(" ", s) if period == "year" else (_MONTH_RE.sub(" ", s) if period == "month" else s)
    body = re.sub(r"\s+", " ", body).strip()
    pre = {"year": "연 ", "month": "월 "}.get(period, "")

    rng = _range(body, bare_unit)
    if rng:
        lo, hi = rng
        if lo > hi:
            return None  # "300~200": genuinely unclear, ask back
        if period == "year":
            note = (
                f"연 {format_won(lo)}~{format_won(hi)} → 월 {format_won(-(-lo // 12))}~"
                f"{format_won(hi // 12)}으로 계산했어요."
            )
        else:
            note = f"{pre}{format_won(lo)}~{format_won(hi)} 사이로 이해했어요."
        return Amount(value=None, low=lo, high=hi, period=period, approx=approx, note=note)

    got = _single(body, bare_unit)
    if got is None:
        return None
    v, bare = got
    if v > 0 and re.search(r"(?:[\d십백천만억]\s?원?)대(?!출|학|기|신|로|해)", body):
        # "200만원대" = 200만~299만, "150만 원대" = 150만~159만: the last non-zero place sets the step
        step = 1
        while v % (step * 10) == 0:
            step *= 10
        lo, hi = v, v + step - 1
        note = f"{pre}{format_won(lo)}~{format_won(hi)} 사이로 이해했어요."
        if period == "year":
            note = (
                f"연 {format_won(lo)}~{format_won(hi)} → 월 {format_won(-(-lo // 12))}~"
                f"{format_won(hi // 12)}으로 계산했어요."
            )
        return Amount(value=None, low=lo, high=hi, period=period, approx=approx, note=note)
    # a bound word right after the number: "100만원 이하", "200 넘게 벌어요"
    pb = _prep(body)
    first = _first_money(pb)
    after = pb[first.end() :] if first else ""
    bound = next((kind for rx, kind in _BOUND_RES if rx.search(after)), None)
    if bound and re.search(_SOFT_OVER, s):
        bound = None  # "180 조금 넘게": about 180 (approx), not a bound
    shown = format_won(v)
    unit_note = "(숫자만 말씀하셔서 만 원 단위로 읽었어요)" if bare else ""
    if bound:
        lo = v if bound == "min" else v + 1 if bound == "gt" else None
        hi = v if bound == "max" else v - 1 if bound == "lt" else None
        word = _BOUND_WORD[bound]
        if period == "year":
            per = -(-lo // 12) if lo is not None else hi // 12
            note = f"연 {shown} {word[:2]} → 월 {format_won(per)} {word} 계산했어요."
        else:
            note = f"{pre}{shown} {word} 이해했어요{unit_note}."
        return Amount(value=None, low=lo, high=hi, period=period, approx=approx, note=note)
    if period == "year":
        note = f"연 {shown} → 월 {format_won(int(round(v / 12)))}으로 계산했어요."
    elif v == 0:
        note = "없다고(0원) 이해했어요."
    else:
        note = f"{pre}{shown}으로 이해했어요{unit_note}."
    return Amount(value=v, period=period, approx=approx, note=note)


def format_profile_value(v: Union[int, Dict[str, Optional[int]], None]) -> str:
    """A stored money value for people: 1500000 -> '150만 원'; {"min": None, "max": 1000000} ->
    '100만 원 이하'; {"min": 2000000, "max": 2500000} -> '200만 원~250만 원'; {"min": n} -> '… 이상'."""
    if isinstance(v, dict):
        lo, hi = v.get("min"), v.get("max")
        if lo is not None and hi is not None:
            return f"{format_won(lo)}~{format_won(hi)}"
        if hi is not None:
            return f"{format_won(hi)} 이하"
        if lo is not None:
            return f"{format_won(lo)} 이상"
        return "모름"
    if v is None:
        return "모름"
    return format_won(int(v))


def read_money(text: str, monthly: bool = False) -> Tuple[Union[int, Dict[str, Optional[int]], None], str]:
    """(value, note) for callers that store money: with ``monthly`` an annual amount becomes the
    monthly figure ("연봉 3600" -> 3,000,000 and the note "연 3,600만 원 → 월 300만 원으로 계산했어요.");
    a range or bound is {"min","max"} (per month with ``monthly``); foreign money is (None, note asking
    for 원); no amount is (None, ""). The note is "" when the amount was read as said."""
    a = parse_amount(text)
    if a is None:
        return None, ""
    if not a.is_krw or a.period in ("hour", "day", "week"):
        return None, a.note
    if a.value is None:
        if monthly:
            return a.as_profile_value(), a.note
        return {"min": a.low, "max": a.high}, a.note
    if monthly and a.period == "year":
        return a.monthly(), a.note
    return a.value, ""
