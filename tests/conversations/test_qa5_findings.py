"""Defects found holding conversations over REST with `make run` in the fifth round, each as what the
person should see. The person: a 58-year-old man from 해운대 let go after twenty years at a factory, with
a private loan of 2천 (만 원), an ill wife and no income now; he answers in his own words, corrects the
debt in Korean number words and asks "얼마나 받을수 있어요?" before the results.

The state is read only to drive a conversation (which question is open); every assertion is on the text
the person reads, except where noted."""

from __future__ import annotations

from bot.catalogue import won
from bot.dialogue import Conversation
from tests.conversations.conftest import text_of

STORY = (
    "부산 해운대 사는 쉰여덟 남자입니다 공장에서 이십년 일하다가 지난주에 구조조정으로 나왔어요 "
    "사채 이천 정도 있고 와이프는 아프고 막막하네요"
)


def until_results(c, answers, default="몰라요", limit=12):
    """Answers each open question (by the field asked) until the results are shown."""
    for _ in range(limit):
        if c.state.results_shown or c.state.question is None:
            break
        c.say(answers.get(c.state.question, default))


def start(story=STORY):
    c = Conversation()
    c.say(story)
    return c, c.say("네 동의해요")


def test_the_story_is_said_back_with_his_age_and_the_debt_in_korean_number_words():
    """'쉰여덟 남자입니다' is his age and '사채 이천 정도' is 2,000만 원 (it was read as 1,000만 원: the 이 of
    이천 was taken as a particle); twenty years at the factory is enough insured time."""
    _, out = start()
    said = text_of(out)
    assert "58세" in said and "빚 2,000만 원" in said, said
    assert "1,000만" not in said, said
    assert "나이" not in said.split("정리해 보면")[-1], said  # not asked his age again
    assert "고용보험 충분(추정)" in said or "고용보험" not in said, said


def test_a_correction_in_number_words_fixes_the_debt_and_is_not_the_answer_to_the_open_question():
    """'빚은 천이 아니라 이천이에요' (said whatever the bot held) sets the debt to 2,000만 원; it is not filed as
    1,000만 원 of income for the question that is open, and 천이 is not 1,002만."""
    c = Conversation()
    c.say("해운대 사는데 지난달 실직했고 빚이 천만원 있어요")
    c.say("동의합니다")
    asked_before = c.state.question
    out = c.say("아 그리고 빚은 천이 아니라 이천이에요")
    said = text_of(out)
    assert "2,000만 원으로 고쳤어요" in said, said
    assert "1,002" not in said and "1,000만 원으로" not in said, said
    assert c.state.question == asked_before or "?" in said, said


def test_no_income_in_the_household_means_his_own_income_is_not_asked():
    c, _ = start()
    seen = []
    answers = {
        "age": "58이요",
        "household_size": "둘이 살아요 애들은 다 컸고",
        "household_income_monthly": "지금은 없죠 와이프 병원비만 나가요",
    }
    for _ in range(8):
        q = c.state.question
        if q is None or c.state.results_shown:
            break
        seen.append(text_of(c.say(answers.get(q, "몰라요"))))
    text = "\n".join(seen)
    assert text.count("가족 전체의 한 달 소득") == 1, text
    assert "본인의 한 달 소득" not in text, text


def test_the_home_named_in_the_assets_answer_is_not_a_new_housing_problem():
    """'전세 8천에 차 한대 오래된거' answers the assets question; '주거 문제도 함께 살펴볼게요' was wrong."""
    c, _ = start()
    for _ in range(6):
        if c.state.question in ("assets", None):
            break
        c.say({"age": "58이요", "household_size": "둘이요"}.get(c.state.question, "없어요"))
    assert c.state.question == "assets"
    said = text_of(c.say("전세 8천에 차 한대 오래된거"))
    assert "주거 문제도" not in said, said
    # a real housing trouble at the same question still counts
    c2, _ = start()
    for _ in range(6):
        if c2.state.question in ("assets", None):
            break
        c2.say({"age": "58이요", "household_size": "둘이요"}.get(c2.state.question, "없어요"))
    said = text_of(c2.say("전세 8천인데 집주인이 보증금을 안 돌려줘요"))
    assert "주거" in said, said


