"""Ordinary answers at the bot's money and household steps ("저는 0", "남편 월급이 다예요 저는 0") raised the 109
check-in (the classifier had learnt form answers only beside a sign): a woman leaving a violent husband was asked
whether she was all right when she told her income. bot/safety/data/train10.tsv holds 35 other such answers as
ordinary messages; these sentences are not in it (a separate check, not an evaluation)."""

from __future__ import annotations

import bot.safety as safety

ANSWERS = (
    "저는 0",
    "저는 0원",
    "저는 0원이요",
    "남편 월급이 다예요",
    "남편 월급이 다예요 저는 0",
    "와이프가 버는게 다예요",
    "저는 없고 남편이 250",
    "소득 없어요",
    "수입 0",
    "0원이요",
    "한푼도 없어요",
    "월급 없어요 지금은",
    "저는 벌이가 없어요",
    "아내 200 저 0",
    "없음",
    "거의 없어요",
    "재산 없어요",
    "빚만 있어요",
    "통장에 10만원 있어요",
    "모아둔 돈 하나도 없어요",
    "알바비 50이 전부예요",
    "기초연금 30이 다예요",
    "연금 받는게 전부여",
    "애 아빠가 주는 양육비 30이 다예요",
    "수입이 전혀 없습니다",
    "남편 250 저는 없음",
    "저 혼자 벌어요 180",
    "이번달부터 0원",
    "실업급여 끝나서 이제 0",
    "월 0",
    "0",
    "없어여",
)


def test_plain_money_answers_rarely_raise_a_check_in():
    raised = [t for t in ANSWERS if safety.assess(t).raised]
    assert len(raised) <= 2, raised  # two remain ("저는 없고 남편이 250", "모아둔 돈 하나도 없어요")
    for t in ("저는 0", "저는 0원이요", "남편 월급이 다예요 저는 0", "남편 250 저는 없음"):
        assert not safety.assess(t).raised, t
