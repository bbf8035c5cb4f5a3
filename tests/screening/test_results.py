"""What the person reads after screening: the summary, the short overview and the answers to follow-ups.

Asserts what a citizen notices: length, number of messages, particles, no raw ids, the program asked about,
the right phone line first."""

import re

import pytest

from bot.screening import results

from .conftest import DEBTOR, LAID_OFF, MOTHER, YOUTH

RAW_IDS = re.compile(
    r"\b(likely|unlikely|need_info|refer|national_employment_support_\d|unemployment_benefit|"
    r"tomorrow_learning_card|emergency_welfare|basic_livelihood|housing_benefit|debt_adjustment|"
    r"monthly_rent|unemployed|employment|housing|livelihood|childcare|debt)\b"
)
BROKEN_JOSA = re.compile(r"을\(를\)|이\(가\)|\(으\)로|은\(는\)|와\(과\)|과\(와\)")


def _texts(msgs):
    return [m["text"] for m in msgs]


def _all_text(msgs):
    return "\n".join(
        m["text"] + " " + " ".join(b["title"] + " " + b["payload"] for b in m.get("buttons", [])) for m in msgs
    )


def _assert_citizen_readable(msgs, max_msgs=3, max_chars=400):
    assert 1 <= len(msgs) <= max_msgs, _texts(msgs)
    for t in _texts(msgs):
        assert len(t) <= max_chars, (len(t), t)
    text = _all_text(msgs)
    assert not RAW_IDS.search(text), RAW_IDS.search(text).group(0)
    assert not BROKEN_JOSA.search(text), text


# ---- summary -----------------------------------------------------------------------------------
def test_summary_laid_off_renter_in_natural_korean():
    m = results.summary_message(LAID_OFF, ["employment", "housing"], notes=["권고사직", "월세 밀림"])
    t = m["text"]
    assert t.startswith("정리해 보면: 35세, 서울 마포구")
    assert "권고사직" in t and "월세 밀림" in t and "월세 50만 원" in t and "소득 없음" in t
    assert "일자리와 주거를 같이 살펴볼게요" in t and t.endswith("틀린 곳은 말씀해 주세요.")
    assert "원치 않게" not in t  # the person's own word replaces the plainer one
    assert len(t) <= 300 and not BROKEN_JOSA.search(t) and not RAW_IDS.search(t)


def test_summary_mother_of_three():
    t = results.summary_message(MOTHER, ["childcare", "livelihood"])["text"]
    assert "가구원 4명" in t and "가구 월 소득 180만 원" in t and "자녀 3명(10·7·4세)" in t and "한부모" in t
    assert "돌봄·양육과 생활비를 같이 살펴볼게요" in t
    assert len(t) <= 300


def test_summary_single_need_income_range_and_length_cap():
    prof = dict(YOUTH, household_income_monthly={"min": 2_000_000, "max": 2_500_000})
    t = results.summary_message(prof, ["housing"])["text"]
    assert "가구 월 소득 200~250만 원" in t and "주거를 살펴볼게요" in t and "같이" not in t
    long_notes = [f"메모 {i} " + "가" * 15 for i in range(30)]
    t = results.summary_message(MOTHER, ["childcare", "livelihood", "housing", "employment", "debt"], long_notes)[
        "text"
    ]
    assert len(t) <= 300 and t.endswith("틀린 곳은 말씀해 주세요.")
    assert results.summary_message({}, [])["text"].startswith("정리해 보면: 어떤 도움이")


# ---- overview ----------------------------------------------------------------------------------
def test_overview_is_short_for_every_profile(case):
    name, profile, needs = case
    msgs = results.overview_messages(profile, needs)
    _assert_citizen_readable(msgs)
    text = _all_text(msgs)
    assert text.count("최종 결정은 담당 기관에서 합니다") == 1
    assert text.count("방문 전 전화로 확인해 주세요") == 1
    assert "신청·상담 창구" in text
    titles = [b["title"] for b in msgs[-1]["buttons"]]
    assert "상담 예약" in titles and "센터 찾기" in titles
    details = [t for t in titles if t.startswith("자세히: ")]
    assert 1 <= len(details) <= 3
    assert all(len(t) <= 14 for t in titles), titles  # KakaoTalk quick replies


def test_overview_each_program_once_likely_first():
    msgs = results.overview_messages(MOTHER, ["childcare", "livelihood", "housing", "employment"])
    body = "\n".join(_texts(msgs)[:-1])
    lines = [ln for ln in body.splitlines() if ln[:1] in "✅❓📞"]
    names = [re.sub(r"^\S+ ", "", ln).split(" — ")[0].split(" (")[0] for ln in lines]
    assert len(names) == len(set(names)), names  # 긴급복지 serves two needs but is listed once
    for want in ("한부모가족 아동양육비", "국민기초생활보장", "주거급여", "긴급복지지원"):
        assert any(want in n for n in names), want
    # within each need block the ✅ lines come before ❓/📞
    for block in body.split("["):
        marks = [ln[:1] for ln in block.splitlines() if ln[:1] in "✅❓📞"]
        assert marks == sorted(marks, key=lambda c: {"✅": 0, "📞": 1, "❓": 2}[c]), block


