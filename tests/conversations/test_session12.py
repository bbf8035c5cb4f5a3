"""Conversations held in the twelfth session, each a defect a citizen would notice, kept as a test."""

from __future__ import annotations

import pytest

from bot.dialogue import Conversation
from bot.screening import core, results
from bot.screening.messages import bot_message
from tests.conversations.conftest import text_of

# a mother in 인천 부평: her husband lost his job, she earns 80만 원 part-time, card debt and childcare costs
MOTHER = (
    "안녕하세요 인천 부평 사는 38살 엄마예요. 남편이랑 애 둘이랑 사는데 남편이 지난달에 회사에서 잘렸어요. "
    "저는 파트타임으로 월 80 벌어요. 카드값도 두달째 밀리고 애들 어린이집 비용도 걱정이에요"
)
ANSWERS = {
    "debt_total": "카드값 400 정도요",
    "children_ages": "9살 6살 1살이요",
    "household_income_monthly": "남편은 지금 소득 없어요",
    "assets": "전세 보증금 3천이요",
}


def _short(out):
    return len(out) <= 3 and all(len(m.get("text") or "") <= 400 for m in out)


def test_a_family_on_little_sees_living_cost_help_and_the_answer_promised_mid_form():
    """A family of five on 80만 원 came for work, debt and childcare: the results now screen living costs too
    (긴급복지, 기초생활보장), and the question she asked mid-form ("아이돌봄은 얼마나 내요?", promised "with the
    results") is still answered in the same turn: the programs take fewer lines to make room."""
    c = Conversation()
    c.say(MOTHER)
    c.say("네 동의합니다")
    assert "결과와 함께" in text_of(c.say("아이돌봄은 얼마나 내요?"))
    c.say("아 잠깐 애가 셋이에요")
    out = []
    for _ in range(12):
        if c.state.results_shown or c.state.question is None:
            break
        out = c.say(ANSWERS.get(c.state.question, "몰라요"))
    t = text_of(out)
    assert c.state.results_shown and _short(out), out
    for head in ("[일자리·실업]", "[빚·채무]", "[자녀 돌봄·양육]", "[생계·생활비]"):
        assert head in t, t
    assert "긴급복지" in t and "기초생활보장" in t, t
    assert "아까 물어보신" in t and "시간당" in t.split("아까 물어보신")[1], t
    assert not c.state.deferred


@pytest.mark.parametrize(
    "said", ["그만 물어보고 결과 보여주세요", "질문 말고 결과부터 볼게요", "바로 결과 알려줘", "결과 좀 보여줘요"]
)
def test_asking_for_the_results_mid_form_ends_the_questions(said):
    """'그만 물어보고 결과 보여주세요' at the debt question got "답을 잘 알아듣지 못했어요. (예: 3천만원, 1억)" and the
    same question again. Now the questions end and the results come, five needs in one turn of at most three short
    messages, with the answer promised mid-form."""
    c = Conversation()
    c.say(MOTHER + ". 월세도 두달 밀렸고 생활비도 없어요")
    c.say("네 동의합니다")
    c.say("남편은 소득 없어요")
    c.say("아이돌봄은 얼마나 내요?")
    q = c.state.question
    assert q and q != "household_income_monthly"
    out = c.say(said)
    t = text_of(out)
    assert c.state.results_shown and _short(out), out
    assert "알아듣지 못했" not in t and t.startswith("알겠습니다"), t
    for head in ("[일자리·실업]", "[빚·채무]", "[자녀 돌봄·양육]", "[주거]", "[생계·생활비]"):
        assert head in t, t
    assert "아까 물어보신" in t, t


@pytest.mark.parametrize("said", ["결과 나오면 연락 주세요", "시험 결과 기다려요", "검사결과 나왔어요"])
def test_the_word_results_alone_is_not_a_request_for_them(said):
    assert not core.wants_results_now(said)


