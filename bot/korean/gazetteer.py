"""Gazetteer entities with spaCy (no Rasa imports): region names and program names.

A blank Korean spaCy pipeline whose tokenizer is our morpheme tokenizer (spaCy's own Korean
tokenizer needs a system MeCab through natto-py, which these machines do not have), with a
PhraseMatcher over
- region names: 시도/시군구/읍면동 and everyday short forms (서울, 분당, 일산 …) from the
  center directory's gazetteer (bot.directory.place_names.region_phrases), and
- program names with their aliases (실업급여=구직급여, 국취=국민취업지원제도, 내배카=국민내일배움카드 …).

Matching runs on morphemes, so josa and missing spaces do not matter ("마포구합정동에살아요").
A character-level pass catches names the morpheme splitter cuts differently in context.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Dict, Iterable, List, Optional, Tuple

from bot import catalogue
from bot.korean.morph import get_backend
from bot.directory import place_names

logger = logging.getLogger(__name__)

# program id -> the names people use for it, from the one catalogue (bot/catalogue/catalogue.yml): every
# screened program's aliases, plus the names the bot recognises without screening them (program_mentions:
# 국취 for both types, 소액생계비대출).
PROGRAM_ALIASES: Dict[str, List[str]] = {
    **{pid: list(spec.get("aliases") or [spec["name"]]) for pid, spec in catalogue.programs().items()},
    **{mid: list(spec["aliases"]) for mid, spec in catalogue.program_mentions().items()},
}

# Short forms of 시도 names; the directory adds 시군구/읍면동 forms.
SIDO_SHORT = {
    "서울": "서울특별시",
    "부산": "부산광역시",
    "대구": "대구광역시",
    "인천": "인천광역시",
    "광주": "광주광역시",
    "대전": "대전광역시",
    "울산": "울산광역시",
    "세종": "세종특별자치시",
    "경기": "경기도",
    "경기도": "경기도",
    "강원": "강원특별자치도",
    "충북": "충청북도",
    "충남": "충청남도",
    "전북": "전북특별자치도",
    "전남": "전라남도",
    "경북": "경상북도",
    "경남": "경상남도",
    "제주": "제주특별자치도",
}


def region_phrases() -> List[Tuple[str, Dict[str, Optional[str]]]]:
    """Region surface forms with their canonical place. The directory's place names plus
    the 시도 short forms above."""
    phrases: List[Tuple[str, Dict[str, Optional[str]]]] = [
        (short, {"sido": full, "sigungu": None, "emd": None}) for short, full in SIDO_SHORT.items()
    ]
    phrases.extend(place_names.region_phrases())
    return phrases


class _MorphTokenizer:
    """spaCy tokenizer that uses our morpheme backend and keeps the exact text."""

    def __init__(self, vocab, backend: str):
        self.vocab = vocab
        self.backend = get_backend(backend)

    def __call__(self, text: str):
        from spacy.tokens import Doc  # local: spaCy loads only when the matcher is first built

        toks = self.backend.tokenize(text)
        words: List[str] = []
        spaces: List[bool] = []
        cursor = 0
        for t in toks:
            gap = text[cursor : t.start]
            if gap:
                if words and gap == " ":
                    spaces[-1] = True
                else:
                    words.append(gap)  # whitespace token (several spaces, newline …)
                    spaces.append(False)
            words.append(t.text)
            spaces.append(False)
            cursor = t.end
        if cursor < len(text):
            words.append(text[cursor:])
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)


class Gazetteer:
    """PhraseMatcher over region and program names. Thread-safe; build once per process."""

    _cache: Dict[str, "Gazetteer"] = {}
    _lock = threading.Lock()

    def __init__(self, backend: str = "mecab", regions: Optional[Iterable[Tuple[str, dict]]] = None):
        import spacy  # local: spaCy costs ~1 s at import; only the NLU process needs it
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
        self.nlp.tokenizer = _MorphTokenizer(self.nlp.vocab, backend)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._values: Dict[str, Tuple[str, object]] = {}
        self._char_index: Dict[str, Tuple[str, object]] = {}
        self._match_lock = threading.Lock()

        def add(label: str, phrase: str, value: object) -> None:
            phrase = phrase.strip()
            if not phrase:
                return
            key = f"{label}:{phrase}"
            if key in self._values:
                # same surface, several places (중구 in many cities): keep all candidates
                old = self._values[key][1]
                if label == "region" and old != value:
                    cands = old if isinstance(old, list) else [old]
                    if value not in cands:
                        cands.append(value)
                    self._values[key] = (label, cands)
                return
            self._values[key] = (label, value)
            self.matcher.add(key, [self.nlp.make_doc(phrase)])
            if len(phrase) >= 2:
                self._char_index.setdefault(phrase, (label, key))

        for pid, aliases in PROGRAM_ALIASES.items():
            for a in aliases:
                add("program", a, pid)
        for phrase, place in regions if regions is not None else region_phrases():
            add("region", phrase, dict(place))
        # longest first, for the character-level fallback
        alts = sorted(self._char_index, key=len, reverse=True)
        self._char_re = re.compile("|".join(re.escape(a) for a in alts)) if alts else None

    @classmethod
    def get(cls, backend: str = "mecab") -> "Gazetteer":
        with cls._lock:
            if backend not in cls._cache:
                cls._cache[backend] = cls(backend)
            return cls._cache[backend]

    def _value(self, key: str):
        label, value = self._values[key]
        return label, value

    def find(self, text: str) -> List[Dict[str, object]]:
        """Entities {entity, start, end, value, text[, candidates]}; longest non-overlapping matches."""
        if not text:
            return []
        safe = re.sub("[\ud800-\udfff]", "\ufffd", text)  # spaCy cannot store lone surrogates; same length
        with self._match_lock:
            doc = self.nlp(safe)
            matches = self.matcher(doc)
            spans = [(doc[s:e].start_char, doc[s:e].end_char, self.nlp.vocab.strings[mid]) for mid, s, e in matches]
        if self._char_re is not None:
            for m in self._char_re.finditer(safe):
                spans.append((m.start(), m.end(), self._char_index[m.group(0)][1]))
        spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        out: List[Dict[str, object]] = []
        taken: List[Tuple[int, int]] = []
        for start, end, key in spans:
            if any(not (end <= a or start >= b) for a, b in taken):
                continue
            # a region name glued inside a longer Hangul word is not a mention
            # (e.g. '서울' in '서울대학교병원' is fine, but
            # a 1-2 syllable 동 name inside an ordinary word is noise): require a word boundary on the left.
            label, value = self._value(key)
            if label == "region" and start > 0 and _is_hangul(text[start - 1]) and (end - start) <= 2:
                continue
            taken.append((start, end))
            ent: Dict[str, object] = {"entity": label, "start": start, "end": end, "text": text[start:end]}
            if label == "region":
                if isinstance(value, list):
                    ent["value"] = text[start:end]
                    ent["candidates"] = value
                else:
                    ent["value"] = _region_label(value) or text[start:end]
                    ent["place"] = value
            else:
                ent["value"] = value
            out.append(ent)
        return sorted(out, key=lambda e: e["start"])


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _region_label(place: dict) -> str:
    return " ".join(p for p in (place.get("sido"), place.get("sigungu"), place.get("emd")) if p)
