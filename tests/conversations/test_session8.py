"""Conversations held in the eighth round, each a defect a citizen would notice, kept as a test."""

from __future__ import annotations

import pytest

from bot.booking.display import plan_view
from bot.dialogue import Conversation
from tests.conversations.conftest import answer_until, asked_until_results, text_of


def profile_after(story: str) -> dict:
    """What the bot kept of a story told before consent, once consent is given."""
    c = Conversation()
    c.say(story)
    c.say("동의합니다")
    return dict(c.state.profile)


FATHER_IC = (
    "인천 남동구 사는 마흔일곱 가장입니다 공장에서 권고사직 당하고 두달째 놀고있어요 카드빚이 한 2천되고 "
    "와이프는 마트 알바해서 한달 120 벌어요 중학생 아들 하나 있습니다"
)
SHOP_BS = "부산 사하구에서 치킨집 하다가 지난달 폐업했어 대출이 4천 남았고 애 둘 키워 월세 50 내고"


@pytest.mark.parametrize(
    "story, asked, named",
    [
        (FATHER_IC, "실업급여 얼마나 받아요?", "구직급여"),
        (SHOP_BS, "채무조정 하면 신용 어떻게 돼요?", "채무조정"),
    ],
)
def test_a_question_deferred_to_the_results_is_answered_when_the_person_books_first(store, story, asked, named):
    """He asked mid-form and was told "결과와 함께 알려 드릴게요", then booked before the results: the question
    was never answered and the counselor's card did not show it."""
    c = Conversation()
    c.say(story)
    c.say("동의합니다")
    t = text_of(c.say(asked))
    assert "결과와 함께" in t, t
    c.say("상담 예약할게요")
    for _ in range(6):  # the center, then the time, name and phone, as the bot asks them
        q = c.state.question or ""
        if c.state.booking.get("booking_code") or not q.startswith("booking"):
            break
        said = {"booking_name": "김남동", "booking_phone": "010-5559-7713", "booking_confirm": "네"}.get(q, "1번")
        reply = c.say(said)
    assert c.state.booking.get("booking_code"), (c.state.booking, c.state.question)
    t = text_of(reply)
    assert "아까 물어보신 것" in t and asked[:6] in t, t
    assert named in t, t
    assert len(reply) <= 3 and all(len(m.get("text") or "") <= 1000 for m in reply)


def test_an_unanswered_question_is_on_the_counselors_card():
    """The card carries what the chat has not answered yet, masked, at most three."""
    from bot.screening.handoff import build_handoff

    plan = build_handoff(
        {"age": 47}, ["employment"], asked=["실업급여 얼마나 받아요? 제 번호 010-1234-5678", "", "서류 뭐 필요해요"]
    )
    view = plan_view(plan)
    assert view["asked"][1] == "서류 뭐 필요해요"
    assert "010-1234-5678" not in view["asked"][0] and "실업급여 얼마나 받아요" in view["asked"][0]


def _father_at_income():
    c = Conversation()
    c.say(FATHER_IC)
    c.say("동의합니다")
    c.say("3명")
    assert c.state.question == "personal_income_monthly", c.state.question
    return c


def test_out_of_work_the_own_income_question_offers_none_in_one_tap():
    """He said he had been out of work two months; '본인의 한 달 소득은?' with only '건너뛰기' made him type it."""
    c = Conversation()
    c.say(FATHER_IC)
    c.say("동의합니다")
    reply = c.say("3명")
    labels = [b.get("title") for m in reply for b in m.get("buttons") or []]
    assert "없어요" in labels, reply
    c.say("없어요")
    assert c.state.profile.get("personal_income_monthly") == 0


