"""The one shape of a bot message, built by bot_message(): {"text", "buttons": [{"title", "payload"}], "custom"}.

It is the shape Rasa's dispatcher takes, so every channel renders it; buttons are (title, payload) pairs.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Sequence, Tuple


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
