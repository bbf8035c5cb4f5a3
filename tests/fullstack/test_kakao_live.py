"""Kakao i Open Builder contract tests against the real bot.

SkillPayload requests shaped like Kakao's documentation go to the real Rasa server's Kakao skill
endpoint (``stack.kakao_url``, the session ``stack`` fixture: real Rasa + action server).  Every
answer must be a valid SkillResponse 2.0 (``bot.channels.kakao_format.validate_skill_response``)
and also respect Kakao's limits, checked here independently of that validator.

When the bot needs longer than Kakao's 5 s budget the channel answers with a holding message and a
"결과 보기" quick reply (no callback URL is configured here); the helper then presses "결과 보기"
like a person would, a bounded number of times.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from typing import Any, Dict, List, Optional, Tuple

import pytest
import requests

from bot.channels.kakao_format import validate_skill_response

pytestmark = pytest.mark.stack

CITY_HALL = (37.5665, 126.9780)  # 서울특별시청
RESULT_COMMAND = "결과 보기"  # the channel's "show me the answer now" quick reply
MAX_RESULT_POLLS = 6
MAX_SCREENING_TURNS = 30
HTTP_TIMEOUT = 30

# Kakao's limits (Open Builder skill response reference), written out here on purpose rather
# than imported, so that a wrong limit in the formatter cannot hide itself.
MAX_OUTPUTS = 3
MAX_QUICK_REPLIES = 10
MAX_LABEL = 14
MAX_SIMPLE_TEXT = 1000
MAX_CARD_TITLE = 50
MAX_BASIC_DESCRIPTION = 230
MAX_CARD_BUTTONS = 3
MAX_LIST_ITEMS = 5


# ------------------------------------------------------------------------------- payload ----
def skill_payload(
    user_id: str,
    utterance: str,
    params: Optional[Dict[str, Any]] = None,
    detail_params: Optional[Dict[str, Any]] = None,
    block: str = "폴백 블록",
) -> Dict[str, Any]:
    """A SkillPayload as Kakao sends it (intent, userRequest, bot, action, contexts)."""
    block_id = "5f1c3a2b9e8d7c6b5a4f3e2d" if block == "폴백 블록" else "6a1c3a2b9e8d7c6b5a4f3e2d"
    return {
        "intent": {"id": block_id, "name": block, "extra": {"reason": {"code": 1, "message": "OK"}}},
        "userRequest": {
            "timezone": "Asia/Seoul",
            "params": {"ignoreMe": "true", "surface": "Kakaotalk.plusfriend"},
            "block": {"id": block_id, "name": block},
            "utterance": utterance,
            "lang": "ko",
            "user": {
                "id": user_id,
                "type": "botUserKey",
                "properties": {"plusfriendUserKey": "Xy9AbCdEfGh", "isFriend": True},
            },
        },
        "bot": {"id": "5f1c3a2b9e8d7c6b5a4f3e00", "name": "고용복지플러스 상담봇"},
        "action": {
            "name": "rasa_skill",
            "clientExtra": None,
            "params": params or {},
            "id": "5f1c3a2b9e8d7c6b5a4f3e11",
            "detailParams": detail_params or {},
        },
        "contexts": [],
    }


def location_payload(user_id: str, lat: float, lon: float) -> Dict[str, Any]:
    """What a block with Kakao's 위치 (location) plugin sends: no utterance, the coordinates as a
    JSON string in action.params and action.detailParams."""
    value = json.dumps({"latitude": lat, "longitude": lon})
    return skill_payload(
        user_id,
        "",
        params={"location": value},
        detail_params={"location": {"origin": value, "value": value, "groupName": ""}},
        block="위치 보내기",
    )


def new_user() -> str:
    return "kakao-live-" + uuid.uuid4().hex  # a botUserKey-like opaque id


# ------------------------------------------------------------------------------- checks -----
def check_limits(resp: Dict[str, Any]) -> None:
    problems = validate_skill_response(resp)
    assert problems == [], f"invalid SkillResponse: {problems}\n{json.dumps(resp, ensure_ascii=False)[:2000]}"
    template = resp["template"]
    outputs = template["outputs"]
    assert 1 <= len(outputs) <= MAX_OUTPUTS, len(outputs)
    for o in outputs:
        assert len(o) == 1, o
        kind, body = next(iter(o.items()))
        if kind == "simpleText":
            assert 0 < len(body["text"]) <= MAX_SIMPLE_TEXT, len(body["text"])
        elif kind in ("basicCard", "textCard"):
            assert len(body.get("title", "")) <= MAX_CARD_TITLE
            if kind == "basicCard":
                assert len(body.get("description", "")) <= MAX_BASIC_DESCRIPTION
            for b in body.get("buttons", []):
                assert 0 < len(b["label"]) <= MAX_LABEL, b
            assert len(body.get("buttons", [])) <= MAX_CARD_BUTTONS
        elif kind == "listCard":
            assert 0 < len(body["items"]) <= MAX_LIST_ITEMS
        else:
            assert kind in ("simpleImage",), f"unexpected output type {kind}"
    qrs = template.get("quickReplies", [])
    assert len(qrs) <= MAX_QUICK_REPLIES
    for q in qrs:
        assert 0 < len(q["label"]) <= MAX_LABEL, q
        if q["action"] == "message":
            assert 0 < len(q["messageText"]) <= MAX_SIMPLE_TEXT


def texts(resp: Dict[str, Any]) -> str:
    return "\n".join(o["simpleText"]["text"] for o in resp["template"]["outputs"] if "simpleText" in o)


def quick_labels(resp: Dict[str, Any]) -> List[str]:
    return [q["label"] for q in resp["template"].get("quickReplies", [])]


def cards(resp: Dict[str, Any], kind: str) -> List[Dict[str, Any]]:
    return [o[kind] for o in resp["template"]["outputs"] if kind in o]


# ------------------------------------------------------------------------------- client -----
def _post(stack, payload: Dict[str, Any]) -> Tuple[int, Dict[str, Any]]:
    headers = {"Content-Type": "application/json"}
    secret = stack.env.get("KAKAO_SKILL_SECRET")
    if secret:
        headers["X-Skill-Secret"] = secret
    r = requests.post(
        stack.kakao_url,
        data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        headers=headers,
        timeout=HTTP_TIMEOUT,
    )
    assert r.headers.get("Content-Type", "").startswith("application/json"), r.headers
    body = r.json()
    check_limits(body)
    return r.status_code, body


def kakao(stack, payload: Dict[str, Any]) -> Dict[str, Any]:
    """Send one SkillPayload; if the bot was slower than Kakao's budget, press "결과 보기"
    (bounded).  Every response on the way is checked against the limits."""
    status, body = _post(stack, payload)
    assert status == 200, body
    user_id = payload["userRequest"]["user"]["id"]
    for _ in range(MAX_RESULT_POLLS):
        if RESULT_COMMAND not in quick_labels(body):
            return body
        status, body = _post(stack, skill_payload(user_id, RESULT_COMMAND))
        assert status == 200, body
    pytest.fail(f"the bot never answered after {MAX_RESULT_POLLS} '{RESULT_COMMAND}' presses: {texts(body)}")


def say(stack, user_id: str, text: str) -> Dict[str, Any]:
    return kakao(stack, skill_payload(user_id, text))


def expected_center(lat: float, lon: float) -> Dict[str, Any]:
    from bot import directory  # Rasa-free: what the card must show

    return directory.resolve_coords(lat, lon)["center"]


def last_question(resp: Dict[str, Any]) -> str:
    lines = [ln for ln in texts(resp).split("\n") if ln.strip()]
    return lines[-1] if lines else ""


# -------------------------------------------------------------------------------- tests -----
def test_short_conversation_greeting_need_consent_answer_location(stack):
    user = new_user()

    greet = say(stack, user, "안녕하세요")
    assert "고용복지+센터" in texts(greet)
    assert len(quick_labels(greet)) >= 2, greet  # the needs offered as quick replies

    need = say(stack, user, "실직해서 일자리를 찾고 있어요")
    assert "일자리" in texts(need)
    assert "동의" in texts(need) and "동의합니다" in quick_labels(need), need

    q1 = say(stack, user, "동의합니다")
    first_question = last_question(q1)
    assert first_question.endswith("?") or first_question.endswith("요."), texts(q1)
    assert "건너뛰기" in quick_labels(q1)

    q2 = say(stack, user, "45살이에요")
    second_question = last_question(q2)
    assert second_question and second_question != first_question, texts(q2)  # it moved on
    assert "죄송" not in texts(q2)

    # The 위치 plugin mid-conversation: a center card, then the pending question again.
    loc = kakao(stack, location_payload(user, *CITY_HALL))
    center = expected_center(*CITY_HALL)
    basic = cards(loc, "basicCard")
    assert len(basic) == 1, loc
    card = basic[0]
    assert card["title"] == (center.get("welfare_plus_name") or center["name"]), card
    phone_buttons = [b for b in card.get("buttons", []) if b["action"] == "phone"]
    assert phone_buttons and phone_buttons[0]["phoneNumber"] == re.sub(r"\D", "", center["phone"]), card
    assert any(b["action"] == "webLink" and b["webLinkUrl"].startswith("https://") for b in card["buttons"]), card
    if not center.get("verified"):
        assert "확인" in card["description"], card  # unverified data is flagged
    assert second_question[:10] in texts(loc), texts(loc)  # the screening resumes


def test_multi_need_screening_to_results_fits_kakao(stack):
    """Three needs, every question skipped: the results are long (many programs, several
    messages) and must still fit Kakao's limits, keep the disclaimer and show a listCard."""
    user = new_user()
    say(stack, user, "실직했는데 월세도 밀리고 빚도 있어요")
    resp = say(stack, user, "동의합니다")
    seen = []
    for _ in range(MAX_SCREENING_TURNS):
        if cards(resp, "listCard") or "최종 결정은 담당 기관에서 합니다" in texts(resp):
            break
        seen.append(last_question(resp))
        assert "건너뛰기" in quick_labels(resp), resp
        resp = say(stack, user, "건너뛰기")
    else:
        pytest.fail(f"no results after {MAX_SCREENING_TURNS} skips: {seen}")
    assert "최종 결정은 담당 기관에서 합니다" in texts(resp), texts(resp)
    # the programs are shown once: as a listCard, or as the short overview (likely/need-info marked)
    lists = cards(resp, "listCard")
    if lists:
        assert all(item["title"] for lc in lists for item in lc["items"]), resp
    else:
        assert re.search(r"(✅|❓|📞)", texts(resp)) and ("실업급여" in texts(resp) or "채무" in texts(resp)), resp
    assert "상담 예약" in quick_labels(resp), resp


