"""Conversations held in the ninth round, each a defect a citizen would notice, kept as a test."""

from __future__ import annotations

import pytest

from bot.dialogue import Conversation
from bot.screening import texts
from tests.conversations.conftest import answer_until, asked_until_results, text_of


def test_saying_one_is_all_right_after_a_sign_told_with_a_polite_ending_is_not_misunderstood():
    """At the consent question he told a place he looks at every night, with a plain polite ending
    ("… 보고 있어요"). The bot kept that as a question to answer later and, once he said "괜찮아요 계속해요",
    replayed it as his answer to the consent: "죄송해요, 답을 잘 알아듣지 못했어요" right after the crisis reply."""
    c = Conversation()
    c.say("작년에 회사 잘리고 빚이 3천인데 요즘은 다 정리하고 싶어요")
    t = text_of(c.say("요즘 밤마다 베란다 난간 보고 있어요"))
    assert "109" in t and "112" in t
    t = text_of(c.say("괜찮아요 계속해요"))
    assert texts.RETRY_PREFIX not in t
    assert "109" in t and "동의" in t  # the lines at hand, then the consent asked plainly
    c.say("동의합니다")
    assert c.state.profile.get("debt_total") == 30_000_000  # told in the first message, kept


def test_a_debt_told_after_last_years_job_loss_is_this_years_debt():
    """ "작년에 회사 잘리고 빚이 3천인데": 작년 belongs to the job loss, not to the debt."""
    c = Conversation()
    c.say("작년에 회사 잘리고 빚이 3천인데 월세도 밀렸어요")
    c.say("동의합니다")
    assert c.state.profile.get("debt_total") == 30_000_000
    assert "debt_total" not in (c.state.question or "")


def answered(story: str, field: str, said: str, answers=None) -> Conversation:
    """A story told, consent given, the open questions answered until `field` is asked; then `said` to it."""
    c = Conversation()
    c.say(story)
    c.say("동의합니다")
    assert answer_until(c, field, answers or {})
    c.say(said)
    return c


MOTHER_DG = "애 둘 키우는 엄마예요 남편이 집을 나가서 연락이 안되고 생활비가 없어요 대구 북구 살아요"


def test_a_husband_who_left_and_cannot_be_reached_is_not_asked_about_again():
    """She told the husband had left home and could not be reached; the bot asked "최근 갑자기 생긴 어려운 일이
    있나요? [가장 사망·가출]" as if it had not heard (긴급복지 counts the earner's 가출·행방불명)."""
    c = Conversation()
    c.say(MOTHER_DG)
    c.say("동의합니다")
    assert c.state.profile.get("crisis_event") == "main_earner_loss"
    asked = asked_until_results(c, {"household_size": "저랑 애들 셋이요", "age": "38"})
    assert "crisis_event" not in asked


@pytest.mark.parametrize(
    "said, household, children",
    [
        ("저랑 애들 셋이요", 3, 2),  # the count that ends the answer is everyone
        ("저하고 애들 다해서 셋이요", 3, 2),
        ("애들 셋이랑 살아요", 4, 3),  # three children and the person: never "3 people, 3 children"
    ],
)
def test_a_household_answer_naming_the_children_keeps_the_counts_consistent(said, household, children):
    c = answered("대구 북구 살아요 애들 키우면서 생활비가 없어요", "household_size", said, {"age": "38"})
    assert c.state.profile.get("household_size") == household
    assert c.state.profile.get("num_children") == children


def test_children_told_before_are_not_changed_by_the_household_answer():
    c = Conversation()
    c.say(MOTHER_DG)
    c.say("동의합니다")
    assert answer_until(c, "household_size", {"age": "38"})
    t = text_of(c.say("저랑 애들 셋이요"))
    assert "자녀 수를 3명으로" not in t
    assert c.state.profile.get("household_size") == 3 and c.state.profile.get("num_children") == 2


def test_a_husband_who_used_to_earn_is_not_a_husband_at_home():
    """ "수입은 없어요 남편이 벌었었는데" after she said he had left: the screening said 한부모 ❌ and, asked why,
    "한부모가족이 아니라고 답하셨습니다", which she never said."""
    c = Conversation()
    c.say(MOTHER_DG)
    c.say("동의합니다")
    asked_until_results(
        c,
        {
            "age": "38",
            "household_size": "저랑 애들 셋이요",
            "household_income_monthly": "수입은 없어요 남편이 벌었었는데",
        },
    )
    assert c.state.profile.get("single_parent") is not False
    t = text_of(c.say("한부모 지원은 왜 안돼요?"))
    assert "아니라고 답하셨" not in t


