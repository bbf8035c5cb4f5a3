"""Particles chosen by the final sound, as a Korean reader says the word."""

import pytest

from bot.korean.particles import join_and, josa


@pytest.mark.parametrize(
    "word, pair, expected",
    [
        ("가구 월소득", "을/를", "가구 월소득을"),
        ("나이", "을/를", "나이를"),
        ("0원", "으로/로", "0원으로"),
        ("180만 원", "으로/로", "180만 원으로"),
        ("서울", "으로/로", "서울로"),  # ㄹ 받침: 로
        ("마포구", "으로/로", "마포구로"),
        ("1", "으로/로", "1로"),  # 일: ㄹ
        ("3", "으로/로", "3으로"),  # 삼
        ("10", "이/가", "10이"),  # 십
        ("2", "이/가", "2가"),  # 이
        ("50%", "을/를", "50%를"),  # 퍼센트
        ("LH", "이/가", "LH가"),  # 에이치
        ("URL", "을/를", "URL을"),  # 엘
        ("HRD", "은/는", "HRD는"),  # 디
        ("국민취업지원제도 Ⅰ유형", "이/가", "국민취업지원제도 Ⅰ유형이"),
        ("국취 Ⅱ", "은/는", "국취 Ⅱ는"),
        ("주거급여(LH 조사)", "을/를", "주거급여(LH 조사)를"),
        ("제도", "과/와", "제도와"),
        ("실업급여", "이에요/예요", "실업급여예요"),
        ("수당", "이에요/예요", "수당이에요"),
    ],
)
def test_josa_by_final_sound(word, pair, expected):
    assert josa(word, pair) == expected


def test_unknown_final_sound_keeps_both_forms():
    assert josa("", "을/를") == "을(를)"
    assert josa("…", "이/가") == "…이(가)"


def test_join_and():
    assert join_and(["일자리", "주거"]) == "일자리와 주거"
    assert join_and(["빚 문제", "생활비"]) == "빚 문제와 생활비"
    assert join_and(["주거", "일자리", "생활비"]) == "주거, 일자리와 생활비"
    assert join_and(["생활비", "주거"]) == "생활비와 주거"
    assert join_and(["돌봄·양육"]) == "돌봄·양육"
    assert join_and([]) == ""