@pytest.mark.parametrize(
    "said, own", [("실업급여 180 받아요", 1_800_000), ("대리운전 뛰어서 한 달 150 정도", 1_500_000)]
)
def test_his_own_income_is_added_to_a_household_that_was_only_his_wifes_pay(said, own):
    """'와이프는 마트 알바해서 한달 120' made the household 120만; his own 180만 told later left a household that
    earned less than he did."""
    c = _father_at_income()
    t = text_of(c.say(said))
    assert c.state.profile.get("personal_income_monthly") == own
    assert c.state.profile.get("household_income_monthly") == 1_200_000 + own
    assert f"{(1_200_000 + own) // 10_000}만 원" in t, t


def test_a_question_asked_again_after_others_says_it_is_coming_back():
    """The income question, put off by his story about debt, came back after the debt and assets questions
    with no word, which read as the same question twice."""
    c = _father_at_income()
    c.say("대출도 좀 있긴한데 연체는 아직 없어요")
    assert c.state.question != "personal_income_monthly"
    for said in ("아니요 갚고 있어요", "없어요", "없어요"):
        reply = c.say(said)
        if c.state.question == "personal_income_monthly":
            break
    assert c.state.question == "personal_income_monthly", c.state.question
    assert "아까 여쭤본" in text_of(reply)


GUARD_GJ = (
    "광주 북구 사는디요 아파트 경비 보다가 계약 끝나부렀소 나이 예순둘이고 마누라랑 둘이 살어라 "
    "모아둔 돈도 별로 없고 국민연금 쬐끔 나오는디 한 40만원"
)


@pytest.mark.parametrize(
    "said, income",
    [
        (GUARD_GJ, 400_000),
        ("혼자 사는 칠십 노인이오 기초연금 받는디 한 달에 삼십만원 정도 나와요", 300_000),
        ("남편 먼저 가고 유족연금 나오는 거 월 52만원이 다예요", 520_000),
    ],
)
def test_a_pension_told_before_or_after_its_amount_is_income(said, income):
    """'국민연금 쬐끔 나오는디 한 40만원' was not read; he was asked his income after telling it."""
    p = profile_after(said)
    assert income in (p.get("personal_income_monthly"), p.get("household_income_monthly")), p


@pytest.mark.parametrize("said", ["1억쯤 될라나", "한 3억"])
def test_a_house_price_typed_at_the_income_question_is_checked_not_taken_as_a_month(said):
    """'1억쯤 될라나' (his house, just after '집은 우리집이여') became a household income of 1억 a month."""
    c = Conversation()
    c.say(GUARD_GJ.replace("국민연금 쬐끔 나오는디 한 40만원", ""))
    c.say("동의합니다")
    assert c.state.question == "household_income_monthly", c.state.question
    t = text_of(c.say(said))
    assert "맞는지" in t and c.state.profile.get("household_income_monthly") is None, t
    c.say("월 80이요")
    assert c.state.profile.get("household_income_monthly") == 800_000


@pytest.mark.parametrize(
    "said, months",
    [("작년 말에 끝났어라", 12), ("올해 3월에 잘렸어요", 9), ("작년 겨울에 관뒀어요", 12)],
)
def test_when_the_job_ended_at_the_insurance_question_is_heard_not_a_count_of_days(monkeypatch, said, months):
    """'작년 말에 끝났어라' got '못 알아들었어요'; '올해 3월에 잘렸어요' became 3 insured days."""
    import datetime as dt

    from bot.understand import facts

    monkeypatch.setattr(facts, "_today", lambda: dt.date(2026, 12, 4))
    c = Conversation()
    c.say(GUARD_GJ)
    c.say("동의합니다")
    assert answer_until(c, "insured_days_18m", {}, default="40"), c.state.question
    t = text_of(c.say(said))
    assert "알아듣지 못했어요" not in t, t
    assert c.state.profile.get("left_job_months_ago") == months
    assert c.state.profile.get("insured_days_18m") is None
    assert f"{months}개월 전" in t, t


