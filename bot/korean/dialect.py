"""Regional spellings read as the standard word, one syllable for one (offsets of entities stay valid).

Only syllables that are nothing but a regional form of one standard syllable are mapped: 읎/웂 are 없 in
경상·전라·충청 speech ("돈이 읎소", "일이 웂어"); and the regional 어데/워디/오데 standing as a word are 어디
("어데서 신청하요?"). A few word-final endings of the same length are mapped too (이여, 는디, 는겨, 받어); other
endings (…하요, …혀, …당께) need no mapping: the readers match the stem.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SYLLABLES = str.maketrans({"읎": "없", "웂": "없"})
# whole regional words of the same length: "어데서 신청하요?" (경상), "워디 가믄 돼유?" (충청) ask 어디
_WORDS = re.compile(r"(?<![가-힣])(?:어데|워디|오데)(?=[서로에가]|\s|$|[?!.])")


# word-final endings of 전라·충청 speech, each the same length as its standard form: the copula 이여 (일흔 넷이여 →
# 이야), the connective 는디 (사는디 → 사는데), the question 는겨 (있는겨 → 있는가), 어 after 받/살/먹 (받어 → 받아)
_ENDINGS = (
    (re.compile(r"(?<=[가-힣])이여(?=\s|$|[?!.,~])"), "이야"),
    (re.compile(r"(?<=[가-힣])는디(?=\s|$|[?!.,~])"), "는데"),
    (re.compile(r"(?<=[가-힣])는겨(?=\s|$|[?!.,~])"), "는가"),
    (re.compile(r"(?<=[받살잡갚팔])어(?=\s|$|[?!.,~]|요)"), "아"),
)


@lru_cache(maxsize=2048)  # every question reader asks for the same message several times in one turn
def standard(text: str) -> str:
    """The text with regional syllables, endings and question words in their standard form, the same length."""
    t = _WORDS.sub("어디", (text or "").translate(_SYLLABLES))
    for rx, std in _ENDINGS:
        t = rx.sub(std, t)
    return t