def test_location_plugin_from_a_new_user_gets_the_center_card(stack):
    loc = kakao(stack, location_payload(new_user(), *CITY_HALL))
    center = expected_center(*CITY_HALL)
    basic = cards(loc, "basicCard")
    assert basic and basic[0]["title"] == (center.get("welfare_plus_name") or center["name"]), loc


def test_place_name_finds_the_serving_center(stack):
    resp = say(stack, new_user(), "마포구 합정동 고용센터 어디예요")
    basic = cards(resp, "basicCard")
    assert basic and "서울서부" in basic[0]["title"], resp


def test_kakao_user_id_is_never_stored_raw(stack):
    user = new_user()
    say(stack, user, "안녕하세요")
    con = sqlite3.connect(str(stack.tracker_db))
    try:
        senders = [r[0] for r in con.execute("select distinct sender_id from events where sender_id like 'kakao-%'")]
        blob = "\n".join(r[0] for r in con.execute("select data from events where sender_id like 'kakao-%'"))
    finally:
        con.close()
    assert senders and all(re.fullmatch(r"kakao-[0-9a-f]{64}", s) for s in senders), senders
    assert user not in blob and all(user not in s for s in senders)


@pytest.mark.parametrize("raw", [b"{not json", json.dumps({"bot": {"id": "x"}}).encode()])
def test_malformed_requests_get_a_valid_polite_400(stack, raw):
    headers = {"Content-Type": "application/json"}
    if stack.env.get("KAKAO_SKILL_SECRET"):
        headers["X-Skill-Secret"] = stack.env["KAKAO_SKILL_SECRET"]
    r = requests.post(stack.kakao_url, data=raw, headers=headers, timeout=HTTP_TIMEOUT)
    assert r.status_code == 400
    body = r.json()
    check_limits(body)
    assert "죄송" in texts(body)


@pytest.mark.parametrize(
    "bad",
    [
        {"version": "2.0", "template": {"outputs": [{"simpleText": {"text": "가" * 1001}}]}},
        {"version": "2.0", "template": {"outputs": [{"simpleText": {"text": "가"}}] * 4}},
        {
            "version": "2.0",
            "template": {
                "outputs": [{"simpleText": {"text": "가"}}],
                "quickReplies": [{"action": "message", "label": "열다섯 글자짜리 버튼 라벨입니다", "messageText": "x"}],
            },
        },
    ],
)
def test_the_limit_checker_itself_rejects_oversized_responses(bad):
    """(No server needed.) check_limits must fail on responses Kakao would reject."""
    with pytest.raises(AssertionError):
        check_limits(bad)
