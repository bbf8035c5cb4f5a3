"""The action-response validation speed-up keeps Rasa's behaviour: valid passes, invalid raises."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.startup import apply_patches

apply_patches(["rasa"])  # what the Rasa process does when it loads our components


def action():
    return RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_patch_applied():
    assert getattr(RemoteAction, "_fast_validation", False)


def test_valid_response_passes():
    assert action()._validate_action_result({"events": [{"event": "slot", "name": "a", "value": 1}], "responses": []})


@pytest.mark.parametrize("bad", [{"events": "nope"}, {"events": [{"no_event_key": 1}]}, {"responses": 3}])
def test_invalid_response_raises(bad):
    with pytest.raises(ValidationError) as e:
        action()._validate_action_result(bad)
    assert "Failed to validate Action server response" in e.value.message


# ---------------------------------------------------------------------------------------------------
# the trimmed tracker for action_turn, and action_turn run inside the Rasa process

import asyncio  # noqa: E402
import copy  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

from rasa.core.channels.channel import CollectingOutputChannel  # noqa: E402
from rasa.core.nlg import TemplatedNaturalLanguageGenerator  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered, deserialise_events  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity  # noqa: E402
from rasa.shared.exceptions import RasaException  # noqa: E402
from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from bot.adapters.action import ActionTurn  # noqa: E402

DOMAIN = Domain.load(str(Path(__file__).resolve().parents[2] / "domain.yml"))

# a citizen who tells the story before consenting, then asks about centers for a long time
STORY = [
    ("안녕하세요", "greet"),
    ("저 마흔둘인데 회사에서 잘리고 월세도 석달째 밀렸어요ㅠ", "need_employment"),
    ("카드값도 못 갚고 있고요", "inform"),
    ("동의합니다", "affirm"),
]
LATER = [("마포구 고용센터 어디예요", "find_center"), ("강남구 고용센터는요?", "find_center"), ("고마워요", "thank")]


def new_tracker(sender="citizen-1"):
    t = DialogueStateTracker(sender, DOMAIN.slots)
    t.update(ActionExecuted("action_session_start"))
    t.update(ActionExecuted("action_listen"))
    return t


def user_says(t, text, intent):
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    parse["intent_ranking"] = [parse["intent"]] * 10  # what DIET adds and the engine never reads
    t.update(UserUttered(text, parse["intent"], [], parse, input_channel="rest"))


def run_sdk(state):
    d = CollectingDispatcher()
    events = asyncio.run(ActionTurn().run(d, Tracker.from_dict(copy.deepcopy(state)), {}))
    return events, d.messages


def finish_turn(t, events):
    t.update(ActionExecuted("action_turn"))
    for e in deserialise_events(events):
        t.update(e)
    t.update(ActionExecuted("action_listen"))


def payload(t):
    return RemoteAction("action_turn", EndpointConfig("http://127.0.0.1:1/webhook"))._action_call_format(t, DOMAIN)


def test_trimmed_tracker_gives_the_same_turn_as_the_full_tracker_and_stops_growing():
    t, sizes = new_tracker(), []
    for text, intent in STORY + LATER * 19:
        user_says(t, text, intent)
        body = payload(t)
        assert "domain" not in body and body["next_action"] == "action_turn"
        full = t.current_state(EventVerbosity.ALL)
        trimmed_events, trimmed_msgs = run_sdk(body["tracker"])
        full_events, full_msgs = run_sdk(full)
        assert trimmed_msgs == full_msgs, text  # what the citizen sees is identical
        assert trimmed_events == full_events, text  # and so is the state carried to the next turn
        finish_turn(t, trimmed_events)
        sizes.append(len(json.dumps(body["tracker"], ensure_ascii=False)))
        if text == "동의합니다":
            # the story told before consent was re-read from the trimmed history: 42 and rent arrears
            assert t.get_slot("age") == 42, t.get_slot("dialogue")
    assert len(sizes) > 55
    # turns 5-10 vs the last ones: the payload does not grow with the conversation
    assert max(sizes[-10:]) <= 1.15 * max(sizes[4:10]), (sizes[4:10], sizes[-10:])
    assert len(json.dumps(t.current_state(EventVerbosity.ALL), ensure_ascii=False)) > 8 * max(sizes[-10:])


def test_before_consent_the_trimmed_tracker_carries_the_story_after_consent_only_the_latest_message():
    t = new_tracker()
    for text, intent in STORY[:3]:
        user_says(t, text, intent)
        finish_turn(t, run_sdk(payload(t)["tracker"])[0])
    user_says(t, "동의합니다", "affirm")
    texts = [e["text"] for e in payload(t)["tracker"]["events"]]
    assert texts == [s for s, _ in STORY]
    finish_turn(t, run_sdk(payload(t)["tracker"])[0])
    user_says(t, "마포구 고용센터 어디예요", "find_center")
    state = payload(t)["tracker"]
    assert [e["text"] for e in state["events"]] == ["마포구 고용센터 어디예요"]
    assert state["latest_input_channel"] == "rest" and "intent_ranking" not in state["latest_message"]


def test_other_custom_actions_keep_rasas_full_payload():
    t = new_tracker()
    user_says(t, "안녕하세요", "greet")
    body = RemoteAction("action_other", EndpointConfig("http://127.0.0.1:1/webhook"))._action_call_format(t, DOMAIN)
    assert "domain" in body and len(body["tracker"]["events"]) == 3


def run_remote(t, monkeypatch, in_process):
    monkeypatch.setenv("BOT_ACTIONS_IN_PROCESS", "1" if in_process else "0")
    out = CollectingOutputChannel()
    act = RemoteAction("action_turn", EndpointConfig("http://127.0.0.1:1/webhook"))  # nothing listens there
    return asyncio.run(act.run(out, TemplatedNaturalLanguageGenerator(DOMAIN.responses), t, DOMAIN))


def test_in_process_turn_answers_without_the_action_server_and_leaves_rasas_tracker_untouched(monkeypatch):
    t = new_tracker()
    user_says(t, "안녕하세요", "greet")
    events = run_remote(t, monkeypatch, True)
    said = " ".join(e.text or "" for e in events if isinstance(e, BotUttered))
    assert "고용복지+센터" in said
    finish_turn(t, [e.as_dict() for e in events if isinstance(e, SlotSet)])
    before = copy.deepcopy(t.get_slot("dialogue"))
    user_says(t, "저 실직했고 빚이 너무 많아서 힘들어요", "need_debt")
    events = run_remote(t, monkeypatch, True)
    assert "동의" in " ".join(e.text or "" for e in events if isinstance(e, BotUttered))
    assert t.get_slot("dialogue") == before  # the engine worked on a copy
    new = [e.value for e in events if isinstance(e, SlotSet) and e.key == "dialogue"]
    assert new and new[0]["turns"] == before["turns"] + 1


def test_in_process_crisis_gets_109_first(monkeypatch):
    t = new_tracker()
    user_says(t, "요즘 너무 힘들어서 그냥 죽고 싶다는 생각만 들어요", "inform")
    events = run_remote(t, monkeypatch, True)
    bots = [e.text or "" for e in events if isinstance(e, BotUttered)]
    assert bots and "109" in bots[0]


def test_without_the_flag_action_turn_still_goes_to_the_action_server(monkeypatch):
    t = new_tracker()
    user_says(t, "안녕하세요", "greet")
    with pytest.raises(RasaException, match="Couldn't connect|Failed to execute"):
        run_remote(t, monkeypatch, False)


def test_the_location_button_metadata_reaches_the_engine_through_the_trimmed_tracker():
    t = new_tracker()
    meta = {"location": {"latitude": 37.5563, "longitude": 126.9220}}
    parse = {"text": "/share_location", "intent": {"name": "find_center", "confidence": 1.0}, "entities": []}
    t.update(UserUttered("/share_location", parse["intent"], [], parse, input_channel="rest", metadata=meta))
    state = payload(t)["tracker"]
    assert state["latest_message"]["metadata"] == meta
    assert run_sdk(state) == run_sdk(t.current_state(EventVerbosity.ALL))


class _BadAction:
    async def run(self, dispatcher, tracker, domain):
        return [{"event": "slot", "value": 1}]  # no name: Rasa's schema rejects it


def test_in_process_events_outside_the_fast_check_still_get_rasas_validation(monkeypatch):
    from bot.adapters import speedups

    monkeypatch.setitem(speedups._local, "action_turn", _BadAction())
    t = new_tracker()
    user_says(t, "안녕하세요", "greet")
    with pytest.raises(ValidationError):
        run_remote(t, monkeypatch, True)


@pytest.mark.parametrize(
    "event, plain",
    [
        ({"event": "slot", "name": "dialogue", "value": {"a": [1]}, "timestamp": None}, True),
        ({"event": "slot", "name": "age", "value": None, "timestamp": 1.5, "metadata": {}}, True),
        ({"event": "slot", "name": "age"}, False),
        ({"event": "slot", "name": 3, "value": 1}, False),
        ({"event": "slot", "name": "a", "value": 1, "timestamp": "now"}, False),
        ({"event": "followup", "name": "action_x"}, False),
    ],
)
def test_fast_check_agrees_with_rasas_schema(event, plain):
    from bot.adapters import speedups

    result = {"events": [event], "responses": [{"text": "안녕하세요"}]}
    assert speedups._plain_slot_events(result) is plain
    if plain:
        assert action()._validate_action_result(result)
