"""Regional spellings read as the standard word, one syllable for one (offsets of entities stay valid).

Only syllables that are nothing but a regional form of one standard syllable are mapped: 읎/웂 are 없 in
경상·전라·충청 speech ("돈이 읎소", "일이 웂어"); and the regional 어데/워디/오데 standing as a word are 어디
("어데서 신청하요?"). Endings (…하요, …혀, …당께) need no mapping: the readers match the stem.
"""

from __future__ import annotations

import re

_SYLLABLES = str.maketrans({"읎": "없", "웂": "없"})
# whole regional words of the same length: "어데서 신청하요?" (경상), "워디 가믄 돼유?" (충청) ask 어디
_WORDS = re.compile(r"(?<![가-힣])(?:어데|워디|오데)(?=[서로에가]|\s|$|[?!.])")


def standard(text: str) -> str:
    """The text with regional syllables and question words in their standard form, the same length."""
    return _WORDS.sub("어디", (text or "").translate(_SYLLABLES))
