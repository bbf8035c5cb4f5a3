"""Defects a citizen notices, found by holding conversations as real visitors of a 고용복지+센터 would
(in-process, through bot.dialogue.Conversation). Each test states what the person should see and fails
until the defect is fixed; the list, most harmful first, with transcripts, is in the QA-4 findings notes.

The state is read only to drive a conversation (which question is open); every assertion is on the text
the person reads."""

from __future__ import annotations

import re

import pytest

from bot.channels.deletion import is_deletion_request
from bot.dialogue import Conversation
from tests.conversations.conftest import later, text_of

NOT_UNDERSTOOD = "알아듣지 못했어요"


def chat(*lines, c=None):
    c = c or Conversation()
    out = []
    for line in lines:
        out = c.say(line)
    return c, out


def until_results(c, answers=None, default="몰라요", limit=15):
    """Answers each open question (by the field asked) until the results; returns every reply seen."""
    seen = []
    answers = answers or {}
    for _ in range(limit):
        if c.state.results_shown or c.state.phase == "results" or c.state.question is None:
            break
        seen.append(c.say(answers.get(c.state.question, default)))
    return seen


def all_text(replies) -> str:
    return "\n".join(text_of(r) for r in replies)


# ------------------------------------------------------------------ 1. corrections lost or misfiled
def test_correcting_the_last_answer_is_not_filed_as_the_answer_to_the_next_question():
    """'아 230 아니고 210이요' right after the income answer: the bot must take it as the corrected income
    (and say so), not as 230 days of employment insurance for the question now open."""
    c, out = chat("실직했어요 35살", "동의합니다", "1명", "230")
    assert "고용보험에 가입해 일한 날" in text_of(out)
    out = c.say("아 230 아니고 210이요")
    said = text_of(out)
    assert "210만 원으로 고쳤어요" in said, said  # the correction is said back as money, not as days
    assert "230일" not in said and said.rstrip().split("\n")[-1] != "", said
    assert "?" in said, said  # and the screening goes on with a question


def test_a_correction_typed_at_the_next_question_is_not_also_its_answer():
    """'280 아니고 250이요' at the assets question corrects the income; it is not 280만 원 of assets too."""
    c, _ = chat("저 45살이고 부평 살아요 지난달에 잘렸어요 카드론도 2천 있어요", "동의합니다")
    answers = {"household_size": "4명이요", "household_income_monthly": "280이에요", "personal_income_monthly": "0원"}
    for _ in range(8):  # answer as asked until the assets question is open
        if c.state.question == "assets" or c.state.results_shown:
            break
        c.say(answers.get(c.state.question, "몰라요"))
    assert c.state.question == "assets" and c.state.profile.get("household_income_monthly") == 2_800_000
    said = text_of(c.say("280 아니고 250이요"))
    assert "250만 원으로 고쳤어요" in said and "재산" in said, said  # and the assets question again


def test_savings_told_at_the_income_question_are_savings_not_income():
    """Over REST: '집은 없고 예금 500 정도요' at '본인의 한 달 소득은?' became 500만 원 of income."""
    c, _ = chat(
        "안녕하세요 저 마흔다섯이고 인천 부평 살아요 공장에서 15년 일하다가 지난달에 잘렸어요 "
        "와이프랑 애 둘 있고 카드론도 2천 정도 있어서 막막하네요",
        "동의합니다",
        "4명이요",
        "아 가족 월 소득은 280이에요",
    )
    assert c.state.question == "personal_income_monthly"
    said = text_of(c.say("집은 없고 예금 500 정도요"))
    assert c.state.profile.get("personal_income_monthly") != 5_000_000
    assert c.state.profile.get("assets") == 5_000_000 and "본인의 한 달 소득" in said, said


def test_a_card_loan_in_the_story_is_a_debt_need():
    c, out = chat(
        "안녕하세요 저 마흔다섯이고 인천 부평 살아요 공장에서 15년 일하다가 지난달에 잘렸어요 "
        "와이프랑 애 둘 있고 카드론도 2천 정도 있어서 막막하네요"
    )
    assert "debt" in c.state.needs and "빚" in text_of(out), text_of(out)