def test_a_job_that_ended_about_a_year_ago_is_not_a_likely_unemployment_benefit(monkeypatch):
    """Left at the end of last year, the 12 months to draw 실업급여 are nearly over: 'check at once', not ✅."""
    import datetime as dt

    from bot.understand import facts

    monkeypatch.setattr(facts, "_today", lambda: dt.date(2026, 12, 4))
    c = Conversation()
    c.say(GUARD_GJ.replace("계약 끝나부렀소", "작년 말에 계약 끝나부렀소"))
    c.say("동의합니다")
    answers = {"household_income_monthly": "40", "insured_days_18m": "2년 했소"}
    reply = []
    for _ in range(10):
        if c.state.results_shown or c.state.question is None:
            break
        reply = c.say(answers.get(c.state.question, "몰라요"))
    t = text_of(reply)
    line = next((ln for ln in t.splitlines() if "구직급여" in ln), "")
    assert "가능성 높음" not in line and line, t


MOTHER_DG = (
    "안녕하세요 저는 서른넷 싱글맘이에요 대구 달서구 살고 딸 하나 여섯살이요 어린이집 다니는데 하원 시간이 "
    "네시라 일을 못구하겠어요 전남편 양육비도 안주고 월세 35 내요"
)


@pytest.mark.parametrize(
    "said, sigungu",
    [
        ("근데 지금 주소지가 친정이라 달서구 아니고 수성구예요", "수성구"),
        ("아 달서구 말고 달성군이에요 잘못 말했네요", "달성군"),
    ],
)
def test_a_district_corrected_with_a_denial_is_the_new_district(said, sigungu):
    """'달서구 아니고 수성구예요' named two places and got '답을 잘 알아듣지 못했어요'."""
    c = Conversation()
    c.say(MOTHER_DG)
    c.say("네 동의해요")
    t = text_of(c.say(said))
    assert c.state.profile.get("sigungu") == sigungu, c.state.profile
    assert "알아듣지 못했어요" not in t and sigungu in t, t


@pytest.mark.parametrize("kids", ["딸 하나 여섯살이요", "아들 둘 초등학생이에요"])
def test_a_single_parent_alone_with_the_children_is_not_asked_her_own_income_after_the_households(kids):
    """She said '소득은 없어요 … 한부모 수당 월 23만원'; later '본인의 한 달 소득은?' was asked as well."""
    c = Conversation()
    c.say(MOTHER_DG.replace("딸 하나 여섯살이요", kids))
    c.say("네 동의해요")
    asked = [c.state.question]
    c.say("소득은 없어요 아 근데 한부모 수당 받고 있어요 월 23만원")
    for _ in range(10):
        if c.state.results_shown or c.state.question is None:
            break
        asked.append(c.state.question)
        c.say("몰라요")
    assert "personal_income_monthly" not in asked, asked


@pytest.mark.parametrize("city, district, sido", [("대구", "북구요", "대구광역시"), ("울산", "중구예요", "울산광역시")])
def test_a_city_named_alone_is_kept_and_a_district_is_read_inside_it(city, district, sido):
    """'대구 사는 …' kept no place at all, and '북구요' later got '답을 잘 알아듣지 못했어요' (five 북구s)."""
    c = Conversation()
    c.say(f"{city} 사는 서른넷 싱글맘이에요 딸 하나 여섯살 일을 못구하겠어요")
    t = text_of(c.say("네 동의해요"))
    assert c.state.profile.get("sido") == sido and sido[:2] in t, (c.state.profile, t)
    t = text_of(c.say(district))
    assert c.state.profile.get("sido") == sido and c.state.profile.get("sigungu") == district[:2], c.state.profile
    assert "알아듣지 못했어요" not in t, t


def test_the_city_one_came_from_is_not_where_one_lives():
    c = Conversation()
    c.say("대구에서 올라온 지 석달 됐어요 일자리 구하고 있어요 스물여섯이고")
    c.say("네 동의해요")
    assert c.state.profile.get("sido") is None, c.state.profile


