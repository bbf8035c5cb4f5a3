"""Unit + property tests for bot.channels.kakao_format (pure, Rasa-free)."""

from __future__ import annotations

import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from bot.channels.kakao_format import (
    FALLBACK_TEXT,
    LIMITS,
    UNVERIFIED_NOTE,
    FormatOptions,
    simple_text_response,
    to_skill_response,
    truncate,
    validate_skill_response,
)

CENTER = {
    "name": "서울고용복지플러스센터",
    "address": "서울 중구 삼일대로 363 1층(장교동)",
    "phone": "02-2004-7301",
    "hours": "평일 09:00~18:00",
    "map_url": "https://map.kakao.com/?q=서울고용센터",
    "verified": True,
    "desks": ["취업지원", {"name": "복지상담"}],
}


def outputs(resp):
    return resp["template"]["outputs"]


def test_module_is_rasa_free():
    import importlib

    importlib.import_module("bot.channels.kakao_format")
    src = open(sys.modules["bot.channels.kakao_format"].__file__, encoding="utf-8").read()
    assert "import rasa" not in src and "from rasa" not in src


def test_texts_are_merged_and_buttons_become_quick_replies():
    resp = to_skill_response(
        [
            {"recipient_id": "x", "text": "안녕하세요."},
            {
                "recipient_id": "x",
                "text": "어떤 도움이 필요하세요?",
                "buttons": [
                    {"title": "국민취업지원제도 자세히 보기", "payload": "자세히 국민취업지원제도"},
                    {"title": "동의합니다", "payload": "동의합니다"},
                ],
            },
        ]
    )
    assert validate_skill_response(resp) == []
    assert outputs(resp) == [{"simpleText": {"text": "안녕하세요.\n\n어떤 도움이 필요하세요?"}}]
    qr = resp["template"]["quickReplies"]
    assert qr[0]["label"] == truncate("국민취업지원제도 자세히 보기", 14)
    assert len(qr[0]["label"]) <= 14 and qr[0]["label"].endswith("…")
    assert qr[0]["messageText"] == "자세히 국민취업지원제도"
    assert qr[1] == {"action": "message", "label": "동의합니다", "messageText": "동의합니다"}


def test_intent_payload_is_never_forwarded():
    resp = to_skill_response([{"text": "네?", "buttons": [{"title": "인사", "payload": "/greet"}]}])
    assert resp["template"]["quickReplies"][0]["messageText"] == "인사"


def test_center_card_has_phone_and_map_buttons():
    resp = to_skill_response([{"custom": {"type": "center", "center": CENTER}}])
    assert validate_skill_response(resp) == []
    card = outputs(resp)[0]["basicCard"]
    assert card["title"] == "서울고용복지플러스센터"
    assert "삼일대로" in card["description"] and "복지상담" in card["description"]
    assert {"action": "phone", "label": "전화하기", "phoneNumber": "0220047301"} in card["buttons"]
    assert any(b["action"] == "webLink" and b["webLinkUrl"].startswith("https://") for b in card["buttons"])
    assert UNVERIFIED_NOTE not in card["description"]


def test_unverified_center_keeps_warning_even_when_long():
    center = dict(CENTER, verified=False, address="아주 긴 주소 " * 40, map_url="javascript:alert(1)")
    resp = to_skill_response([{"custom": {"type": "center", "center": center}}])
    assert validate_skill_response(resp) == []
    card = outputs(resp)[0]["basicCard"]
    assert card["description"].endswith(UNVERIFIED_NOTE)
    assert len(card["description"]) <= LIMITS["basic_description"]
    assert all(b["action"] != "webLink" for b in card["buttons"])  # javascript: dropped


def test_text_card_and_thumbnail_options():
    resp = to_skill_response([{"custom": {"type": "center", "center": CENTER}}], FormatOptions(center_card="textCard"))
    assert "textCard" in outputs(resp)[0] and validate_skill_response(resp) == []
    resp = to_skill_response(
        [{"custom": {"type": "center", "center": CENTER}}],
        FormatOptions(thumbnail_url="https://example.org/center.png"),
    )
    assert outputs(resp)[0]["basicCard"]["thumbnail"] == {"imageUrl": "https://example.org/center.png"}


