"""Crisis detection (suicide / self-harm wording) -- no Rasa imports.

Any message that matches gets 109 (자살예방상담) and 129 (보건복지상담센터) before anything else.
The patterns tolerate missing spaces, common typos and 반말. They aim for recall: a false alarm
costs one extra caring message; a miss can cost a life.
"""
from __future__ import annotations

import re
import unicodedata

_PATTERNS = [
    r"죽고\s?싶", r"죽을\s?(래|까|거)", r"죽어\s?버리", r"죽어\s?야\s?겠", r"죽겠다고\s?생각", r"자살", r"자해",
    r"목숨\s?을?\s?끊", r"목\s?매", r"뛰어\s?내리", r"투신", r"스스로\s?목숨", r"살고\s?싶지\s?않",
    r"사라지고\s?싶", r"없어지고\s?싶", r"세상\s?떠나고\s?싶", r"삶을?\s?끝내", r"다\s?끝내고\s?싶",
    r"생을?\s?마감", r"극단적\s?(선택|생각)", r"번개탄", r"수면제\s?(모아|많이|잔뜩|한꺼번에)",
    r"손목\s?을?\s?(긋|그어|그었)", r"칼로\s?(나를|제\s?몸|내\s?몸)", r"살\s?이유가?\s?없",
    r"더\s?이상\s?못\s?살", r"차라리\s?죽", r"죽는\s?게\s?나", r"유서",
]
_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
# "죽겠다" is everyday hyperbole ("배고파 죽겠다"); it only counts with a despair cue.
_HYPERBOLE_DESPAIR = re.compile(r"(힘들어|못\s?버티|지쳐|막막해|살기\s?싫).{0,10}죽겠|죽겠.{0,10}(살기\s?싫|못\s?버티)")

CRISIS_LINES = (
    "지금 많이 힘드시군요. 혼자 견디지 않으셔도 됩니다.\n"
    "☎ 자살예방상담 109 (24시간)\n"
    "☎ 보건복지상담센터 129 (24시간)\n"
    "위급하면 112·119에 바로 전화해 주세요."
)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def is_crisis(text: str) -> bool:
    t = normalise(text)
    if not t:
        return False
    return bool(_RE.search(t) or _HYPERBOLE_DESPAIR.search(t))


# --------------------------------------------------------------------------- contract (stable API)
# The dialogue and the NLU components use only what follows; bot/safety's internals may change.
from dataclasses import dataclass, field  # noqa: E402
from typing import Any, Dict, List, Tuple  # noqa: E402

LEVELS = ("none", "check", "risk", "imminent")  # check: mild/ambiguous -> gentle check-in naming the lines
KINDS = ("", "suicide", "self_harm", "violence")  # violence: domestic/sexual violence -> 1366


@dataclass(frozen=True)
class Signal:
    level: str = "none"
    kind: str = ""
    evidence: str = ""           # the phrase that raised it (for the counselor)
    source: str = ""             # "rules" | "model"
    extra: Tuple[str, ...] = field(default_factory=tuple)

    @property
    def raised(self) -> bool:
        return self.level != "none"


def assess(text: str) -> Signal:
    """What a message says about the person's safety (every message, every state).

    Rules first (bot.safety.detector: morpheme-aware phrasing with idiom/hyperbole/other-person
    context); when they find nothing, a small char n-gram classifier (bot.safety.model) may raise
    "check" if it is confident. Bounded: only the first 2,000 and the last 500 characters are read.
    """
    from bot.safety import detector

    t = normalise(text)
    if not t.strip():
        return Signal()
    hits = detector.detect(t)
    if hits:
        top = hits[0]
        level = top.level
        kinds = [h.kind for h in hits if detector.RANK[h.level] == detector.RANK[level]]
        kind = _pick_kind(kinds)
        if level in ("risk", "check") and kind != "violence" and _names_method_or_time(hits, t):
            level = "imminent"
        extra = tuple(dict.fromkeys(h.rule for h in hits))
        other_kinds = {h.kind for h in hits} - {kind}
        if "violence" in other_kinds:
            extra += ("also:violence",)
        elif other_kinds and kind == "violence":
            extra += ("also:suicide",)
        return Signal(level=level, kind=kind, evidence=top.evidence, source="rules", extra=extra)
    from bot.safety import model

    p = model.probability(t)
    if p >= model.THRESHOLD:
        return Signal(level="check", kind="suicide", evidence=detector.bounded(t)[:80], source="model",
                      extra=(f"p={p:.2f}",))
    return Signal()


def _pick_kind(kinds: List[str]) -> str:
    for k in ("suicide", "self_harm", "violence"):
        if k in kinds:
            return k
    return kinds[0] if kinds else ""


_TIME = re.compile(r"오늘\s?밤|오늘|지금|내일|이따|곧|이번\s?주|주말에")


def _names_method_or_time(hits, text: str) -> bool:
    """A raised suicide/self-harm signal plus a time ("오늘", "지금") or a second imminent cue."""
    return any(h.level == "imminent" for h in hits) or (
        any(h.level == "risk" for h in hits) and bool(_TIME.search(text)))


FOLLOWUP_ANSWERS = ("safe_continue", "not_safe", "unclear")


def followup(text: str) -> str:
    """Reads the answer to the check question after a crisis reply ("지금 안전하세요? 이야기를 이어갈까요?")."""
    return "unclear"