DEBTOR_SN = (
    "나스물일곱이고성남중원구살아편의점알바하는데시급이너무짜서한달에90벌어카드론이랑현금서비스합쳐서1200있는데"
    "이번달부터못갚을거같아"
)


@pytest.mark.parametrize(
    "said, debt",
    [
        (DEBTOR_SN, 12_000_000),
        ("예금은 없고 마통이랑 카드론 다 합치면 3500 정도요 서른둘 직장인이에요", 35_000_000),
        ("빚 2천 카드값 300 있어요", 23_000_000),
        ("빚이 2천인데 그중에 카드값이 300이에요", 20_000_000),
    ],
)
def test_debts_listed_together_or_one_after_another_are_the_total(said, debt):
    """'카드론이랑현금서비스합쳐서1200' was not read at all; '빚 2천 카드값 300' kept only the 300."""
    p = profile_after(said)
    assert p.get("debt_total") == debt, p


def test_no_arrears_at_the_debt_question_is_not_no_debt():
    """'연체는아직없어' at '갚아야 할 빚은 모두 합쳐 얼마쯤인가요?' made the debt 0 and 채무조정 ❌."""
    c = Conversation()
    c.say("스물일곱이고 성남 중원구 살아 편의점 알바해서 한달에 90 벌어 카드빚 때문에 이번달부터 못갚을거같아")
    c.say("ㅇㅇ동의")
    assert answer_until(c, "debt_total", {}, default="혼자살아", limit=3), c.state.question
    c.say("연체는아직없어")
    assert c.state.profile.get("debt_total") != 0, c.state.profile
    assert c.state.profile.get("debt_overdue_days") == 0


@pytest.mark.parametrize("said", ["대출 5천인데 이자만 월 30 내요", "보험료 월 10씩 나가요 빚도 있고"])
def test_money_paid_out_each_month_is_not_income(said):
    p = profile_after(said)
    assert p.get("personal_income_monthly") is None and p.get("household_income_monthly") is None, p


RESTAURANT_JJ = (
    "안녕하세요 전주 완산구에서 식당 하다가 올해 봄에 폐업했습니다 나이는 쉰여덟이고 소상공인 대출이 8천 남았는데 "
    "이자도 못내고 있어요 집사람이 당뇨가 있어서 병원비도 들고 막막합니다"
)


@pytest.mark.parametrize(
    "said",
    [
        "저는 요즘 수입이 없고 집사람이 식당 설거지 알바로 한 70 벌어요",
        "전 수입 없고 안사람이 요양보호사 일해서 한 달 70 받아요",
        "저는 벌이가 아예 없고 각시가 마트에서 70 벌어요",
    ],
)
def test_the_wifes_pay_named_by_any_word_is_hers_and_the_household_is_not_zero(said):
    """'집사람이 식당 설거지 알바로 한 70' made HIM '직장에 다님' (집사람 was no family word) and '저는 수입이 없고'
    made the household's income 0."""
    c = Conversation()
    c.say(RESTAURANT_JJ)
    c.say("동의합니다")
    c.say("집사람이랑 둘이 삽니다")
    t = text_of(c.say(said))
    p = c.state.profile
    assert p.get("employment_status") == "business_closed", (p, t)
    assert "직장에 다님" not in t, t
    assert p.get("household_income_monthly") == 700_000, p


def _restaurant_at_results():
    c = Conversation()
    c.say(RESTAURANT_JJ)
    c.say("동의합니다")
    answers = {
        "household_size": "집사람이랑 둘이 삽니다",
        "household_income_monthly": "저는 요즘 수입이 없고 집사람이 식당 설거지 알바로 한 70 벌어요",
        "assets": "전세 3천",
        "insured_days_18m": "자영업이라 고용보험 안들었어요",
        "debt_overdue_days": "석달",
    }
    for _ in range(12):
        if c.state.results_shown:
            break
        c.say(answers.get(c.state.question, "몰라요"))
    assert c.state.results_shown
    return c


