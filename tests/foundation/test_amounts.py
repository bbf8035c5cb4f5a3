"""Amounts exactly as citizens type them (issue 15, money): parse_amount / parse_money / entities.

Each row is what a person would notice if it were misread: the won figure stored for eligibility,
whether it is per month or per year, a range or a bound, and money that is not in 원.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.korean import numbers as ko_numbers
from bot.korean.entities import extract

# text -> (value, low, high, period, currency)
TABLE = [
    # 만 with no number before it
    ("만오천원", 15_000, None, None, None, "KRW"),
    ("만 오천 원", 15_000, None, None, None, "KRW"),
    ("만원", 10_000, None, None, None, "KRW"),
    ("만원이요", 10_000, None, None, None, "KRW"),
    ("만원 정도", 10_000, None, None, None, "KRW"),
    ("만 원요", 10_000, None, None, None, "KRW"),
    ("1만5천원", 15_000, None, None, None, "KRW"),
    # monthly, bare numbers in 만원
    ("월 180 정도", 1_800_000, None, None, "month", "KRW"),
    ("한 달에 백팔십", 1_800_000, None, None, "month", "KRW"),
    ("한달에 백팔십이요", 1_800_000, None, None, "month", "KRW"),
    ("180만", 1_800_000, None, None, None, "KRW"),
    ("180만원요", 1_800_000, None, None, None, "KRW"),
    ("180 만 원", 1_800_000, None, None, None, "KRW"),
    ("백팔십만원", 1_800_000, None, None, None, "KRW"),
    ("1,800,000원", 1_800_000, None, None, None, "KRW"),
    ("1800000", 1_800_000, None, None, None, "KRW"),
    ("월급 이백만원 받아요", 2_000_000, None, None, "month", "KRW"),
    ("매달 150 들어와요", 1_500_000, None, None, "month", "KRW"),
    ("150마넌", 1_500_000, None, None, None, "KRW"),  # chat spelling of 만원
    ("150만언", 1_500_000, None, None, None, "KRW"),  # typo
    ("월 180만원 조금 넘게", 1_800_000, None, None, "month", "KRW"),  # about 180, not a bound
    ("약 200만원", 2_000_000, None, None, None, "KRW"),
    ("한 150", 1_500_000, None, None, None, "KRW"),
    # mixed digits and units, 억
    ("3천5백", 35_000_000, None, None, None, "KRW"),
    ("3천 5백만원", 35_000_000, None, None, None, "KRW"),
    ("삼천오백만 원", 35_000_000, None, None, None, "KRW"),
    ("1억 2천", 120_000_000, None, None, None, "KRW"),
    ("1억2천5백", 125_000_000, None, None, None, "KRW"),
    ("일억 이천만원", 120_000_000, None, None, None, "KRW"),
    ("1.5억", 150_000_000, None, None, None, "KRW"),
    ("5천원", 5_000, None, None, None, "KRW"),
    ("천원", 1_000, None, None, None, "KRW"),
    ("3000원", 3_000, None, None, None, "KRW"),
    ("₩10", 10, None, None, None, "KRW"),  # the won sign: 10 won, not 10만
    ("￦50,000", 50_000, None, None, None, "KRW"),
    # annual
    ("연봉 3600만원", 36_000_000, None, None, "year", "KRW"),
    ("연봉 3600", 36_000_000, None, None, "year", "KRW"),
    ("1년에 3천", 30_000_000, None, None, "year", "KRW"),
    ("일년에 삼천 벌어요", 30_000_000, None, None, "year", "KRW"),
    ("연 소득 2400만원이에요", 24_000_000, None, None, "year", "KRW"),
    ("연수입 1800", 18_000_000, None, None, "year", "KRW"),
    ("작년 소득 3천만원", 30_000_000, None, None, "year", "KRW"),
    # bounds and ranges
    ("100만원 이하", None, None, 1_000_000, None, "KRW"),
    ("100만원 미만", None, None, 999_999, None, "KRW"),
    ("100만원도 안 돼요", None, None, 999_999, None, "KRW"),
    ("200 이상", None, 2_000_000, None, None, "KRW"),
    ("200만원 초과", None, 2_000_001, None, None, "KRW"),
    ("월 200 넘게 벌어요", None, 2_000_001, None, "month", "KRW"),
    ("200~250만원", None, 2_000_000, 2_500_000, None, "KRW"),
    ("200-250", None, 2_000_000, 2_500_000, None, "KRW"),
    ("2~3백만원", None, 2_000_000, 3_000_000, None, "KRW"),
    ("200에서 250만 원 사이", None, 2_000_000, 2_500_000, None, "KRW"),
    ("연봉 3000만원 이하", None, None, 30_000_000, "year", "KRW"),
    ("만원 이하", None, None, 10_000, None, "KRW"),
    ("만 원도 안 돼요", None, None, 9_999, None, "KRW"),
    ("100만원 이하, 3명이에요", None, None, 1_000_000, None, "KRW"),
    ("200만원대", None, 2_000_000, 2_999_999, None, "KRW"),
    ("월 150만 원대요", None, 1_500_000, 1_599_999, "month", "KRW"),
    # other numbers in the same answer
    ("한 달 150, 1년이면 1800", 1_500_000, None, None, "month", "KRW"),
    ("1년 넘게 일했고 월 150 벌어요", 1_500_000, None, None, "month", "KRW"),
    ("작년에 실직해서 지금 월 50", 500_000, None, None, "month", "KRW"),
    ("3명이서 월 200", 2_000_000, None, None, "month", "KRW"),
    ("백 오십만원", 1_500_000, None, None, None, "KRW"),  # spaced hangul numerals
    ("150,0000원", 1_500_000, None, None, None, "KRW"),  # commas every 4 digits (만 grouping)
    ("200 못 벌어요", None, None, 1_999_999, None, "KRW"),
    ("월급이 백만원", 1_000_000, None, None, "month", "KRW"),  # 이 is a particle here, not 2
    # zero
    ("없어요", 0, None, None, None, "KRW"),
    ("수입 하나도 없어요", 0, None, None, None, "KRW"),
    ("0원", 0, None, None, None, "KRW"),
    # not 원
    ("10달러", 10, None, None, None, "USD"),
    ("$15", 15, None, None, None, "USD"),
    ("100불", 100, None, None, None, "USD"),
    ("5만 엔", 50_000, None, None, None, "JPY"),
    ("EUR 20", 20, None, None, None, "EUR"),
    ("20유로요", 20, None, None, None, "EUR"),
    ("300위안", 300, None, None, None, "CNY"),
]


@pytest.mark.parametrize("text,value,low,high,period,currency", TABLE, ids=[r[0] for r in TABLE])
def test_amount_table(text, value, low, high, period, currency):
    a = ko_numbers.parse_amount(text)
    assert a is not None, text
    assert (a.value, a.low, a.high, a.period, a.currency) == (value, low, high, period, currency)
    assert a.note and any("가" <= ch <= "힣" for ch in a.note)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "몰라요",
        "글쎄요",
        "만약에",
        "만나서 얘기해요",
        "만 64세",
        "010-1234-5678",
        "01012345678",
        "300~200",
        "잘 모르겠어요 ㅠ",
        "😀",
    ],
)
def test_no_amount_is_none(text):
    assert ko_numbers.parse_amount(text) is None
    assert ko_numbers.parse_money(text) is None


def test_annual_is_stored_monthly_and_said_back():
    a = ko_numbers.parse_amount("연봉 3600만원")
    assert a.monthly() == 3_000_000 and a.as_profile_value() == 3_000_000
    assert a.note == "연 3,600만 원 → 월 300만 원으로 계산했어요."
    assert ko_numbers.parse_money("연봉 3600만원") == 36_000_000  # parse_money: the number said (callers divide)
    assert ko_numbers.parse_amount("1년에 3천").monthly() == 2_500_000
    assert ko_numbers.parse_amount("연 소득 3500만원").monthly() == 2_916_667


def test_profile_values_for_bounds_and_ranges():
    assert ko_numbers.parse_amount("100만원 이하").as_profile_value() == {"min": None, "max": 1_000_000}
    assert ko_numbers.parse_amount("100만원 미만").as_profile_value() == {"min": None, "max": 999_999}
    assert ko_numbers.parse_amount("200만원 이상").as_profile_value() == {"min": 2_000_000, "max": None}
    assert ko_numbers.parse_amount("200만원 초과").as_profile_value() == {"min": 2_000_001, "max": None}
    assert ko_numbers.parse_amount("200~250만원").as_profile_value() == {"min": 2_000_000, "max": 2_500_000}
    # annual bounds per month: min rounded up, max rounded down
    assert ko_numbers.parse_amount("연봉 3500만원 이상").as_profile_value() == {"min": 2_916_667, "max": None}
    assert ko_numbers.parse_amount("연봉 3500만원 이하").as_profile_value() == {"min": None, "max": 2_916_666}
    # parse_money does not flatten a range or a bound into one number
    assert ko_numbers.parse_money("100만원 이하") is None and ko_numbers.parse_money("200~250만원") is None


@pytest.mark.parametrize(
    "text,period",
    [
        ("시급 1만원", "hour"),
        ("일당 10만원", "day"),
        ("주급 50", "week"),
        ("하루에 8만원 받아요", "day"),
        ("일주일에 20만원", "week"),
    ],
)
def test_pay_per_hour_day_week_is_asked_back(text, period):
    a = ko_numbers.parse_amount(text)
    assert a.period == period and a.monthly() is None and a.as_profile_value() is None
    assert "한 달에 받는 금액으로 말씀해 주세요" in a.note
    assert ko_numbers.parse_money(text) is None and ko_numbers.read_money(text, monthly=True)[0] is None


def test_foreign_money_is_not_converted():
    for text in ("10달러", "5만 엔", "EUR 20", "$15"):
        a = ko_numbers.parse_amount(text)
        assert a.currency != "KRW" and a.monthly() is None and a.as_profile_value() is None
        assert "원으로 말씀해 주세요" in a.note
        assert ko_numbers.parse_money(text) is None
    assert ko_numbers.parse_amount("5만 엔").note.startswith("50,000엔은")


def test_notes_read_naturally():
    assert (
        ko_numbers.parse_amount("월 180 정도").note
        == "월 180만 원으로 이해했어요(숫자만 말씀하셔서 만 원 단위로 읽었어요)."
    )
    assert ko_numbers.parse_amount("월 180 정도").approx is True
    assert ko_numbers.parse_amount("100만원 미만").note == "100만 원 미만으로 이해했어요."
    assert ko_numbers.parse_amount("200~250만원").note == "200만 원~250만 원 사이로 이해했어요."
    assert ko_numbers.parse_amount("연봉 3000만원 이하").note == "연 3,000만 원 이하 → 월 250만 원 이하로 계산했어요."


def test_bare_unit_one_reads_plain_won():
    assert ko_numbers.parse_amount("3000", bare_unit=1).value == 3000
    assert ko_numbers.parse_money("3000", bare_unit=1) == 3000


@pytest.mark.parametrize(
    "n,text",
    [
        (15_000, "1만 5,000원"),
        (36_000_000, "3,600만 원"),
        (120_000_000, "1억 2,000만 원"),
        (3_000, "3,000원"),
        (0, "0원"),
        (100_000_000, "1억 원"),
    ],
)
def test_format_won(n, text):
    assert ko_numbers.format_won(n) == text


# ---- properties ----

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
_DIG = "영일이삼사오육칠팔구"


def _hangul_small(n: int) -> str:
    """1..9999 in Sino-Korean hangul the way people write it (일 is dropped before 십/백/천)."""
    out = ""
    for unit, base in (("천", 1000), ("백", 100), ("십", 10)):
        d, n = divmod(n, base)
        if d:
            out += ("" if d == 1 else _DIG[d]) + unit
    return out + (_DIG[n] if n else "")


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_won_reads_back(n):
    assert ko_numbers.parse_money(ko_numbers.format_won(n)) == n


@SETTINGS
@given(st.integers(min_value=1, max_value=10**11), st.sampled_from(["{:,}원", "{}원", "{:,} 원", "₩{:,}"]))
def test_digits_with_won_read_exactly(n, fmt):
    assert ko_numbers.parse_money(fmt.format(n)) == n


@SETTINGS
@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["월 {}", "한 달에 {}", "{}만원", "{}만 원 정도", "매달 {}이요"]),
)
def test_bare_and_man_units_are_man_won(k, fmt):
    a = ko_numbers.parse_amount(fmt.format(k))
    assert a.value == k * 10_000 and a.currency == "KRW"


@SETTINGS
@given(st.integers(min_value=1, max_value=9999))
def test_hangul_numerals_read_like_digits(k):
    assert ko_numbers.parse_money(_hangul_small(k) + "만원") == k * 10_000
    if k >= 10:  # a lone 일/이/삼 after 월 is a day or a particle, not an amount
        assert ko_numbers.parse_money("월 " + _hangul_small(k)) == k * 10_000


@SETTINGS
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["연봉 {}만원", "1년에 {}만 원", "연 소득 {}만원"]))
def test_annual_is_divided_by_twelve(k, fmt):
    a = ko_numbers.parse_amount(fmt.format(k))
    assert a.period == "year" and a.value == k * 10_000
    assert a.monthly() == round(k * 10_000 / 12) and "계산했어요" in a.note


@SETTINGS
@given(
    st.integers(min_value=1, max_value=5000),
    st.integers(min_value=0, max_value=5000),
    st.sampled_from(["{}~{}만원", "{}-{}만원", "{}에서 {}만 원 사이", "월 {}~{}"]),
)
def test_ranges_keep_both_ends(lo, extra, fmt):
    hi = lo + extra
    a = ko_numbers.parse_amount(fmt.format(lo, hi))
    assert (a.value, a.low, a.high) == (None, lo * 10_000, hi * 10_000)
    assert a.as_profile_value() == {"min": lo * 10_000, "max": hi * 10_000}


@SETTINGS
@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from([("이하", 0, "max"), ("미만", -1, "max"), ("이상", 0, "min"), ("초과", 1, "min")]),
)
def test_bounds_keep_their_direction(k, bound):
    word, delta, side = bound
    pv = ko_numbers.parse_amount(f"{k}만원 {word}").as_profile_value()
    other = "min" if side == "max" else "max"
    assert pv[side] == k * 10_000 + delta and pv[other] is None


@SETTINGS
@given(st.text(max_size=60))
def test_never_raises_and_is_consistent(text):
    a = ko_numbers.parse_amount(text)
    m = ko_numbers.parse_money(text)
    if a is None:
        assert m is None
    else:
        assert a.value is not None or a.low is not None or a.high is not None
        if a.low is not None and a.high is not None:
            assert a.low <= a.high
        if m is not None:
            assert a.currency == "KRW" and m == a.value


# ---- entities: the amount in a whole sentence ----


def _money_ents(text):
    return [
        (e["entity"], e["text"], e["value"], e.get("role"))
        for e in extract(text)
        if e["entity"] in ("monthly_income", "amount")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("연봉 3600만원 받아요", [("monthly_income", "3600만원", 3_000_000, None)]),
        ("1년에 3천 벌어요", [("monthly_income", "3천", 2_500_000, None)]),
        ("한 달에 백팔십 정도 벌어요", [("monthly_income", "백팔십", 1_800_000, None)]),
        ("월 200~250만원 벌어요", [("monthly_income", "200~250만원", {"min": 2_000_000, "max": 2_500_000}, None)]),
        ("소득은 100만원 이하예요", [("monthly_income", "100만원 이하", {"min": None, "max": 1_000_000}, None)]),
        ("빚이 3천에서 4천 정도 돼요", [("amount", "3천에서 4천", {"min": 30_000_000, "max": 40_000_000}, "debt")]),
        ("월 3천5백 벌어요", [("monthly_income", "3천5백", 35_000_000, None)]),
        ("월 10달러 벌어요", []),
        ("월세 40에 보증금 500", [("amount", "40", 400_000, "rent"), ("amount", "500", 5_000_000, "deposit")]),
    ],
)
def test_entities_keep_what_was_said(text, expected):
    assert _money_ents(text) == expected


def test_annual_entity_carries_the_note():
    e = next(e for e in extract("연봉이 3600만원이에요") if e["entity"] == "monthly_income")
    assert e["value"] == 3_000_000 and e["period"] == "year" and "월 300만 원" in e["note"]


@pytest.mark.parametrize(
    "text,monthly,value,noted",
    [
        ("연봉 3600만원", True, 3_000_000, True),
        ("연봉 3600만원", False, 36_000_000, False),
        ("월 180 정도", True, 1_800_000, False),
        ("만오천원", False, 15_000, False),
        ("100만원 이하", True, {"min": None, "max": 1_000_000}, True),
        ("연봉 3000만원 이하", True, {"min": None, "max": 2_500_000}, True),
        ("연봉 3000만원 이하", False, {"min": None, "max": 30_000_000}, True),
        ("10달러", True, None, True),
        ("몰라요", True, None, False),
    ],
)
def test_read_money_for_storing_callers(text, monthly, value, noted):
    v, note = ko_numbers.read_money(text, monthly=monthly)
    assert v == value and bool(note) == noted