def test_results_become_list_cards_of_at_most_five():
    items = [{"title": f"제도 {i}", "description": f"설명 {i}", "detail_payload": f"자세히 제도 {i}"} for i in range(8)]
    resp = to_skill_response([{"custom": {"type": "results", "title": "받을 수 있을 만한 제도", "items": items}}])
    assert validate_skill_response(resp) == []
    cards = [o["listCard"] for o in outputs(resp)]
    assert [len(c["items"]) for c in cards] == [5, 3]
    assert cards[0]["header"]["title"] == "받을 수 있을 만한 제도 (1/2)"
    assert cards[0]["items"][0] == {
        "title": "제도 0",
        "description": "설명 0",
        "action": "message",
        "messageText": "자세히 제도 0",
    }


def test_empty_results_are_text():
    resp = to_skill_response([{"custom": {"type": "results", "title": "결과", "items": []}}])
    assert validate_skill_response(resp) == []
    assert "없어요" in outputs(resp)[0]["simpleText"]["text"]


def test_location_request_is_text_with_optional_block_quick_reply():
    resp = to_skill_response([{"custom": {"type": "location_request"}}])
    assert validate_skill_response(resp) == []
    assert "시·군·구" in outputs(resp)[0]["simpleText"]["text"]
    assert "quickReplies" not in resp["template"]
    resp = to_skill_response([{"custom": {"type": "location_request"}}], FormatOptions(location_block_id="blk123"))
    assert resp["template"]["quickReplies"][0] == {"action": "block", "label": "내 위치 보내기", "blockId": "blk123"}


def test_more_than_three_outputs_overflow_into_last_text():
    msgs = [
        {"text": "첫 문장"},
        {"custom": {"type": "center", "center": CENTER}},
        {"custom": {"type": "center", "center": dict(CENTER, name="두번째 센터")}},
        {"text": "마지막 안내"},
    ]
    resp = to_skill_response(msgs)
    assert validate_skill_response(resp) == []
    outs = outputs(resp)
    assert len(outs) == 3
    assert "basicCard" in outs[1]
    last = outs[2]["simpleText"]["text"]
    assert "두번째 센터" in last and "마지막 안내" in last


def test_long_text_split_then_capped():
    resp = to_skill_response([{"text": "가" * 2500}])
    assert validate_skill_response(resp) == []
    assert [len(o["simpleText"]["text"]) for o in outputs(resp)] == [1000, 1000, 500]
    resp = to_skill_response([{"text": ("줄\n" * 2000)}])
    assert validate_skill_response(resp) == []
    assert outputs(resp)[-1]["simpleText"]["text"].endswith("…")


def test_quick_reply_limit_and_dedupe():
    buttons = [{"title": f"선택지 {i}", "payload": f"선택 {i}"} for i in range(15)] + [
        {"title": "선택지 1", "payload": "x"}
    ]
    resp = to_skill_response([{"text": "골라 주세요", "buttons": buttons}])
    assert validate_skill_response(resp) == []
    assert len(resp["template"]["quickReplies"]) == 10


def test_empty_and_junk_give_fallback():
    for junk in ([], None, [None, 3, "x", {"custom": "nope"}, {"custom": {"type": "center", "center": None}}]):
        resp = to_skill_response(junk)
        assert validate_skill_response(resp) == []
        assert outputs(resp) == [{"simpleText": {"text": FALLBACK_TEXT}}]


def test_image_only_http():
    resp = to_skill_response([{"image": "https://example.org/a.png"}, {"image": "file:///etc/passwd"}])
    assert outputs(resp) == [
        {"simpleImage": {"imageUrl": "https://example.org/a.png", "altText": "챗봇이 보낸 이미지"}}
    ]