@pytest.mark.parametrize(
    "named, then, expect",
    [
        ("긴급복지 같은건 안되나요", "얼마나 받을수 있어요?", "긴급복지"),
        ("긴급복지 같은건 안되나요", "서류는 뭐 필요해요", "긴급복지지원 준비물"),
        ("채무조정은 어때요?", "어디서 신청해요", "채무조정"),
    ],
)
def test_a_follow_up_that_names_no_program_is_about_the_one_just_discussed(named, then, expect):
    """'얼마나 받을수 있어요?' right after '긴급복지 같은건 안되나요' listed the amounts of every program again."""
    c = _restaurant_at_results()
    c.say(named)
    t = text_of(c.say(then))
    assert expect in t, t
    assert "가능성이 있는 제도의 금액이에요" not in t, t


def test_asking_about_all_of_them_is_still_about_all():
    c = _restaurant_at_results()
    c.say("긴급복지 같은건 안되나요")
    t = text_of(c.say("다른 건 얼마나 받아요?"))
    assert "긴급복지지원 준비물" not in t and t.count("•") >= 2, t


JOBSEEKER_SW = (
    "스물아홉이고 수원 영통구 원룸 살아요 월세 45에 보증금 500 편의점 알바하다 그만두고 취준중인데 "
    "부모님이랑은 따로 살고 부모님은 안산에 계세요 청년 월세 지원 받을 수 있나요"
)


def test_the_household_question_offers_the_small_choice_as_buttons():
    c = Conversation()
    c.say(JOBSEEKER_SW)
    reply = c.say("동의")
    assert c.state.question == "household_size"
    labels = [b.get("title") for m in reply for b in m.get("buttons") or []]
    assert "혼자 살아요" in labels and "2명" in labels, labels
    c.say("혼자 살아요")
    assert c.state.profile.get("household_size") == 1


@pytest.mark.parametrize("said, total", [("적금 200", 7_000_000), ("통장에 300 있어요", 8_000_000)])
def test_savings_at_the_assets_question_are_added_to_the_deposit_already_told(said, total):
    """'보증금 500' was told in his story; '적금 200' at '재산을 모두 합치면?' made his assets 200만."""
    c = Conversation()
    c.say(JOBSEEKER_SW)
    c.say("동의")
    assert answer_until(c, "assets", {"household_size": "혼자 살아요"}, default="30"), c.state.question
    t = text_of(c.say(said))
    assert c.state.profile.get("assets") == total, c.state.profile
    assert f"{total // 10_000}만 원" in t, t


def test_a_total_at_the_assets_question_is_not_added_again():
    c = Conversation()
    c.say(JOBSEEKER_SW)
    c.say("동의")
    assert answer_until(c, "assets", {"household_size": "혼자 살아요"}, default="30"), c.state.question
    c.say("보증금이랑 적금 합쳐서 700")
    assert c.state.profile.get("assets") == 7_000_000, c.state.profile


@pytest.mark.parametrize("kids", ["애 둘이 중학생 고등학생이에요", "애가 둘이고 중학생이에요"])
def test_children_counted_before_their_schools_make_the_household(kids):
    """'남편이 … 다쳐서 … 애 둘이 중학생 고등학생이에요' kept no children, so the household question came anyway."""
    c = Conversation()
    c.say(f"부산 사하구 사는 마흔둘 아줌마예요 남편이 공사현장에서 다쳐서 일을 못하고 {kids} 생활비가 너무 부족해요")
    c.say("네")
    assert c.state.profile.get("num_children") == 2, c.state.profile
    assert c.state.question != "household_size" and c.state.profile.get("household_size") == 4, c.state.profile


MOTHER_BS = (
    "부산 사하구 사는 마흔둘 아줌마예요 남편이 공사현장에서 다쳐서 일을 못하고 애 둘이 중학생 고등학생이에요 "
    "생활비가 너무 부족해요"
)