def test_how_much_asked_mid_screening_gets_a_short_answer_and_the_same_question():
    c, _ = start()
    q = c.state.question
    said = text_of(c.say("얼마나 받을수 있어요?"))
    assert "알아듣지 못했어요" not in said, said
    assert "결과와 함께" in said, said
    assert c.state.question == q


def test_money_in_messages_is_written_in_man_won_like_the_rest():
    """'긴급복지지원 — 월 1,644,000원' stood beside '월 46만 원' in the same results; messages now say
    '164만 4,000원' (engine reasons for counselors keep the exact table figure)."""
    assert won(1_644_000, spaced=True) == "164만 4,000원"
    assert won(68_100, spaced=True) == "68,100원" and won(460_000, spaced=True) == "46만 원"
    assert won(1_644_000) == "1,644,000원"


def answer_until(c, field, answers, limit=8):
    for _ in range(limit):
        if c.state.question in (field, None) or c.state.results_shown:
            break
        c.say(answers.get(c.state.question, "몰라요"))
    return c.state.question == field


def test_not_yet_in_arrears_but_unable_to_pay_next_month_is_a_repayment_difficulty():
    """'아직 연체는 안했는데 다음달부턴 못갚을거 같아요' answers both debt questions; the bot asked
    '지금 빚을 갚기 어려운 상황이세요?' right after it."""
    c, _ = start()
    answers = {"household_size": "둘이요", "household_income_monthly": "없어요", "assets": "8천"}
    assert answer_until(c, "debt_overdue_days", answers)
    said = text_of(c.say("아직 연체는 안했는데 다음달부턴 못갚을거 같아요"))
    assert "갚기 어려운 상황" not in said, said


def test_asking_about_a_benefit_mid_screening_is_not_taken_as_receiving_it():
    """'실업급여는 얼마나 나와요?' got '네, 기억해 둘게요.' (it was read as receiving 실업급여) and
    '사채도 채무조정 되나요?' got '알아듣지 못했어요'; both are questions for the results."""
    c, _ = start()
    q = c.state.question
    said = text_of(c.say("실업급여는 얼마나 나와요?"))
    assert "기억해 둘게요" not in said and "결과와 함께" in said, said
    assert c.state.profile.get("receiving_unemployment_benefit") is not True  # it would rule out 구직급여
    said = text_of(c.say("사채도 채무조정 되나요?"))
    assert "알아듣지 못했어요" not in said and "결과와 함께" in said, said
    assert c.state.question == q


def test_a_debt_said_in_number_words_is_not_the_city_of_the_same_name():
    """'사채 이천 있는데' is 2,000만 원; it was also read as living in 경기도 이천시."""
    c = Conversation()
    c.say("지난달 실직했고 사채 이천 있는데 이자도 감당이 안돼요")
    said = text_of(c.say("동의합니다"))
    assert "이천" not in said, said
    assert "빚 2,000만 원" in said, said


def test_a_question_about_hospital_bills_after_the_results_is_answered_about_hospital_bills():
    """'와이프 병원비 지원되는건 없어요?' got the same block of 긴급복지/기초생활보장/자활근로 lines with raw
    selection thresholds; it should name the medical support (긴급복지 의료지원, 의료급여) and ☎129."""
    c, _ = start()
    answers = {
        "age": "58이요",
        "household_size": "둘이요",
        "household_income_monthly": "없어요",
        "assets": "8천",
        "debt_overdue_days": "아직 연체는 안했는데 다음달부턴 못갚을거 같아요",
    }
    until_results(c, answers)
    assert c.state.results_shown
    said = text_of(c.say("와이프 병원비 지원되는건 없어요?"))
    assert "의료지원" in said and "의료급여" in said and "☎129" in said, said
    assert "자활근로" not in said and "중위소득" not in said, said
    assert "최종 결정은 담당 기관" in said and len(said) <= 450, said


