"""Defects found holding conversations in the eighth round, each as what the person should see.

The people: a 19-year-old 배달 rider with an app loan, a nurse quitting after burnout, a 61-year-old 경비원
whose contract ended, a 탈북민 in her 40s, a man just out of prison, a grandmother raising two grandchildren,
a 폐업 café owner with 소상공인 loans, a pregnant worker pushed out, a fisherman in 통영 and others.
Assertions are on the text they read; the state is read only where noted (what the counselor or the
eligibility rules get)."""

from __future__ import annotations

import pytest

from bot.dialogue import Conversation
from bot.dialogue.reading import read_message
from tests.conversations.conftest import asked_until_results, booked, text_of


def consented(story: str):
    c = Conversation()
    c.say(story)
    return c, c.say("네 동의합니다")


# -- a place read inside an everyday word -------------------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "간호사하다가 번아웃와서 그만뒀어요 일자리 다시 구해야 해요",
        "회사하고 얘기가 안 돼서 퇴사했어요 실업급여 받고 싶어요",
        "감사하게도 일은 구했는데 빚이 너무 많아요",
        "친구로 지내던 사람한테 보이스피싱 당해서 빚이 생겼어요",
        "혼자서산다 일자리 구함",
    ],
)
def test_a_place_is_not_read_inside_an_everyday_word(story):
    """'간호사하다가', '회사하고', '감사하게도' put the person in 부산 사하구, '친구로' in 서울 구로구,
    '혼자서산다' in 서산시: the summary said so and the center card would have been there."""
    c, out = consented(story)
    t = text_of(out)
    assert not any(w in t for w in ("사하구", "구로구", "서산시", "부산")), t
    assert c.state.profile.get("sigungu") is None, c.state.profile


@pytest.mark.parametrize(
    "said, sigungu",
    [("저는사하살아요 일자리 구해요", "사하구"), ("부산사하 살아요", "사하구"), ("통영에서 배 탑니다", "통영시")],
)
def test_a_place_said_as_the_home_still_counts(said, sigungu):
    _, facts, _, _ = read_message(said, [], None, {})
    assert facts.get("sigungu") == sigungu, facts


# -- 자가 read inside a word ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "19살 배달라이더인데 앱에서 대출받은거 300 있고 이자가 너무 쎄요 ㅠ",
        "남자가 혼자 애 둘 키워요 일자리 구해요",
        "환자가 있어서 간병하느라 일을 그만뒀어요",
        "자가용으로 배달하다가 사고나서 빚이 생겼어요",
        "우리 집 애들이 아직 어려서 일을 못 해요 생활비가 없어요",
    ],
)
def test_homeownership_is_not_read_from_a_word_ending_in_ja(story):
    """'이자가 너무 쎄요' (the interest) made the rider a homeowner: the summary said '자가' and housing support
    was screened for an owner."""
    c, out = consented(story)
    t = text_of(out)
    assert "자가" not in t.replace("자가용", ""), t
    assert c.state.profile.get("housing") != "owner", c.state.profile


@pytest.mark.parametrize(
    "said", ["집은 자가예요 일자리 구해요", "자가에 살아요 빚이 있어요", "우리집이에요 아파트 소유하고 있어요"]
)
def test_an_owned_home_is_still_read(said):
    _, facts, _, _ = read_message(said, [], None, {})
    assert facts.get("housing") == "owner", facts


# -- the count first, then who ---------------------------------------------------------------------------------
def _at_household_question(story: str) -> Conversation:
    c, _ = consented(story)
    for _ in range(3):
        if c.state.question == "household_size":
            break
        c.say("몰라요")
    assert c.state.question == "household_size"
    return c