def test_an_answer_promised_mid_form_that_finds_no_room_is_kept_as_a_button(monkeypatch):
    """When the programs cannot be made shorter (two full messages), the promised answer is not pushed into a fourth
    message or a 900-character one: the results offer it as a button and the question is kept; pressed, it is
    answered."""
    c = Conversation()
    c.say(MOTHER)
    c.say("네 동의합니다")
    c.say("아이돌봄은 얼마나 내요?")
    full = [
        bot_message("가" * 390),
        bot_message("나" * 390),
        bot_message("마무리", [("상담 예약", "상담 예약하고 싶어요")]),
    ]
    monkeypatch.setattr(results, "overview_messages", lambda *a, **k: [dict(m) for m in full])
    out = c.say("그만 물어보고 결과 보여주세요")
    assert c.state.results_shown and _short(out), [len(m.get("text") or "") for m in out]
    buttons = out[-1].get("buttons") or []
    assert buttons[0] == {"title": "아까 물어보신 질문", "payload": "아이돌봄은 얼마나 내요?"}, buttons
    assert c.state.deferred == ["아이돌봄은 얼마나 내요?"]
    monkeypatch.undo()
    t = text_of(c.say(buttons[0]["payload"]))
    assert "아이돌봄" in t and "시간당" in t, t


# a man of 61 in 대구, laid off after 20 years at a factory, his wife ill, rent 40만 원 two months behind (반말, typos)
DAEGU = (
    "대구 달서구 사는 61세 남자임 공장서 20년 일하다 지난달 권고사직 당햇음 마누라 당뇨로 병원다니고 "
    "월세 40인데 두달 밀림 아들은 군대가있고"
)


def daegu_results() -> Conversation:
    c = Conversation()
    for said in (DAEGU, "ㅇㅇ", "둘이 살아", "없어 수입", "통장에 200정도"):
        c.say(said)
    assert c.state.results_shown
    return c


@pytest.mark.parametrize(
    "asked, head, program",
    [
        ("월세 지원은?", "주거 쪽은", "주거급여"),
        ("월세 지원 없나", "주거 쪽은", "주거급여"),
        ("빚 관련은요?", "빚·채무 쪽은", "채무조정"),
    ],
)
def test_a_need_asked_about_after_the_results_gets_its_programs(asked, head, program):
    """'월세 지원은?' after results that listed 주거급여 got "그 질문은 제가 정확히 답하기 어려워요 ☎1350 …"."""
    c = daegu_results()
    out = c.say(asked)
    t = text_of(out)
    assert t.startswith(head) and program in t and "답하기 어려워요" not in t, t
    assert _short(out) and "최종 결정은 담당 기관" in t, t


def test_a_fact_that_changes_nothing_after_the_results_is_said_back_not_the_results_again():
    """'빚은 없어' after the results (debt was never one of his needs) got "빚 0원을 반영해서 다시 살펴봤어요" and the
    whole block of results, unchanged. A fact that changes a verdict still shows them again."""
    c = daegu_results()
    t = text_of(c.say("빚은 없어"))
    assert "기억해 둘게요" in t and "달라지지 않아요" in t and "[일자리·실업]" not in t, t
    assert c.state.profile.get("debt_total") == 0
    t = text_of(c.say("아 나이 잘못말했다 35살임"))
    assert "35세" in t and "[일자리·실업]" in t, t  # 중장년내일센터 and the benefit days change with the age


SEEKER = (
    "안녕하세여 관악구 자취하는 27살 취준생이에요ㅠ 2년째 취업안되고 학자금대출 800 잇고 월세 45 내는데 알바도 잘렸어요"
)


