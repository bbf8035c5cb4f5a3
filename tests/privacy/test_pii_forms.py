"""Identifiers as people really type them (issue 13 item 4, issue 15 "Identifiers masked").

Each row says what is masked and why.  Policy: keep what is harmless and useful to a counselor
(birth date + gender digit of a 주민번호 ~ an age; the phone prefix and last four digits to tell
numbers apart; the e-mail domain; the 동 name) and hide the rest.  Over-masking is the lesser fault,
so loose forms (spaces, odd separators, full-width digits) are masked even if they might be
something else.
"""

import pytest
from hypothesis import given, settings, strategies as st

from bot.privacy.pii import mask_text

# (raw, expected, why)
FORMS = [
    # 주민등록번호: the back six digits identify the person
    ("900101 - 1234567", "900101 - 1******", "spaces around the hyphen"),
    ("900101 -1234567", "900101 -1******", "space before the hyphen only"),
    ("900101.1234567", "900101.1******", "dot as separator"),
    ("900101_1234567", "900101_1******", "underscore as separator"),
    ("900101/1234567", "900101/1******", "slash as separator"),
    ("900101~1234567", "900101~1******", "tilde as separator"),
    ("９００１０１－１２３４５６７", "９００１０１－１******", "full-width digits and hyphen"),
    ("900101–1234567", "900101–1******", "en dash"),
    ("앞자리 900101 뒷자리 1234567", "앞자리 900101 뒷자리 1******", "split over two words"),
    (
        "주민번호 900101이고 뒷자리는 1234567이에요",
        "주민번호 900101이고 뒷자리는 1******이에요",
        "split over a sentence",
    ),
    ("뒷자리는 2345678입니다", "뒷자리는 2******입니다", "back half alone, after 뒷자리"),
    ("뒷번호: 1234567", "뒷번호: 1******", "뒷번호 with a colon"),
    ("주민번호 8201011000000요", "주민번호 8201011******요", "born in 1982, no separator: not a +82 phone"),
    (
        "주민번호는 팔오공일일오 다시 일이삼사오육칠이에요",
        "주민번호는 팔오공일일오 다시 일******이에요",
        "read out in digit words, 다시 between",
    ),
    ("구공공일공일 이삼사오육칠팔", "구공공일공일 이******", "digit words with a space"),
    ("팔오 공일 일오 - 일 이삼 사오 육칠", "팔오 공일 일오 - 일 ** ** **", "digit words in pairs"),
    ("주민번호 850115에 일이삼사오육칠", "주민번호 850115에 일******", "front in digits, back in words"),
    # phones: only the prefix and the last four digits stay
    ("010 - 1234 - 5678", "010 - **** - 5678", "spaces around hyphens"),
    ("010—1234—5678", "010—****—5678", "em dash"),
    ("010−1234−5678", "010−****−5678", "minus sign"),
    ("０１０－１２３４－５６７８", "０１０－****－５６７８", "full-width"),
    ("０１０１２３４５６７８", "０１０****５６７８", "full-width without separators"),
    ("+82 10 1234 5678", "+82 10 **** 5678", "+82 with spaces"),
    ("+82-10-1234-5678", "+82-10-****-5678", "+82 with hyphens"),
    ("+82 (0)10-1234-5678", "+82 (0)10-****-5678", "+82 (0) form"),
    ("공일공 일이삼사 오육칠팔", "공일공 **** 오육칠팔", "digits in words"),
    ("번호는 공일공일이삼사오육칠팔이에요", "번호는 공일공****오육칠팔이에요", "words without spaces + particle"),
    ("번호는공일공일이삼사오육칠팔", "번호는공일공****오육칠팔", "glued to the particle"),
    ("영일영-구팔칠육-오사삼이", "영일영-****-오사삼이", "영 for zero, hyphens"),
    ("0 1 0 1 2 3 4 5 6 7 8", "0 1 0 * * * * 5 6 7 8", "digits one by one"),
    # accounts: only the last four digits
    ("신한 110 123 456789", "신한 *** *** **6789", "account with spaces"),
    ("국민 123456 12 123456", "국민 ****** ** **3456", "국민 6-2-6 with spaces"),
    ("계좌 110 - 123 - 456789", "계좌 *** - *** - **6789", "spaces around hyphens"),
    # cards
    ("1234.5678.9012.3456", "****.****.****.3456", "card with dots"),
    ("1234 - 5678 - 9012 - 3456", "**** - **** - **** - 3456", "card with spaced hyphens"),
    # passports: the letter says only the passport type
    ("여권번호 M12345678", "여권번호 M********", "1 letter + 8 digits"),
    ("여권 s12345678 입니다", "여권 s******** 입니다", "lower case"),
    ("M123A4567", "M********", "2021 passport form"),
    # driver licences (region 2 + year 2 + serial 6 + check 2)
    ("운전면허 11-12-345678-90", "운전면허 **-**-****78-90", "licence with hyphens"),
    ("면허번호 11 12 345678 90", "면허번호 ** ** ****78 90", "licence with spaces"),
    ("서울 12-345678-90", "서울 **-****78-90", "old form with region name"),
    # e-mail written to dodge filters
    ("hong(at)naver.com", "h***(at)naver.com", "(at)"),
    ("hong [at] naver [dot] com", "h*** [at] naver [dot] com", "[at] [dot]"),
    ("kim.cs 골뱅이 daum.net", "k***** 골뱅이 daum.net", "골뱅이"),
    ("hong＠naver.com", "h***＠naver.com", "full-width @"),
    # house numbers: the building and unit locate the person; 동 names stay
    ("래미안 101동 1203호 살아요", "래미안 ***동 ****호 살아요", "apartment 동/호"),
    ("101 동 1203 호", "*** 동 **** 호", "동/호 with spaces"),
    ("빌라 302호", "빌라 ***호", "unit alone"),
    ("역삼동 123-45번지", "역삼동 ***-**번지", "lot number"),
]