@pytest.mark.parametrize(
    "story, said, n",
    [
        ("61세 경비원인데 계약기간 끝나서 나왔어요 아파트 경비 3년 했고요", "둘이요 마누라랑", 2),
        ("61세 경비원인데 계약기간 끝나서 나왔어요", "둘이에요, 와이프하고", 2),
        ("손주 둘을 제가 키우고 있어요 나이는 예순여덟이고 생활비가 없어요", "셋이에요 손주들이랑", 3),
        ("일자리 구해요 서른다섯이에요", "4명요 저까지", 4),
    ],
)
def test_a_count_followed_by_who_answers_the_household_question(story, said, n):
    """'둘이요 마누라랑' got '네, 기억해 둘게요.' and the same question again: the count was lost."""
    c = _at_household_question(story)
    out = c.say(said)
    assert c.state.profile.get("household_size") == n, c.state.profile
    assert "몇 명" not in text_of(out), text_of(out)


def test_a_modifier_count_before_an_amount_is_no_household():
    c = _at_household_question("61세 경비원인데 계약기간 끝나서 나왔어요")
    c.say("한 이백?")
    assert c.state.profile.get("household_size") != 1, c.state.profile


# -- asking about 실업급여 while still at work --------------------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "간호사로 5년 일하다가 번아웃 와서 그만두려고 해요. 아직 재직 중이에요. 실업급여 받을 수 있을까요?",
        "회사 다니고 있는데 너무 힘들어서요 그만두면 실업급여 나오나요",
        "재직 중인데 구직급여 궁금해서 왔어요",
    ],
)
def test_asking_about_the_benefit_while_at_work_is_no_job_loss(story):
    """The nurse said she still works; naming 실업급여 made the summary say '실직 중' and the results screened
    her as out of work."""
    c, out = consented(story)
    t = text_of(out)
    assert "실직" not in t and "일하는 중" in t, t
    assert c.state.profile.get("employment_status") == "employed", c.state.profile


def test_the_benefit_named_after_a_job_loss_still_means_out_of_work():
    _, facts, _, _ = read_message("해고돼서 실업급여 받고 싶어요", [], None, {})
    assert facts.get("employment_status") == "unemployed", facts


# -- told to leave by the employer is no housing problem -------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "임신 5개월인데 회사에서 눈치주면서 나가라고 해서 결국 그만뒀어요 ㅠㅠ 남편은 월급 280 받아요",
        "사장이 나가라고 해서 그만뒀어요 다른 일 구해야 돼요",
        "병원에서 재계약 안 해준대요 간호조무사예요",
    ],
)
def test_pushed_out_by_the_employer_is_work_not_housing(story):
    """'회사에서 … 나가라고 해서' named 주거 too: the pregnant worker was told '일자리와 주거를 같이 살펴볼게요'
    and asked about her home, her house and how she lives before anything about her job."""
    c, out = consented(story)
    t = text_of(out)
    assert "주거" not in t, t
    assert "housing" not in c.state.needs, c.state.needs


@pytest.mark.parametrize("story", ["집주인이 나가라고 해요 월세 50이에요", "회사 그만두고 집주인이 나가라고 해요"])
def test_a_landlord_telling_them_to_leave_is_still_housing(story):
    c, _ = consented(story)
    assert "housing" in c.state.needs, c.state.needs


# -- a loan named by what was borrowed ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story, debt",
    [
        ("19살 배달라이더인데 앱에서 대출받은거 300 있고 이자가 너무 쎄요 ㅠ", "300만 원"),
        ("앱으로 빌린게 500만원이에요 못 갚고 있어요", "500만 원"),
        ("대출받은 돈 천만원 있는데 연체됐어요", "1,000만 원"),
    ],
)
def test_a_loan_named_by_a_relative_clause_is_the_debt(story, debt):
    """'앱에서 대출받은거 300 있고' was no debt: the rider was asked '갚아야 할 빚은 모두 합쳐 얼마쯤인가요?' right
    after saying it, and '앱에서 대출' alone was summarised as "'서 대'는 나이로 보지 않음"."""
    c, out = consented(story)
    t = text_of(out)
    assert debt in t and "나이로 보지 않음" not in t, t
    assert c.state.question != "debt_total"