def test_a_second_question_mid_form_is_deferred_and_answered_about_the_same_program():
    """'청년월세 얼마나 받아요?' then '언제까지 신청해요?' at a yes/no question: the second got "답을 잘 알아듣지
    못했어요" and the same question again. Now it is kept too; the results answer the first and offer the second as a
    button, which answers it for 청년월세."""
    c = Conversation()
    for said in (SEEKER, "네", "지금은 0이요", "보증금 500이 전부에요", "연체는 없어요"):
        c.say(said)
    q = c.state.question
    assert "결과와 함께" in text_of(c.say("청년월세 얼마나 받아요?"))
    t = text_of(c.say("언제까지 신청해요?"))
    assert "결과와 함께" in t and "알아듣지 못했" not in t and c.state.question == q, t
    out = []
    for _ in range(8):
        if c.state.results_shown:
            break
        out = c.say("몰라요")
    assert c.state.results_shown and _short(out), out
    assert "청년월세 지원: 월 20만 원" in text_of(out)
    more = [b for m in out for b in m.get("buttons") or [] if b["title"] == "아까 물어보신 질문 하나 더"]
    assert more and more[0]["payload"] == "언제까지 신청해요?", out
    t = text_of(c.say(more[0]["payload"]))
    assert t.startswith("청년월세 지원:") and "신청" in t, t


def _booked_wednesday(c, phone):
    for said in (
        "상담 예약하고 싶어요",
        "동의합니다",
        "대전 서구 살아요",
        "수요일 오후 2시",
        "1번",
        "박영희",
        phone,
        "네",
    ):
        c.say(said)
    assert c.state.booking.get("booking_slot", "").startswith("2026-11-25T14:00"), c.state.booking


@pytest.mark.parametrize("said", ["아 목요일로 바꿀래요 같은 시간", "금요일로 옮겨 주세요 시간은 그대로요"])
def test_a_booking_moved_to_another_day_at_the_same_time_keeps_the_time(store, said):
    """'아 목요일로 바꿀래요 같은 시간' offered that day's four earliest times without 2 PM; the day said and the booked
    time kept make one slot to confirm."""
    c = Conversation()
    _booked_wednesday(c, "010-5564-7742")
    code = c.state.booking.get("booking_code")
    t = text_of(c.say(said))
    day = "11월 26일(목)" if "목요일" in said else "11월 27일(금)"
    assert f"{day} 오후 2:00" in t and "바꿀까요" in t, t
    c.say("네")
    assert c.state.booking.get("booking_code") == code
    assert c.state.booking.get("booking_slot", "")[11:16] == "14:00", c.state.booking


def test_a_weekday_that_is_today_said_to_move_a_booking_is_next_weeks(store):
    """Said on a Monday about a booking on Wednesday, '월요일로 같은 시간' is not this morning's Monday: people say
    '오늘' for today."""
    c = Conversation()
    _booked_wednesday(c, "010-5564-7743")
    t = text_of(c.say("월요일로 바꿔 주세요 같은 시간에"))
    assert "11월 30일(월) 오후 2:00" in t, t  # the store's clock is Monday 23 November


def test_how_a_day_was_read_is_said_when_it_is_booked(store):
    """'월요일 오후 3시' typed on a Monday booked that afternoon without a word; the reading is said, so the person can
    say next week instead."""
    c = Conversation()
    for said in ("상담 예약하고 싶어요", "동의합니다", "대전 서구 살아요"):
        c.say(said)
    t = text_of(c.say("월요일 오후 3시"))
    assert "오늘(월요일)로 이해했어요" in t, t


GWANGJU = (
    "안녕하세요 광주 북구 사는 52살 아줌마예요 3년 하던 식당을 지난달 폐업했어요. 카드론이랑 대출이 3천 정도 되는데 "
    "이번달부터 못 갚고 있고요 남편은 공사장 일용직이라 일이 들쭉날쭉해요. 고등학생 아들 하나 있어요"
)


def test_a_question_that_also_names_a_new_need_is_kept_for_the_results():
    """Held over REST: '긴급복지는 얼마나 받아요?' at the own-income question added living costs and moved the form
    to the assets question; the question itself was dropped and never answered with the results."""
    c = Conversation()
    for said in (GWANGJU, "네 동의해요", "남편이 한달에 150 정도 벌어요"):
        c.say(said)
    t = text_of(c.say("긴급복지는 얼마나 받아요?"))
    assert "생계·생활비" in t and "결과와 함께" in t, t
    assert c.state.deferred == ["긴급복지는 얼마나 받아요?"]