def test_a_correction_after_the_results_updates_the_results():
    """At the results the person corrects the insured days: the bot must not answer 'I cannot answer
    that'; the 실업급여 line changes from 기관 판단 필요 to likely."""
    c, _ = chat("실업급여받고싶은데요회사에서짤렸어요나이는33살", "동의합니다")
    until_results(
        c,
        {"household_size": "1명", "household_income_monthly": "280", "insured_days_18m": "180일쯤요"},
    )
    assert c.state.results_shown
    out = c.say("아 180 아니고 210이요")
    said = text_of(out)
    assert "답하기 어려워요" not in said, said
    assert "210" in said, said
    assert re.search(r"실업급여\)?[^\n]*가능성 높음", said), said


# ------------------------------------------------------------------ 2. privacy: deletion in own words
@pytest.mark.parametrize(
    "words",
    ["제 기록 삭제해 주실 수 있나요?", "대화 내용 지워 주세요", "제가 말한 거 다 지워주세요", "기록 삭제 가능한가요?"],
)
def test_asking_to_delete_ones_data_in_ones_own_words_is_heard(words):
    """The channel deletes when it recognises the request; otherwise the engine answers. Either way the
    person must hear about deletion, not '잘 알아듣지 못했어요' and the household question again."""
    c, _ = chat("실직했어요 35살이에요", "동의합니다")
    out = c.say(words)
    assert is_deletion_request(words) or "삭제" in text_of(out), text_of(out)


# ------------------------------------------------------------------ 3. facts from the story asked again
def test_debt_told_in_the_story_is_not_asked_again():
    c, out = chat(
        "28살이고 카드론이랑 현금서비스 합쳐서 3천 정도 있어요 월급 230인데 갚기가 너무 힘들어요", "동의합니다"
    )
    said = text_of(out)
    assert "3,000만" in said, said  # the summary says the debt back
    assert "갚아야 할 빚은 모두 합쳐" not in said, said


@pytest.mark.parametrize(
    "story, age",
    [
        ("식당 하다가 올해 3월에 폐업했어요. 마흔다섯이고 와이프랑 애 하나랑 셋이 살아요", 45),
        ("군대 장기복무하고 작년에 중사로 전역했어요 서른여덟이고 일자리 찾아요", 38),
        ("할머니인데요 혼자 살아요 일흔둘이고 생활비가 없어요", 72),
    ],
)
def test_an_age_said_in_korean_words_is_kept(story, age):
    c, out = chat(story, "동의합니다")
    said = text_of(out)
    assert f"{age}세" in said, said
    assert "나이가 어떻게 되세요" not in all_text(until_results(c, limit=4)) + said


def test_twenty_years_at_the_factory_is_not_asked_as_days_of_insurance():
    """'20년 일하다가 지난달에 잘렸어요': 18 months of insured work are evident; asking for the number of
    days is asking again."""
    c, _ = chat("저 52살인데 공장에서 20년 일하다가 지난달에 회사 폐업으로 잘렸어요", "동의합니다")
    seen = until_results(c, {"household_size": "3명", "household_income_monthly": "150만원"})
    assert "고용보험에 가입해 일한 날" not in all_text(seen)


def test_a_single_mother_of_two_is_not_asked_how_many_live_together():
    c, out = chat("애 둘 혼자 키우는 엄마예요 이혼했고 애들은 7살 4살이에요 일을 구하고 싶어요", "동의합니다")
    seen = [out] + until_results(c, {"age": "34"}, limit=5)
    assert "함께 사는 가족은 본인 포함 몇 명" not in all_text(seen)


def test_assets_told_in_passing_are_not_asked_again():
    """At the 'recent hardship' question the widow says '집 한채 있어요 1억쯤'; the bot says '기억해 둘게요'
    and must not later ask for the family's assets."""
    c, _ = chat("할머니인데요 혼자 살아요 72살이고 생활비가 없어요", "동의합니다", "30만원")
    out = c.say("집 한채 있어요 1억쯤")
    seen = [out] + until_results(c, limit=6)
    # the assets question is not asked (what she said may be said back: "재산 1억 원 기억해 둘게요")
    assert "재산(집·전세보증금" not in all_text(seen).split("[생계")[0]
    assert "재산 1억 원" in all_text(seen)