def test_years_at_work_told_at_the_arrears_question_are_not_a_year_of_arrears():
    """ "일한지 1년 넘었어요 계약만료로 끝났어요" at "연체된 지 며칠쯤 되었나요?" was kept as 365 days overdue (and the
    debt-relief verdict read it)."""
    c = answered(
        "서울 노원구 사는 45살 남자인데 실직하고 빚이 5천이에요 애 둘 있고 와이프는 전업주부",
        "debt_overdue_days",
        "일한지 1년 넘었어요 계약만료로 끝났어요",
        {"household_size": "4명이요", "household_income_monthly": "없어요"},
    )
    assert c.state.profile.get("debt_overdue_days") is None
    c.say("연체는 석 달 됐어요")
    assert c.state.profile.get("debt_overdue_days") == 90


def test_an_unverified_center_is_called_ahead_once_not_twice():
    c = Conversation()
    c.say("센터 전화번호 알려줘")
    t = text_of(c.say("노원구요"))
    assert t.count("방문 전 전화로 확인해 주세요") <= 1


@pytest.mark.parametrize("said, gap", [("없어요", True), ("아무도 없어요 ㅠ", True), ("있어요", False), ("네", True)])
def test_the_answer_to_a_question_asked_in_the_negative_is_read_as_korean_answers_it(said, gap):
    """ "낮에 아이를 돌볼 사람이 없나요?" — "없어요" (nobody) was read as "no", and a working single mother was told
    아이돌봄 ❌ 어려울 수 있음."""
    c = answered(
        "광주 북구에서 혼자 애 키워요 서른넷이고 식당 알바 월 90 벌어요 애는 6살 하나",
        "caregiving_gap",
        said,
        {"household_size": "2명이요", "household_income_monthly": "90이요", "assets": "200"},
    )
    assert c.state.profile.get("caregiving_gap") is gap


@pytest.mark.parametrize("said, involuntary", [("아니었어요", True), ("제 뜻 아니었죠", True), ("아니요", False)])
def test_not_my_will_echoed_back_is_a_yes(said, involuntary):
    """ "회사를 그만둔 것이 본인 뜻이 아니었나요?" — "아니었어요" says it was not; it was read as "no" (so 실업급여 ❌)."""
    c = answered(
        "대전 서구 사는 쉰둘이고 다니던 회사 그만두고 놀고 있어요 실업급여 받을 수 있나요",
        "left_job_involuntarily",
        said,
        {"household_size": "혼자 살아요"},
    )
    assert c.state.profile.get("left_job_involuntarily") is involuntary


def test_insured_work_told_after_the_results_changes_the_verdict_it_decides():
    """ "없어요" had answered the insured-days question; after the results he said "1년 넘게 다녔어요 고용보험
    들었고요" and was told "상담사께 전해 둘게요" while 실업급여 stayed ❌."""
    c = Conversation()
    c.say("대전 서구 사는 쉰둘이고 회사에서 권고사직 당했어요 혼자 살아요")
    c.say("동의합니다")
    asked_until_results(c, {"insured_days_18m": "없어요", "household_income_monthly": "없어요"}, default="500")
    assert c.state.profile.get("insured_days_18m") == 0
    t = text_of(c.say("1년 넘게 다녔어요 고용보험 들었고요"))
    assert c.state.profile.get("insured_days_18m") == 365
    assert "다시 살펴봤어요" in t and "✅ 구직급여(실업급여)" in t


def test_a_corrected_phone_is_said_back_with_the_right_particle(store):
    c = Conversation()
    for said in ("인천 연수구 사는데 상담 예약하고 싶어요", "동의합니다"):
        c.say(said)
    slots = [b for m in c.say("인천고용센터요") for b in (m.get("buttons") or [])]
    for said in (slots[0]["payload"] if slots else "내일 오후 2시", "이영희", "010-5563-2291"):
        c.say(said)
    t = text_of(c.say("아 번호 틀렸어요 010-5563-2290이에요"))
    assert "연락처를 고쳤어요" in t and "연락처을" not in t


