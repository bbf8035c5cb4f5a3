"""What a citizen reads after a crisis signal, and how the bot reads their answer."""

import pytest

from bot import safety

CASES = {
    "risk": "빚 때문에 그냥 죽고 싶어요",
    "imminent": "수면제 모아둔 거 오늘 다 먹을 거예요",
    "check": "다 포기하고 싶다",
    "violence": "남편이 술만 먹으면 때려요",
    "violence_now": "남편이 목을 졸랐어요",
}


def _texts(msgs):
    return "\n".join(m["text"] for m in msgs)


@pytest.mark.parametrize("case", list(CASES))
def test_short_warm_and_ends_with_the_safety_question(case):
    msgs = safety.messages_for(safety.assess(CASES[case]))
    assert 1 <= len(msgs) <= 2
    for m in msgs:
        assert len(m["text"]) <= 400
        assert "습니까" not in m["text"] and "해라" not in m["text"]  # 존댓말, not stiff or 반말
    last = msgs[-1]
    assert "?" in last["text"] and "이어" in last["text"]
    titles = [b["title"] for b in last["buttons"]]
    assert any("이어서" in t for t in titles) and "상담원 연결" in titles
    for b in last["buttons"]:  # a click reads back like typed text
        assert b["payload"] == b["title"]
    body = _texts(msgs)
    for bad in ("이해하지 못했", "다시 말씀", "감사합니다. 안녕", "동의"):
        assert bad not in body


def test_suicide_reply_names_109_first_then_1577_0199_and_129():
    body = _texts(safety.messages_for(safety.assess(CASES["risk"])))
    assert body.index("109") < body.index("1577-0199") < body.index("129")
    assert "24시간" in body and "112" not in body


def test_imminent_reply_adds_112_and_119_after_109():
    body = _texts(safety.messages_for(safety.assess(CASES["imminent"])))
    assert body.index("109") < body.index("112") and "119" in body


def test_check_in_is_gentle_and_names_109():
    msgs = safety.messages_for(safety.assess(CASES["check"]))
    body = _texts(msgs)
    assert "109" in body and "112" not in body and "119" not in body


def test_violence_reply_mentions_record_restriction_before_anything_alarming():
    body = _texts(safety.messages_for(safety.assess(CASES["violence"])))
    assert "1366" in body and "주민센터" in body and "제29조" in body
    assert body.index("주민센터") < body.index("1366")
    now = _texts(safety.messages_for(safety.assess(CASES["violence_now"])))
    assert now.index("주민센터") < now.index("112")


def test_violence_not_happening_now_still_names_112_after_1366():
    """ "전남편이 자꾸 찾아와서 문 두드려요 무서워요": 1366 and the record restriction, and 112 as the line at hand."""
    body = _texts(safety.messages_for(safety.assess(CASES["violence"])))
    assert "112" in body and body.index("1366") < body.index("112")


def test_violence_with_a_wish_to_die_gets_109_first():
    body = _texts(safety.messages_for(safety.assess("남편한테 매일 맞아요 그냥 죽고 싶어요")))
    assert body.index("109") < body.index("1366")


def test_no_signal_no_message():
    assert safety.messages_for(safety.assess("실업급여 신청하고 싶어요")) == []


@pytest.mark.parametrize(
    "text,want",
    [
        ("네 괜찮아요 계속할게요", "safe_continue"),
        ("지금은 안전해요, 이어서 할게요", "safe_continue"),
        ("괜찮아요, 이어서 할게요", "safe_continue"),
        ("네", "safe_continue"),
        ("집이에요 괜찮아요", "safe_continue"),
        ("아니요 괜찮아요 계속해요", "safe_continue"),
        ("아니요 무서워요", "not_safe"),
        ("아니요", "not_safe"),
        ("지금 안전하지 않아요", "not_safe"),
        ("상담원 연결", "not_safe"),
        ("사실 많이 힘들어요", "not_safe"),
        ("지금 한강 다리 위예요", "not_safe"),
        ("그냥 죽고 싶어요", "not_safe"),
        ("실업급여요", "unclear"),
        ("", "unclear"),
        ("월세 지원은 어떻게 받아요?", "unclear"),
    ],
)
def test_followup(text, want):
    assert safety.followup(text) == want


@pytest.mark.parametrize("text", ["집주인 찾아가서 불 질러버릴 거예요 진짜", "그 인간 칼 들고 찾아갈 거야 두고 봐"])
def test_a_threat_to_someone_else_is_not_answered_as_a_victim(text):
    """Someone who says they will hurt another person gets calm help and 112, never "잘못하신 건 없어요"
    or the 1366 victim text."""
    from bot import safety

    sig = safety.assess(text)
    assert sig.raised and sig.kind == "violence" and sig.level == "imminent", sig
    msgs = safety.messages_for(sig)
    joined = "\n".join(m["text"] for m in msgs)
    assert "1577-0199" in joined and "112" in joined
    assert "잘못하신 건" not in joined and "1366" not in joined and "주민등록" not in joined
    assert all(len(m["text"]) <= 400 for m in msgs) and len(msgs) <= 3


def test_school_violence_names_the_youth_line():
    from bot import safety

    sig = safety.assess("반 애들이 맨날 때리고 돈 뺏어가요 학교 가기 싫어요")
    assert sig.raised and sig.kind == "violence", sig
    joined = "\n".join(m["text"] for m in safety.messages_for(sig))
    assert "1388" in joined and "주민등록" not in joined


def test_domestic_violence_still_gets_1366_and_the_record_restriction():
    from bot import safety

    joined = "\n".join(m["text"] for m in safety.messages_for(safety.assess("남편이 술 마시면 저를 때려요")))
    assert "1366" in joined and "주민등록" in joined


def test_the_gentle_check_in_names_109_first_and_129_too():
    """A mild signal ("요즘은 그냥 다 놓아버리고 싶어요") gets the check-in: 109 first, and 129 as for every sign."""
    sig = safety.assess("요즘은 그냥 다 놓아버리고 싶어요")
    text = "\n".join(m.get("text") or "" for m in safety.messages_for(sig))
    assert sig.raised and text.index("109") < text.index("129"), text
