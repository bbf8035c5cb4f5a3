"""Center directory: find the 고용복지+센터 (고용센터) that serves a place, offline.

Public API:
    resolve_text(text, need=None) -> dict
    resolve_coords(lat, lon, need=None) -> dict
    find_in_text(text) -> list[dict]
    place_names.region_phrases() -> list[tuple[str, dict]]
    center_by_name(name) -> dict | None
    all_centers() -> list[dict]
    center_card_text(center) -> str

No Rasa imports here; data lives in bot/directory/data/ (see data/README.md).
"""

from __future__ import annotations

from . import centers as _centers
from . import place_names
from .place_names import find_in_text
from .resolver import NEED_UB, resolve_coords, resolve_text


def center_by_name(name: str) -> dict | None:
    """Exact (or unique partial) match on the institutional or 고용복지+ name."""
    c = _centers.by_name(name)
    return _centers.to_dict(c) if c else None


def all_centers() -> list[dict]:
    return [_centers.to_dict(c) for c in _centers.load()]


def center_card_text(center: dict) -> str:
    return _centers.card_text(center)


__all__ = [
    "resolve_text",
    "resolve_coords",
    "find_in_text",
    "place_names",
    "center_by_name",
    "all_centers",
    "center_card_text",
    "NEED_UB",
]
