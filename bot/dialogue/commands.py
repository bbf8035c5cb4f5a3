"""Requests a message makes whatever question is open (상담원, 예약, 취소, 센터, 인사 …) and the one re-ask policy.

The policy: an unusable answer is re-asked once with an example, then explained with buttons
(건너뛰기 / 상담원 연결 / 처음으로); a third unusable answer moves on. A command while a question is open is
answered and the question asked again (bounded the same way).
Mixins of the turn (bot/dialogue/engine.py `_Turn`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional

from bot import directory, safety
from bot.dialogue.patterns import (
    LANGUAGE_HELP_RE,
    BOOK_RE,
    CANCEL_HOW_RE,
    CANCEL_RE,
    CENTER_RE,
    CENTER_WORD_RE,
    CHECK_RE,
    COMMAND_INTENTS,
    GREET_RE,
    HUMAN_RE,
    MOVE_TO_RE,
    RESCHEDULE_RE,
    WHERE_TO_GO_RE,
)
from bot.screening import booking_flow, core, texts
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)


class CommandSteps:
    def command(self) -> Optional[str]:
        """The request a message makes regardless of the open question (keywords first, then intent)."""
        t = self.text
        meta = self.message.metadata or {}
        if isinstance(meta.get("location"), dict) or meta.get("location_text"):
            return "find_center"  # the location button / plugin
        if HUMAN_RE.search(t):
            return "request_human"
        if LANGUAGE_HELP_RE.search(t):
            return "language_help"
        booked = bool(self.state.booking.get("booking_code"))
        if (
            (CANCEL_RE.search(t) and ("예약" in t or self.state.lookup))
            or (booked and CANCEL_HOW_RE.search(t))
            # "아 그냥 취소할게요" with a booking made: that booking (not "신청 취소", "동의 취소")
            or (booked and CANCEL_RE.search(t) and not re.search(r"신청|동의|등록|접수", t))
        ):
            return "cancel_booking"  # "취소는 어떻게 해요?" right after booking is about that booking
        if RESCHEDULE_RE.search(t) and (
            "예약" in t
            or self.state.booking.get("booking_code")
            or self.state.lookup
            or self.intent == "cancel_booking"
        ):
            return "reschedule_booking"
        if booked and MOVE_TO_RE.search(t) and not CHECK_RE.search(t):
            return "reschedule_booking"
        if CHECK_RE.search(t):
            return "check_booking"
        if BOOK_RE.search(t):
            return "book_consultation"
        if CENTER_RE.search(t) and (CENTER_WORD_RE.search(t) or self.intent == "find_center"):
            return "find_center"
        if WHERE_TO_GO_RE.search(t) and not core.detect_needs(t):
            return "find_center"  # "그럼 그냥 어디로 가면 돼요?": where to go in person is a center
        if self.is_goodbye() and len(t) < 20:
            return "goodbye"
        if GREET_RE.match(t) and len(t) < 15 and not core.detect_needs(t):
            return "greet"
        if self.intent in COMMAND_INTENTS:
            if self.state.question and (
                self.intent in ("out_of_scope", "thank", "greet") or (self.message.confidence or 0) < 0.8
            ):
                return None  # while a question is open, an unsure guess is an unusable answer, not a request
            if self.intent == "find_center" and not re.search(r"센터|어디|위치|주소|찾", t):
                return None  # a place inside a story is a fact, not a center lookup
            if self.intent == "book_consultation" and "예약" not in t and "상담" not in t:
                return None
            if self.intent in ("check_booking", "cancel_booking") and "예약" not in t:
                return None
            return self.intent
        return None

    def run_command(self, cmd: str) -> List[Dict[str, Any]]:
        st = self.state
        if cmd == "language_help":
            if "language_help" not in st.flags:
                st.flags.append("language_help")  # the counselor's card asks for an interpreter (no text kept)
            if self.state.consent == "given":
                self.add_quote(self.text)  # the counselor sees it on the booking card and arranges interpreting
            return [bot_message(texts.LANGUAGE_HELP)]
        if cmd == "request_human":
            return [bot_message(self.human_text())]
        if cmd == "bot_challenge":
            return [bot_message(texts.BOT_CHALLENGE, [("상담원 연결", "상담원 연결")])]
        if cmd == "out_of_scope":
            return [bot_message(texts.OUT_OF_SCOPE, texts.OUT_OF_SCOPE_BUTTONS)]
        if cmd == "greet":
            return [bot_message(texts.GREET, texts.GREET_BUTTONS)]
        if cmd == "greet_again":  # a greeting while a question is open
            return [bot_message(texts.GREET_AGAIN)]
        if cmd == "thank":
            out = [bot_message(texts.THANK)]
            if (st.results_shown or st.booking.get("booking_code")) and st.satisfaction is None and not st.rating_asked:
                out += self.ask_rating()
            return out
        if cmd == "goodbye":
            if st.crisis:
                sig = safety.Signal(level=st.crisis.get("level") or "risk", kind=st.crisis.get("kind") or "suicide")
                return (list(safety.messages_for(sig)) or [bot_message(safety.CRISIS_LINES)])[:2] + [
                    bot_message(texts.CRISIS_GOODBYE)
                ]
            st.phase, st.question, st.failures = "closed", None, 0
            out = [bot_message(texts.GOODBYE)]
            if st.satisfaction is None:
                out += self.ask_rating()
            return out
        if cmd == "find_center":
            return self.find_center()
        if cmd == "book_consultation":
            return self.start_booking()
        if cmd == "check_booking":
            return self.start_lookup("check")
        if cmd == "cancel_booking":
            return self.start_lookup("cancel")
        if cmd == "reschedule_booking":
            return self.start_lookup("reschedule")
        return []

    def human_text(self) -> str:
        extra = ""
        name = self.state.center_name or self.state.booking.get("center_name")
        center = directory.center_by_name(name) if name else None
        if center and center.get("phone"):
            extra = f"\n☎ {center['phone']} {center['name']} (평일 9~18시)"
        return texts.HUMAN + extra

    def ask_rating(self) -> List[Dict[str, Any]]:
        self.state.rating_asked = True
        self.state.question = "rating"
        return [bot_message(texts.ASK_RATING, texts.RATING_BUTTONS)]


class ReaskPolicy:
    def unusable(
        self,
        ask: List[Dict[str, Any]],
        example: str = "",
        why: str = "",
        give_up=None,
        reason: Optional[List[Dict[str, Any]]] = None,
    ) -> List[Dict[str, Any]]:
        st = self.state
        st.failures += 1
        if st.failures == 1:
            ex = f" (예: {example})" if example else ""
            if reason:
                return reason[:1] + ask  # the reason says what was wrong: not also "못 알아들었어요" (three messages)
            return [bot_message(f"{texts.RETRY_PREFIX}{ex}")] + ask
        if st.failures == 2:
            why_txt = f"{texts.EXPLAIN_PREFIX}{why}\n" if why else ""
            return (reason or [])[:1] + [
                bot_message(
                    f"{why_txt}답하기 어려우시면 건너뛰셔도 돼요. 상담원과 이야기하시거나 처음으로 돌아갈 수도 있어요.",
                    texts.HELP_BUTTONS,
                )
            ]
        st.failures = 0
        return give_up() if give_up else [bot_message(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]

    def interrupted(self, cmd: str) -> List[Dict[str, Any]]:
        """A command while a question is open: answer it, then ask the question again (bounded)."""
        st = self.state
        if cmd == "find_center" and st.phase == "booking" and st.question == "center_name":
            return self.on_booking_answer("center_name")
        if cmd in ("book_consultation", "check_booking", "cancel_booking", "reschedule_booking", "goodbye"):
            return self.run_command(cmd)  # these take over the conversation
        if cmd == "find_center":  # the center card, then the open question again
            q, phase = st.question, st.phase
            out = self.find_center()
            if st.question == "center_place":  # no place found: the person is asked for one
                return out
            st.question, st.phase = q, phase
            card = [m for m in out if m.get("custom")][:1]
            lines = [m for m in out if not m.get("custom") and not m.get("buttons")][:2]
            return lines + card + self.reask(plain=True)
        if cmd == "language_help":  # a fair question, not a failed answer
            return self.run_command(cmd) + self.reask(plain=True)
        if cmd == "greet":  # "안녕하세요" mid-question: a short hello, not the whole welcome again
            return self.run_command("greet_again") + self.reask(plain=True)  # and no failure counted
        out = self.run_command(cmd)
        st.failures += 1
        if st.failures >= 3:
            st.failures = 0
            return out + self.give_up_question()
        return out + self.reask(plain=True)

    def reask(self, plain: bool = False) -> List[Dict[str, Any]]:
        """The open question again (short), or a prompt when none is open."""
        st = self.state
        q = st.question
        if q is None:
            if st.phase == "results":
                return [bot_message("궁금한 지원이나 다른 고민을 말씀해 주세요.", self.results_buttons())]
            return [bot_message(texts.WHAT_NEXT, texts.FALLBACK_BUTTONS)]
        if q == "consent":
            return self.ask_consent_msgs(short=True)
        if q == "booking_resume":
            return [bot_message(texts.BOOKING_RESUME_Q, texts.BOOKING_RESUME_BUTTONS)]
        if q == "confirm_cancel":
            return [bot_message(texts.CONFIRM_CANCEL, texts.CONFIRM_BUTTONS)]
        if q == "center_place":
            return [bot_message(texts.ASK_REGION_FOR_CENTER, custom={"type": "location_request"})]
        if q == "rating":
            return [bot_message(texts.ASK_RATING, texts.RATING_BUTTONS)]
        if st.phase == "booking":
            return booking_flow.ask_messages(q, self.booking_slots())
        if st.phase == "lookup":
            return booking_flow.ask_messages(q, {})
        return self.question_msgs(q)

    def give_up_question(self) -> List[Dict[str, Any]]:
        st = self.state
        q = st.question
        if st.phase == "screening" and q:
            if q == "needs":
                st.question, st.phase = None, "start"
                return [bot_message(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]
            st.skipped = sorted(set(st.skipped) | {q})
            return [bot_message(texts.GIVE_UP_FIELD)] + self.next_step()
        if q == "consent":
            st.question, st.phase, st.consent_for = None, "start", None
            return (
                self.general_info(st.needs)
                if st.needs
                else [bot_message(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]
            )
        if st.phase in ("booking", "lookup") or q in ("booking_resume", "confirm_cancel"):
            st.phase, st.question = ("results" if st.results_shown else "start"), None
            st.lookup = {}
            return [bot_message(texts.BOOKING_STOPPED + " 센터로 직접 전화하셔도 돼요.", texts.FALLBACK_BUTTONS)]
        st.question = None
        return [bot_message(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]
