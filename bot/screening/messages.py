"""The one shape of a bot message, built by bot_message(): {"text", "buttons": [{"title", "payload"}], "custom"}.

It is the shape Rasa's dispatcher takes, so every channel renders it; buttons are (title, payload) pairs.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

TURN_MESSAGES = 3  # at most this many messages in one turn
MERGED_CHARS = 950  # a merged message stays under KakaoTalk's 1,000 characters


def bot_message(
    text: str = "", buttons: Sequence[Tuple[str, str]] = (), custom: Optional[dict] = None
) -> Dict[str, Any]:
    """One message from the bot: its text, quick-reply buttons (title, payload) and an optional custom payload."""
    message: Dict[str, Any] = {"text": text}
    if buttons:
        message["buttons"] = [{"title": title, "payload": payload} for title, payload in buttons]
    if custom:
        message["custom"] = custom
    return message


def compact_turn(
    msgs: Sequence[Dict[str, Any]], limit: int = TURN_MESSAGES, max_chars: int = MERGED_CHARS
) -> List[Dict[str, Any]]:
    """At most `limit` messages: a plain text (no buttons or custom payload) is merged into the next message while
    there are too many and the two together stay under `max_chars`; empty messages are dropped."""
    out = [m for m in msgs if m and (m.get("text") or m.get("buttons") or m.get("custom"))]
    i = 0
    while len(out) > limit and i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if (
            not a.get("buttons")
            and not a.get("custom")
            and a.get("text")
            and not b.get("custom")
            and len(a["text"]) + len(b.get("text") or "") < max_chars
        ):
            merged = dict(b)
            merged["text"] = a["text"] + ("\n" + b["text"] if b.get("text") else "")
            out[i : i + 2] = [merged]
        else:
            i += 1
    return out