def test_a_day_said_as_where_a_booking_goes_moves_it(store):
    """Held over REST, after booking (the rating question open): '아 화요일은 안되겠네요 수요일로 같은 시간 돼요?' got
    "❌ 여성새로일하기센터(새일센터) — 어려울 수 있음" (read as "why not" about the programs)."""
    c = Conversation()
    _booked_wednesday(c, "010-5564-7746")
    t = text_of(c.say("아 수요일은 안되겠네요 목요일로 같은 시간 돼요?"))
    assert "새일센터" not in t and "11월 26일(목) 오후 2:00" in t and "바꿀까요" in t, t


SUWON = (
    "안녕하세요 수원 권선구 사는 44살 아빠인데요 애 둘 혼자 키워요. 지난달 물류센터에서 계약만료로 나왔고 월세 55가 "
    "두달 밀렸어요 애들은 초등학생이라 방과후 돌봄도 걱정이고요"
)


def test_the_pay_that_was_is_not_the_income_now():
    """Held over REST: '월급은 실수령 230이었는데 지금은 0이요' at the household-income question was taken as 230만 원;
    국취 Ⅰ유형 then read "본인 월소득 230만 원 ≥ … — 구직촉진수당 제외" for a father out of work."""
    c = Conversation()
    c.say(SUWON)
    c.say("네 동의합니다")
    assert c.state.question == "household_income_monthly"
    c.say("월급은 실수령 230이었는데 지금은 0이요")
    assert c.state.profile.get("household_income_monthly") == 0, c.state.profile


@pytest.mark.parametrize("said", ["작년엔 300 벌었는데 지금은 일 안해요"])
def test_a_past_pay_with_nothing_said_of_now_is_not_taken(said):
    ok, _ = core.parse_field("household_income_monthly", "money", said)
    assert not ok


def test_savings_and_a_deposit_told_together_are_the_assets():
    """Held over REST: '통장에 100만원이랑 보증금 1000이요' at the insurance question was said back as "재산 100만 원,
    보증금 1,000만 원": the assets were the savings alone."""
    c = Conversation()
    c.say(SUWON)
    c.say("네 동의합니다")
    c.say("월급은 실수령 230이었는데 지금은 0이요")
    c.say("11살 8살이에요")
    asked = c.state.question
    t = text_of(c.say("통장에 100만원이랑 보증금 1000이요"))
    assert c.state.profile.get("assets") == 11_000_000, c.state.profile
    assert asked == "assets" or "재산 1,100만 원" in t, t  # said back when told at another question


def test_savings_and_a_deposit_told_at_another_question_are_said_back_together():
    from bot.understand.facts import read_facts

    assert read_facts("통장에 100만원이랑 보증금 1000이요", (), "insured_days_18m").facts["assets"] == 11_000_000
    assert read_facts("예금 300이랑 전세 보증금 5천이요").facts["assets"] == 53_000_000
    assert read_facts("전세 보증금 3천이 다예요").facts["assets"] == 30_000_000


def test_what_a_father_of_school_children_pays_for_childcare_is_not_the_under_seven_rate():
    """Held over REST: the father of an 11- and an 8-year-old was told "가형이면 내시는 돈은 시간당 약 1,918원" - the
    support for children under 7, the only figure the 2026 sources give."""
    c = Conversation()
    for said in (
        SUWON,
        "네 동의합니다",
        "월급은 실수령 230이었는데 지금은 0이요",
        "11살 8살",
        "통장에 100만원이랑 보증금 1000이요",
    ):
        c.say(said)
    c.say("그만 물어보고 결과 보여주세요")
    t = text_of(c.say("아이돌봄은 얼마나 내요?"))
    assert "7세 이상이면" in t and "확인 필요" in t and "1,918원" not in t, t


def test_the_household_income_taken_as_her_own_is_said_back():
    """Session 11's REST conversation: after '남편은 지금 소득 없어요' the household income became her 80만 원 without a
    word, so a wrong reading could not be corrected."""
    c = Conversation()
    c.say(MOTHER)
    c.say("네 동의합니다")
    assert c.state.question == "household_income_monthly"
    t = text_of(c.say("남편은 지금 소득 없어요"))
    assert c.state.profile.get("household_income_monthly") == 800_000
    assert "본인 소득 월 80만 원으로 볼게요" in t and "다르면 말씀해" in t, t