@pytest.mark.parametrize(
    "said, household",
    [
        ("월 이백 조금 넘어요", 2_000_000),  # 이 before 백 was taken for a particle: 100만 원
        ("월 이백오십", 2_500_000),
        ("남편이 250 벌고 저는 알바로 50", 3_000_000),  # his pay and hers, not his alone
    ],
)
def test_the_household_income_is_read_as_said(said, household):
    c = answered(
        "인천 부평구 사는 마흔 살 엄마예요 애 둘 키우는데 생활비가 빠듯해요",
        "household_income_monthly",
        said,
        {"household_size": "남편이랑 애 둘 넷이요"},
    )
    assert c.state.profile.get("household_income_monthly") == household


@pytest.mark.parametrize(
    "said, assets",
    [
        ("전세금 8천에 차 500", 85_000_000),  # was 8천 and an income of 500만 ('전' read as 'I')
        ("보증금 500이랑 적금 300", 8_000_000),  # was the savings alone
        ("예금 200에 차 한 대 500", 7_000_000),
        ("차 500", 5_000_000),
    ],
)
def test_the_assets_question_adds_up_what_is_named(said, assets):
    """ "가족 재산(집·전세보증금·차·예금 등)을 모두 합치면 대략 얼마인가요?" asks for everything together."""
    c = answered(
        "인천 부평구 사는 마흔 살 엄마예요 애 둘 키우는데 생활비가 빠듯해요",
        "assets",
        said,
        {"household_size": "남편이랑 애 둘 넷이요", "household_income_monthly": "250"},
    )
    assert c.state.profile.get("assets") == assets
    assert c.state.profile.get("personal_income_monthly") in (None, 0)


def test_thirty_minutes_away_by_car_is_no_homelessness():
    c = Conversation()
    c.say("차로 30분 거리에 살아요 보증금 500에 월세 30이고 일자리 찾고 있어요")
    c.say("동의합니다")
    assert c.state.profile.get("housing") != "homeless"


@pytest.mark.parametrize("said, age", [("60대 후반이에요", 68), ("올해 환갑이에요", 60), ("오십 중반이요", 55)])
def test_an_age_said_as_part_of_a_decade_or_by_its_feast_is_read(said, age):
    """ "60대 후반" was 60 (a 65+ program turns on it); "환갑" and "오십 중반" were asked again."""
    c = answered("전북 익산 사는데 일자리 좀 구하고 싶어요 혼자 살아요", "age", said)
    assert c.state.profile.get("age") == age


def test_what_one_has_heard_about_a_benefit_is_heard_mid_form():
    """ "자진퇴사도 받을 수 있는 경우 있다던데" at the household question got "못 알아들었어요 (예: 1, 3명)"."""
    c = Conversation()
    c.say("경남 창원 의창구 사는 29살인데 회사 그만두고 6개월째 백수예요 월세 45")
    c.say("동의합니다")
    assert answer_until(c, "household_size", {"left_job_involuntarily": "제가 그만뒀어요"})
    t = text_of(c.say("자진퇴사도 받을 수 있는 경우 있다던데"))
    assert texts.RETRY_PREFIX not in t and c.state.question == "household_size"


def test_living_on_ones_own_is_a_household_of_one_said_back():
    """ "자취하고 월세 45" — he was asked "함께 사는 가족은 본인 포함 몇 명이세요?" as if he had not said it."""
    c = Conversation()
    c.say("경남 창원 의창구 사는 29살인데 회사 그만두고 6개월째 백수예요 자취하고 월세 45")
    t = text_of(c.say("동의합니다"))
    assert c.state.profile.get("household_size") == 1 and "혼자" in t
    assert c.state.question != "household_size"


FATHER_SW = (
    "안녕하세요 수원 권선구 사는 마흔여섯 살 아빠예요 작년 말에 공장에서 잘렸고 와이프는 마트에서 파트로 월 110 "
    "벌어요 애는 중학생 하나 초등학생 하나예요 카드빚이 한 2500 있는데 이번 달부터 연체되기 시작했어요"
)


