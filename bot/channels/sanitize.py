"""Rasa-free helpers shared by every channel (web proxy, KakaoTalk, safe REST).

Decisions (documented for the team):

* **NLU bypass.**  Rasa treats user text starting with ``/`` as an intent
  (``/greet`` or ``/inform{"x": 1}`` skip NLU).  Citizens must never be able to
  do that, so every channel strips *all* leading slashes and whitespace
  (``" //greet"`` -> ``"greet"``).  Button payloads are natural Korean text, so
  nothing legitimate starts with ``/``.
* **Length cap.**  ``MAX_MESSAGE_CHARS = 1000`` characters (KakaoTalk's own
  bubble limit; a screening answer never needs more).  Longer text is cut at
  1000 characters and the reply is prefixed with ``TRUNCATED_NOTE`` so the
  person knows only the first part was read.
* **Control characters** (except newline/tab) are removed; newlines are kept.
* **Location metadata** is accepted only as finite WGS84 numbers:
  ``{"location": {"lat": float, "lon": float}}``.
"""

from __future__ import annotations

import math
import re
from typing import Any, Dict, Optional, Tuple

MAX_MESSAGE_CHARS = 1000
#: Hard cap on what we even look at (bytes of a request body).
MAX_REQUEST_BYTES = 64 * 1024

TRUNCATED_NOTE = f"말씀이 길어서 앞부분 {MAX_MESSAGE_CHARS}자까지만 읽었어요. 더 전하실 내용은 나누어 보내 주세요."
MALFORMED_REPLY = "죄송해요, 메시지를 읽지 못했어요. 하고 싶은 말씀을 글로 다시 보내 주시겠어요?"
EMPTY_REPLY = "메시지가 비어 있어요. 궁금하신 내용을 말씀해 주세요."
UNAVAILABLE_REPLY = (
    "죄송해요, 지금 상담 챗봇이 잠시 응답하지 못하고 있어요. "
    "잠시 후 다시 시도해 주세요.\n"
    "급하시면 고용노동부 고객상담센터(☎1350) 또는 "
    "보건복지상담센터(☎129)로 전화해 주세요."
)
#: Message the web widget and Kakao send when the person shares a location.
LOCATION_MESSAGE = "내 위치로 센터 찾기"

# C0/C1 control chars except \t and \n; also zero-width/bidi overrides that
# can be used to disguise text.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LEADING_RE = re.compile(r"^[\s/]+")


def clean_user_text(text: Any, max_chars: int = MAX_MESSAGE_CHARS) -> Tuple[Optional[str], bool]:
    """Normalise one user utterance.

    Returns ``(clean_text, truncated)``.  ``clean_text`` is ``None`` when
    ``text`` is not a string (the caller answers with ``MALFORMED_REPLY``) and
    may be ``""`` when nothing is left (caller answers with ``EMPTY_REPLY``).
    """
    if not isinstance(text, str):
        return None, False
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    text = _LEADING_RE.sub("", text)
    truncated = False
    if len(text) > max_chars:
        text = text[:max_chars]
        truncated = True
    text = text.strip()
    # Cutting may have exposed nothing new at the start, but stripping the end
    # could leave a trailing slash run only - harmless.  Re-check the start in
    # case the whole string was e.g. whitespace + slashes.
    text = _LEADING_RE.sub("", text)
    return text, truncated


def _as_coord(value: Any) -> Optional[float]:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        f = float(value)
    elif isinstance(value, str):
        try:
            f = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    if not math.isfinite(f):
        return None
    return f


def parse_lat_lon(obj: Any) -> Optional[Dict[str, float]]:
    """``{"lat","lon"}`` (also ``latitude/longitude``, ``lng``, ``y/x``) -> dict.

    Returns ``None`` unless both coordinates are finite and in range.  A (0, 0)
    point is rejected too (it is what broken GPS/clients send).
    """
    if not isinstance(obj, dict):
        return None
    lat = lon = None
    for key in ("lat", "latitude", "y"):
        if key in obj:
            lat = _as_coord(obj[key])
            break
    for key in ("lon", "lng", "longitude", "x"):
        if key in obj:
            lon = _as_coord(obj[key])
            break
    if lat is None or lon is None:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    if lat == 0.0 and lon == 0.0:
        return None
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


def clean_metadata(metadata: Any) -> Optional[Dict[str, Any]]:
    """Whitelist what a client may put into Rasa message metadata.

    Only ``location`` ({lat, lon}) and ``location_text`` (≤ 200 chars) pass.
    Anything else is dropped: metadata ends up in the tracker store and we
    collect the minimum.
    """
    if not isinstance(metadata, dict):
        return None
    out: Dict[str, Any] = {}
    loc = parse_lat_lon(metadata.get("location"))
    if loc:
        out["location"] = loc
    text = metadata.get("location_text")
    if isinstance(text, str):
        text, _ = clean_user_text(text, max_chars=200)
        if text:
            out["location_text"] = text
    return out or None