# -- who, then the count, before the household question -----------------------------------------------------------
@pytest.mark.parametrize(
    "story, said, n",
    [
        ("저는 지체장애 등록되어 있는 28살입니다 취업하고 싶은데 어디서 도와주나요", "부모님이랑 셋이요", 3),
        ("저는 지체장애 등록되어 있는 28살입니다 취업하고 싶은데 어디서 도와주나요", "엄마하고 둘이에요", 2),
        ("아파트 경비원인데 계약기간 끝나서 나왔어요", "와이프랑 둘이요 애는 없고", 2),
    ],
)
def test_who_then_the_count_is_the_household_and_not_asked_again(story, said, n):
    """'부모님이랑 셋이요' at another question kept only '부모님 집'; two questions later she was asked
    '함께 사는 가족은 본인 포함 몇 명이세요?'."""
    c, _ = consented(story)
    assert c.state.question != "household_size"
    c.say(said)
    assert c.state.profile.get("household_size") == n, c.state.profile
    asked = []
    for _ in range(6):
        if c.state.results_shown or c.state.question is None:
            break
        asked.append(c.state.question)
        c.say("몰라요")
    assert "household_size" not in asked, asked


# -- a family member's age and disability are theirs ---------------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "발달장애 있는 서른살 아들을 제가 24시간 돌보느라 일을 못해요 남편은 작년에 돌아가셨고 생활비가 없어요",
        "지적장애인 딸 돌보느라 일을 못 나가요 생활비가 없어요",
        "아들이 자폐 발달장애가 있어요 제가 돌봐야 해서 일을 못해요 생활이 막막해요",
    ],
)
def test_the_childs_disability_and_age_are_not_the_carers(story):
    """The mother caring for her 30-year-old disabled son was summarised as '30세, 장애 있음', never asked her
    own age, and screened as a disabled 30-year-old."""
    c, out = consented(story)
    t = text_of(out)
    assert "30세" not in t and "장애 있음" not in t, t
    assert c.state.profile.get("disability") is not True and c.state.profile.get("age") != 30, c.state.profile


@pytest.mark.parametrize(
    "said",
    [
        "저는 지체장애 등록되어 있는 28살입니다",
        "제가 시각장애가 있는데 아들 둘 키워요",
        "장애 있어요 아들이랑 둘이 살아요",
    ],
)
def test_the_persons_own_disability_is_still_read(said):
    _, facts, _, _ = read_message(said, [], None, {})
    assert facts.get("disability") is True, facts


@pytest.mark.parametrize("said", ["장애는 없어요", "장애는 없고 일자리 구해요"])
def test_no_disability_is_not_no_children(said):
    """'장애는 없어요' was read as '애는 없어요': no children, and no children's question for a parent."""
    _, facts, _, _ = read_message(said, [], None, {})
    assert "num_children" not in facts and facts.get("disability") is False, facts


# -- an age or a count said to a money question ------------------------------------------------------------------
@pytest.mark.parametrize("said", ["마흔넷", "셋이요", "서른 정도"])
def test_a_native_number_at_a_money_question_is_asked_again_not_money(said):
    """The woman who lost 3천만 원 to 보이스피싱 answered '마흔넷' (her age) to '갚아야 할 빚은 모두 합쳐
    얼마쯤인가요?': her debt became 44만 원 and the results were screened on it."""
    c, _ = consented("보이스피싱을 당해서 3천만원을 잃었어요 대출까지 받아서 보냈는데 어떻게 해야 할지 모르겠어요")
    assert c.state.question == "debt_total"
    out = c.say(said)
    assert c.state.profile.get("debt_total") is None, c.state.profile
    assert c.state.question == "debt_total" and "빚" in text_of(out), text_of(out)


@pytest.mark.parametrize("said, won", [("한 이백?", 2_000_000), ("천오백", 15_000_000), ("3천이요", 30_000_000)])
def test_sino_amounts_still_answer_the_money_question(said, won):
    c, _ = consented("보이스피싱을 당해서 3천만원을 잃었어요 대출까지 받아서 보냈는데 어떻게 해야 할지 모르겠어요")
    c.say(said)
    assert c.state.profile.get("debt_total") == won, c.state.profile


