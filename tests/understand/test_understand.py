"""bot.understand as a citizen meets it: stories, answers in their own words, corrections (table tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.eligibility import planner
from bot.screening import core
from bot.understand import understand
from bot.understand.facts import read_facts, read_money

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- stories -> facts
STORY_FACTS = [
    # (text, facts that must be read, keys that must NOT be read)
    (
        "저 35살이고 마포구 합정동 살아요. 회사에서 권고사직 당해서 일자리 찾고 있고 월세도 밀렸어요.",
        {
            "age": 35,
            "sido": "서울특별시",
            "sigungu": "마포구",
            "left_job_involuntarily": True,
            "employment_status": "unemployed",
            "housing": "monthly_rent",
        },
        (),
    ),
    (
        "40대 남자고 회사 다니다 잘렸어요",
        {"gender": "male", "employment_status": "unemployed", "left_job_involuntarily": True},
        ("age",),
    ),
    ("애 둘 키우는데 너무 힘들어요", {"num_children": 2}, ("children_ages",)),
    ("딸하나 혼자키우는 엄마에요", {"single_parent": True, "num_children": 1, "gender": "female"}, ("children_ages",)),
    ("장가도 못갔어 모아둔 돈도 없고", {"gender": "male", "assets": 0}, ()),
    ("자진퇴사했는데 실업급여 되나요", {"left_job_involuntarily": False}, ("receiving_unemployment_benefit",)),
    ("계약 만료로 나왔어요", {"left_job_involuntarily": True}, ()),
    (
        "실업급여 지난달에 끝났고 아직 일을 못 구했어요",
        {"receiving_unemployment_benefit": False, "employment_status": "unemployed"},
        (),
    ),
    ("기초수급자인데 집주인이 나가래요", {"livelihood_recipient": True}, ()),
    ("실업급여 수급자인데 생활이 안돼요", {}, ("livelihood_recipient",)),
    ("애가 셋인데 열살 일곱살 네살이요", {"num_children": 3, "children_ages": [10, 7, 4]}, ("age",)),
    ("저랑 애들 셋이요", {"household_size": 4, "num_children": 3}, ()),
    ("빚은 없어요", {"debt_total": 0}, ()),
    ("카드빚이 2천만원이고 연체된지 석달 됐어요", {"debt_total": 20_000_000, "debt_overdue_days": 90}, ()),
    ("남편이 때려서 애들 데리고 나왔어요", {"crisis_event": "domestic_violence", "gender": "female"}, ()),
    ("월세 45에 보증금 500이에요", {"rent_monthly": 450_000, "deposit": 5_000_000, "housing": "monthly_rent"}, ()),
    ("부평 살아요", {"sido": "인천광역시", "sigungu": "부평구"}, ()),
    ("경단녀예요 애 키우느라 8년 쉬었어요", {"career_break_woman": True, "gender": "female"}, ()),
    ("등록 장애인이에요 지체장애 3급", {"disability": True}, ()),
    ("저 서른둘이고 혼자 살아요", {"age": 32, "household_size": 1}, ()),
    ("20살 때부터 일했는데 이제 50이에요", {}, ("age",)),  # "20살 때" is the past; bare 50 is not stated as age here
    ("남편이 45살이에요", {}, ("age",)),
]


@pytest.mark.parametrize("text,must,must_not", STORY_FACTS, ids=[s[0][:20] for s in STORY_FACTS])
def test_story_facts(text, must, must_not):
    facts = read_facts(text).facts
    for k, v in must.items():
        assert facts.get(k) == v, f"{text!r}: {k} = {facts.get(k)!r}, expected {v!r} (all: {facts})"
    for k in must_not:
        assert k not in facts, f"{text!r}: {k} should not be read (got {facts.get(k)!r})"


def test_past_income_is_kept_apart_from_the_present():
    r = read_facts("지금은 없고요 일할땐 월 180 정도")
    assert r.facts.get("personal_income_monthly") == 0
    assert r.past.get("income_monthly") == 1_800_000
    assert 1_800_000 not in r.facts.values()


def test_benefit_ended_recently_is_a_past_note():
    u = understand("실업급여 지난달에 끝났고 생활비가 없어요")
    assert u.facts["receiving_unemployment_benefit"] is False
    assert u.past.get("benefit_ended_recently") is True


def test_yearly_salary_is_read_as_monthly_with_a_note():
    v, note = read_money("연봉 3600", monthly=True)
    assert v == 3_000_000 and "월" in note


def test_a_place_in_a_story_is_a_fact_not_a_center_request():
    u = understand("마포구 사는데 권고사직 당했어요")
    assert u.facts["sigungu"] == "마포구"
    assert [n for n, _ in u.needs] == ["employment"]


# --------------------------------------------------------------------------- needs
NEEDS = [
    ("회사에서 잘리고 월세도 밀렸고 카드값도 연체됐어요", {"employment", "housing", "debt"}),
    ("혼자 애 둘 키우는데 어린이집 끝나고 맡길 데가 없어요", {"childcare"}),
    ("당장 먹을 쌀이 없어요 가스도 끊겼어요", {"livelihood"}),
    ("빚은 없어요 일자리만 구해주세요", {"employment"}),
    ("일자리가 없어요", {"employment"}),
    ("실업급여 수급 중인데 언제까지 나와요", {"employment"}),
    ("안녕하세요", set()),
    ("오늘 날씨 어때", set()),
]


@pytest.mark.parametrize("text,needs", NEEDS, ids=[n[0][:20] for n in NEEDS])
def test_every_need_in_a_message(text, needs):
    u = understand(text)
    assert set(u.need_ids()) == needs, u.needs
    assert all(0.0 < c <= 1.0 for _, c in u.needs)


def test_the_model_adds_a_need_the_keywords_miss():
    text = "카드 돌려막기 하다가 터졌어요"
    assert "debt" not in core.detect_needs(text)
    u = understand(text)
    assert "debt" in u.need_ids(), u.needs


# --------------------------------------------------------------------------- corrections
CORRECTIONS = [
    ("4명이에요", {"household_size": 3}, {"household_size": 4}),
    ("저 포함해서 4명인데요? 3인가구 아니에요", {"household_size": 3}, {"household_size": 4}),
    ("가족 4명으로 고쳐주세요", {"household_size": 3}, {"household_size": 4}),
    ("4인가구요", {"household_size": 3}, {"household_size": 4}),
    ("아 나이 잘못 말했어요 45", {"age": 35}, {"age": 45}),
    ("소득 0원으로 바꿔주세요", {"household_income_monthly": 1_500_000}, {"household_income_monthly": 0}),
    ("그거 말고 전세예요", {"housing": "monthly_rent"}, {"housing": "jeonse"}),
]


@pytest.mark.parametrize("text,known,expected", CORRECTIONS, ids=[c[0][:20] for c in CORRECTIONS])
def test_corrections_in_the_persons_words(text, known, expected):
    u = understand(text, known=known)
    assert u.corrections == expected, (u.corrections, u.facts)


def test_same_value_again_is_not_a_correction():
    assert understand("4인가구요", known={"household_size": 4}).corrections == {}


def test_correction_when_asked_for_another_field():
    u = understand("아 그리고 가족 4명이에요", requested="rent_monthly", known={"household_size": 3})
    assert u.corrections == {"household_size": 4}


# --------------------------------------------------------------------------- answers the bot's examples accept
ANSWERS = [
    ("left_job_involuntarily", "계약이 끝났어요", True),
    ("left_job_involuntarily", "권고사직이라니까요", True),
    ("left_job_involuntarily", "제가 그만뒀어요", False),
    ("left_job_involuntarily", "남편이 때려서 나왔다고요", True),
    ("housing", "남편이 때려서 나왔다고요", "homeless"),
    ("crisis_event", "남편이 때려서 나왔다고요", "domestic_violence"),
    ("debt_total", "없어", 0),
    ("children_ages", "없어", []),
    ("homeowner", "없어", False),
    ("age", "육십셋", 63),
    ("age", "예순셋이요", 63),
    ("debt_overdue_days", "열흘", 10),
    ("debt_overdue_days", "보름 정도요", 15),
    ("debt_overdue_days", "석 달", 90),
    ("employment_status", "전업주부요 8년째", "unemployed"),
    ("career_break_woman", "전업주부요 8년째", True),
    ("household_income_monthly", "지금은 없고요 일할땐 월 180 정도", 0),
    ("children_ages", "열살 일곱살 네살이요", [10, 7, 4]),
    ("receiving_unemployment_benefit", "지난달에 끝났어요", False),
    ("livelihood_recipient", "네, 수급자예요", True),
    ("single_parent", "혼자 키워요", True),
    ("household_size", "아이 둘이랑 셋이요", 3),
]


@pytest.mark.parametrize("field,text,value", ANSWERS, ids=[f"{a[0]}:{a[1][:12]}" for a in ANSWERS])
def test_answers_in_the_persons_words(field, text, value):
    meta = planner.QUESTIONS[field]
    ok, got = core.parse_field(
        field, meta.get("type", "int"), text, None, (), [tuple(c) for c in meta.get("choices", [])]
    )
    assert ok and got == value, (field, text, got)


def test_only_a_past_amount_is_not_an_answer_for_income_now():
    ok, _ = core.parse_field("household_income_monthly", "money", "일할 땐 월 180 받았어요", None, (), [])
    assert not ok


def test_facts_from_message_keeps_to_the_profile_slots():
    # the profile slots are the catalogue's fields: gender and the number of children are profile facts
    # (the planner skips women-only questions for men, child questions without children)
    # a single parent of one, no other family named: a household of two (said back, so it can be corrected)
    facts = core.facts_from_message("딸하나 혼자키우는 엄마에요")
    assert facts == {"single_parent": True, "gender": "female", "num_children": 1, "household_size": 2}
    assert "spouse_income_monthly" not in core.facts_from_message("남편 월급 250이고 저는 일 안 해요")


# --------------------------------------------------------------------------- CLI contract
def test_cli_prints_needs_facts_crisis():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-m", "bot.understand", "권고사직 당하고 월세 밀렸어요 죽고 싶어요"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-500:]
    d = json.loads(out.stdout)
    assert set(d["needs"]) >= {"employment", "housing"}
    assert d["facts"]["left_job_involuntarily"] is True
    assert d["crisis"] is True
    out = subprocess.run(
        [sys.executable, "-m", "bot.understand", "-"],
        input="애 둘 혼자 키워요",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(out.stdout)["facts"]["num_children"] == 2


@pytest.mark.parametrize(
    "text,expected",
    [
        ("처음부터 다시", True),
        ("처음부터 다시 할래요", True),
        ("다시 시작할게요", True),
        ("처음으로", True),
        ("처음으로 돌아가 주세요", True),
        ("처음에 말했는데요", False),
        ("다시 말씀드리면 45살이에요", False),
    ],
)
def test_restart_words(text, expected):
    assert core.wants_restart(text) is expected


def test_a_center_question_does_not_volunteer_an_address():
    assert "sigungu" not in core.facts_from_message("근데 마포구 고용센터 어디 있어요?")
    assert core.facts_from_message("마포구 살아요 권고사직 당했어요")["sigungu"] == "마포구"


def test_describe_says_back_what_was_understood():
    u = understand("저 35살이고 마포구 합정동 살아요. 회사에서 권고사직 당해서 일자리 찾고 있고 월세도 밀렸어요.")
    assert u.describe()[:2] == ["35세", "서울 마포구"]
    assert "권고사직 등 비자발적 퇴사" in u.describe() and "월세" in u.describe()
    assert understand("애 둘 혼자 키워요 빚은 없어요").describe() == ["3인 가구", "자녀 2명", "한부모", "빚 0원"]
    # with her parents, the household is not guessed
    assert "3인 가구" not in understand("애 둘 혼자 키워요 친정 부모님이랑 같이 살아요").describe()


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😭😭😭", "1" * 40, "ㅋ" * 500, "월세" * 300, "없어요 " * 200, "저 35살이고 월세 밀렸어요 " * 120],
)
def test_odd_or_long_input_is_read_quickly(text):
    import time

    t0 = time.perf_counter()
    u = understand(text)
    assert time.perf_counter() - t0 < 1.5
    assert isinstance(u.facts, dict) and all(0 < c <= 1 for _, c in u.needs)


# ---------------------------------------------------------------- facts a citizen states in passing (QA round 4)
@pytest.mark.parametrize(
    "text, age",
    [("마흔다섯이고 와이프랑 애 하나", 45), ("서른여덟이고 일자리 찾아요", 38), ("일흔둘이라 일은 못 해요", 72)],
)
def test_an_age_word_standing_alone_is_the_age(text, age):
    assert understand(text).facts.get("age") == age


@pytest.mark.parametrize("text", ["애 셋이고 혼자 키워요", "둘이라 힘들어요", "남편이 마흔다섯이고 저는 일 안 해요"])
def test_counts_and_other_peoples_ages_are_not_the_age(text):
    assert "age" not in understand(text).facts


@pytest.mark.parametrize(
    "text, months",
    [
        ("2년 전에 회사 그만두고 쭉 쉬었어요", 24),
        ("백수임 집에만 있은지 2년째", 24),
        ("석 달 전에 잘렸어요", 3),
        ("지난달에 회사에서 잘렸어요", 1),
        ("6개월째 놀고 있어요 실직하고", 6),
    ],
)
def test_when_the_job_ended_is_read(text, months):
    assert understand(text).facts.get("left_job_months_ago") == months


def test_a_long_tenure_that_just_ended_counts_as_insured_and_says_so():
    u = understand("공장에서 20년 일하다가 지난달에 회사 폐업으로 잘렸어요")
    assert u.facts.get("insured_days_18m") == 548
    assert "고용보험 충분(추정)" in u.notes  # said back in the summary, so it can be corrected
    # self-employed work is no insured period, and a job left years ago says nothing about the last 18 months
    assert "insured_days_18m" not in understand("식당 10년 하다가 지난달에 폐업했어요").facts
    assert "insured_days_18m" not in understand("회사 10년 다니다 3년 전에 그만뒀어요").facts


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("카드론이랑 현금서비스 합쳐서 3천 정도 있어요", "debt_total", 30_000_000),
        ("대출이 1억 2천 남았어요", "debt_total", 120_000_000),
        ("집 한채 있어요 1억쯤", "assets", 100_000_000),
    ],
)
def test_amounts_told_in_passing_are_kept(text, key, value):
    assert understand(text).facts.get(key) == value


def test_a_mortgage_is_not_an_asset():
    assert "assets" not in understand("집 담보 대출 1억 있어요").facts


@pytest.mark.parametrize(
    "text, single_parent",
    [
        ("한국 남편 결혼 했어요 아기 한명 3살", False),
        ("남편이랑 애 둘이랑 살아요", False),
        ("남편이랑 이혼하고 애 둘 혼자 키워요", True),
    ],
)
def test_married_or_alone(text, single_parent):
    assert understand(text).facts.get("single_parent") is single_parent


def test_being_let_go_in_dialect():
    f = understand("공장서 일하다 짤리가꼬 우짜면 좋노").facts
    assert f.get("employment_status") == "unemployed" and f.get("left_job_involuntarily") is True


@pytest.mark.parametrize(
    "text, requested, known, expected",
    [
        (
            "아 230 아니고 210이요",
            "insured_days_18m",
            {"personal_income_monthly": 2_300_000},
            {"personal_income_monthly": 2_100_000},
        ),
        ("180 아니고 210이요", None, {"insured_days_18m": 180}, {"insured_days_18m": 210}),
        ("35살 아니고 36살이요", "household_size", {"age": 35}, {"age": 36}),
    ],
)
def test_a_not_b_corrects_the_field_that_held_a(text, requested, known, expected):
    u = understand(text, requested=requested, known=known)
    assert u.corrections == expected
    assert requested is None or requested not in u.facts  # not filed as the answer to the open question


def test_a_not_b_with_no_matching_value_is_no_correction():
    assert understand("3명 아니고 4명", known={"age": 35}).corrections == {}


@pytest.mark.parametrize(
    "text, size",
    [
        ("와이프랑 애 둘 있고 카드론도 2천 있어요", 4),
        ("남편이랑 아이 하나랑 살아요", 3),
        ("와이프랑 애 둘이랑 장모님 모시고 살아요", None),  # other family named: asked, not guessed
    ],
)
def test_a_spouse_and_children_make_the_household(text, size):
    assert understand(text).facts.get("household_size") == size


@pytest.mark.parametrize(
    "text",
    ["다니던 식당이 문을 닫아서 지난달부터 일이 없어요", "계약이 끝나서 지금 일 안 하고 있어요", "회사에서 잘렸어요"],
)
def test_being_let_go_and_out_of_work_is_the_recent_job_loss(text):
    """Over REST a mother whose restaurant closed was then asked '최근 갑자기 생긴 어려운 일이 있나요?'."""
    assert understand(text).facts.get("crisis_event") == "job_loss"


@pytest.mark.parametrize(
    "text, known, expected",
    [
        ("아까 재산 천만원이라고 했는데 500만원이에요", {"assets": 10_000_000}, {"assets": 5_000_000}),
        ("나이 35라고 했는데 36이에요", {"age": 35}, {"age": 36}),
        ("소득 150이라고 했는데 지금은 없어요", {"age": 35}, {}),
    ],
)
def test_i_said_a_but_it_is_b_corrects_the_field_that_held_a(text, known, expected):
    assert understand(text, known=known).corrections == expected
