"""Masking of whole Rasa events before they are stored (Rasa-free, works on event dicts).

``mask_text`` alone is not enough for a tracker:

* **Entities give masked numbers back.**  "운전면허 11-12-345678-90" is masked in
  the text, but the extractors also found ``date "11-12"`` and
  ``booking_code "345678"`` with their offsets.  :func:`mask_parse_data` masks the
  text and every entity whose span touches a masked character (its value
  becomes the masked span; extractor extras are dropped).  Intent and ranking
  are kept: they are not personal.
* **Values echo in later events.**  A slot set from such an entity, or a bot
  message repeating it, would store it again.  :class:`EventMasker` remembers
  the raw values it masked in a batch and masks them in every later string.
* **The booking form's name answer.**  "홍길동이요" looks like any other text.
  While the form asks for a name (``requested_slot`` in :data:`NAME_SLOTS`),
  the person's whole answer is masked, and the name words are masked in the
  later events of the batch (e.g. "홍길동님 맞으세요?").
* **Coarse location.**  Coordinates (``{"lat","lon"}`` anywhere in an event) are
  rounded to 2 decimals (~1 km): enough to show which 센터 serves the area,
  not where the person lives.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set

from bot.privacy.pii import mask_obj, mask_span_changed, mask_text

__all__ = ["mask_parse_data", "mask_entities", "EventMasker", "NAME_SLOTS", "coarse_location", "requested_slot_before"]

#: Slots whose answer is a person's name (the booking form).  The dialogue owns the names;
#: keep this in sync with domain.yml.
NAME_SLOTS = frozenset({"booking_name", "applicant_name", "person_name", "name"})
#: Opaque ids copied unmasked; already-sealed values are kept intact.
SKIP_KEYS = frozenset({"message_id"})
SEALED_PREFIXES = ("sealed:",)
LOCATION_DECIMALS = 2

_NAME_WORD = re.compile(r"[가-힣]+|[A-Za-z]{3,30}")
_NAME_STOP = {
    "이름",
    "이름은",
    "제",
    "저는",
    "저",
    "입니다",
    "이에요",
    "예요",
    "이요",
    "에요",
    "이고요",
    "이구요",
    "요",
    "성함",
    "성함은",
    "네",
    "아니요",
    "취소",
    "그만",
    "예약",
    "이름이",
    "이름요",
}
_NAME_SUFFIX = re.compile(
    r"(?:이라고\s?합니다|라고\s?합니다|이라고\s?해요|라고\s?해요|이라고요|라고요|입니다|이에요|예요|이요|에요"
    r"|이고요|이구요|인데요|요|이라고|라고|씨|님)$"
)


def _mask_all_letters(s: str) -> str:
    return "".join("*" if (ch.isalnum()) else ch for ch in s)


def mask_entities(entities: Any, raw_text: Any, masked_text: Any) -> Any:
    """Entities with their values masked where their span or value carries PII."""
    if not isinstance(entities, list):
        return mask_obj(entities)
    out = []
    for ent in entities:
        if not isinstance(ent, dict):
            out.append(mask_obj(ent))
            continue
        e = dict(ent)
        start, end = e.get("start"), e.get("end")
        touched = (
            isinstance(raw_text, str)
            and isinstance(masked_text, str)
            and mask_span_changed(raw_text, masked_text, start, end)
        )
        value = e.get("value")
        if touched:
            e["value"] = masked_text[start:end]
            for extra in ("additional_info", "text", "role_value"):
                e.pop(extra, None)
        elif isinstance(value, str):
            e["value"] = mask_text(value)
        elif value is not None and not isinstance(value, (int, float, bool)):
            e["value"] = mask_obj(value)
        out.append(mask_obj(e, skip_keys={"value", "start", "end", "confidence_entity", "confidence"}))
    return out


def mask_parse_data(parse_data: Any) -> Any:
    """Masked copy of an NLU parse result: text, entities (values and spans), extras."""
    if not isinstance(parse_data, dict):
        return mask_obj(parse_data)
    raw = parse_data.get("text")
    masked = mask_text(raw) if isinstance(raw, str) else raw
    out: Dict[str, Any] = {}
    for k, v in parse_data.items():
        if k == "text":
            out[k] = masked
        elif k == "entities":
            out[k] = mask_entities(v, raw, masked)
        elif k in ("intent", "intent_ranking"):
            out[k] = copy.deepcopy(v)
        else:
            out[k] = mask_obj(v)
    return out


def coarse_location(obj: Any, decimals: int = LOCATION_DECIMALS, _depth: int = 0) -> Any:
    """Copy of `obj` with every ``{"lat": x, "lon"/"lng": y}`` rounded."""
    if _depth > 64:
        return None
    if isinstance(obj, dict):
        out = {k: coarse_location(v, decimals, _depth + 1) for k, v in obj.items()}
        lat = out.get("lat", out.get("latitude"))
        if isinstance(lat, (int, float)) and not isinstance(lat, bool):
            for key in ("lat", "lon", "lng", "latitude", "longitude"):
                v = out.get(key)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out[key] = round(float(v), decimals)
        return out
    if isinstance(obj, list):
        return [coarse_location(v, decimals, _depth + 1) for v in obj]
    return obj


def requested_slot_before(events: Iterable[Any], skip_last: int = 0) -> Optional[str]:
    """The form's ``requested_slot`` after `events` minus the last `skip_last` of them.

    Works on Rasa event objects (``.key``/``.value``) and on event dicts
    (``{"event": "slot", "name", "value"}``), so callers need not convert."""
    seq = list(events)
    if skip_last:
        seq = seq[: max(0, len(seq) - skip_last)]
    for ev in reversed(seq):
        if isinstance(ev, dict):
            if ev.get("event") == "slot" and ev.get("name") == "requested_slot":
                return ev.get("value")
            if ev.get("event") == "active_loop" and ev.get("name") is None:
                return None
            if ev.get("event") == "action" and _asked_slot(ev.get("name")):
                return _asked_slot(ev.get("name"))
            continue
        if getattr(ev, "key", None) == "requested_slot" and hasattr(ev, "value"):
            return ev.value
        if getattr(ev, "type_name", None) == "action" and _asked_slot(getattr(ev, "action_name", None)):
            return _asked_slot(getattr(ev, "action_name", None))
        if getattr(ev, "type_name", None) == "active_loop" and getattr(ev, "name", "x") is None:
            return None
    return None


def _asked_slot(action_name: Any) -> Optional[str]:
    """``action_ask_booking_name`` -> ``booking_name`` when that slot is a name slot."""
    if isinstance(action_name, str) and action_name.startswith("action_ask_"):
        slot = action_name[len("action_ask_") :]
        return slot if slot in NAME_SLOTS else None
    return None


def _name_words(text: str) -> List[str]:
    words = []
    for w in _NAME_WORD.findall(text or ""):
        base = _NAME_SUFFIX.sub("", w)
        cands = {w, base}
        if len(base) > 3 and "\uac00" <= base[0] <= "\ud7a3":
            cands.add(base[:3])  # most Korean names are three syllables: 김영희라고해요 -> 김영희
        for cand in cands:
            if 2 <= len(cand) <= 30 and cand not in _NAME_STOP:
                words.append(cand)
    return sorted(set(words), key=len, reverse=True)


class EventMasker:
    """Masks a batch of serialised events in order (one tracker save)."""

    def __init__(self, requested_slot: Optional[str] = None, name_slots: Iterable[str] = NAME_SLOTS) -> None:
        self.requested_slot = requested_slot
        self.name_slots = frozenset(name_slots)
        self._secrets: Set[str] = set()

    def _scrub(self, obj: Any) -> Any:
        """Mask remembered raw values (names, masked entity values) in any string."""
        if not self._secrets:
            return obj
        if isinstance(obj, str):
            if obj.startswith(SEALED_PREFIXES):
                return obj
            for s in sorted(self._secrets, key=len, reverse=True):
                if s in obj:
                    obj = obj.replace(s, "*" * len(s))
            return obj
        if isinstance(obj, dict):
            return {k: (v if k in SKIP_KEYS else self._scrub(v)) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self._scrub(v) for v in obj]
        return obj

    def _remember_masked_entities(self, pd_raw: Dict[str, Any], pd_masked: Dict[str, Any]) -> None:
        for a, b in zip(pd_raw.get("entities") or [], pd_masked.get("entities") or []):
            if isinstance(a, dict) and isinstance(b, dict) and a.get("value") != b.get("value"):
                v = a.get("value")
                if isinstance(v, str) and len(v) >= 3:
                    self._secrets.add(v)

    def mask(self, data: Dict[str, Any]) -> Dict[str, Any]:
        """Masked copy of one serialised event."""
        kind = data.get("event") if isinstance(data, dict) else None
        if kind == "user":
            out: Dict[str, Any] = {}
            name_answer = self.requested_slot in self.name_slots
            raw_text = data.get("text")
            if name_answer and isinstance(raw_text, str):
                self._secrets.update(_name_words(raw_text))
            for k, v in data.items():
                if k in SKIP_KEYS:
                    out[k] = v
                elif k == "text":
                    out[k] = _mask_all_letters(v) if (name_answer and isinstance(v, str)) else mask_text(v)
                elif k == "parse_data" and isinstance(v, dict):
                    pd = mask_parse_data(v)
                    self._remember_masked_entities(v, pd)
                    if name_answer:
                        if isinstance(pd.get("text"), str):
                            pd["text"] = _mask_all_letters(pd["text"])
                        for e in pd.get("entities") or []:
                            if isinstance(e, dict) and "value" in e:
                                e["value"] = "***"
                    out[k] = pd
                elif k == "metadata":
                    out[k] = coarse_location(mask_obj(v, skip_keys=SKIP_KEYS, skip_prefixes=SEALED_PREFIXES))
                else:
                    out[k] = mask_obj(v, skip_keys=SKIP_KEYS, skip_prefixes=SEALED_PREFIXES)
            if isinstance(out.get("text"), str):
                out["text"] = self._scrub(out["text"])
            return out
        out = mask_obj(data, skip_keys=SKIP_KEYS, skip_prefixes=SEALED_PREFIXES)
        out = coarse_location(out)
        if kind == "slot" and data.get("name") == "requested_slot":
            self.requested_slot = data.get("value")
        elif kind == "active_loop" and data.get("name") is None:
            self.requested_slot = None
        elif kind == "action" and _asked_slot(data.get("name")):
            self.requested_slot = _asked_slot(data.get("name"))
        # only free text and slot values are scrubbed: never event/action/intent names
        if kind == "bot" and isinstance(out.get("text"), str):
            out["text"] = self._scrub(out["text"])
        elif kind == "slot" and data.get("name") != "requested_slot":
            out["value"] = self._scrub(out.get("value"))
        return out

    def mask_all(self, events: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
        return [self.mask(e) for e in events]
