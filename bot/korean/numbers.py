"""Korean number normalisation (no Rasa imports).

Turns the many ways people write numbers in Korean chat into integers:

    서른다섯 / 35살 / 35세 / 삼십오 세      -> 35
    150만원 / 백오십만 원 / 월 150         -> 1_500_000   (money context: bare < 10,000 = 만원 units)
    1억 2천(만원) / 1.2억                  -> 120_000_000
    3인 가구 / 셋이 살아요 / 혼자           -> 3 / 3 / 1
    애가 둘 / 두 아이                       -> 2
"""
from __future__ import annotations

import re
import math
from typing import Optional

SINO_DIGITS = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6,
               "칠": 7, "팔": 8, "구": 9}
SINO_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS = {"만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000}

# Native Korean numbers (고유어 수사), with the attributive forms (한/두/세/네/스무).
NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60,
               "일흔": 70, "여든": 80, "아흔": 90}
NATIVE_ONES = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "서": 3, "넷": 4,
               "네": 4, "넉": 4, "너": 4, "다섯": 5, "닷": 5, "여섯": 6, "엿": 6, "일곱": 7,
               "여덟": 8, "아홉": 9}

_native_tens_alt = "|".join(sorted(NATIVE_TENS, key=len, reverse=True))
_native_ones_alt = "|".join(sorted(NATIVE_ONES, key=len, reverse=True))
# e.g. 서른다섯, 스물한, 열, 다섯, 한
NATIVE_RE = f"(?:(?:{_native_tens_alt})(?:\\s?(?:{_native_ones_alt}))?|(?:{_native_ones_alt}))"
_NATIVE_FULL = re.compile(f"^(?P<tens>{_native_tens_alt})?(?P<ones>{_native_ones_alt})?$")

SINO_CHARS = "영공일이삼사오육륙칠팔구십백천만억조"
# At most 15 digits (amounts beyond 10^15 won are not plausible; longer runs are account/card numbers,
# and unbounded runs invite regex backtracking).
DIGITS_RE = r"(?<!\d)(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,15}(?:\.\d{1,4})?)(?![\d,])"
MAX_VALUE = 10 ** 15

# A hangul number must contain a unit character (십/백/천) or be followed by 만/억, so that particles and
# syllables such as 이/일/사/오/구 ("40이에요", "마포구") are not read as digits.
HANGUL_NUM = r"(?:(?:[일이삼사오육칠팔구]?[십백천])+[일이삼사오육칠팔구]?|[일이삼사오육칠팔구](?=\s?[만억]))"
_NUMBER = f"(?:(?:{DIGITS_RE})(?:\\s?[십백천](?=[만억조원]|[^가-힣]|$))?|{HANGUL_NUM})"
# "1억 2천만", "3억 5천", "150만", "백오십만", "1,500,000" -- big units first, each group separated by a unit,
# so a run of digits can only be read one way (no backtracking blow-up).
MONEY_RE = (f"(?:(?:{_NUMBER}\\s?[조억]\\s?)+(?:{_NUMBER}\\s?만?)?|{_NUMBER}\\s?만(?:\\s?{_NUMBER})?|{_NUMBER})"
            f"(?:\\s?원)?")


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
    """Money in KRW. '150만원' -> 1500000; '월 150' -> 1500000 (bare numbers < 10,000 are 만원);
    '1억 2천' -> 120000000 (a bare 천/백 after 억 means 천만/백만); '3000원' -> 3000; '없어요' -> 0.
    """
    if text is None:
        return None
    s = str(text).strip()
    if not s:
        return None
    if re.search(r"(없어요|없음|없습니다|없다|없어|0원|무소득|한 ?푼도)", s) and not re.search(r"\d", s.replace("0원", "")):
        return 0
    s = re.sub(r"^(월|매월|한\s?달에?|한달|연|년)\s*", "", s)
    explicit_won = bool(re.search(r"원", s))
    s = re.sub(r"(원|정도|쯤|가량|내외|이요|요|입니다|이에요|예요|씩|남짓|조금\s?넘게|조금|넘게|넘어요|벌어요|받아요)", " ", s)
    s = s.replace("만 원", "만").strip()
    m = re.search(MONEY_RE, s)
    if not m:
        native = parse_native(s.replace(" ", ""))
        return int(native * bare_unit) if native is not None else None
    expr = m.group(0).replace(" ", "").rstrip("원")
    # "1억 2천" / "1억2천": a trailing bare small group after 억 means 만원 units.
    if "억" in expr and "만" not in expr:
        head, tail = expr.split("억", 1)
        if tail:
            expr = f"{head}억{tail}만"
    value = parse_number(expr)
    if value is None:
        return None
    if not explicit_won and not re.search("[만억조]", expr) and value < 10_000:
        value *= bare_unit
    return int(round(value))


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
    for m in re.finditer(f"(?<![가-힣])({NATIVE_RE})(?=\\s?{_COUNTER}|\\s?(?:이요|이에요|예요|요|입니다)?\\s*$|\\s)", s):
        word = m.group(1).replace(" ", "")
        if word in _ATTRIBUTIVE:
            if not re.match(f"\\s?{_COUNTER}", s[m.end(1):]):
                continue
        v = parse_native(word)
        if v is not None:
            return v
    for m in re.finditer(f"(?<![가-힣])([{SINO_CHARS}]+)(?=\\s?{_COUNTER}|\\s?(?:이요|이에요|예요|요|입니다)?\\s*$|\\s)", s):
        word = m.group(1)
        if len(word) == 1 and not re.match(f"\\s?{_COUNTER}", s[m.end(1):]):
            continue
        v = _parse_sino_small(word)
        if v is not None:
            return v
    return None


AGE_UNIT_RE = re.compile(
    f"(?P<num>{DIGITS_RE}|{NATIVE_RE}|[일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)\\s?(?P<unit>살|세|대)"
)


def parse_age(text: str) -> Optional[int]:
    """'35살' / '서른다섯 살' / '삼십오세' / '60대' / '서른다섯이요' / '35' -> int age (0..120)."""
    if text is None:
        return None
    s = str(text)
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
    v = parse_int(s)
    if v is not None and 1 <= v <= 20:
        return v
    return None


CHILD_WORD = r"(?:애들?|아이들?|아기|애기|자녀|아들|딸|자식|애새끼|꼬맹이|남매|형제|자매)"
_CHILD_COUNT_RES = [
    re.compile(f"{CHILD_WORD}\\s?(?:이|가|는|도)?\\s?(?P<num>{DIGITS_RE}|{NATIVE_RE})\\s?(?:명|이에요|예요|이요|있|입니다|$|\\b)"),
    re.compile(f"(?P<num>{DIGITS_RE}|{NATIVE_RE})\\s?(?:명의?)?\\s?{CHILD_WORD}"),
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
    if re.search(r"(아이|애|자녀).{0,4}없|무자녀", s):
        return 0
    return None