def test_job_loss_in_dialect_is_understood():
    """'공장서 일하다 짤리가꼬' (경상도): the person lost their job; the bot must not ask again which work
    situation they are in."""
    c, out = chat("아이고 내가 마 공장서 일하다 짤리가꼬 우짜면 좋노 나이 쉰여섯이라", "예")
    seen = [out] + until_results(c, default="몰라예", limit=6)
    assert "일하는 상태를 골라" not in all_text(seen)


# ------------------------------------------------------------------ 4. safety: a DV survivor's story
def test_a_dv_survivor_saying_yes_at_the_safety_check_keeps_her_story():
    """'네' at '지금 안전한 곳에 계신가요?' must resume her own story (not '무엇을 도와드릴까요?' as if she
    had said nothing), and the line given on resuming is the one for violence (1366/112), not only 109."""
    c, _ = chat("남편 폭력 때문에 애 데리고 집 나왔어요 지금 쉼터에 있어요 돈이 하나도 없어요")
    out = c.say("네")
    said = text_of(out)
    assert "무엇을 도와드릴까요" not in said, said
    assert "1366" in said or "112" in said, said


# ------------------------------------------------------------------ 5. follow-ups after the results
def factory_results():
    c, _ = chat("저 52살인데 공장에서 20년 일하다가 지난달에 회사 폐업으로 잘렸어요", "동의합니다")
    until_results(
        c,
        {"household_size": "3명", "household_income_monthly": "150만원", "insured_days_18m": "500일"},
    )
    assert c.state.results_shown
    return c


def test_where_to_apply_names_every_program_the_results_called_likely():
    """The results list 내일배움카드 and 국취 Ⅱ유형 as likely at 고용센터; '어디서 신청해요?' must not drop them."""
    c = factory_results()
    out = c.say("어디서 신청해요?")
    said = text_of(out)
    assert "내일배움카드" in said and "국취 Ⅱ유형" in said, said


def test_why_not_explains_the_programs_marked_unlikely():
    """'왜 안돼요?' asks about the lines that are not likely; the answer gives their reasons, not again why the
    likely ones are likely. The factory worker's card has no ❌ line, only ❓ 국취 Ⅰ유형 (assets unknown)."""
    c = factory_results()
    said = text_of(c.say("왜 안돼요?"))
    assert "국민취업지원제도 Ⅰ유형" in said and "✅" not in said, said
    c, _ = chat("실업급여받고싶은데요회사에서짤렸어요나이는33살", "동의합니다")
    seen = until_results(
        c, {"household_size": "1명", "household_income_monthly": "280", "insured_days_18m": "180일쯤요"}
    )
    assert "❌ 어려울 수 있음" in all_text(seen)
    said = text_of(c.say("이건 왜 안돼요?"))
    assert "❌" in said and "중장년내일센터" in said and "✅" not in said, said


def test_a_reason_is_never_cut_off_mid_sentence():
    c, _ = chat("실업급여받고싶은데요회사에서짤렸어요나이는33살", "동의합니다")
    until_results(
        c,
        {"household_size": "1명", "household_income_monthly": "280", "insured_days_18m": "180일쯤요"},
    )
    out = c.say("왜 그렇게 나와요?")
    cut = [line for line in text_of(out).splitlines() if line.rstrip().endswith("…")]
    assert not cut, cut


def test_the_legal_aid_line_is_named_not_other_agency():
    """132 is 대한법률구조공단; '기타 기관 ☎132' does not tell the person where they are calling."""
    c, _ = chat("28살이고 카드론 3천 있어요 월급 230인데 갚기가 너무 힘들어요", "동의합니다")
    seen = until_results(
        c, {"debt_total": "3천만원", "debt_overdue_days": "90일", "low_credit": "네, 낮은 편", "household_size": "1명"}
    )
    said = all_text(seen)
    assert "☎132" in said
    assert "기타 기관" not in said, said


def test_a_question_about_where_to_apply_in_the_middle_is_not_called_unclear():
    c, out = chat("28살이고 카드론 3천 있어요 월급 230인데 갚기가 너무 힘들어요", "동의합니다", "3천이요")
    assert c.state.question and not c.state.results_shown
    out = c.say("근데 이거 어디서 신청해요?")
    assert NOT_UNDERSTOOD not in text_of(out), text_of(out)