def test_a_pension_that_is_all_the_income_means_not_working():
    """A man of 67 ('기초연금30만원받는게다라 … 일자리좀 구하고 싶소') was asked his work status with seven buttons
    after each of four other facts he gave; a pension as all the income and a job wanted is not working, looking -
    said back, to be corrected."""
    c = Conversation()
    c.say("청주사는67세노인인데혼자삽니다기초연금30만원받는게다라생활이어렵고일자리좀구하고싶소")
    t = text_of(c.say("동의하오"))
    assert c.state.profile.get("employment_status") == "unemployed", c.state.profile
    assert "일자리를 찾고 계신 걸로 볼게요" in t and c.state.question != "employment_status", t


def test_after_declining_consent_a_question_gets_the_general_rule_not_the_same_block():
    """Consent declined: "그럼 실업급여 얼마 받아요?" got the same block of program names again, "어디서 신청해요"
    "제가 잘 이해하지 못했어요", and "고마워요" a prompt to name a problem. Now the general rule (no personal fact is
    used or kept), the desk for the program just asked about, and thanks."""
    c = Conversation()
    c.say("실업급여 받을수있나요")
    c.say("아니요 동의 안할래요")
    assert c.state.consent == "declined"
    t = text_of(c.say("그럼 실업급여 얼마 받아요?"))
    assert "68,100원" in t and "평균임금의 60%" in t, t
    t = text_of(c.say("어디서 신청해요"))
    assert "고용센터" in t and "이해하지 못했" not in t, t
    assert "천만에요" in text_of(c.say("고마워요"))
    assert c.state.profile == {}


def test_another_debt_told_is_added_to_the_one_known():
    """'사채도 500 있음' after 빚 3천 was said back as "빚을 500만 원으로 고쳤어요": the loan shark's 500 replaced the
    3천 instead of joining it."""
    c = Conversation()
    for said in ("빚땜에 미치겠음", "ㅇㅇ", "3천정도", "알바 월 120"):
        c.say(said)
    assert c.state.profile.get("debt_total") == 30_000_000
    t = text_of(c.say("사채도 500 있음"))
    assert c.state.profile.get("debt_total") == 35_000_000 and "모두 3,500만 원" in t, t
    c.say("아 빚은 다 합치면 3천이에요")
    assert c.state.profile.get("debt_total") == 30_000_000  # a total said again is the total


def test_hi_in_chat_letters_is_a_greeting():
    t = text_of(Conversation().say("ㅎㅇ"))
    assert "이해하지 못했" not in t, t


@pytest.mark.parametrize("said", ["아 다 합치면 3천이에요", "3천정도"])
def test_money_at_the_household_question_is_not_a_count_of_people(said):
    """'아 다 합치면 3천이에요' at "함께 사는 가족은 본인 포함 몇 명이세요?" set a household of 3."""
    assert core.parse_field("household_size", "int", said) == (False, None)


DAEJEON = (
    "대전 유성구 35살 남자입니다 회사가 경영악화로 권고사직해서 그만뒀어요 3년 다녔고 월급 280 받았어요 와이프랑 애 하나 "
    "있고 와이프는 육아휴직중이에요"
)


@pytest.mark.parametrize(
    "field, ftype, said",
    [
        ("children_ages", "int_list", "전세 1억5천"),  # was a child of 1 (the 1 of 1억)
        ("children_ages", "int_list", "빚은 없어요"),  # was "no children"
        ("insured_days_18m", "int", "둘 다 받을 수 있어요?"),  # was 2 days of insurance
    ],
)
def test_an_answer_to_another_question_is_not_read_as_this_one(field, ftype, said):
    assert not core.parse_field(field, ftype, said)[0]


