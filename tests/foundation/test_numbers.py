import pytest

from bot.korean import numbers as ko_numbers


@pytest.mark.parametrize(
    "text,expected",
    [
        ("서른다섯", 35),
        ("35살", 35),
        ("35세", 35),
        ("삼십오 세", 35),
        ("서른다섯 살이에요", 35),
        ("마흔 두살", 42),
        ("스물한살", 21),
        ("열아홉", 19),
        ("쉰 살", 50),
        ("60대", 60),
        ("45", 45),
        ("만 64세", 64),
        ("일흔", 70),
    ],
)
def test_age(text, expected):
    assert ko_numbers.parse_age(text) == expected


@pytest.mark.parametrize("text", ["", "몰라요", "나이는 비밀", "abc"])
def test_age_none(text):
    assert ko_numbers.parse_age(text) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("150만원", 1_500_000),
        ("백오십만 원", 1_500_000),
        ("월 150", 1_500_000),
        ("1억 2천", 120_000_000),
        ("1억 2천만원", 120_000_000),
        ("1억2천", 120_000_000),
        ("1.2억", 120_000_000),
        ("3000원", 3000),
        ("2천", 20_000_000),
        ("없어요", 0),
        ("한달에 백오십 정도", 1_500_000),
        ("월 180만원 벌어요", 1_800_000),
        ("1,500,000원", 1_500_000),
        ("250만", 2_500_000),
        ("3억 5천만 원", 350_000_000),
        ("5천만원", 50_000_000),
        ("오십만원", 500_000),
        ("200", 2_000_000),
        ("1억", 100_000_000),
        ("0원", 0),
    ],
)
def test_money(text, expected):
    assert ko_numbers.parse_money(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("3인 가구", 3),
        ("3인가구요", 3),
        ("셋이 살아요", 3),
        ("혼자 살아요", 1),
        ("4명이서 살아요", 4),
        ("3", 3),
        ("부부 둘이 살아요", 2),
        ("네 식구예요", 4),
        ("다섯 식구", 5),
        ("1인 가구", 1),
    ],
)
def test_household(text, expected):
    assert ko_numbers.parse_household_size(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("애가 둘이에요", 2),
        ("두 아이", 2),
        ("아이 3명", 3),
        ("삼남매 키워요", 3),
        ("아이는 없어요", 0),
        ("딸 하나", 1),
        ("애들 셋", 3),
        ("자녀 2명", 2),
        ("쌍둥이 키워요", 2),
    ],
)
def test_children(text, expected):
    assert ko_numbers.parse_num_children(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("서른다섯", 35.0),
        ("1억 2천만", 120_000_000.0),
        ("천이백", 1200.0),
        ("3.5억", 350_000_000.0),
        ("", None),
        ("가나다", None),
    ],
)
def test_parse_number(text, expected):
    assert ko_numbers.parse_number(text) == expected