def test_children_counted_by_school_and_a_working_wife_make_the_household():
    """The summary said "자녀 1명" for "중학생 하나 초등학생 하나예요" and he was asked how many live at home, though he
    had named his wife's pay and both children."""
    c = Conversation()
    c.say(FATHER_SW)
    t = text_of(c.say("동의합니다"))
    assert c.state.profile.get("num_children") == 2 and "자녀 2명" in t
    assert c.state.profile.get("household_size") == 4 and c.state.question != "household_size"


@pytest.mark.parametrize("said", ["큰애는 고등학생이고 작은애는 중학생", "고딩 하나 초딩 하나요"])
def test_children_named_by_school_are_counted_not_taken_for_a_student(said):
    c = Conversation()
    c.say("대구 달서구 사는 엄마예요 생활비가 모자라요 " + said)
    c.say("동의합니다")
    assert c.state.profile.get("num_children") == 2
    assert c.state.profile.get("employment_status") != "student"


@pytest.mark.parametrize("said", ["와이프 110이 다예요", "와이프 110 벌고 저는 없어요"])
def test_the_wifes_pay_named_at_his_own_income_question_is_not_his(said):
    """Asked for his own income he said "와이프 110이 다예요" and was told "배우자 월 110만 원에 본인 월 110만 원을 더해
    월 220만 원으로 볼게요"."""
    c = answered(FATHER_SW, "personal_income_monthly", said, {"household_size": "4명이요"})
    t = text_of(c.say("보름 됐어요")) if c.state.question == "debt_overdue_days" else ""
    assert c.state.profile.get("personal_income_monthly") == 0
    assert c.state.profile.get("household_income_monthly") == 1_100_000
    assert "220만" not in t


@pytest.mark.parametrize("said", ["남편이 200 벌고 저는 없어지고 싶어요", "수입 없어요 저는 그냥 없어지는 게 나아요"])
def test_a_wish_to_be_gone_at_the_income_question_still_gets_the_lines(said):
    c = Conversation()
    c.say(FATHER_SW)
    c.say("동의합니다")
    assert answer_until(c, "personal_income_monthly", {"household_size": "4명이요"})
    t = text_of(c.say(said))
    assert "109" in t and c.state.crisis_open


MIGRANT_AS = (
    "저는 베트남에서 왔어요 한국 남편이랑 결혼했어요 남편 아파서 일 못해요 아기 하나 있어요 돈 없어요 안산 살아요"
)


def test_a_count_already_known_said_at_another_question_is_heard_and_no_alarm_at_income():
    """ "3명" at the income question (the household of three already said back) got "못 알아들었어요", and "남편 돈
    없어요 저도 없어요" got the 109 check-in."""
    c = answered(MIGRANT_AS, "household_income_monthly", "3명", {"household_size": "31살"})
    t = text_of(c.say("남편 돈 없어요 저도 없어요")) if c.state.question == "household_income_monthly" else "skipped"
    assert "109" not in t and c.state.profile.get("household_income_monthly") == 0
    assert c.state.profile.get("crisis_event") == "illness_injury"  # 남편 아파서 일 못해요


def test_the_count_said_again_is_acknowledged():
    c = Conversation()
    c.say(MIGRANT_AS)
    c.say("동의합니다")
    assert answer_until(c, "household_income_monthly", {"household_size": "31살"})
    t = text_of(c.say("3명"))
    assert texts.RETRY_PREFIX not in t and "3인" in t


def test_not_understood_twice_is_not_the_same_paragraph_twice_and_tiredness_is_heard():
    c = Conversation()
    c.say("안녕하세요")
    first = text_of(c.say("그냥 다 귀찮아요"))
    second = text_of(c.say("뭘 도와준다는 건지 모르겠네"))
    third = text_of(c.say("ㅁㄴㅇㄹ"))
    assert "지치신" in first
    assert len({first.split("\n")[0], second.split("\n")[0], third.split("\n")[0]}) == 3
    assert "1350" in third or "129" in third


WIDOW_GJ = (
    "우리 영감 작년에 가고 혼자 사는디 일흔 넷이여 광주 남구고 기초연금 삼십사만원 받는게 다여 집은 영구임대 살어"
)


