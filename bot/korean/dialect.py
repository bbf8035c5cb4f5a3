"""Regional spellings read as the standard word, one syllable for one (offsets of entities stay valid).

Only syllables that are nothing but a regional form of one standard syllable are mapped: 읎/웂 are 없 in
경상·전라·충청 speech ("돈이 읎소", "일이 웂어"). Endings (…하요, …혀, …당께) need no mapping: the readers
match the stem.
"""

from __future__ import annotations

_SYLLABLES = str.maketrans({"읎": "없", "웂": "없"})


def standard(text: str) -> str:
    """The text with regional syllables in their standard form, the same length."""
    return (text or "").translate(_SYLLABLES)
