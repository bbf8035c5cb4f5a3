"""Losing work, said every which way, is read the same by every reader (bot/korean/work_words.py is their one
vocabulary), and what only looks like it is not.

Readers: the need (bot.screening.core.detect_needs), the story's facts (bot.understand.facts.read_facts), the
dialogue's reading of one message (bot.dialogue.reading.read_message), and the answers to the questions
"지금 일하세요?" (employment_status), "본인 뜻이 아니었나요?" (left_job_involuntarily) and "최근 갑자기 생긴
어려운 일이 있나요?" (crisis_event).
"""

from __future__ import annotations

import pytest

from bot.dialogue import Conversation, reading
from bot.screening import core
from bot.understand.facts import read_facts
from tests.conversations.conftest import asked_until_results

# how the job ended: let go (involuntary, a job loss), lost (a job loss, the reason unsaid), left (the reason
# unsaid, no crisis event), quit (of the person's own will)
LOSING_WORK = [
    # let go: 반말, dialect, typos, no spacing, slang
    ("물류센터 계약 끊겨부러서 인자 놀아라", "let_go"),
    ("피시방 알바 짤림요", "let_go"),
    ("회사에서 짤렷어요 어제", "let_go"),
    ("사장이 나 짤랐어 내일부터 나오지 말래", "let_go"),
    ("편의점 알바 잘려가꼬 돈이 없어예", "let_go"),
    ("공장 잘리고 나서 집에만 있어요", "let_go"),
    ("권고사직 당했슴다", "let_go"),
    ("권고 사직으로 나왔어요 지난주에", "let_go"),
    ("부당해고 당한거 같아요 갑자기 나오지 말라네요", "let_go"),
    ("정리해고 명단에 들어가서 결국 나왔어요", "let_go"),
    ("구조조정으로 회사 나왔어", "let_go"),
    ("희망퇴직 신청하라고 해서 어쩔수없이 나왔어요", "let_go"),
    ("회사가 망해서 백수됐어요", "let_go"),
    ("다니던 공장이 문을 닫아서 일을 잃었어요", "let_go"),
    ("알바하던 가게가 폐업해서 그만두게 됐어요", "let_go"),
    ("회사 부도나서 월급도 못받고 나왔어요", "let_go"),
    ("계약기간 끝나서 재계약 안됐어요", "let_go"),
    ("계약직인데 계약 만료됐어요", "let_go"),
    ("재계약 못해서 이번달부터 쉬어요", "let_go"),
    ("택배 하다가 일감이 뚝 끊겼어요", "let_go"),
    ("배달 대행 콜이 끊겨서 요즘 놀아요", "let_go"),
    ("현장 일이 끊긴지 두달 됐어요", "let_go"),
    ("목 잘렸어요 회사에서", "let_go"),
    ("회사에서잘렸어요일자리좀", "let_go"),
    ("짤렸다 진짜 어이없네", "let_go"),
    ("경영악화로 권고사직 받았습니다", "let_go"),
    ("임금체불 때문에 그만뒀어요 석달째 월급을 못받아서", "let_go"),
    ("직장내 괴롭힘 때문에 퇴사했어요", "let_go"),
    ("갑자기 그만 나오래요 사장님이", "let_go"),
    ("잘리가지고 지금 일 찾고 있심더", "let_go"),
    ("짤려뿟다 아이가", "let_go"),
    ("회사서 잘려서 실업급여 알아보는중", "let_go"),
    ("회사 짤리고 3개월째 놀아요", "let_go"),
    ("사장님이 나오지 말래요", "let_go"),
    ("퇴사 당했어요 억울해요", "let_go"),
    ("정규직 전환 안 되고 계약 종료됐어요", "let_go"),
    # lost, the reason unsaid
    ("실직한 지 석달째예요", "lost"),
    ("일자리를 잃었어요", "lost"),
    ("직장 잃고 구직중입니다", "lost"),
    # left, the reason unsaid, and not working now
    ("회사 그만뒀어요 지금은 쉬는 중", "left"),
    ("퇴사하고 집에서 쉬고있어요", "left"),
    ("관둔지 한 달 됐어요", "left"),
    ("일 때려쳤어요 이제 뭐하지", "left"),
    ("작년에 퇴직하고 지금 무직이에요", "left"),
    ("백수된지 일년 넘었어요", "left"),
    ("요즘 일이 없어서 놀고 있어요", "left"),
    ("그만둔지 좀 됐고 지금 일 안해요", "left"),
    ("무직입니당", "left"),
    # quit
    ("자진퇴사했어요 지금은 백수", "quit"),
    ("제가 먼저 사표 냈어요 지금 쉬고 있어요", "quit"),
]
INVOLUNTARY = {"let_go": True, "lost": None, "left": None, "quit": False}
CRISIS = {"let_go": "job_loss", "lost": "job_loss", "left": None, "quit": None}