# -- consent said in dialect ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("said", ["야 동의하요", "하모 동의합니더", "아 네 동의해요"])
def test_consent_with_a_dialect_yes_first_is_consent(said):
    """The 통영 fisherman's '야 동의하요' got '죄송해요, 답을 잘 알아듣지 못했어요' and the consent again."""
    c = Conversation()
    c.say("통영에서 배타는 어부인디 요새 고기가 안잡혀가 돈이 읎소 빚도 좀 있고")
    out = c.say(said)
    assert c.state.consent == "given", text_of(out)
    assert "알아듣지 못했어요" not in text_of(out)


@pytest.mark.parametrize("said", ["야 동의 안해요", "네 동의하지 않습니다"])
def test_a_refusal_after_a_dialect_yes_is_no_consent(said):
    c = Conversation()
    c.say("통영에서 배타는 어부인디 빚이 좀 있소")
    c.say(said)
    assert c.state.consent != "given"


# -- cancelling the booking just made, without the word 예약 -------------------------------------------------------
def booked_guard(store) -> Conversation:
    c = Conversation()
    c.say("부산 사하구 사는데 실직했어요 실업급여 받고 싶어요")
    c.say("네")
    asked_until_results(c, {"age": "45", "household_size": "셋"})
    return booked(c, "1", "김철수", "010-1234-5678", ask="상담 예약할래요")


@pytest.mark.parametrize("said", ["아 그냥 취소할게요", "취소해 주세요", "그거 취소할래요"])
def test_cancelling_right_after_booking_is_about_that_booking(store, said):
    """'아 그냥 취소할게요' after booking got '그 질문은 제가 정확히 답하기 어려워요. ☎1350…'."""
    c = booked_guard(store)
    t = text_of(c.say(said))
    assert "정확히 답하기 어려워요" not in t and "취소" in t and "예약번호" in t, t


def test_cancelling_an_application_is_not_the_booking(store):
    c = booked_guard(store)
    t = text_of(c.say("실업급여 신청 취소할게요"))
    assert "예약을 취소하시려면" not in t, t


# -- the children raised are not the subject of the job loss ------------------------------------------------------
LONG_STORY = (
    "안녕하세요 제가 사정이 좀 복잡해서 길게 쓸게요. 저는 인천 남동구에 사는 마흔둘 여자고 남편이랑은 2년 전에 "
    "이혼했어요. 초등학생 아들 둘 혼자 키우고 있는데 다니던 물류센터가 지난달에 문을 닫아서 일자리를 잃었어요. "
    "카드값이랑 대출이 합쳐서 2천 정도 있고 월세 40만원도 두 달 밀렸어요. 애들 방과후에 맡길 데도 없고요."
)


@pytest.mark.parametrize(
    "story",
    [
        LONG_STORY,
        "딸 하나 키우는데 회사에서 잘렸어요 생활비가 없어요",
        "아들 하나 혼자 키우는데 계약이 끝나서 나왔어요 일자리 구해요",
    ],
)
def test_a_job_lost_after_naming_the_children_raised_is_the_persons(story):
    """'초등학생 아들 둘 혼자 키우고 있는데 다니던 물류센터가 … 문을 닫아서' was read as the son's job: she was
    asked at the end '회사를 그만둔 것이 본인 뜻이 아니었나요?' after telling how it closed."""
    c, _ = consented(story)
    assert c.state.profile.get("left_job_involuntarily") is True, c.state.profile
    asked = []
    for _ in range(12):
        if c.state.results_shown or c.state.question is None:
            break
        asked.append(c.state.question)
        c.say("몰라요")
    assert "left_job_involuntarily" not in asked, asked


def test_a_family_members_job_loss_is_still_theirs():
    _, facts, _, _ = read_message("아들이 회사에서 잘렸대요 걱정이에요", [], None, {})
    assert "left_job_involuntarily" not in facts, facts


# -- a gentle check-in is not asked a third time -------------------------------------------------------------------
GRANDMOTHER = "우리 손주 둘 키우는 할미요 나이는 일흔하나 아들 며느리가 다 집을 나가부렀어 돈이 한푼도 없어라"
PENSION_ONLY = "기초연금 33만원 받는 거 말고는 없어"


