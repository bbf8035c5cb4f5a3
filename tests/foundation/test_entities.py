import pytest

from bot.korean.entities import extract, normalise_phone


def ents(text):
    return [(e["entity"], e["text"], e["value"], e.get("role")) for e in extract(text)]


def test_offsets_are_exact():
    for text in [
        "저는 35살이고 3인 가구예요",
        "빚이 2천만원 있고 보증금 500에 월세 40이에요",
        "내일 오후 2시 가능해요?",
        "010-1234-5678 홍길동",
        "애가 둘이에요 7살 딸이랑 3살 아들",
    ]:
        for e in extract(text):
            assert text[e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("저는 35살이고 3인 가구예요", [("age", "35살", 35, None), ("household_size", "3인 가구", 3, None)]),
        (
            "서른다섯 살이에요 월 150 벌어요",
            [("age", "서른다섯 살", 35, None), ("monthly_income", "150", 1_500_000, None)],
        ),
        (
            "빚이 2천만원 있고 보증금 500에 월세 40이에요",
            [
                ("amount", "2천만원", 20_000_000, "debt"),
                ("amount", "500", 5_000_000, "deposit"),
                ("amount", "40", 400_000, "rent"),
            ],
        ),
        (
            "애가 둘이에요 7살 딸이랑 3살 아들",
            [("num_children", "둘", 2, None), ("child_age", "7살", 7, None), ("child_age", "3살", 3, None)],
        ),
        ("01012345678이에요", [("phone", "01012345678", "010-1234-5678", None)]),
        ("예약번호 AB3K7Q 확인해줘", [("booking_code", "AB3K7Q", "AB3K7Q", None)]),
        ("1억 2천 빚이 있어요", [("amount", "1억 2천", 120_000_000, "debt")]),
        ("두 아이 키워요", [("num_children", "두", 2, None)]),
        ("실직했는데 월세도 밀리고 빚도 있어요", []),
    ],
)
def test_extract(text, expected):
    assert ents(text) == expected


def test_dates_and_times():
    got = ents("다음 주 화요일 10시 반")
    assert ("date", "다음 주 화요일", "다음 주 화요일", None) in got
    assert ("time", "10시 반", "10시 반", None) in got
    assert [e[0] for e in ents("11월 25일 10시")] == ["date", "time"]


def test_phone_normalise():
    assert normalise_phone("연락처 010 1234 5678") == "010-1234-5678"
    assert normalise_phone("02-123-4567") is None


def test_no_overlaps_random():
    import random

    rnd = random.Random(7)
    pieces = [
        "35살",
        "3인 가구",
        "월 150",
        "빚 2천",
        "보증금 500",
        "애가 둘",
        "내일",
        "오후 3시",
        "010-2222-3333",
        "ㅇㅇ",
        "😢",
        " ",
    ]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        spans = sorted((e["start"], e["end"]) for e in extract(text))
        for (_a, b), (c, _d) in zip(spans, spans[1:]):
            assert b <= c


@pytest.mark.parametrize(
    "text,span",
    [
        ("지난 일요일 2시", "지난 일요일"),
        ("설날에 가도 돼요", "설날"),
        ("다음 달 안에요", "다음 달 안에"),
        ("3월 마지막 월요일 오전", "3월 마지막 월요일"),
        ("7일 안에 가능해요", "7일 안에"),
        ("크리스마스 이브에요", "크리스마스 이브"),
    ],
)
def test_new_date_forms_are_date_entities(text, span):
    assert ("date", span) in [(e["entity"], e["text"]) for e in extract(text)]
