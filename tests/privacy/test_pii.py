"""Tests for bot.privacy.pii (rule-based PII masking)."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from bot.privacy.pii import contains_pii, mask_obj, mask_text

MASKED = [
    # 주민등록번호 / 외국인등록번호
    ("900101-1234567", "900101-1******"),
    ("9001011234567", "9001011******"),
    ("900101 1234567", "900101 1******"),
    ("외국인등록번호는 851231-5123456 입니다", "외국인등록번호는 851231-5****** 입니다"),
    ("주민번호9001012345678요", "주민번호9001012******요"),
    ("제 주민번호는 020315-4123456이고요", "제 주민번호는 020315-4******이고요"),
    # mobile
    ("010-1234-5678", "010-****-5678"),
    ("제번호는01012345678이에요", "제번호는010****5678이에요"),
    ("010 1234 5678", "010 **** 5678"),
    ("010.1234.5678", "010.****.5678"),
    ("011-123-4567", "011-***-4567"),
    ("연락처:01098765432", "연락처:010****5432"),
    ("010-1234-5678로 연락주세요", "010-****-5678로 연락주세요"),
    ("+82 10-1234-5678", "+82 10-****-5678"),
    ("+821012345678", "+8210****5678"),
    ("+82 (0)10 1234 5678", "+82 (0)10 **** 5678"),
    # landline / internet / safe numbers
    ("02-123-4567", "02-***-4567"),
    ("02-1234-5678", "02-****-5678"),
    ("(02)1234-5678", "(02)****-5678"),
    ("전화 02)123-4567", "전화 02)***-4567"),
    ("031-123-4567", "031-***-4567"),
    ("집전화는0512345678이요", "집전화는051***5678이요"),
    ("070-1234-5678", "070-****-5678"),
    ("0505-123-4567", "0505-***-4567"),
    # bank accounts
    ("국민 123456-12-123456", "국민 ******-**-**3456"),
    ("신한 110-123-456789", "신한 ***-***-**6789"),
    ("우리 1002-123-456789", "우리 ****-***-**6789"),
    ("하나 123-456789-12345", "하나 ***-******-*2345"),
    ("농협 301-1234-5678-11", "농협 ***-****-**78-11"),
    ("기업은행 123-123456-01-012", "기업은행 ***-******-*1-012"),
    ("카카오뱅크3333-12-1234567로 보내주세요", "카카오뱅크****-**-***4567로 보내주세요"),
    ("계좌번호는 123456789012 입니다", "계좌번호는 ********9012 입니다"),
    # cards
    ("1234-5678-9012-3456", "****-****-****-3456"),
    ("1234 5678 9012 3456", "**** **** **** 3456"),
    ("카드1234567890123456번", "카드************3456번"),
    ("3782-822463-10005", "****-******-*0005"),
    # e-mail
    ("hong.gildong@naver.com", "h***********@naver.com"),
    ("메일은abc12@gmail.com이에요", "메일은a****@gmail.com이에요"),
    ("연락은 kim_01@daum.net 으로", "연락은 k*****@daum.net 으로"),
]

UNCHANGED = [
    "150만원",
    "월 소득이 1,500,000원 정도예요",
    "빚이 3천만원 있어요",
    "저는 35살이고 아이가 2명이에요",
    "2026-11-25에 예약하고 싶어요",
    "2026.11.25 오후 2시",
    "2026년 11월 25일 14:30",
    "GB-7K3P9Q",
    "예약번호 20261125-0042",
    "예약코드 BK-2611-7Q3",
    "1588-1234",
    "고객센터 1350",
    "우편번호 06236",
    "6개월 동안 일했어요",
    "90만원씩 12개월",
    "",
    "안녕하세요",
]


@pytest.mark.parametrize("raw,expected", MASKED)
def test_masks_identifiers(raw, expected):
    assert mask_text(raw) == expected
    assert contains_pii(raw)


@pytest.mark.parametrize("raw", UNCHANGED)
def test_leaves_non_pii_numbers(raw):
    assert mask_text(raw) == raw
    assert not contains_pii(raw)


def test_multiple_identifiers_in_one_message():
    raw = "제 번호 010-1234-5678, 주민번호 900101-1234567, 계좌 110-123-456789, 150만원 빌렸어요"
    out = mask_text(raw)
    assert "1234-5678" not in out and "1234567" not in out and "456789" not in out
    assert "150만원" in out
    assert out == "제 번호 010-****-5678, 주민번호 900101-1******, 계좌 ***-***-**6789, 150만원 빌렸어요"


def test_mask_obj_recurses_and_skips_keys():
    event = {
        "event": "user",
        "text": "번호 01012345678",
        "message_id": "a01012345678b0123456789012345ab",
        "parse_data": {
            "intent": {"name": "inform", "confidence": 0.93},
            "entities": [
                {"entity": "phone", "value": "01012345678", "start": 3, "end": 14},
                {"entity": "amount", "value": "150만원", "start": 0, "end": 0},
            ],
            "text": "번호 01012345678",
        },
        "tuple": ("900101-1234567", 5),
        "n": 1234567890123,
    }
    out = mask_obj(event, skip_keys={"message_id"})
    assert out["text"] == "번호 010****5678"
    assert out["parse_data"]["text"] == "번호 010****5678"
    assert out["parse_data"]["entities"][0]["value"] == "010****5678"
    assert out["parse_data"]["entities"][1]["value"] == "150만원"
    assert out["parse_data"]["intent"] == {"name": "inform", "confidence": 0.93}
    assert out["message_id"] == event["message_id"]
    assert out["tuple"] == ("900101-1******", 5)
    assert out["n"] == 1234567890123  # non-strings untouched
    # the input is not modified in place
    assert event["text"] == "번호 01012345678"


def test_entity_offsets_stay_valid():
    raw = "제 번호는 010-1234-5678 이고 메일은 hong@naver.com 이에요"
    start = raw.index("010")
    end = start + len("010-1234-5678")
    out = mask_text(raw)
    assert len(out) == len(raw)
    assert out[start:end] == "010-****-5678"


_piece = st.one_of(
    st.text(alphabet="가나다라마바사아자차카타파하 ,.-@만원", max_size=6),
    st.from_regex(r"\d{1,16}", fullmatch=True),
    st.sampled_from(["010-1234-5678", "900101-1234567", "a@b.co", "110-123-456789", "2026-11-25"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, max_size=8).map(" 그리고 ".join))
def test_mask_is_length_preserving_and_idempotent(text):
    once = mask_text(text)
    assert len(once) == len(text)
    assert mask_text(once) == once
    # masking only ever replaces characters with '*'
    assert all(a == b or b == "*" for a, b in zip(text, once))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["", "제 번호는", "번호", "연락처:"]),
    st.sampled_from(["010", "011", "016", "019"]),
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.sampled_from(["-", " ", ".", ""]),
    st.sampled_from(["", "이에요", "로 전화주세요", " 입니다"]),
)
def test_any_mobile_number_is_masked(before, pre, mid, last, sep, after):
    raw = f"{before}{pre}{sep}{mid}{sep}{last}{after}"
    out = mask_text(raw)
    assert re.search(re.escape(f"{pre}{sep}****{sep}{last}"), out), out
    assert mid not in out.replace(last, "") or mid == last


def test_mask_obj_skip_prefixes():
    obj = {"a": ["sealed:abc-010-1234-5678", "010-1234-5678"]}
    assert mask_obj(obj, skip_prefixes=("sealed:",)) == {"a": ["sealed:abc-010-1234-5678", "010-****-5678"]}
    assert mask_obj(obj)["a"][0] == "sealed:abc-010-****-5678"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("예약번호 W3ZD83 010-1234-5678", "W3ZD83"),
        ("XK9P12 01023456789", "XK9P12"),
        ("코드 AB3K77 010 2345 6789", "AB3K77"),
    ],
)
def test_a_booking_code_ending_in_digits_before_a_phone_stays_whole(raw, code):
    """The code's last digits and the phone are not one 'account number' (the cancel then found no booking)."""
    out = mask_text(raw)
    assert code in out and "2345" not in out and "1234" not in out, out
