"""Story understanding without Rasa: every need, every stated fact, corrections, crisis.

Contract (stable API used by the dialogue and the CLI):
    understand(text, entities=(), requested=None, known=None) -> Understanding
`requested` is the profile field the bot just asked (an answer is read for it first); `known` is the
profile held so far (to tell a correction from a first statement).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import safety
from bot.screening import core


@dataclass
class Understanding:
    needs: List[Tuple[str, float]] = field(default_factory=list)     # (need id, confidence), best first
    facts: Dict[str, Any] = field(default_factory=dict)              # profile field -> value, stated only
    past: Dict[str, Any] = field(default_factory=dict)               # facts about the past ("일할 땐 월 180")
    corrections: Dict[str, Any] = field(default_factory=dict)        # fields the message explicitly corrects
    crisis: bool = False
    notes: List[str] = field(default_factory=list)                   # how values were read ("연 3,600만 원 → 월 300만 원")

    def need_ids(self, min_confidence: float = 0.5) -> List[str]:
        return [n for n, c in self.needs if c >= min_confidence]

    def to_json(self) -> Dict[str, Any]:
        d = asdict(self)
        d["needs"] = [{"need": n, "confidence": round(c, 3)} for n, c in self.needs]
        return d


def understand(text: str, entities: Sequence[dict] = (), requested: Optional[str] = None,
               known: Optional[Dict[str, Any]] = None) -> Understanding:
    needs = [(n, 1.0) for n in core.detect_needs(text or "", None, entities)]
    facts = core.facts_from_message(text or "", entities, requested)
    corrections: Dict[str, Any] = {}
    if core.is_correction(text or "") and known:
        corrections = {k: v for k, v in facts.items() if known.get(k) is not None and known.get(k) != v}
    return Understanding(needs=needs, facts=facts, corrections=corrections,
                         crisis=safety.assess(text or "").raised)
