"""Korean particles (조사) chosen by the final consonant of the word they follow.

    josa("가구 월소득", "을/를") -> "가구 월소득을";  josa("0원", "으로/로") -> "0원으로"
Digits and Latin letters are read as Korean would say them (1 일 → 받침, 2 이 → none, …); a
trailing "%" is read 퍼센트 (no 받침); Roman numerals Ⅰ/Ⅱ are read 일/이 ("Ⅰ유형" ends in 형 anyway).
"""

from __future__ import annotations

from typing import Iterable, Optional, Tuple

_DIGIT_BATCHIM = {
    "0": True,
    "1": True,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": True,
    "8": True,
    "9": False,
}
_DIGIT_RIEUL = {"1", "7", "8"}  # 일, 칠, 팔 end in ㄹ (으로 → 로)
# Latin letters as read in Korean: L 엘, R 알 end in ㄹ; M 엠, N 엔 end in ㅁ/ㄴ; the rest in a vowel.
_LATIN_BATCHIM = set("lmnrLMNR")
_LATIN_RIEUL = set("lrLR")
# Roman numerals (Ⅰ유형 …): (has_batchim, is_rieul) of 일, 이, 삼, 사, 오
_ROMAN = {"Ⅰ": (True, True), "Ⅱ": (False, False), "Ⅲ": (True, False), "Ⅳ": (False, False), "Ⅴ": (False, False)}
# symbols read as a word: % 퍼센트, ℃ 도, ㎡ 제곱미터, ~ (range end: ignore)
_SYMBOL_WORD = {"%": (False, False), "℃": (False, False), "㎡": (True, False)}


def _final(word: str) -> Tuple[Optional[bool], Optional[bool]]:
    """(has_batchim, is_rieul) of the last sayable character, or (None, None)."""
    for ch in reversed(word or ""):
        if "가" <= ch <= "힣":
            jong = (ord(ch) - 0xAC00) % 28
            return jong != 0, jong == 8
        if ch in _SYMBOL_WORD:
            return _SYMBOL_WORD[ch]
        if ch in _ROMAN:
            return _ROMAN[ch]
        if ch.isdigit() and ch in _DIGIT_BATCHIM:
            # 10 십, 100 백, 1000 천, 10000 만: all end in a consonant that is not ㄹ
            return _DIGIT_BATCHIM[ch], ch in _DIGIT_RIEUL
        if ch.isascii() and ch.isalpha():
            return ch in _LATIN_BATCHIM, ch in _LATIN_RIEUL
        if "ㄱ" <= ch <= "ㅎ":  # a bare consonant (ㅋㅋ) reads as 받침-ending
            return True, ch == "ㄹ"
        if ch in ")]}\"'”’」』 .,·…!?~":
            continue
        break
    return None, None


PAIRS = {
    "을/를": ("을", "를"),
    "이/가": ("이", "가"),
    "은/는": ("은", "는"),
    "과/와": ("과", "와"),
    "으로/로": ("으로", "로"),
    "이에요/예요": ("이에요", "예요"),
    "아/야": ("아", "야"),
    "이나/나": ("이나", "나"),
    "이랑/랑": ("이랑", "랑"),
    "이라/라": ("이라", "라"),
    "이고/고": ("이고", "고"),
}


def josa(word: str, pair: str) -> str:
    """word + the right particle of pair (e.g. "을/를"); unknown final sound -> "을(를)" form."""
    with_b, without_b = PAIRS[pair]
    has, rieul = _final(word)
    if has is None:
        return f"{word}{with_b}({without_b})"
    if pair == "으로/로":
        return word + ("으로" if has and not rieul else "로")
    return word + (with_b if has else without_b)


def join_and(words: Iterable[str]) -> str:
    """ "일자리", "주거", "생활비" -> "일자리, 주거와 생활비" (과/와 by the final sound)."""
    ws = [w for w in words if w]
    if len(ws) <= 1:
        return ws[0] if ws else ""
    head = ", ".join(ws[:-1])
    return f"{josa(head, '과/와')} {ws[-1]}"