def book_then_move(phone: str):
    c, _ = start()
    answers = {
        "age": "58이요",
        "household_size": "둘이 살아요 애들은 다 컸고",
        "household_income_monthly": "지금은 없죠 와이프 병원비만 나가요",
        "assets": "전세 8천에 차 한대 오래된거",
        "debt_overdue_days": "아직 연체는 안했는데 다음달부턴 못갚을거 같아요",
    }
    until_results(c, answers)
    c.say("상담 예약할게요")
    c.say("다음주 화요일 오후에 되나요")  # that Tuesday afternoon's free times are offered
    c.say("1번이요")
    c.say("김철수")
    c.say(phone)
    booked = text_of(c.say("네"))
    return c, booked


def test_the_counselor_summary_keeps_the_most_likely_program_of_each_need(store):
    """With three needs the summary kept one program per need in catalogue order and dropped 구직급여,
    the first ✅ of his results."""
    _, booked = book_then_move("010-5555-3101")
    summary = booked.split("상담사에게 전달되는 요약")[-1]
    assert "구직급여(실업급여): 가능성 높음" in summary, summary
    assert "긴급복지" in summary and ("채무조정" in summary or "미소금융" in summary), summary


def test_moving_the_booking_to_a_day_said_with_the_request_offers_that_day(store):
    """'아 목요일 오전으로 바꿀수 있을까요' right after booking was taken as a cancellation ('예약을 취소하시려면');
    once the booking is verified, Thursday morning is offered, not the earliest slots again."""
    c, booked = book_then_move("010-5555-3102")
    assert "예약이 확정" in booked, booked
    said = text_of(c.say("아 목요일 오전으로 바꿀수 있을까요"))
    # the booking this conversation made is known (round 6: its code is not asked again): Thursday morning
    assert "취소" not in said and "(목) 오전" in said and ("바꿀까요" in said or "골라 주세요" in said), said


# ----------------------------------------------------------------- a 27-year-old in 대전, 반말 and no spacing
YOUTH = "대전서구사는데 27살임 알바만하다가 이번에 편의점 짤림ㅋㅋ 월세도 45인데 감당안됨 학자금대출도 있고 어카지"


def youth_until(field):
    c = Conversation()
    c.say(YOUTH)
    first = text_of(c.say("ㅇㅇ동의"))
    answers = {
        "household_size": "혼자 살아",
        "household_income_monthly": "지금 0원이지 알바할땐 한 120?",
        "assets": "보증금500 통장에 50정도",
    }
    seen = [first]
    for _ in range(8):
        if c.state.question in (field, None) or c.state.results_shown:
            break
        seen.append(text_of(c.say(answers.get(c.state.question, "몰라"))))
    return c, "\n".join(seen)


def test_consent_in_banmal_and_a_job_lost_as_zzallim_are_understood():
    """'ㅇㅇ동의' got '알아듣지 못했어요'; '편의점 짤림' did not make her out of work, so she was asked
    '지금 일하는 상태를 골라 주세요' after telling it."""
    c, seen = youth_until("debt_total")
    assert "정리해 보면" in seen and "원치 않게 일을 그만둠" in seen, seen
    assert "일하는 상태" not in seen, seen
    assert "가족 전체의 한 달 소득" not in seen and "혼자 사시니" in seen, seen


def test_a_student_loan_amount_is_no_move_to_geumcheon_gu():
    """'학자금 천오백정도' (typed at another question) moved her to 서울 금천구 ('금 천' across the space) and
    '사는 곳을 금천구로 고쳤어요'; it is a debt of 1,500만 원. A place named in passing changes nothing."""
    c, _ = youth_until("debt_total")
    said = text_of(c.say("학자금 천오백정도"))
    assert "금천구" not in said and "고쳤어요" not in said, said
    assert c.state.profile.get("sigungu") == "서구" and c.state.profile.get("debt_total") == 15_000_000
    said = text_of(c.say("부산 해운대에서 일했었어"))
    assert "해운대" not in said and c.state.profile.get("sigungu") == "서구", said


