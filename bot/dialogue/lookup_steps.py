"""Looking up, cancelling and rescheduling a booking by its code and phone number.
A mixin of the turn (bot/dialogue/engine.py `_Turn`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List

from bot import booking, sealed
from bot.booking import format_slot_ko
from bot.booking.store import normalize_code
from bot.dialogue.patterns import KEEP_BOOKING_RE, WANTED_TIME_RE
from bot.dialogue.reading import mask, sealed_phone_in
from bot.screening import booking_flow, core, texts
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)


# how many messages after the booking "바꿀 수 있을까요" uses it without asking its code and phone again
JUST_BOOKED_TURNS = 6


class LookupSteps:
    def start_lookup(self, action: str) -> List[Dict[str, Any]]:
        st = self.state
        st.phase, st.failures = "lookup", 0
        st.lookup = {"booking_action": action}
        for e in self.entities:
            if e.get("entity") == "booking_code" and normalize_code(str(e.get("value"))):
                st.lookup["booking_code"] = normalize_code(str(e.get("value")))
        if "booking_code" not in st.lookup:
            for w in re.findall(r"(?<![A-Za-z0-9])[A-Za-z0-9]{6}(?![A-Za-z0-9])", self.text):
                c = normalize_code(w)
                if c:
                    st.lookup["booking_code"] = c
                    break
        phone = sealed_phone_in(self.text)
        if phone:
            st.lookup["booking_phone"] = phone
        own = st.booking
        if (
            action == "reschedule"
            and "booking_code" not in st.lookup
            and own.get("booking_code")
            and own.get("booking_phone")
            and st.turns - int(own.get("booked_turn") or -999) <= JUST_BOOKED_TURNS
        ):
            # moving the booking this conversation made a few messages ago (code and sealed phone set by the
            # dialogue, never by the client): not asked again; the store still checks that they match. Checking
            # or cancelling, or moving it later (a shared browser reopened), asks the code and phone as always
            st.lookup["booking_code"], st.lookup["booking_phone"] = own["booking_code"], own["booking_phone"]
        if action == "reschedule" and WANTED_TIME_RE.search(self.text):
            st.lookup["wanted_time"] = mask(self.text)  # "목요일 오전으로 바꿀 수 있을까요": used once verified
        return self.continue_lookup()

    def continue_lookup(self) -> List[Dict[str, Any]]:
        st = self.state
        f = booking_flow.next_lookup_slot(st.lookup)
        if f:
            st.question, st.failures = f, 0
            intro = {
                "cancel": "예약을 취소하시려면 먼저 예약을 확인할게요. ",
                "reschedule": "예약 시간을 바꾸시려면 먼저 예약을 확인할게요. ",
                "check": "",
            }.get(st.lookup.get("booking_action"), "")
            msgs = booking_flow.ask_messages(f, st.lookup)
            if intro and msgs and f == "booking_code":
                msgs[0] = bot_message(intro + msgs[0]["text"])
            return msgs
        return self.finish_lookup()

    def on_lookup_answer(self, field: str) -> List[Dict[str, Any]]:
        st = self.state
        cmd = self.command()
        digits = bool(re.search(r"\d", self.text))
        if cmd and not digits and cmd not in ("check_booking",):
            return self.interrupted(cmd)
        changing = st.lookup.get("booking_action") in ("cancel", "reschedule")
        if not digits and changing and KEEP_BOOKING_RE.search(self.text):
            # "아니요 그냥 둘게요" at the code question: the person changed their mind; nothing is cancelled
            st.phase, st.question, st.lookup, st.failures = ("results" if st.results_shown else "start"), None, {}, 0
            return [bot_message("네, 예약은 그대로 두었어요.", [("예약 확인", "예약 확인"), ("처음으로", "처음으로")])]
        if core.wants_skip(self.text) and not digits:
            st.phase, st.question, st.lookup, st.failures = ("results" if st.results_shown else "start"), None, {}, 0
            return [
                bot_message(
                    "예약번호를 모르시면 예약할 때 받은 안내 메시지를 확인하시거나 센터로 전화해 주세요.",
                    [("상담원 연결", "상담원 연결"), ("처음으로", "처음으로")],
                )
            ]
        outcome, updates, msgs = booking_flow.apply_booking_answer(
            st.lookup, field, self.text, self.intent, self.entities
        )
        if outcome == "stop":
            st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
            return msgs
        if outcome == "accepted":
            st.lookup.update({k: v for k, v in updates.items() if k in ("booking_code", "booking_phone")})
            if field == "booking_code" and not st.lookup.get("booking_phone"):
                phone = sealed_phone_in(self.text)  # "AB3K7Q 010-1234-5678" in one message
                if phone:
                    st.lookup["booking_phone"] = phone
            st.failures = 0
            return self.continue_lookup()
        ex = {"booking_code": "AB3K7Q", "booking_phone": "010-1234-5678"}[field]
        return self.unusable(
            booking_flow.ask_messages(field, {}),
            example=ex,
            reason=msgs[:1],
            why="예약 내용은 예약번호와 휴대전화 번호가 모두 맞을 때만 보여 드려요.",
            give_up=self.give_up_question,
        )

    def finish_lookup(self) -> List[Dict[str, Any]]:
        st = self.state
        action = st.lookup.get("booking_action")
        code, phone = st.lookup.get("booking_code"), sealed.unseal(st.lookup.get("booking_phone"))
        try:
            b = booking_flow.store().get(code, phone)
        except booking.BookingError as exc:
            st.lookup = {"booking_action": action}
            st.failures += 1
            if st.failures >= 2:
                st.phase, st.question, st.lookup, st.failures = (
                    ("results" if st.results_shown else "start"),
                    None,
                    {},
                    0,
                )
                return [
                    bot_message(
                        booking_flow.error_text(exc) + " 예약번호를 찾기 어려우시면 센터로 전화해 주세요.",
                        [("상담원 연결", "상담원 연결"), ("처음으로", "처음으로")],
                    )
                ]
            st.question = "booking_code"
            return [
                bot_message(booking_flow.error_text(exc) + " 예약번호와 휴대전화 번호를 다시 확인해 주세요."),
                bot_message("예약번호 6자리를 알려 주세요. (예: AB3K7Q)"),
            ]
        details = booking.booking_confirmation_text(b)
        if action == "cancel":
            if b.status != "booked":
                st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
                return [bot_message(details)]
            st.question, st.failures = "confirm_cancel", 0
            return [bot_message(details), bot_message(texts.CONFIRM_CANCEL, texts.CONFIRM_BUTTONS)]
        if action == "reschedule" and b.status == "booked":
            st.booking = {
                "booking_action": "reschedule",
                "booking_code": b.code,
                "booking_phone": st.lookup.get("booking_phone"),
                "center_name": b.center,
                "moving_from": b.start.isoformat(),  # "오후로 바꿔 주세요": that day's afternoon
            }
            wanted = st.lookup.get("wanted_time")
            st.lookup = {}
            st.phase = "booking"
            # one short line for the booking being moved: the whole confirmation card reads like a new booking
            current = f"지금 예약: {b.center} {format_slot_ko(b.start)} (예약번호 {b.code})"
            out = [bot_message(f"{current}\n{texts.RESCHEDULE_PICK}")]
            nxt = self.continue_booking()
            if wanted and st.question == "booking_slot":
                # the new time was said with the request: answer it now instead of listing the earliest slots
                said, self.text, self.replaying_wanted = self.text, wanted, True
                try:
                    nxt = self.on_booking_answer("booking_slot")
                finally:
                    self.text, self.replaying_wanted = said, False
                out = [bot_message(f"{current}\n{texts.RESCHEDULE_WANTED}")]
            return out + nxt
        st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
        buttons = (
            [("예약 취소", "예약 취소할게요"), ("시간 변경", "예약 시간 바꾸고 싶어요")] if b.status == "booked" else []
        )
        return [bot_message(details, buttons)]

    def on_confirm_cancel(self) -> List[Dict[str, Any]]:
        st = self.state
        # a cancellation cannot be undone: the NLU's yes/no guess counts only for a message without digits (the
        # code and phone typed again were read as "deny" by the model and kept the booking unasked)
        yes = core.parse_yes_no(self.text, None if re.search(r"\d", self.text) else self.intent)
        if yes is True or re.search(r"취소\s?(해|할)", self.text):
            code, phone = st.lookup.get("booking_code"), sealed.unseal(st.lookup.get("booking_phone"))
            st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
            try:
                b = booking_flow.store().cancel(code, phone)
            except booking.BookingError as exc:
                return [bot_message(booking_flow.error_text(exc))]
            if st.booking.get("booking_code") == b.code:
                st.booking = {}
            return [bot_message(booking.booking_confirmation_text(b))]
        if yes is False:
            st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
            return [bot_message(texts.CANCEL_KEPT)]
        cmd = self.command()
        if cmd and cmd != "cancel_booking":
            return self.interrupted(cmd)
        return self.unusable(
            [bot_message(texts.CONFIRM_CANCEL, texts.CONFIRM_BUTTONS)],
            example="네 / 아니요",
            give_up=lambda: self._cancel_kept(),
        )

    def _cancel_kept(self):
        st = self.state
        st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
        return [bot_message(texts.CANCEL_KEPT)]
