"""bot.channels.sanitize: the shared NLU-bypass / length / metadata rules."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from bot.channels.sanitize import MAX_MESSAGE_CHARS, clean_metadata, clean_user_text, parse_lat_lon


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=3000))
def test_clean_text_never_starts_with_slash_and_is_capped(text):
    out, truncated = clean_user_text(text)
    assert out is not None
    assert len(out) <= MAX_MESSAGE_CHARS
    assert not out.startswith("/") and out == out.strip()
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
    if len(text) <= MAX_MESSAGE_CHARS:
        assert truncated is False


@pytest.mark.parametrize("value", [None, 5, ["a"], {"t": 1}, b"bytes"])
def test_non_strings_are_rejected(value):
    assert clean_user_text(value) == (None, False)


def test_examples():
    assert clean_user_text("/greet") == ("greet", False)
    assert clean_user_text(" \n//  /restart ") == ("restart", False)
    assert clean_user_text("a/b") == ("a/b", False)
    assert clean_user_text("줄1\r\n줄2\x00") == ("줄1\n줄2", False)
    assert clean_user_text("\u202e/greet") == ("greet", False)  # bidi override cannot hide a slash
    out, truncated = clean_user_text("가" * 1001)
    assert truncated is True and len(out) == 1000


@pytest.mark.parametrize(
    "obj,expected",
    [
        ({"lat": 37.5665, "lon": 126.978}, {"lat": 37.5665, "lon": 126.978}),
        ({"latitude": "35.1", "longitude": "129.04"}, {"lat": 35.1, "lon": 129.04}),
        ({"lat": 91, "lon": 0}, None),
        ({"lat": 0, "lon": 0}, None),
        ({"lat": math.nan, "lon": 1}, None),
        ({"lat": True, "lon": 1}, None),
        ({"lat": 37}, None),
        ("37,127", None),
        (None, None),
    ],
)
def test_parse_lat_lon(obj, expected):
    assert parse_lat_lon(obj) == expected


def test_clean_metadata_whitelist():
    assert clean_metadata(
        {"location": {"lat": 37.5, "lon": 127}, "location_text": " /서울 마포구 ", "rrn": "900101-1234567"}
    ) == {"location": {"lat": 37.5, "lon": 127.0}, "location_text": "서울 마포구"}
    assert clean_metadata({"x": 1}) is None
    assert clean_metadata("str") is None