def test_validator_catches_errors():
    assert validate_skill_response({"template": {"outputs": []}})  # no version, no outputs
    bad = {
        "version": "2.0",
        "template": {
            "outputs": [{"simpleText": {"text": "x" * 1001}}] * 4,
            "quickReplies": [{"action": "message", "label": "가" * 15}],
        },
    }
    errors = validate_skill_response(bad)
    assert any("more than 3 outputs" in e for e in errors)
    assert any("simpleText longer" in e for e in errors)
    assert any("label" in e for e in errors)
    assert any("messageText" in e for e in errors)
    assert validate_skill_response(
        {"version": "2.0", "template": {"outputs": [{"listCard": {"items": [{"title": "a"}] * 6}}]}}
    )
    assert validate_skill_response(
        {
            "version": "2.0",
            "template": {
                "outputs": [
                    {
                        "basicCard": {
                            "title": "t",
                            "buttons": [{"action": "webLink", "label": "x", "webLinkUrl": "ftp://x"}],
                        }
                    }
                ]
            },
        }
    )
    assert validate_skill_response(simple_text_response("안녕")) == []
    assert validate_skill_response({"version": "2.0", "useCallback": True, "data": {"text": "잠시만"}}) == []


# ------------------------------------------------------------ property --
text_st = st.text(max_size=1500) | st.sampled_from(["", " ", "가" * 1000, "줄\n\n줄", "/greet"])
any_scalar = st.none() | st.integers() | st.booleans() | text_st
button_st = st.fixed_dictionaries({}, optional={"title": any_scalar, "payload": any_scalar}) | any_scalar
center_st = st.fixed_dictionaries(
    {},
    optional={
        "name": any_scalar,
        "address": any_scalar,
        "phone": any_scalar | st.sampled_from(["1350", "02-2004-7301"]),
        "hours": any_scalar,
        "map_url": any_scalar | st.sampled_from(["https://map.kakao.com/x", "http://a.b/c d"]),
        "verified": any_scalar,
        "desks": st.lists(any_scalar | st.fixed_dictionaries({"name": any_scalar}), max_size=5),
    },
)
item_st = st.fixed_dictionaries(
    {}, optional={"title": any_scalar, "description": any_scalar, "detail_payload": any_scalar}
)
custom_st = st.one_of(
    st.fixed_dictionaries({"type": st.just("center"), "center": center_st | any_scalar}),
    st.fixed_dictionaries(
        {"type": st.just("results")},
        optional={"title": any_scalar, "items": st.lists(item_st | any_scalar, max_size=13)},
    ),
    st.fixed_dictionaries({"type": st.just("location_request")}),
    st.dictionaries(st.text(max_size=5), any_scalar, max_size=3),
    any_scalar,
)
message_st = st.fixed_dictionaries(
    {},
    optional={
        "recipient_id": st.just("kakao-x"),
        "text": any_scalar,
        "buttons": st.lists(button_st, max_size=14) | any_scalar,
        "image": any_scalar | st.just("https://example.org/i.png"),
        "custom": custom_st,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(message_st | any_scalar, max_size=8),
    st.sampled_from(["basicCard", "textCard"]),
    st.none() | st.just("blk1"),
)
def test_property_random_messages_always_valid(messages, card, block):
    resp = to_skill_response(messages, FormatOptions(center_card=card, location_block_id=block))
    assert validate_skill_response(resp) == []


def test_booking_time_quick_replies_keep_the_time_within_14_characters():
    """A time button was cut to "12월 4일(금) 오전…" on KakaoTalk: the label must still say which time."""
    from bot.channels.kakao_format import short_label

    assert short_label("12월 4일(금) 오전 10:00", 14) == "12/4(금) 10:00"
    assert short_label("12월 24일(목) 오후 2:30", 14) == "12/24(목) 14:30"
    assert short_label("11월 3일(화) 오후 12:00", 14) == "11/3(화) 12:00"
    assert short_label("2027년 1월 5일(화) 오전 9:00", 14) == "1/5(화) 9:00"
    assert short_label("상담 예약", 14) == "상담 예약"
    assert short_label("국민취업지원제도 Ⅰ유형 자세히 알려 주세요", 14).endswith("…")
    for t in ("12월 24일(목) 오전 10:30", "1월 1일(금) 오전 9:00"):
        assert len(short_label(t, 14)) <= 14