# ------------------------------------------------------------------ 6. verdicts vs the rules
@pytest.mark.parametrize(
    "story",
    ["ㅎㅇ 나 24살 백수임 집에만 있은지 2년째 뭐라도 해야될거같은데", "2년 전에 회사 그만두고 쭉 쉬었어요 29살이에요"],
)
def test_two_years_without_work_is_not_screened_for_unemployment_benefit(story):
    """구직급여 can be claimed only within 12 months of leaving the job (고용보험법 제48조; the rule and its
    reason text exist); a person idle for two years must not be asked about insured days nor told 실업급여
    only 'needs checking'."""
    c, _ = chat(story, "동의합니다")
    seen = until_results(c, {"household_size": "혼자", "household_income_monthly": "0원"}, default="몰라")
    said = all_text(seen)
    assert "고용보험에 가입해 일한 날" not in said
    assert not re.search(r"❓ 구직급여", said), said


def test_an_explicit_question_about_basic_pension_is_acknowledged_with_where_to_ask():
    """The widow asks about 기초연금 by name; the bot must say it (and where: 주민센터 / 국민연금공단 ☎1355)
    instead of '어떤 도움이 필요하세요?' as if she had said nothing."""
    c, out = chat("할머니인데요 영감 죽고 혼자 사는데 기초연금 받을수 있나 궁금해서요 나이는 일흔둘")
    said = text_of(out)
    assert "기초연금" in said, said
    assert "1355" in said or "주민센터" in said or "국민연금" in said, said


# ------------------------------------------------------------------ 7. short, not repeated
def test_the_summary_does_not_say_the_same_fact_twice():
    c, out = chat(
        "식당 하다가 코로나 빚에 결국 올해 3월에 폐업했어요. 45살이고 와이프랑 애 하나랑 셋이 살아요", "동의합니다"
    )
    summary = next(m["text"] for m in out if m.get("text", "").startswith("정리해 보면"))
    assert summary.count("폐업") == 1, summary


def book(c, name="김영희", phone="010-1234-5678"):
    out = c.say("상담 예약하고 싶어요")
    if "동의합니다" in text_of(out):
        out = c.say("동의합니다")
    if c.state.question == "center_name":
        out = c.say("서울 마포구")
    first = [b["title"] for m in out for b in m.get("buttons") or []][0]
    c.say(first)
    c.say(name)
    c.say(phone)
    out = c.say("네")
    assert re.search(r"예약번호: ([A-Z0-9]{6})", text_of(out)), text_of(out)
    return out


def test_the_booking_confirmation_names_only_desks_that_fit_the_person(store):
    """A 35-year-old man laid off: the confirmation must not send him to 새일센터 (women) or
    제대군인지원센터 (he never mentioned the army), nor to a desk called '외부기관'."""
    c, _ = chat("저 35살 남자고 마포구 합정동 살아요. 회사에서 권고사직 당해서 일자리 찾고 있어요", "동의합니다")
    until_results(c, {"household_size": "2명", "household_income_monthly": "300", "insured_days_18m": "400일"})
    out = book(c, name="김철수")
    desks = next(line for line in text_of(out).splitlines() if "방문할 창구" in line)
    assert "새일센터" not in desks and "제대군인" not in desks and "외부기관" not in desks, desks


def test_a_wrong_booking_code_is_said_once_not_three_times(store):
    """Right after booking, '시간 바꾸고 싶어요' then a day instead of the code: one short explanation and
    the question, not '6자리예요' + '잘 알아듣지 못했어요' + the question again."""
    c, _ = chat("마포구 고용센터 어디예요")
    book(c)
    c.say("아 시간 바꾸고 싶어요")
    out = c.say("목요일 오전으로요")
    said = text_of(out)
    assert len(out) <= 2, said
    assert not ("6자리예요" in said and NOT_UNDERSTOOD in said), said


def test_the_name_can_be_corrected_at_the_confirmation(store):
    """At '이대로 예약할까요?' the person notices a wrong name; '아 이름이 박민준이에요' must fix it, not
    get '잘 알아듣지 못했어요 (예: 네 / 아니요)'."""
    c, out = chat("상담 예약하고 싶어요", "동의합니다", "인천 부평", "내일 10시", "박민수", "010 1234 5678")
    assert "이대로 예약할까요" in text_of(out)
    out = c.say("아 이름이 박민준이에요")
    said = text_of(out)
    assert NOT_UNDERSTOOD not in said, said
    assert "박*준" in said or "이름" in said, said