def _readers(text: str) -> dict:
    facts = read_facts(text).facts
    _, dialogue_facts, _, _ = reading.read_message(text, [], None, {})
    return {
        "need": "employment" in core.detect_needs(text),
        "facts": facts,
        "dialogue": dialogue_facts,
        "status_answer": core.parse_field("employment_status", "enum", text),
        "involuntary_answer": core.parse_field("left_job_involuntarily", "bool", text),
        "crisis_answer": core.parse_field("crisis_event", "enum", text),
    }


@pytest.mark.parametrize("text,how", LOSING_WORK)
def test_losing_work_is_read_the_same_by_every_reader(text, how):
    r = _readers(text)
    assert r["need"], "no 일자리 need"
    for reader in ("facts", "dialogue"):
        assert r[reader].get("employment_status") == "unemployed", (reader, r[reader])
        assert r[reader].get("left_job_involuntarily") is INVOLUNTARY[how], (reader, r[reader])
    assert r["status_answer"] == (True, "unemployed")
    if INVOLUNTARY[how] is not None:
        assert r["involuntary_answer"] == (True, INVOLUNTARY[how])
    else:
        assert r["involuntary_answer"][1] is not True
    if CRISIS[how]:
        assert r["crisis_answer"] == (True, CRISIS[how])
    else:
        assert r["crisis_answer"][1] not in ("job_loss", "business_closure")


def test_there_are_enough_new_phrasings():
    assert len(LOSING_WORK) >= 40 and len({t for t, _ in LOSING_WORK}) == len(LOSING_WORK)


# the person's own shop closed: business_closed, the crisis event business_closure
CLOSED_SHOP = [
    "치킨집 하다가 작년에 접었어요",
    "장사 망해서 가게 정리했어요",
    "식당 폐업하고 지금 아무것도 안 해요",
    "코로나 때 카페 문 닫았어요",
]


@pytest.mark.parametrize("text", CLOSED_SHOP)
def test_a_shop_that_closed_is_read_the_same_by_every_reader(text):
    r = _readers(text)
    assert r["facts"].get("employment_status") == "business_closed", r["facts"]
    assert r["facts"].get("crisis_event") == "business_closure"
    assert r["dialogue"].get("employment_status") == "business_closed", r["dialogue"]
    assert r["status_answer"] == (True, "business_closed")
    assert r["crisis_answer"] == (True, "business_closure")


# a cut, a contract or a closing that is no work: no need, no status, no job loss anywhere
NO_WORK = [
    "잘린 머리 다시 붙일 수는 없잖아요",
    "미용실에서 머리 잘렸어요 너무 짧아요",
    "앞머리 짤렸어 ㅠ",
    "가게 문 닫는 시간이 몇 시예요?",
    "가게 닫고 퇴근했어요",
    "전세 계약이 끝나서 이사 가야 해요",
    "휴대폰 계약 끝나서 바꾸려고요",
    "집주인이 나가래요 어떡해요",
    "인터넷이 자꾸 끊겨요",
    "통화가 끊겼어요 다시 연락 주세요",
    "내일 일 끝나고 갈게요",
    "사진이 잘렸어요 다시 보낼게요",
    "영상이 중간에 짤렸네요",
    "손가락 잘릴 뻔했어요 공장에서",
    "목이 잘 안 돌아가요",
    "회사에서 나왔어요 점심 먹으러",
    "알바 나왔어요 오늘 마감이에요",
    "회사 망년회 가요",
    "헬스장 계약 끝났어요",
    "보험 계약 해지했어요",
]


