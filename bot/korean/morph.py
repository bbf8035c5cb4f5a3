"""Korean morpheme tokenisers with true character offsets (no Rasa imports).

Two backends:
- ``mecab``: python-mecab-ko (pip-only MeCab with a bundled mecab-ko-dic). No JVM, sub-millisecond.
- ``okt``: KoNLPy's Okt (Open Korean Text, Java through JPype). The JVM is started once per
  process, lazily, under a lock; calls are serialised and JPype attaches each calling thread to
  the JVM as a *daemon* thread, so it is safe under the server's threads and never keeps the
  process from exiting (the JVM's exit waits for every attached non-daemon thread, even one whose
  Python thread has long ended; the thread that starts the JVM is re-attached as a daemon).

Both return ``MorphToken(text, start, end, pos)`` where ``text == source[start:end]`` always holds:
morphemes whose surface does not occur in the text (contractions, normalised forms) are merged
into the enclosing surface span instead of raising.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple


_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class MorphToken:
    text: str
    start: int
    end: int
    pos: str


class MorphBackend:
    name = "base"

    def tokenize(self, text: str) -> List[MorphToken]:  # pragma: no cover - interface
        raise NotImplementedError


class MecabBackend(MorphBackend):
    name = "mecab"
    _lock = threading.Lock()
    _tagger = None

    @classmethod
    def _get(cls):
        if cls._tagger is None:
            with cls._lock:
                if cls._tagger is None:
                    from mecab import MeCab  # local: loaded with the first backend use (python-mecab-ko)

                    cls._tagger = MeCab()
        return cls._tagger

    def tokenize(self, text: str) -> List[MorphToken]:
        if not text:
            return []
        out: List[MorphToken] = []
        # lone surrogates cannot be encoded for MeCab: analyse a same-length copy, cut the original
        safe = _SURROGATES.sub("\ufffd", text)
        for m in self._get().parse(safe):
            start, end = m.span.start, m.span.end
            if end <= start or safe[start:end] != m.surface:
                # defensive: realign on the surface form if the span ever disagrees
                idx = safe.find(m.surface, out[-1].end if out else 0)
                if idx < 0:
                    continue
                start, end = idx, idx + len(m.surface)
            out.append(MorphToken(text[start:end], start, end, m.pos))
        return _fill_gaps(text, out)


class OktBackend(MorphBackend):
    name = "okt"
    _lock = threading.Lock()
    _okt = None

    @classmethod
    def _get(cls):
        if cls._okt is None:
            with cls._lock:
                if cls._okt is None:
                    from konlpy.tag import Okt  # local: optional backend (starts a JVM)

                    okt = Okt()  # starts the JVM, attaching this thread as a non-daemon thread
                    if threading.current_thread() is not threading.main_thread():
                        # A non-daemon thread keeps the JVM's exit (DestroyJavaVM, run at Python
                        # exit) waiting for it forever, even after its Python thread has ended:
                        # re-attach the thread that happened to start the JVM as a daemon.
                        import _jpype

                        _jpype.detachThreadFromJVM()
                        _jpype.attachThreadAsDaemon()
                    cls._okt = okt
        return cls._okt

    def tokenize(self, text: str) -> List[MorphToken]:
        if not text:
            return []
        okt = self._get()
        text_in = text
        text = _SURROGATES.sub("\ufffd", text)
        with self._lock:  # (JPype attaches a new calling thread to the JVM as a daemon itself)
            pairs: List[Tuple[str, str]] = okt.pos(text, norm=False, stem=False)
        out: List[MorphToken] = []
        cursor = 0
        for surface, pos in pairs:
            if not surface.strip():
                continue
            idx = text.find(surface, cursor)
            if idx < 0:
                continue  # a non-surface morpheme: its characters are covered by _fill_gaps
            out.append(MorphToken(text_in[idx : idx + len(surface)], idx, idx + len(surface), pos))
            cursor = idx + len(surface)
        return _fill_gaps(text_in, out)


def _fill_gaps(text: str, toks: List[MorphToken]) -> List[MorphToken]:
    """Make sure every non-space character is inside some token (so nothing is silently lost)."""
    out: List[MorphToken] = []
    cursor = 0
    for t in toks:
        if t.start > cursor:
            out.extend(_gap_tokens(text, cursor, t.start))
        out.append(t)
        cursor = max(cursor, t.end)
    if cursor < len(text):
        out.extend(_gap_tokens(text, cursor, len(text)))
    return out


def _gap_tokens(text: str, start: int, end: int) -> List[MorphToken]:
    out = []
    i = start
    while i < end:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < end and not text[j].isspace():
            j += 1
        out.append(MorphToken(text[i:j], i, j, "UNK"))
        i = j
    return out


_BACKENDS: Dict[str, Callable[[], MorphBackend]] = {"mecab": MecabBackend, "okt": OktBackend}
_instances: Dict[str, MorphBackend] = {}


def get_backend(name: str = "mecab") -> MorphBackend:
    if name not in _BACKENDS:
        raise ValueError(f"unknown tokenizer backend {name!r}; choose one of {sorted(_BACKENDS)}")
    if name not in _instances:
        _instances[name] = _BACKENDS[name]()
    return _instances[name]