@pytest.mark.parametrize("replies", [("몰러", "몰러", "몰러"), ("글쎄요", "뭐 받을수 있는겨?", "잘 모르겠어")])
def test_a_gentle_check_in_is_not_repeated_for_ever(monkeypatch, replies):
    """The grandmother's '기초연금 … 말고는 없어' raised the gentle check-in; every '몰러' after it got '걱정돼서 한
    번 더 여쭤봐요 … ☎109' again (four times in a row), and she could not go on."""
    from bot import safety
    from bot.dialogue import engine

    real = safety.assess

    def mild_on_this(text):  # the classifier's unsure reading of this message
        if text == PENSION_ONLY:
            return safety.Signal(level="check", kind="suicide", source="model", probability=0.9)
        return real(text)

    monkeypatch.setattr(engine, "assess_safely", mild_on_this)
    c = Conversation()
    c.say(GRANDMOTHER)
    assert "109" in text_of(c.say(PENSION_ONLY))
    again = [("한 번 더 여쭤봐요" in text_of(c.say(r))) for r in replies]
    assert again.count(True) <= 1, again
    assert not c.state.crisis_open
    assert (c.state.crisis or {}).get("level") == "check"  # the counselor still sees the sign


def test_a_risk_check_still_asks_again(monkeypatch):
    from bot import safety
    from bot.dialogue import engine

    real = safety.assess
    monkeypatch.setattr(
        engine,
        "assess_safely",
        lambda t: (
            safety.Signal(level="risk", kind="suicide", source="model", probability=0.9)
            if t == PENSION_ONLY
            else real(t)
        ),
    )
    c = Conversation()
    c.say(GRANDMOTHER)
    c.say(PENSION_ONLY)
    for r in ("몰러", "몰러"):
        c.say(r)
    assert c.state.crisis_open


# -- no money at all, in dialect -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "통영에서 배타는 어부인디 요새 고기가 안잡혀가 돈이 읎소 빚도 좀 있고",
        "우리 손주 둘 키우는 할미요 돈이 한푼도 없어라",
        "일이 웂어서 돈이 읎어 우째야 되노",
    ],
)
def test_no_money_said_in_dialect_is_the_livelihood_need(story):
    """The fisherman's '돈이 읎소' and the grandmother's '돈이 한푼도 없어라' named no 생계 need: only 빚 and 돌봄
    were looked at."""
    c = Conversation()
    out = c.say(story)
    assert "livelihood" in c.state.needs, (c.state.needs, text_of(out))


def test_no_debt_in_dialect_is_still_denied():
    from bot import understand

    assert "debt" not in understand.understand("빚은 읎어요 일자리 구해요", []).need_ids()


# -- 일 구해야 돼요 beside a housing problem --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "출소한지 3주 됐는데 갈데가 없어서 고시원에 있음 일 구해야됨 나이 45",
        "월세가 밀려서 쫓겨나게 생겼어요 일 좀 구해야 하는데",
        "고시원에 살아요 일거리 찾아요",
    ],
)
def test_looking_for_work_is_heard_beside_a_housing_problem(story):
    """The man just out of prison said '일 구해야됨'; only 주거 was looked at, and no work program came up."""
    c = Conversation()
    c.say(story)
    assert "employment" in c.state.needs and "housing" in c.state.needs, c.state.needs


# -- the phone number said in a sentence ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    ["010-2345-6789이요", "제 번호는 01023456789입니다", "공일공 이삼사오 육칠팔구", "폰번호 010 2345 6789 예요"],
)
def test_a_mobile_number_said_in_a_sentence_is_taken(store, said):
    """'010-2345-6789이요' got '010으로 시작하는 휴대전화 번호만 받을 수 있습니다(집·회사 전화번호는 안 됩니다)'
    and the same question again."""
    c = Conversation()
    c.say("대전 서구 살아요 일자리 구해요")
    c.say("네")
    for _ in range(10):
        if c.state.results_shown or c.state.question is None:
            break
        c.say({"age": "38", "household_size": "셋이요"}.get(c.state.question, "몰라요"))
    c.say("예약하고 싶어요")
    c.say("1")
    c.say("박미영")
    assert c.state.question == "booking_phone"
    t = text_of(c.say(said))
    assert "집·회사 전화번호" not in t and "010-****-6789" in t, t