@pytest.mark.parametrize("text", NO_WORK)
def test_a_look_alike_that_is_no_work_is_no_job_loss(text):
    r = _readers(text)
    assert not r["need"]
    for reader in ("facts", "dialogue"):
        assert r[reader].get("employment_status") not in ("unemployed", "business_closed"), (reader, r[reader])
        assert "left_job_involuntarily" not in r[reader], (reader, r[reader])
    assert r["status_answer"][1] not in ("unemployed", "business_closed")
    assert r["involuntary_answer"][1] is not True
    assert r["crisis_answer"][1] not in ("job_loss", "business_closure")


# someone else lost the work: the person's status and reason are not theirs; the crisis event is the
# household's (긴급복지 counts the main earner's job loss), so that question still hears it
SOMEONE_ELSE = [
    ("남편이 회사에서 잘렸어요 저는 애 보고 있어요", "job_loss"),
    ("남편 회사가 망해서 생활비가 없어요", "job_loss"),
    ("친구가 회사에서 짤렸대요", "job_loss"),
    ("동생이 알바 짤렸대요", "job_loss"),
    ("아빠가 명퇴하셨어요", "job_loss"),
    ("엄마가 가게를 접었어요", "business_closure"),
]


@pytest.mark.parametrize("text,crisis", SOMEONE_ELSE)
def test_someone_elses_lost_work_is_not_the_persons(text, crisis):
    r = _readers(text)
    for reader in ("facts", "dialogue"):
        assert r[reader].get("employment_status") not in ("unemployed", "business_closed"), (reader, r[reader])
        assert "left_job_involuntarily" not in r[reader], (reader, r[reader])
    assert r["status_answer"][1] not in ("unemployed", "business_closed")
    assert r["crisis_answer"] == (True, crisis)


# still working: a wish, a plan or a fear is a need to talk about work, not a lost job
NOT_YET = [
    "회사 그만두고 싶어요 요즘 너무 힘들어서",
    "퇴사하고 싶은데 아직 다니고 있어요",
    "퇴사 예정이에요 다음 달까지 다녀요",
    "잘릴까 봐 걱정이에요 회사 다니고 있어요",
    "계약이 곧 끝나요 아직 다니고 있어요",
    "회사 망할 것 같아요 불안해요",
    "그만두고 싶은데 생활비 때문에 못 그만둬요",
    "다음 달에 계약 만료예요 아직 다니고 있어요",
]


@pytest.mark.parametrize("text", NOT_YET)
def test_a_wish_or_fear_of_losing_work_is_a_need_not_a_loss(text):
    r = _readers(text)
    assert r["need"]
    for reader in ("facts", "dialogue"):
        assert r[reader].get("employment_status") != "unemployed", (reader, r[reader])
        assert "left_job_involuntarily" not in r[reader], (reader, r[reader])
    assert r["status_answer"][1] != "unemployed"
    assert r["crisis_answer"][1] not in ("job_loss", "business_closure")


def test_working_at_closing_time_is_working():
    r = _readers("카페 문 닫을 때 청소 알바 해요")
    assert r["facts"].get("employment_status") == "employed"
    assert r["dialogue"].get("employment_status") == "employed"
    assert r["crisis_answer"][1] is None


@pytest.mark.parametrize(
    "text,involuntary",
    [
        ("잘린 건 아니고 제가 그만뒀어요", False),
        ("해고는 아니고 계약 끝나서 나왔어요", True),
    ],
)
def test_a_loss_named_only_to_deny_it(text, involuntary):
    r = _readers(text)
    assert r["facts"].get("left_job_involuntarily") is involuntary
    assert r["dialogue"].get("left_job_involuntarily") is involuntary
    assert r["involuntary_answer"] == (True, involuntary)