KEPT = [
    ("150만원", "amount"),
    ("월 소득이 1,500,000원 정도예요", "amount with commas"),
    ("2026-11-25 오후 2시", "date"),
    ("2026. 11. 25.", "date with spaces"),
    ("3시 30분", "time"),
    ("2호선 타고 가요", "subway line"),
    ("역삼1동 주민센터", "administrative 동"),
    ("예약번호 GB-7K3P9Q", "booking code"),
    ("예약코드 K7P9QZ", "6-char booking code"),
    ("1588-1234", "business number"),
    ("☎1350 또는 129", "public help lines"),
    ("일이 너무 많아서 힘들어요", "일/이 as words"),
    ("공일이 좋아요 이삼일 뒤에", "digit-like words that are not a number"),
    ("이사 오고 일이 많아서 이 일 저 일 다 해요 사이사이 오일장도 가요", "many digit-like syllables in words"),
    ("35살 아이 2명 월세 50만원", "small numbers"),
    ("우편번호 06236", "postcode"),
    ("meet at home", "'at' in English"),
]


@pytest.mark.parametrize("raw,expected,why", FORMS, ids=[f[2] for f in FORMS])
def test_masks_form(raw, expected, why):
    out = mask_text(raw)
    assert out == expected, why
    assert len(out) == len(raw)
    assert mask_text(out) == out  # idempotent


@pytest.mark.parametrize("raw,why", KEPT, ids=[k[1] for k in KEPT])
def test_keeps_non_identifiers(raw, why):
    assert mask_text(raw) == raw, why


DIGIT_WORDS = "공일이삼사오육칠팔구"
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


@settings(max_examples=150, deadline=None)
@given(
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.sampled_from(["-", " - ", "–", "—", "－", ".", " ", ""]),
    st.sampled_from(["ascii", "fullwidth", "words", "+82"]),
    st.sampled_from(["", "제 번호는 ", "연락처:"]),
    st.sampled_from(["", "이에요", " 입니다", "로 연락 주세요"]),
)
def test_any_phone_form_hides_the_middle(mid, last, sep, form, before, after):
    if form == "words":
        conv = lambda s: "".join(DIGIT_WORDS[int(c)] for c in s)  # noqa: E731
        prefix = "공일공"
    elif form == "fullwidth":
        conv = lambda s: "".join(FULLWIDTH[c] for c in s)  # noqa: E731
        prefix = conv("010")
    elif form == "+82":
        conv = str
        prefix = f"+82{sep or ' '}10"
    else:
        conv = str
        prefix = "010"
    number = f"{prefix}{sep}{conv(mid)}{sep}{conv(last)}"
    raw = f"{before}{number}{after}"
    out = mask_text(raw)
    mid_at = len(before) + len(prefix) + len(sep)
    assert out[mid_at : mid_at + 4] == "****", (raw, out)  # the middle four are hidden
    end = len(before) + len(number)
    assert out[end - 4 : end] == raw[end - 4 : end]  # the last four stay to tell numbers apart


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, 99),
    st.integers(1, 12),
    st.integers(1, 28),
    st.from_regex(r"[1-4][0-9]{6}", fullmatch=True),
    st.sampled_from(["-", " - ", " ", "", ".", "_", "/", "－", " 뒷자리 ", "이고 뒷자리는 "]),
)
def test_any_rrn_form_hides_the_back_half(yy, mm, dd, back, sep):
    front = f"{yy:02d}{mm:02d}{dd:02d}"
    raw = f"주민번호 {front}{sep}{back}요"
    out = mask_text(raw)
    at = raw.index(back, len("주민번호 ") + 6)
    assert out[at + 1 : at + 7] == "******", (raw, out)  # the six digits after the gender digit


_ALPHABET = "0123456789０１２３４５６７８９공영일이삼사오육칠팔구 -–—－.@_/()+동호번지뒷자리가나다abcMm"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_any_text_masks_by_stars_only_and_once(text):
    once = mask_text(text)
    assert len(once) == len(text)
    assert all(a == b or b == "*" for a, b in zip(text, once))  # only ever turns characters into '*'
    assert mask_text(once) == once  # masking twice changes nothing