@pytest.mark.parametrize("said", ["042-123-4567이요", "집 전화 02 123 4567"])
def test_a_landline_in_a_sentence_is_still_refused(said):
    from bot import booking
    from bot.screening import booking_flow

    with pytest.raises(booking.BookingError):
        booking_flow.phone_in(said)


# -- several loans in one breath are added up ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story, debt",
    [
        ("카페 하다가 폐업했는데 소상공인 대출 5천이랑 카드빚 천만원 있어요 개인회생 해야 하나요", "6,000만 원"),
        ("대출 3천 있고 카드론 500도 있어요 갚기가 힘들어요", "3,500만 원"),
    ],
)
def test_several_loans_named_together_are_the_debt(story, debt):
    """The café owner's '소상공인 대출 5천이랑 카드빚 천만원' was summarised '빚 1,000만 원': the bigger loan was lost."""
    c, out = consented(story)
    assert debt in text_of(out), text_of(out)


@pytest.mark.parametrize(
    "said, debt",
    [("빚이 2천인데 그중 카드빚이 500이에요", 20_000_000), ("카드빚 500, 대출 1500 합쳐서 2천이요", 20_000_000)],
)
def test_a_part_or_a_total_is_not_added_again(said, debt):
    _, facts, _, _ = read_message(said, [], None, {})
    assert facts.get("debt_total") == debt, facts


@pytest.mark.parametrize("story", ["빚 때문에 너무 힘들어요", "빚 때문에 너무 힘들어요 34살이고 혼자 살아요"])
def test_the_loans_listed_in_an_answer_are_added_up(story):
    c, _ = consented(story)
    t = text_of(c.say("카드 500이랑 대출 2천이요"))
    assert c.state.profile.get("debt_total") == 25_000_000 and "2,500만 원" in t, (c.state.profile, t)


# -- the household named person by person ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "said, n",
    [
        ("남편이랑 애 둘", 4),
        ("와이프랑 애 셋", 5),
        ("저랑 엄마요", 2),
        ("손주 둘이랑 저", 3),
        ("부모님이랑 저", 3),
    ],
)
def test_the_household_named_person_by_person_is_counted(said, n):
    """'남편이랑 애 둘' at '함께 사는 가족은 본인 포함 몇 명이세요?' was a household of 2 (the children's count),
    '저랑 엄마요' was not understood: the income thresholds were those of the wrong household."""
    c = _at_household_question("일자리 구해요 서른다섯이에요")
    t = text_of(c.say(said))
    assert c.state.profile.get("household_size") == n, (c.state.profile, t)
    assert "몇 명" not in t, t


@pytest.mark.parametrize("said", ["엄마가 아파요", "애들이랑 저"])
def test_a_household_answer_without_a_count_is_not_guessed(said):
    c = _at_household_question("일자리 구해요 서른다섯이에요")
    c.say(said)
    assert c.state.profile.get("household_size") is None, c.state.profile


# -- words that look like a need and are not -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story, need",
    [
        ("회사 이사가 괴롭혀서 그만뒀어요 일자리 구해요", "housing"),
        ("이사님이 나가라고 해서 그만뒀어요", "housing"),
        ("주거래 은행에서 대출 연체됐다고 연락왔어요", "housing"),
        ("생활비는 괜찮아요 빚이 문제예요", "livelihood"),
        ("아이 돌봄은 필요없어요 일자리가 급해요", "childcare"),
    ],
)
def test_a_word_that_only_looks_like_a_need_is_not_one(story, need):
    """A company director (이사), a bank (주거래) and a resource said to be fine ('생활비는 괜찮아요') each added a
    need the person did not have, and its questions."""
    c = Conversation()
    c.say(story)
    assert need not in c.state.needs, c.state.needs


@pytest.mark.parametrize(
    "story, need",
    [("다음달에 이사해야 하는데 보증금이 없어요", "housing"), ("생활비가 없어요 일도 없고", "livelihood")],
)
def test_the_need_itself_is_still_heard(story, need):
    c = Conversation()
    c.say(story)
    assert need in c.state.needs, c.state.needs