def test_overview_laid_off_lines_and_buttons():
    msgs = results.overview_messages(LAID_OFF, ["employment", "housing"])
    text = _all_text(msgs)
    assert "✅ 구직급여(실업급여) — 하루 최대 68,100원 (가능성 높음)" in text
    assert "✅ 주거급여 — 월 34만 1,000원 (가능성 높음)" in text
    assert "❌ 어려울 수 있음: 청년월세" in text  # names only, no second verdict list
    titles = [b["title"] for b in msgs[-1]["buttons"]]
    assert titles[:2] == ["자세히: 실업급여", "자세히: 주거급여"]  # the best of each need, not three 고용센터 programs
    assert "2026년 기준" in text


def test_overview_with_five_needs_still_three_messages():
    prof = dict(MOTHER, debt_total=30_000_000, debt_overdue_days=40)
    msgs = results.overview_messages(prof, ["employment", "debt", "childcare", "housing", "livelihood"])
    _assert_citizen_readable(msgs)


def test_every_detail_button_answers_its_own_program(case):
    name, profile, needs = case
    msgs = results.overview_messages(profile, needs)
    for b in msgs[-1]["buttons"]:
        if not b["title"].startswith("자세히"):
            continue
        ans = results.answer_followup(b["payload"], profile, needs)
        assert ans, b
        short = b["title"].split(": ", 1)[1]
        program = b["payload"].split(" ", 1)[1]
        assert program in ans[0]["text"], (short, ans[0]["text"])
        _assert_citizen_readable(ans, max_msgs=2)


# ---- follow-up answers -------------------------------------------------------------------------
def test_unemployment_amount_is_computed_not_the_results_block():
    ans = results.answer_followup("실업급여는 얼마나 받을수 있어요?", LAID_OFF, ["employment", "housing"])
    _assert_citizen_readable(ans, max_msgs=2)
    t = "\n".join(_texts(ans))
    assert "평균임금의 60%" in t and "68,100원" in t and "66,048원" in t
    # insured a year or more (insured_days_18m): that row's days (150), and how far they grow with a longer record
    assert "50세 미만" in t and "150일" in t and "240일" in t and "최대" in t
    assert "12개월 안에" in t and "최종 결정은 담당 기관에서 합니다" in t
    assert "주거급여" not in t  # the question was about 실업급여 only


def test_unemployment_amount_uses_the_persons_facts():
    prof = dict(LAID_OFF, age=52, insured_years=12, previous_wage_monthly=2_500_000)
    t = "\n".join(_texts(results.answer_followup("실업급여 얼마 나와요", prof, ["employment"])))
    assert "52세, 고용보험 가입 12년이면 270일" in t  # 50세 이상, 10년 이상
    assert "월급 250만 원이었다면 하루 약 49,300원" in t and "하한이 적용돼요" in t
    assert "66,048원×270일" in t and "약 1,783만 원" in t


def test_national_employment_support_amount_with_children():
    t = "\n".join(_texts(results.answer_followup("국취 수당은 얼마예요?", MOTHER, ["employment", "childcare"])))
    assert "월 60만 원씩 최대 6개월" in t and "1인당 월 10만 원" in t
    assert "자녀 3명이면 월 최대 90만 원 × 6개월 = 최대 540만 원" in t
    assert "둘 중 하나" in t


def test_learning_card_detail_shows_that_card():
    ans = results.answer_followup("내일배움카드 자세히 알려줘", LAID_OFF, ["employment", "housing"])
    _assert_citizen_readable(ans, max_msgs=2)
    t = "\n".join(_texts(ans))
    assert ans[0]["text"].startswith("✅ 국민내일배움카드 — 가능성 높음")
    assert "구직급여" not in ans[0]["text"] and "300만 원" in t and "고용24" in t


def test_apply_documents_and_time_questions():
    needs = ["employment", "housing"]
    where = "\n".join(_texts(results.answer_followup("실업급여 어디서 어떻게 신청해요?", LAID_OFF, needs)))
    assert "고용24 구직등록" in where and "☎1350" in where and "방문 전 전화로 확인해 주세요" in where
    docs = "\n".join(_texts(results.answer_followup("주거급여 신청할때 서류 뭐 필요해요?", LAID_OFF, needs)))
    assert docs.startswith("주거급여 준비물이에요") and "임대차계약서" in docs
    time_ = "\n".join(_texts(results.answer_followup("실업급여 신청하면 얼마나 걸려요?", LAID_OFF, needs)))
    assert "14일 안에 결정" in time_ and "7일은 대기기간" in time_
    unknown = "\n".join(_texts(results.answer_followup("채무조정 처리 기간 얼마나 걸리나요?", DEBTOR, ["debt"])))
    assert "자료에 없어서" in unknown and "☎1397" in unknown