def test_rent_she_cannot_afford_is_not_a_debt_she_cannot_repay():
    """'월세도 45인데 감당안됨' is about the rent; it set 'debt_repayment_difficulty'."""
    c = Conversation()
    c.say(YOUTH)
    c.say("ㅇㅇ동의")
    assert c.state.profile.get("debt_repayment_difficulty") is not True
    assert won(783_000, spaced=True) == "78만 3,000원"


# ----------------------------------------------------------------- a mother in 수원 going back to work
MOTHER = (
    "수원 영통에 사는 마흔두살 엄마예요 애 낳고 8년 쉬다가 다시 일하고 싶은데 애가 초등 1학년이랑 "
    "5살이라 맡길데가 없어요 남편 월급 350 정도예요"
)


def test_a_mother_back_to_work_is_said_back_whole_and_not_as_unemployed_or_single():
    """Her story lost a child ('초등 1학년'), the childcare need ('맡길데가 없어요'), read her as 실직 중
    with a clipped '(가구…' and asked whether she raises the children alone, though she named her husband."""
    c = Conversation()
    first = text_of(c.say(MOTHER))
    assert "육아·돌봄" in first, first
    said = text_of(c.say("동의합니다"))
    assert "자녀 2명(7·5세)" in said and "경력단절" in said, said
    assert "실직" not in said and "…" not in said and said.count("350만 원") == 1, said
    seen = [said]
    for _ in range(8):
        if c.state.results_shown or c.state.question is None:
            break
        seen.append(text_of(c.say({"household_size": "4명이요"}.get(c.state.question, "몰라요"))))
    text = "\n".join(seen)
    assert "한부모" not in text.split("[자녀 돌봄·양육]")[0], text  # not asked
    assert "일하는 상태" not in text, text
    assert "고용보험에 가입해 일한 날" not in text, text  # eight years at home: 실업급여 is out of reach anyway


def test_a_home_named_at_any_question_is_not_a_housing_problem_but_a_trouble_is():
    c = Conversation()
    c.say(MOTHER)
    c.say("동의합니다")
    said = text_of(c.say("전세 2억이요"))
    assert "주거 문제도" not in said, said
    said = text_of(c.say("근데 전세 만기인데 집주인이 보증금을 안 돌려줘요"))
    assert "주거" in said, said


def test_what_a_family_pays_for_child_care_an_hour_is_worked_out():
    """'아이돌봄 얼마 내야돼요?' gave the fee and the subsidy but not the difference she pays."""
    c = Conversation()
    c.say(MOTHER)
    c.say("동의합니다")
    for _ in range(10):
        if c.state.results_shown or c.state.question is None:
            break
        c.say({"household_size": "4명이요"}.get(c.state.question, "몰라요"))
    said = text_of(c.say("아이돌봄 얼마 내야돼요?"))
    assert "시간당 약 1,918원" in said, said


def test_school_years_are_children_ages_and_not_counts():
    """'중2 딸이랑 초4 아들' was read as 2 + 4 children."""
    c = Conversation()
    c.say("인천 사는 싱글맘인데 중2 딸이랑 초4 아들 키워요 일자리 구해요")
    said = text_of(c.say("동의합니다"))
    assert "자녀 2명(14·10세)" in said, said


def test_a_correction_whose_first_amount_was_never_held_still_sets_the_field_it_names():
    """He held 2,000만 원 and said '빚은 천이 아니라 삼천이에요' at the arrears question: the bot said
    '빚을 1,000만 원으로 고쳤어요' (the first amount) and filed 3,000 days of arrears."""
    c, _ = start()
    for _ in range(8):
        if c.state.question in ("debt_overdue_days", None) or c.state.results_shown:
            break
        c.say(
            {"household_size": "둘이요", "household_income_monthly": "없어요", "assets": "8천"}.get(
                c.state.question, "몰라요"
            )
        )
    assert c.state.question == "debt_overdue_days"
    said = text_of(c.say("아 그리고 빚은 천이 아니라 삼천이에요"))
    assert "3,000만 원으로 고쳤어요" in said and "1,000만 원으로" not in said, said
    assert c.state.profile.get("debt_overdue_days") is None, c.state.profile