@pytest.mark.parametrize("text", ["제 뜻이 아니었어요", "제 뜻은 아니었죠"])
def test_not_my_will_answers_that_it_was_involuntary(text):
    assert core.parse_field("left_job_involuntarily", "bool", text) == (True, True)


@pytest.mark.parametrize(
    "text,value",
    [
        ("괴롭힘은 없었어요", None),
        ("해고 안 당했어요", None),
        ("계약직 아니었어요", None),
        ("폭력 같은 건 없었고 그냥 나왔어요", None),
        ("알바 잘려서 돈이 없어요", True),
        ("월급을 못 받아서 나왔어요", True),
    ],
)
def test_the_involuntary_answer_hears_a_denial_but_not_a_lack_of_money(text, value):
    assert core.parse_field("left_job_involuntarily", "bool", text)[1] is value


@pytest.mark.parametrize(
    "text,months",
    [
        ("관둔지 한 달 됐어요", 1),
        ("해고된 지 3개월 됐어요", 3),
        ("현장 일이 끊긴지 두달 됐어요", 2),
        ("권고사직 당한지 두 달이에요", 2),
        ("계약 끝난 지 한 달 됐어요", 1),
        ("가게 접은 지 2년 됐어요", 24),
    ],
)
def test_since_when_the_work_ended(text, months):
    assert read_facts(text).facts.get("left_job_months_ago") == months


# what one reader understood and another did not was asked again: "사장이 나 짤랐어" got "어떤 도움이
# 필요하세요?" three times, "계약기간 끝나서 재계약 안됐어요" got "본인 뜻이 아니었나요?" and the crisis question,
# "다니던 공장이 문을 닫아서" got "지금 일하세요?"
@pytest.mark.parametrize(
    "story",
    [
        "부산 사하구 사는 스물아홉인데 편의점 알바 잘려가꼬 돈이 없어예",
        "대구 달서구 살고 마흔둘이에요 사장이 나 짤랐어 내일부터 나오지 말래",
        "인천 부평구 사는 서른여섯입니다 계약기간 끝나서 재계약 안됐어요",
        "수원 영통구 사는 쉰하나인데 다니던 공장이 문을 닫아서 일을 잃었어요",
        "광주 서구 살고 스물다섯이에요 배달 대행 콜이 끊겨서 요즘 놀아요",
    ],
)
def test_a_lost_job_told_once_is_not_asked_again(story):
    c = Conversation()
    c.say("안녕하세요")
    c.say(story)
    said = Conversation.text_of(c.say("동의합니다"))
    assert "일자리" in said, said
    asked = asked_until_results(c, {"household_income_monthly": "0원", "personal_income_monthly": "0원"})
    assert c.state.results_shown, asked
    assert not {"needs", "employment_status", "left_job_involuntarily", "crisis_event"} & set(asked), asked
    assert c.state.profile.get("employment_status") == "unemployed"
    assert c.state.profile.get("left_job_involuntarily") is True


@pytest.mark.parametrize("text", ["남편이 회사에서 잘렸어요 애가 둘이에요", "애 아빠 회사가 망해서 생활비가 없어요"])
def test_a_spouse_let_go_is_the_households_crisis_not_the_persons_reason(text):
    facts = read_facts(text).facts
    assert facts.get("crisis_event") == "job_loss"
    assert "left_job_involuntarily" not in facts and facts.get("employment_status") != "unemployed"


@pytest.mark.parametrize(
    "text", ["택시 운전하다가 허리 다쳐서 쉬고 있어요 61살이고", "남편은 일하고 저는 전업주부예요"]
)
def test_resting_or_keeping_the_home_is_not_working_but_names_no_job_need(text):
    assert "employment" not in core.detect_needs(text)
    assert core.parse_field("employment_status", "enum", text) == (True, "unemployed")


def test_a_lack_of_money_after_being_let_go_denies_nothing():
    facts = read_facts("ㅠㅠ 알바 잘리고 돈도 없어요 일자리 급구").facts
    assert facts.get("employment_status") == "unemployed" and facts.get("left_job_involuntarily") is True
