"""Korean particles (조사) chosen by the final consonant of the word they follow.

    josa("가구 월소득", "을/를") -> "가구 월소득을";  josa("0원", "으로/로") -> "0원으로"
Digits and Latin letters are read as Korean would say them (1 일 → 받침, 2 이 → none, …).
"""
from __future__ import annotations

_DIGIT_BATCHIM = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False, "6": True,
                  "7": True, "8": True, "9": False}
_DIGIT_RIEUL = {"1", "7", "8"}  # 일, 칠, 팔 end in ㄹ (으로 → 로)
_LATIN_BATCHIM = set("lmnrLMNR")


def _final(word: str):
    """(has_batchim, is_rieul) of the last sayable character, or (None, None)."""
    for ch in reversed(word or ""):
        if "가" <= ch <= "힣":
            jong = (ord(ch) - 0xAC00) % 28
            return jong != 0, jong == 8
        if ch.isdigit():
            return _DIGIT_BATCHIM[ch], ch in _DIGIT_RIEUL
        if ch.isalpha():
            return ch in _LATIN_BATCHIM, ch in "lL"
        if ch in ")]}\"'":
            continue
        if ch.isspace() or ch in ".,%":
            continue
    return None, None


PAIRS = {"을/를": ("을", "를"), "이/가": ("이", "가"), "은/는": ("은", "는"), "과/와": ("과", "와"),
         "으로/로": ("으로", "로"), "이에요/예요": ("이에요", "예요"), "아/야": ("아", "야")}


def josa(word: str, pair: str) -> str:
    """word + the right particle of pair (e.g. "을/를"); unknown final sound -> "을(를)" form."""
    with_b, without_b = PAIRS[pair]
    has, rieul = _final(word)
    if has is None:
        return f"{word}{with_b}({without_b})"
    if pair == "으로/로":
        return word + ("으로" if has and not rieul else "로")
    return word + (with_b if has else without_b)