# ------------------------------------------------------------------ 8. dead ends
def test_declining_consent_then_asking_about_a_program_is_not_a_dead_end():
    """After '동의하지 않습니다' the bot offers general guidance; '실업급여 받고 싶어요' (the same words that
    start a screening on a fresh chat) must get general guidance on 실업급여, not '잘 이해하지 못했어요'."""
    c, _ = chat("일자리 구해요", "동의하지 않습니다")
    out = c.say("실업급여 받고 싶어요")
    said = text_of(out)
    assert "이해하지 못했어요" not in said, said
    assert "실업급여" in said, said


def test_a_center_search_with_typos_finds_the_center():
    """'부평 고용쎈터 어디에여' (쎈터, 어디에여): the person asks where the center is."""
    c, out = chat("부평 고용쎈터 어디에여")
    said = text_of(out)
    assert "인천북부고용센터" in said, said


def test_until_when_to_apply_is_answered_with_the_deadline():
    """'실업급여 언제까지 신청해야 돼요?' asks for the deadline (12 months after leaving), not how long the
    decision takes."""
    c = factory_results()
    out = c.say("실업급여 언제까지 신청해야 돼요?")
    said = text_of(out)
    assert "12개월" in said, said


def test_saying_i_will_apply_gets_the_way_to_apply():
    """'그럼 신청할게요' after the results is a decision, not a question the bot cannot answer."""
    c = factory_results()
    out = c.say("그럼 신청할게요")
    said = text_of(out)
    assert "답하기 어려워요" not in said, said
    assert "고용24" in said or "예약" in said or "1350" in said, said


def test_a_married_woman_is_not_asked_whether_she_raises_her_child_alone():
    """A 결혼이민자 in simple Korean: '한국 남편 결혼 했어요 ... 아기 한명 3살', then '남편 200' for the income.
    Asking '혼자서 자녀를 키우고 계세요? (한부모)' asks what she already said."""
    c, _ = chat("저 베트남 사람 한국 남편 결혼 했어요. 일 찾고 싶어요. 한국말 조금. 나이 31. 아기 한명 3살", "동의")
    seen = until_results(c, {"household_size": "3", "household_income_monthly": "남편 200"}, default="몰라")
    assert "혼자서 자녀를 키우고" not in all_text(seen)


def test_after_the_results_a_fact_already_used_is_acknowledged_and_amounts_name_paying_programs():
    """Over REST after the results: '재산은 예금 500이 다예요' (already used) got '답하기 어려워요'; '얼마나 받아요?'
    listed '중장년내일센터: 금액 자료 없음'."""
    c, _ = chat(
        "안녕하세요 저 마흔다섯이고 인천 부평 살아요 공장에서 15년 일하다가 지난달에 잘렸어요 "
        "와이프랑 애 둘 있고 카드론도 2천 정도 있어서 막막하네요",
        "동의합니다",
    )
    until_results(
        c,
        {
            "household_size": "4명이요",
            "household_income_monthly": "250",
            "personal_income_monthly": "지금은 없어요",
            "assets": "예금 500 정도요",
            "debt_overdue_days": "한 3달 됐어요",
        },
    )
    assert c.state.results_shown
    said = text_of(c.say("재산은 예금 500이 다예요"))
    assert "답하기 어려워요" not in said and "반영" in said, said
    said = text_of(c.say("얼마나 받아요?"))
    assert "금액 자료 없음" not in said and "실업급여" in said, said


def test_the_summary_shown_after_booking_names_every_need(store):
    """Over REST: a man with a job loss and a card loan booked; the '상담사에게 전달되는 요약' listed six job
    programs and none for his debt."""
    c, _ = chat(
        "저 마흔다섯이고 인천 부평 살아요 공장에서 15년 일하다가 지난달에 잘렸어요 카드론도 2천 정도 있어요",
        "동의합니다",
    )
    until_results(
        c,
        {
            "household_size": "4명이요",
            "household_income_monthly": "250",
            "personal_income_monthly": "없어요",
            "assets": "예금 500",
            "debt_overdue_days": "3달",
        },
    )
    out = book(c)
    summary = next(m["text"] for m in out if m.get("text", "").startswith("상담사에게 전달되는 요약"))
    assert "채무조정" in summary and ("실업급여" in summary or "국민취업지원제도" in summary), summary


