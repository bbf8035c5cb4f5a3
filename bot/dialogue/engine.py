"""One turn of the conversation: turn(state, message) -> (state, messages). No Rasa imports.

The turn is one `_Turn` object assembled from the steps, each in its own module (a mixin whose methods
reach the others through `self`): safety_steps, commands (requests and the re-ask policy), consent_steps,
screening_steps, results_steps, booking_steps (centers and booking), lookup_steps (look-up, cancel,
reschedule). Reading a message is in reading.py, the recognised words in patterns.py.

Order in every turn: restart words -> safety (bot.safety.assess; an open check goes through
followup()) -> rating answer -> the open question (answer, story, correction or command) -> commands
-> the phase. Every question follows one policy: an unusable answer is re-asked once with an example,
then explained with buttons (건너뛰기 / 상담원 연결 / 처음으로); a third unusable answer moves on.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Tuple

from bot import safety
from bot.dialogue.booking_steps import BookingSteps, CenterSteps
from bot.dialogue.commands import CommandSteps, ReaskPolicy
from bot.dialogue.consent_steps import ConsentSteps
from bot.dialogue.lookup_steps import LookupSteps
from bot.dialogue.patterns import CONSENT_WORD_RE, RATING_RE, RESTART_RE, VIOLENCE_RE
from bot.dialogue.results_steps import ResultsSteps
from bot.dialogue.safety_steps import SafetySteps, assess_safely
from bot.dialogue.screening_steps import ScreeningSteps
from bot.dialogue.profile_updates import remember_cues
from bot.dialogue.state import Message, State
from bot.screening import texts
from bot.screening.messages import bot_message, compact_turn

logger = logging.getLogger(__name__)

MAX_TEXT = 2000  # bound the work per message
MAX_PENDING = 12  # story turns re-read after consent


# ------------------------------------------------------------------------------ the turn
def turn(state: Any, message: Message) -> Tuple[State, List[Dict[str, Any]]]:
    """The new state and at most three messages for one user message (state: a State or its dict)."""
    st = State.from_dict(state.to_dict() if isinstance(state, State) else state)
    if not isinstance(message, Message):
        message = Message(**dict(message))
    message.text = (message.text or "")[:MAX_TEXT]
    st.turns += 1
    try:
        t = _Turn(st, message)
        out = t.fit_results(t.run())
    except Exception:  # a boundary: the person always gets a reply; the bug is logged
        logger.exception("turn failed")
        out = [bot_message(texts.ACTION_ERROR)]
    remember_cues(st, message.text)
    return st, compact_turn(out)


class _Turn(
    SafetySteps,
    CommandSteps,
    ReaskPolicy,
    ConsentSteps,
    ScreeningSteps,
    ResultsSteps,
    CenterSteps,
    BookingSteps,
    LookupSteps,
):
    """One user message being answered: the state it changes, the message and what was read from it."""

    def __init__(self, st: State, msg: Message):
        self.state = st
        self.message = msg
        self.text = (msg.text or "").strip()
        self.intent = msg.intent if (msg.confidence or 0) >= 0.5 or msg.intent == "nlu_fallback" else None
        self.entities = list(msg.entities or [])
        self.story_seen = False
        self.facts_seen = False

    def run(self) -> List[Dict[str, Any]]:
        st, text = self.state, self.text
        if RESTART_RE.match(text) or text in ("처음으로", "처음부터 다시"):
            return self.restart()
        sig = assess_safely(text)
        if (
            sig.raised
            and sig.level == "check"
            and self.plain_answer(30 if sig.source == "model" and (sig.probability < 0.9 or self.has_none()) else 8)
            and not safety.says_ending(text)
        ):
            # (and "남편이 200 벌고 저는 없어요" at the own-income question, however sure: "I have none")
            # "없어" answering "재산은요?" is an answer, not a mild signal; so is "저는 지금 수입 없죠" at the
            # income question when only the classifier, unsure (p < 0.9), heard something in it; never when the
            # message says the self ends ("재산 없음 ㅠ 다 끝났어" still gets the check-in)
            sig = safety.Signal()
        if sig.raised and self.graver_than_open(sig):
            out = self.crisis(sig)
        elif st.crisis_open:  # "지금 안전하지 않아요", "그냥 힘들어요", another sign no graver: the check's answer
            out = self.crisis_followup()
        else:
            out = self.dispatch()
        if st.consent != "given" and (st.pending_turns > 0 or self.story_seen):
            st.pending_turns = min(st.pending_turns + 1, MAX_PENDING)
        return out

    def dispatch(self) -> List[Dict[str, Any]]:
        st, text = self.state, self.text
        if VIOLENCE_RE.search(text) and "violence" not in st.flags:
            st.flags.append("violence")
        r = RATING_RE.match(text)
        if r and (st.question == "rating" or text.startswith("만족도")):
            st.satisfaction = int(r.group(1))
            st.question = None
            st.failures = 0
            return [bot_message(texts.RATING_THANKS)]
        if st.question == "rating":  # not a rating: the person goes on with something else
            st.question = None
        if st.consent != "given" and CONSENT_WORD_RE.match(text) and st.question != "consent":
            return self.consent_given()  # "동의합니다" later is taken
        q = st.question
        if q == "consent":
            return self.on_consent()
        if q == "booking_resume":
            return self.on_booking_resume()
        if q in ("confirm_cancel",):
            return self.on_confirm_cancel()
        if q == "center_place":
            return self.on_center_place()
        if q and st.phase == "booking":
            return self.on_booking_answer(q)
        if q and st.phase == "lookup":
            return self.on_lookup_answer(q)
        if q and st.phase == "screening":
            return self.on_screening_answer(q)
        return self.free_message()
