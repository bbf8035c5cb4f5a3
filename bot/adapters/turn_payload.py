"""What ``action_turn`` reads of a tracker, and the trimmed tracker Rasa hands it (no Rasa import here).

The conversation engine (bot.dialogue) needs, per user message: the ``dialogue`` slot (the whole state),
the latest message (text, intent, entities, metadata, the NLU crisis flag), the input channel, the
sender and - only while consent is not given - the user texts that told the story before consent
(they are re-read once consent arrives and never stored). Sending Rasa's whole tracker for that (every
event of the session window plus the domain, serialised by Rasa and parsed again by the action server)
made the cost of a turn grow with the length of the conversation. :func:`tracker_state` builds the
trimmed tracker; its size does not depend on how long the conversation has been going.

Both sides use it: bot/adapters/speedups.py (in the Rasa process) builds the payload with it, and
bot/adapters/action.py reads only what is listed here, so it works the same on a trimmed tracker and
on a full one (the rasa-sdk contract: any Rasa may still send the whole tracker).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional

# actions that read only the trimmed tracker (any other custom action gets Rasa's full payload)
TRIMMED_ACTIONS = frozenset({"action_turn"})
# user texts before the latest one handed to the engine (it re-reads at most the story told before
# consent, which it caps at fewer turns than this)
HISTORY = 20
# keys of the latest message's parse data the engine reads ("crisis" is the NLU crisis flag)
LATEST_KEYS = ("text", "intent", "entities", "metadata", "message_id", "crisis")


def wants_history(slots: Mapping[str, Any]) -> bool:
    """True while the story told before consent may still be re-read (consent not given yet)."""
    state = slots.get("dialogue")
    return not (isinstance(state, dict) and state.get("consent") == "given")


def user_texts_needed(slots: Mapping[str, Any]) -> int:
    """How many user messages, the latest one included, the trimmed tracker carries."""
    return HISTORY + 1 if wants_history(slots) else 1


def trimmed_latest(latest: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    if not latest:
        return {}
    return {k: latest[k] for k in LATEST_KEYS if k in latest}


def tracker_state(
    sender_id: str,
    slots: Mapping[str, Any],
    latest: Optional[Mapping[str, Any]],
    user_events: Iterable[Mapping[str, Any]],
    *,
    latest_action_name: Optional[str] = None,
    latest_event_time: Optional[float] = None,
    paused: bool = False,
) -> Dict[str, Any]:
    """A tracker dict in rasa-sdk's format with only what ``action_turn`` reads.

    `user_events` are the newest user events, oldest first, ending with the latest message (at most
    :func:`user_texts_needed` of them are kept); each keeps only text, input channel and timestamp."""
    keep = user_texts_needed(slots)
    users: List[Dict[str, Any]] = [
        {
            "event": "user",
            "timestamp": e.get("timestamp"),
            "text": e.get("text"),
            "input_channel": e.get("input_channel"),
        }
        for e in list(user_events)[-keep:]
    ]
    return {
        "sender_id": sender_id,
        "slots": dict(slots),
        "latest_message": trimmed_latest(latest),
        "latest_event_time": latest_event_time,
        "followup_action": None,
        "paused": paused,
        "events": users,
        "latest_input_channel": users[-1]["input_channel"] if users else None,
        "active_loop": {},
        "latest_action_name": latest_action_name,
    }
