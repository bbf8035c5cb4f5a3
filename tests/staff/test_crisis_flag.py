"""The counselor sees crisis conversations first, with the message that raised the flag.

Tracker rows are written the way production writes them: events saved through
MaskingSQLTrackerStore, user messages carrying parse_data["crisis"] as CrisisFlagger sets it.
"""

import re
import time

import pytest

from bot import safety

NOW = time.time()
DAY = 86400.0


def _flag(text):
    from bot.adapters.nlu import CrisisFlagger

    return CrisisFlagger.flag_for(text)


def _conv(sender, t0, texts, channel="rest"):
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered

    evs = [
        ActionExecuted("action_session_start", timestamp=t0),
        SessionStarted(timestamp=t0),
        ActionExecuted("action_listen", timestamp=t0 + 0.5),
    ]
    for i, text in enumerate(texts):
        t = t0 + 10 * (i + 1)
        pd = {"text": text, "intent": {"name": "inform", "confidence": 0.9}, "entities": []}
        flag = _flag(text)
        if flag:
            pd["crisis"] = flag
        evs.append(UserUttered(text, intent=pd["intent"], parse_data=pd, input_channel=channel, timestamp=t))
        for m in safety.messages_for(safety.assess(text)) or [{"text": "네, 확인해 볼게요."}]:
            evs.append(BotUttered(m["text"], data={"buttons": m.get("buttons", [])}, timestamp=t + 0.2))
        evs.append(ActionExecuted("action_listen", timestamp=t + 0.4))
    return sender, evs


def _conversations():
    return [
        _conv("web-newest-plain", NOW - 60, ["실업급여 신청하고 싶어요", "힘들어 죽겠어요 서류가 너무 많아서"]),
        _conv("web-check-0002", NOW - 2 * DAY, ["월세가 밀렸어요", "다 포기하고 싶다"]),
        _conv(
            "kakao-imminent-0003",
            NOW - 5 * DAY,
            ["빚이 많아요", "두달쯤.. 요즘 잠도 못자고 약 모아둔거 생각만 나요 제 번호는 010-2345-6789예요"],
            "kakao",
        ),
        _conv("web-violence-0004", NOW - 3 * DAY, ["남편이 술만 먹으면 때려요"]),
        _conv("web-plain-0005", NOW - 1 * DAY, ["사유서 양식 어디서 받아요", "유족연금 신청하려고요"]),
    ]


@pytest.fixture
def tracker_db(tmp_path):
    """Overrides the shared fixture: this module's conversations, saved through the masking store."""
    import asyncio

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.adapters.tracker_store import MaskingSQLTrackerStore

    path = tmp_path / "rasa.db"
    domain = Domain.from_yaml('version: "3.1"\n')
    store = MaskingSQLTrackerStore(domain=domain, dialect="sqlite", db=str(path))

    async def seed():
        for sender, evs in _conversations():
            await store.save(DialogueStateTracker.from_events(sender, evs, domain.slots))

    asyncio.run(seed())
    store.engine.dispose()
    return path


async def _api(client, path):
    r = await client.get(path)
    assert r.status == 200, await r.text()
    return await r.json()


async def test_crisis_conversations_come_first_highest_level_first(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    d = await _api(client, "/staff/api/conversations")
    ids = [i["sender_id"] for i in d["items"]]
    # imminent, then risk (violence), then check; then the rest newest first
    assert ids == ["kakao-imminent-0003", "web-violence-0004", "web-check-0002", "web-newest-plain", "web-plain-0005"]
    top = d["items"][0]
    assert top["crisis"] and top["crisis_level"] == "imminent" and top["crisis_kind"] == "suicide"
    assert "약 모아둔거" in top["crisis_text"] and "2345-6789" not in top["crisis_text"]  # masked
    assert d["items"][1]["crisis_kind"] == "violence"
    # hyperbole, 사유서 and 유족연금 raise nothing
    assert not d["items"][3]["crisis"] and not d["items"][4]["crisis"]


async def test_inbox_filter_crisis_only(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    d = await _api(client, "/staff/api/conversations?crisis=yes")
    assert [i["sender_id"] for i in d["items"]] == ["kakao-imminent-0003", "web-violence-0004", "web-check-0002"]
    r = await client.get("/staff/conversations")
    html = await r.text()
    assert "위기 신호만" in html
    first_row = html.index("<tbody>")
    assert html.index("kakao-imminent-0003", first_row) < html.index("web-newest-plain", first_row)
    assert "긴급" in html and "폭력 피해" in html and "확인 필요" in html
    r = await client.get("/staff/conversations?crisis=yes")
    html = await r.text()
    assert "web-newest-plain" not in html and "web-plain-0005" not in html and "kakao-imminent-0003" in html


async def test_conversation_view_shows_the_message_that_raised_it(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    r = await client.get("/staff/conversations/kakao-imminent-0003")
    html = await r.text()
    assert r.status == 200
    m = re.search(r'href="#ev-(\d+)" class="crisis-msg">“([^”]*)”', html)
    assert m and "약 모아둔거 생각만 나요" in m.group(2) and "2345-6789" not in m.group(2)
    # the link points at the flagged message in the transcript, which is marked
    li = re.search(r'<li class="msg user[^"]*crisis[^"]*" id="ev-(\d+)">', html)
    assert li and li.group(1) == m.group(1)
    assert "위기 신호 긴급 (자살·자해)" in html
    assert html.index("109") < html.index("112")  # the reply the person got, 109 first
    r = await client.get("/staff/conversations/web-plain-0005")
    html = await r.text()
    assert "crisis-msg" not in html and 'class="msg user crisis' not in html