def test_a_widow_living_on_her_pension_alone_is_screened_for_living_costs():
    """In 전라 speech she told her age, her town, that she lives alone on 기초연금 34만 원: the bot told her where to apply
    for 기초연금 (she gets it), asked what help she needed, read none of it, and "몰러" got "못 알아들었어요"."""
    c = Conversation()
    t = text_of(c.say(WIDOW_GJ))
    assert "livelihood" in c.state.needs and "제가 살펴보는 제도에 없지만" not in t
    t = text_of(c.say("그려 동의혀"))
    assert "74세" in t and c.state.profile.get("household_size") == 1
    asked = asked_until_results(c, {"crisis_event": "영감 작년에 죽고 혼자여", "assets": "재산은 없어"}, default="몰러")
    assert c.state.results_shown and "age" not in asked and "household_size" not in asked
    assert c.state.profile.get("crisis_event") == "main_earner_loss"
    assert "못 알아들었" not in text_of(c.say("몰러"))


def test_living_alone_the_skipped_income_is_not_asked_again_as_ones_own():
    """ "몰라요" to "혼자 사시니 본인 소득만 여쭤볼게요", then "본인의 한 달 소득은…?" (the same question) over KakaoTalk."""
    c = Conversation()
    c.say("부산 사상구 사는 쉰셋 남자요 공장 그만두고 빚 4천 있고 혼자 삽니다")
    c.say("동의합니다")
    assert c.state.profile.get("age") == 53  # "쉰셋 남자요"
    asked = asked_until_results(c, {})
    assert "household_income_monthly" in asked and "personal_income_monthly" not in asked


@pytest.mark.parametrize(
    "said", ["아 월요일은 안되겠네요 화요일 오후로 바꿔주세요", "월요일 말고 화요일 오후로 바꿔 주세요"]
)
def test_moving_a_booking_away_from_the_day_refused_offers_the_day_wanted(store, said):
    """Over REST, right after booking Monday: "월요일은 안되겠네요 화요일 오후로 바꿔주세요" got "말씀하신 때로 찾아볼게요"
    and then "예약번호 6자리를 알려 주세요" (the two days read as a mismatch, the request then run again)."""
    c = Conversation()
    c.say("인천 연수구 사는데 상담 예약하고 싶어요")
    out = c.say("동의합니다")
    monday = next(b["payload"] for m in out for b in (m.get("buttons") or []) if "(월)" in b["title"])
    for answer in (monday, "박정호", "010-5564-7725", "네"):
        c.say(answer)
    assert c.state.booking.get("booking_code")
    t = text_of(c.say(said))
    assert "예약번호 6자리" not in t and "(화)" in t and c.state.question == "booking_slot"


def test_asking_where_to_go_after_declining_consent_finds_a_center():
    """He declined consent and asked "그럼 그냥 어디로 가면 돼요?": "죄송해요, 제가 잘 이해하지 못했어요"."""
    c = Conversation()
    c.say("빚 때문에 죽겠어요 사채까지 썼는데 독촉 전화가 하루에 수십통 와요 서울 관악구 살고 서른 아홉")
    c.say("동의 안 할래요")
    t = text_of(c.say("그럼 그냥 어디로 가면 돼요?"))
    assert "이해하지 못했" not in t and "지역" in t
    assert "고용센터" in text_of(c.say("관악구요"))


def test_a_deposit_is_no_insured_days_and_not_quitting_is_not_quitting():
    """ "보증금 500" at the insured-days question was kept as 500 days, and "제가 그만둔 건 아니고 회사가 문을 닫았어요"
    as leaving of his own will (실업급여 turns on both)."""
    c = answered("실업급여 받고 싶은데요 스물여덟이고 혼자 살아요", "insured_days_18m", "보증금 500")
    assert c.state.profile.get("insured_days_18m") is None
    assert answer_until(c, "left_job_involuntarily", {"insured_days_18m": "8개월 일했어요"})
    c.say("제가 그만둔 건 아니고 회사가 문을 닫았어요")
    assert c.state.profile.get("left_job_involuntarily") is True


def test_no_arrears_yet_answers_the_arrears_question():
    """ "카드값은 아직 안 밀렸어요" at "연체된 지 며칠쯤 되었나요?" got "못 알아들었어요"."""
    c = answered(
        "광주 북구에서 혼자 애 키워요 서른넷이고 식당 알바 월 90 벌어요 카드빚이 400 있어요",
        "debt_overdue_days",
        "카드값은 아직 안 밀렸어요",
    )
    assert c.state.profile.get("debt_overdue_days") == 0 and c.state.question != "debt_overdue_days"