def test_question_without_program_answers_for_the_persons_programs():
    needs = ["employment", "housing"]
    ans = results.answer_followup("어디서 신청해요?", LAID_OFF, needs)
    _assert_citizen_readable(ans, max_msgs=2)
    t = "\n".join(_texts(ans))
    assert "고용센터 ☎1350" in t and "복지지원팀 ☎129" in t and "주거급여" in t
    docs = "\n".join(_texts(results.answer_followup("서류 뭐 챙겨가야 돼요?", LAID_OFF, needs)))
    assert "신분증" in docs and docs.count("신분증") == 1


def test_why_and_unchecked():
    t = "\n".join(_texts(results.answer_followup("청년월세는 왜 안돼요?", LAID_OFF, ["housing"])))
    assert "❌ 청년월세 지원" in t and "35세" in t and "어려울 수 있음" in t
    t = "\n".join(_texts(results.answer_followup("다른 건 없나요?", LAID_OFF, ["employment", "housing"])))
    assert "살펴보지 않은" in t or "아직 모르는 정보" in t
    assert "☎129" in t


def test_both_unemployment_and_nes_are_alternatives():
    t = results.answer_followup("실업급여랑 국취 둘 다 받을 수 있어요?", LAID_OFF, ["employment"])[0]["text"]
    assert "둘 중 하나" in t and "6개월" in t


def test_violence_line_and_address_restriction_come_first():
    q = "남편이 제 주소 알아낼까봐 너무 무서워요.. 이런거 신청하면 남편한테 연락가나요?"
    ans = results.answer_followup(q, MOTHER, ["childcare", "livelihood"])
    _assert_citizen_readable(ans, max_msgs=2)
    first = ans[0]["text"]
    assert "1366" in first and "주민등록" in first and "열람" in first and "제29조" in first
    assert first.index("주민등록") < first.index("1366") < len(first)
    assert "연락" in ans[1]["text"] and "확실히 말씀드릴 수 없어요" in ans[1]["text"]  # no false promise
    assert (
        results.answer_followup("전남편이 자꾸 찾아와서 때려요", MOTHER, ["livelihood"])[0]["text"].count("1366") == 1
    )


def test_alcohol_and_gambling_lines():
    t = results.answer_followup("근데 술 끊는거 도와주는데는 없나", DEBTOR, ["debt"])[0]["text"]
    assert "중독관리통합지원센터" in t and "1577-0199" in t and "사하구 정신건강복지센터" in t
    assert "확인 필요" in t and "1336" not in t
    t = results.answer_followup("남편이 토토로 빚을 졌어요 도박 끊게 할 방법 없을까요", DEBTOR, ["debt"])[0]["text"]
    assert "1336" in t and "확인 필요" in t


def test_low_schooling_gets_self_sufficiency_and_literacy_with_a_source():
    ans = results.answer_followup("제가 초등학교밖에 못 나와서 글을 잘 못 읽어요", MOTHER, ["livelihood"])
    _assert_citizen_readable(ans, max_msgs=2)
    t = "\n".join(_texts(ans))
    assert "자활" in t and "문해교육" in t and "https://www.ktv.go.kr/" in t and "확인 필요" in t
    assert "☎129" in t


def test_outside_what_the_bot_knows_is_said_plainly():
    t = results.answer_followup("기초연금도 받을 수 있나요?", LAID_OFF, ["employment"])[0]["text"]
    assert t.startswith("기초연금은 제가 살펴보는 제도에 없지만") and "☎1355" in t  # where it is asked
    t = results.answer_followup("에너지바우처도 받을 수 있나요?", LAID_OFF, ["employment"])[0]["text"]
    assert t.startswith("에너지바우처는 제가 살펴보는 제도에 없어서") and "☎129" in t


@pytest.mark.parametrize(
    "text",
    [
        "상담 예약할래요",
        "네",
        "감사합니다",
        "가까운 센터 어디예요?",
        "처음부터 다시 할래요",
        "아 그리고 빚도 있어요",
        "5점",
        "",
    ],
)
def test_not_a_followup_returns_none(text):
    assert results.answer_followup(text, LAID_OFF, ["employment", "housing"]) is None


def test_suicide_signal_is_left_to_the_safety_reply():
    assert results.answer_followup("실업급여도 안 나오면 그냥 죽고 싶어요", LAID_OFF, ["employment"]) is None


def test_youth_renter_rent_support_question():
    ans = results.answer_followup("청년월세 얼마 받아요?", YOUTH, ["housing"])
    _assert_citizen_readable(ans, max_msgs=2)
    t = ans[0]["text"]
    assert t.startswith("청년월세 지원") and "20만 원" in t and "24개월" in t


def test_profile_with_fields_the_rules_do_not_know_still_answers():
    prof = dict(
        LAID_OFF, gender="male", num_children=0, skipped_fields=["assets"], past={"personal_income_monthly": 3_000_000}
    )
    msgs = results.overview_messages(prof, ["employment"])
    assert "구직급여" in _all_text(msgs)
    t = "\n".join(_texts(results.answer_followup("실업급여 얼마예요", prof, ["employment"])))
    assert "월급 300만 원이었다면" in t