@pytest.mark.parametrize("question", ["왜 안돼요?", "얼마나 받아요?", "어디서 신청해요?"])
def test_a_follow_up_the_nlu_calls_out_of_scope_is_still_answered(question):
    """Over REST the NLU classified '왜 안돼요?' as out_of_scope (confidence 1.0) and the person got
    '그 질문은 제가 도와드리기 어려워요' instead of the answer."""
    c = factory_results()
    said = text_of(c.say(question, intent="out_of_scope"))
    assert "도와드리기 어려워요" not in said and "답하기 어려워요" not in said, said


def test_moving_a_booking_says_what_changed_and_does_not_ask_for_a_rating_again(store):
    """Over REST: after moving her booking a mother got the whole confirmation card, the documents, the
    counselor's summary and the 1~5점 question a second time; the phone prompt said '연락 받으실 번호'."""
    c, _ = chat("마포구 고용센터 어디예요")
    out = book(c)
    code = re.search(r"예약번호: ([A-Z0-9]{6})", text_of(out)).group(1)
    later(c)
    c.say("아 예약 시간 좀 바꾸고 싶어요")
    out = c.say(code)
    assert "예약하실 때 알려 주신 휴대전화" in text_of(out), text_of(out)
    out = c.say("010-1234-5678")
    slots = [b["title"] for m in out for b in m.get("buttons") or []]
    c.say(slots[-1])
    said = text_of(c.say("네"))
    assert "예약 시간을 바꿨어요" in said and code in said, said
    assert "가져오실 서류" not in said and "1~5점" not in said and "요약" not in said, said


def test_a_correction_said_as_i_said_a_but_it_is_b_after_the_results_changes_the_results():
    """Over REST: '아까 재산 천만원이라고 했는데 500만원이에요' got '이미 반영되어 있어요' and nothing changed."""
    c, _ = chat(
        "저 서른여덟이고 마포구 살아요 애 둘 혼자 키우는데 다니던 식당이 문을 닫아서 지난달부터 일이 없어요 "
        "월세도 두달 밀렸고 애들 맡길데도 없어요",
        "동의합니다",
    )
    until_results(
        c,
        {"assets": "한 천만원쯤", "household_income_monthly": "0원", "children_ages": "8살 4살"},
        default="아니요",
    )
    assert c.state.profile.get("assets") == 10_000_000
    said = text_of(c.say("아 아까 재산 천만원이라고 했는데 500만원이에요"))
    assert c.state.profile.get("assets") == 5_000_000
    assert "500만 원" in said and "이미 반영" not in said, said
    out = c.say("아 애들 나이 잘못 말했어요 9살 4살이에요")  # at most three (over REST: tests/e2e)
    assert len(out) <= 3 and "9세, 4세로 고쳤어요" in text_of(out), text_of(out)


def test_a_full_slot_offers_times_without_saying_it_was_not_understood(store):
    """Over REST: '목요일 오전 10시로 해주세요' for a full slot got '잘 알아듣지 못했어요' before '…은(는) 예약이
    모두 찼습니다'; then '네' to the three offered times was a failed answer and the help buttons followed."""
    from datetime import datetime

    from bot.booking import KST

    c, _ = chat("마포구 고용센터 어디예요")
    center = "서울서부고용센터"
    full = datetime(2026, 11, 26, 10, 0, tzinfo=KST)  # Thursday 10:00
    for phone in ("010-1111-2222", "010-3333-4444"):  # capacity 2
        store.book(center, full, "홍길동", phone, {})
    out = c.say("상담 예약하고 싶어요")
    if "동의합니다" in text_of(out):
        c.say("동의합니다")
    if c.state.question == "center_name":
        c.say("서울 마포구")
    assert c.state.question == "booking_slot" and c.state.booking.get("center_name") == center
    said = text_of(c.say("목요일 오전 10시로 해주세요"))
    assert "예약이 모두 찼습니다" in said and "알아듣지 못했어요" not in said and "은(는)" not in said, said
    out = c.say("네")
    said = text_of(out)
    assert "어느 시간" in said and "이 질문을 드리는 이유" not in said, said
    assert [b["title"] for m in out for b in m.get("buttons") or []], said
