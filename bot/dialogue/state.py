"""The conversation state (serialisable: dataclass <-> dict) and the incoming message."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Dict, List, Optional


@dataclass
class Message:
    """One user message as the channel/NLU delivered it."""

    text: str = ""
    intent: Optional[str] = None
    confidence: float = 1.0
    entities: List[dict] = field(default_factory=list)
    channel: str = ""
    sender: str = ""  # the conversation id (for the transcript link on the booking card)
    metadata: Dict[str, Any] = field(default_factory=dict)
    # the user texts of this conversation before this message (oldest first); the state only keeps
    # how many of the last ones belong to the story told before consent (never the texts themselves)
    history: List[str] = field(default_factory=list)


@dataclass
class State:
    # phase: start | consent | screening | results | booking | lookup | center | closed
    phase: str = "start"
    question: Optional[str] = None  # what the last bot turn asked (field or control question)
    failures: int = 0  # unusable answers to `question`
    needs: List[str] = field(default_factory=list)
    consent: Optional[str] = None  # None | "given" | "declined"
    consent_for: Optional[str] = None  # "screening" | "booking": what waits for the consent answer
    pending_turns: int = 0  # user turns before consent that told the story (texts NOT kept)
    profile: Dict[str, Any] = field(default_factory=dict)  # facts (only after consent)
    skipped: List[str] = field(default_factory=list)
    asked: List[str] = field(default_factory=list)  # screening fields asked (never twice)
    questions_asked: int = 0  # screening questions asked since consent (for the metric)
    summary_sent: bool = False
    results_shown: bool = False
    quotes: List[str] = field(default_factory=list)  # the person's own words (masked), after consent
    crisis: Optional[Dict[str, Any]] = None  # {level, kind, evidence (masked), at}
    crisis_open: bool = False  # the safety check question waits for an answer
    flags: List[str] = field(default_factory=list)  # e.g. "violence" (for the counselor's card)
    booking: Dict[str, Any] = field(default_factory=dict)  # center_name, booking_slot, booking_name (sealed) …
    lookup: Dict[str, Any] = field(default_factory=dict)  # action, booking_code, booking_phone (sealed)
    center_name: Optional[str] = None
    satisfaction: Optional[int] = None
    rating_asked: bool = False
    turns: int = 0
    bare_replies: int = 0  # bare "네" / "몰라요" after the results: the second gets a way to close, not the same line
    # questions asked mid-form and promised "with the results" (masked, at most 2): answered when they come
    deferred: List[str] = field(default_factory=list)
    # the program the last answer after the results was about: "얼마나 받아요?" right after "긴급복지는요?" asks
    # about 긴급복지, not every program again
    topic: Optional[str] = None
    # what was told that later answers need and the channels do not replay (after consent Rasa sends no earlier
    # texts): "unpaid_bills" (rent or bills behind, told any time after consent or in the story re-read at consent),
    # "rent_named" (the last message named the rent: "두달째 밀렸어요" next is the rent behind). No text is kept.
    cues: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Optional[Dict[str, Any]]) -> "State":
        if not isinstance(d, dict):
            return cls()
        names = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in d.items() if k in names})
        except TypeError:
            return cls()