def test_short_questions_after_a_kept_one_are_kept_too_not_failed_answers():
    """After '실업급여는요?' was kept for the results, '얼마나요?' got "답을 잘 알아듣지 못했어요" and '언제까지요?' the
    why-we-ask explanation with 건너뛰기 / 상담원 연결 / 처음으로."""
    c = Conversation()
    for said in (DAEJEON, "네", "와이프 육아휴직 급여 월 150이요", "전세 1억5천", "5살"):
        c.say(said)
    q = c.state.question
    c.say("실업급여는요?")
    for said in ("얼마나요?", "언제까지요?"):
        t = text_of(c.say(said))
        assert "결과와 함께" in t and "알아듣지 못했" not in t and "이유" not in t, t
        assert c.state.question == q and c.state.failures == 0


@pytest.mark.parametrize(
    "story, days",
    [
        ("회사가 경영악화로 권고사직해서 그만뒀어요 3년 다녔고 월급 280 받았어요", 548),
        ("학교 3년 다녔고 지금 취준생이에요", None),  # school years are no insured work
    ],
)
def test_the_years_at_a_job_that_ended_are_its_insured_days(story, days):
    """'권고사직해서 그만뒀어요 3년 다녔고' (when it ended not said): the insurance question was asked anyway."""
    from bot.understand.facts import read_facts

    assert read_facts(story).facts.get("insured_days_18m") == days


INCHEON_CARER = (
    "인천 남동구 사는 58세 여자예요 요양보호사 하다가 허리 다쳐서 그만둔지 두달 됐어요 남편은 없고 혼자 살아요 "
    "월세 35 내고 있어요"
)


def test_a_daughter_told_later_grows_the_household():
    """'아 그리고 딸이랑 같이 살아요 대학생이요' after "혼자 살아요" got the why-we-ask explanation of the crisis question;
    the household stayed one."""
    c = Conversation()
    for said in (INCHEON_CARER, "네", "수입 없어요", "재산은 보증금 500이 다예요"):
        c.say(said)
    t = text_of(c.say("아 그리고 딸이랑 같이 살아요 대학생이요"))
    assert c.state.profile.get("household_size") == 2 and "2인으로 고쳤어요" in t, t
    assert c.state.profile.get("employment_status") == "unemployed"  # the daughter is the student


def test_thanks_and_goodbye_mid_form_is_a_goodbye():
    """'감사합니다 안녕히 계세요' mid-form got "이 질문은 건너뛰고 다음으로 넘어갈게요" and the next question."""
    c = Conversation()
    for said in (INCHEON_CARER, "네", "수입 없어요"):
        c.say(said)
    t = text_of(c.say("감사합니다 안녕히 계세요"))
    assert "이용해 주셔서 감사합니다" in t and "건너뛰고" not in t, t


def test_a_woman_who_says_her_korean_is_weak_gets_the_language_help_and_the_card_asks_for_an_interpreter(store):
    """'저는 베트남 사람이에요 한국말 잘 못해요 남편이 때려요': the violence lines came first (right), but the language help
    never came, and nothing told the counselor an interpreter was needed."""
    c = Conversation()
    c.say("저는 베트남 사람이에요 한국말 잘 못해요 남편이 때려요 애기 있어요 돈 없어요")
    t = text_of(c.say("네 안전해요"))
    assert "쉬운 말로" in t and "1366" in t, t
    for said in ("네", "상담 예약할게요", "안산", "1번", "응우옌 티 란", "010-5564-7748", "네"):
        c.say(said)
    code = c.state.booking.get("booking_code")
    assert code, c.state.booking
    card = store.get(code, "010-5564-7748").summary
    assert any("통역" in n for n in card.get("notes") or []), card


@pytest.mark.parametrize(
    "said, name",
    [
        ("응우옌 티 란", "응우옌 티 란"),
        ("저는 응우옌 티 란이에요", "응우옌 티 란"),
        ("남궁 민수", "남궁 민수"),
        ("그냥 할게요", None),
    ],
)
def test_a_name_in_hangul_with_spaces_is_a_name(said, name):
    """'응우옌 티 란' at the name question got "답을 잘 알아듣지 못했어요 (예: 홍길동)", then the why-we-ask line, and the
    booking stopped."""
    from bot.screening.booking_names import parse_name

    assert parse_name(said) == name