def _mother_bs_at_results():
    c = Conversation()
    c.say(MOTHER_BS)
    c.say("네")
    c.say("제가 식당에서 파트로 일해서 한달에 110 정도요")
    c.say("집은 월세고 보증금 1000에 월세 55")
    asked_until_results(c, {})
    assert c.state.results_shown
    return c


@pytest.mark.parametrize("said", ["남편 다친지는 두달 됐어요", "애들 학원은 벌써 끊었어요"])
def test_something_told_after_the_results_is_not_answered_as_a_hard_question(said):
    """'남편 다친지는 두달 됐어요' got '그 질문은 제가 정확히 답하기 어려워요'."""
    c = _mother_bs_at_results()
    t = text_of(c.say(said))
    assert "질문은" not in t and "전해 둘게요" in t, t
    assert any(said[:6] in q for q in c.state.quotes), c.state.quotes


def test_no_savings_after_the_results_is_no_financial_assets_and_keeps_the_deposit():
    c = _mother_bs_at_results()
    t = text_of(c.say("적금 같은건 없어요"))
    assert c.state.profile.get("financial_assets") == 0
    assert c.state.profile.get("assets") == 10_000_000, c.state.profile
    assert "질문은" not in t, t


def _alone_at_results():
    c = Conversation()
    c.say("스물아홉이고 수원 영통구 원룸 혼자 살아요 월세 45에 보증금 500 편의점 알바하다 그만두고 취준중이에요")
    c.say("동의")
    asked_until_results(c, {})
    assert c.state.results_shown
    return c


@pytest.mark.parametrize("said", ["어데서 신청하요?", "워디 가서 신청해유", "어데서 신청함"])
def test_a_dialect_question_after_the_results_is_answered(said):
    """'어데서 신청하요?' got '그 질문은 제가 정확히 답하기 어려워요'."""
    t = text_of(_alone_at_results().say(said))
    assert "답하기 어려워요" not in t and "전해 둘게요" not in t, t
    assert "1350" in t or "신청" in t, t


@pytest.mark.parametrize(
    "said, size",
    [("저는 혼자 서울 송파에 살아요 일자리 찾아요", 1), ("혼자 원룸에서 살아요 취업 준비중", 1)],
)
def test_living_alone_with_a_place_between_is_a_household_of_one(said, size):
    assert profile_after(said).get("household_size") == size


def test_a_mother_living_alone_is_not_the_writers_household():
    assert profile_after("엄마는 혼자 시골에 살아요 저는 일자리 찾고 있어요").get("household_size") is None


@pytest.mark.parametrize("asked", ["출산휴가는요?", "육아휴직 급여는 어디서 받아요"])
def test_maternity_and_parental_leave_pay_get_where_to_ask(asked):
    """A pregnant worker pushed out asked '출산휴가는요?' mid-form and got '답을 잘 알아듣지 못했어요'."""
    c = Conversation()
    c.say("서른셋 임신 6개월인데 회사에서 나가라고 해서 그만뒀어요 인천 서구 살아요")
    c.say("동의")
    t = text_of(c.say(asked))
    assert "알아듣지 못했어요" not in t and "고용센터" in t and "1350" in t, t


@pytest.mark.parametrize("said", ["연체된지는 한 석달?", "연체 두 달째요"])
def test_a_span_of_months_at_the_household_question_is_not_people(said):
    """'연체된지는 한 석달?' at '함께 사는 가족은 몇 명?' made a household of 3 (석 = 3) and skipped the question."""
    c = Conversation()
    c.say(RESTAURANT_JJ)
    c.say("동의합니다")
    assert c.state.question == "household_size"
    t = text_of(c.say(said))
    assert c.state.profile.get("household_size") is None, c.state.profile
    assert c.state.profile.get("debt_overdue_days") in (60, 90), c.state.profile
    assert c.state.question == "household_size" and "기억해 둘게요" in t, t