# -- the year of birth is not the age ------------------------------------------------------------------------------------
@pytest.mark.parametrize("said, born", [("85년생이요", 1985), ("1990년생입니다", 1990), ("07년도생이에요", 2007)])
def test_a_year_of_birth_at_the_age_question_is_turned_into_the_age(said, born):
    """'85년생이요' to '만 나이가 어떻게 되세요?' made him 85 years old (중장년·노인 rules on a 41-year-old)."""
    from datetime import date

    c, _ = consented("일자리 구해요 실직했어요")
    assert c.state.question == "age"
    c.say(said)
    assert c.state.profile.get("age") == date.today().year - born, c.state.profile


@pytest.mark.parametrize("story", ["85년생 남자인데 실직했어요", "저는 1985년생이고 혼자 살아요 일자리 구해요"])
def test_a_year_of_birth_in_the_story_is_the_age(story):
    from datetime import date

    c, out = consented(story)
    age = date.today().year - 1985
    assert c.state.profile.get("age") == age and f"{age}세" in text_of(out), (c.state.profile, text_of(out))


def test_a_childs_year_of_birth_is_not_the_persons_age():
    _, facts, _, _ = read_message("애가 15년생이에요 돌봐줄 사람이 없어요", [], None, {})
    assert "age" not in facts, facts


# -- a raw field name and an age opening the story --------------------------------------------------------------------------
@pytest.mark.parametrize("said", ["아 180 아니고 210이요", "남편 월급 180 아니고 210이에요"])
def test_a_corrected_spouse_income_is_said_in_korean(said):
    """'아 180 아니고 210이요' got 'spouse_income_monthly를 210만 원으로 고쳤어요.'"""
    c, _ = consented("남편 월급 180으로 애 셋 키우는데 빚이 4천이에요 울산 남구 살아요")
    t = text_of(c.say(said))
    assert "_" not in t and "배우자 월소득을 210만 원으로 고쳤어요" in t, t


@pytest.mark.parametrize(
    "story, age",
    [("서른둘 혼자 살고 알바하다 그만뒀어요 창원 살아요", 32), ("마흔다섯, 실직했어요 생활비가 없어요", 45)],
)
def test_an_age_opening_the_story_is_the_age(story, age):
    """'서른둘 혼자 살고 …' was not read: the summary left the age out and it was asked again."""
    c, out = consented(story)
    assert c.state.profile.get("age") == age and f"{age}세" in text_of(out), (c.state.profile, text_of(out))


@pytest.mark.parametrize("story", ["서른 넘게 지원했는데 다 떨어짐 일자리 구해요", "서른 번 떨어졌어요 취업이 안돼요"])
def test_a_count_opening_the_story_is_no_age(story):
    _, facts, _, _ = read_message(story, [], None, {})
    assert "age" not in facts, facts


# -- a month said as the start of work is no number of days ---------------------------------------------------------------
def _at_insured_days():
    c, _ = consented("61세 경비원인데 계약기간 끝나서 나왔어요")
    for _ in range(4):
        if c.state.question == "insured_days_18m":
            break
        c.say({"household_size": "둘이요"}.get(c.state.question, "몰라요"))
    assert c.state.question == "insured_days_18m"
    return c


@pytest.mark.parametrize("said", ["작년 3월부터 다녔어요", "재작년 5월에 입사했어요"])
def test_a_start_month_at_the_insured_days_question_is_the_time_since(said):
    """'작년 3월부터 다녔어요' became 3 days of 고용보험 (구직급여 ❌ on 3 < 180일)."""
    c = _at_insured_days()
    c.say(said)
    assert c.state.profile.get("insured_days_18m") == 548, c.state.profile  # over 18 months: the whole window


@pytest.mark.parametrize("said", ["3월에 그만뒀어요", "5월쯤?"])
def test_a_month_alone_is_asked_again_not_read_as_days(said):
    c = _at_insured_days()
    c.say(said)
    assert c.state.profile.get("insured_days_18m") not in (3, 5), c.state.profile


def test_from_one_month_to_another_is_the_months_between():
    from bot.screening import core

    assert 230 <= core.parse_duration_days("3월부터 10월까지 일했어요") <= 245
