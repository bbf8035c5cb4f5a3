"""Finding a center and booking a consultation: the center card, the booking questions (center, time,
name, phone, confirmation), a story told mid-booking, and the submission with the counselor's card.
Mixins of the turn (bot/dialogue/engine.py `_Turn`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional

from bot.booking import ko_datetime
from bot.dialogue.patterns import (
    NO_RE,
    YES_RE,
    text_is_story,
)
from bot.dialogue.reading import (
    elig_profile,
    place_in,
    read_message,
)
from bot.screening import booking_flow, centers, core, flow, texts
from bot.screening.handoff import build_handoff
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)


# a bare time among the offered times: "10시로 할게요", "오후 2시 반이요", "1시 30분"
_SLOT_TIME_RE = re.compile(
    r"^\s*(?P<ampm>오전|오후)?\s*(?P<h>\d{1,2})\s*시\s*(?:(?P<half>반)|(?P<m>\d{1,2})\s*분)?\s*"
    r"(?:으로|로|에)?\s*(?:할게요|해\s?주세요|이요|요|할래요|좋아요)?\s*[.!~]*\s*$"
)


def _hour24(h: int, ampm: Optional[str]) -> int:
    """오후 2 -> 14; a bare 1-7 or 12 is the afternoon (centers open 9-18), 8-11 the morning."""
    if ampm == "오후" or (ampm is None and (1 <= h <= 7 or h == 12)):
        return h % 12 + 12
    return h % 12


_LABEL_TIME_RE = re.compile(r"(오전|오후)\s(\d{1,2}):(\d{2})")
_LABEL_DAY_RE = re.compile(r"\d{1,2}월\s\d{1,2}일")
# a bare position among the offered times: "1", "2번", "첫 번째 거요", "마지막 걸로" (never "1시", "2일")
_SLOT_POSITION_RE = re.compile(
    r"^\s*(?P<n>[1-9]|첫\s?번째|두\s?번째|세\s?번째|네\s?번째|다섯\s?번째|첫째|둘째|셋째|넷째|다섯째|마지막)"
    r"\s*(?:번째|번|거|걸로|것|으로|로|시간)?\s*(?:이요|요|이에요|예요|으로요|로요|할게요|해\s?주세요)?\s*[.!~]*\s*$"
)


class CenterSteps:
    def find_center(self) -> List[Dict[str, Any]]:
        st = self.state
        slots = {
            "needs": st.needs,
            "consent": st.consent,
            **({k: st.profile.get(k) for k in ("sido", "sigungu")} if st.consent == "given" else {}),
        }
        msgs, updates = centers.center_messages(slots, self.text, self.entities, self.message.metadata or {})
        if updates.get("center_name"):
            st.center_name = updates["center_name"]
            if st.consent == "given":
                for k in ("sido", "sigungu"):
                    if updates.get(k):
                        st.profile[k] = updates[k]
            if st.question == "center_place":
                st.question, st.failures = None, 0
            if not any(m.get("buttons") for m in msgs):
                msgs = msgs + [
                    bot_message("이 센터로 상담 예약도 도와드릴까요?", [("상담 예약", "상담 예약하고 싶어요")])
                ]
            return msgs
        if st.question != "center_place":
            st.question, st.failures = "center_place", 0
        return msgs

    def on_center_place(self) -> List[Dict[str, Any]]:
        st = self.state
        cmd = self.command()
        if cmd and cmd != "find_center":
            st.question, st.failures = None, 0
            return self.run_command(cmd)
        out = self.find_center()
        if st.question != "center_place":  # found: the card (and the screening goes on where it was)
            if st.phase == "screening" and st.consent == "given" and not st.results_shown:
                card = [m for m in out if m.get("custom")][:1]
                lines = [m for m in out if not m.get("custom") and not m.get("buttons")][:1]
                return lines + card + self.next_step()
            return out
        return self.unusable(
            [bot_message(texts.ASK_REGION_FOR_CENTER, custom={"type": "location_request"})],
            example="서울 마포구, 분당, 부평",
            give_up=self.give_up_question,
        )


# "아 이름이 박민준이에요", "성함 김영희로 해 주세요"
_NAME_FIX_RE = re.compile(
    r"(?:이름|성함)\s?(?:은|는|이|가|을|를)?\s?(?:잘못\s?\S+\s?)?([가-힣]{2,4}?)"
    r"(?:이에요|예요|입니다|이요|요|으로|로)?(?:\s?(?:해|바꿔|고쳐)\s?주세요)?\s*[.!]?$"
)


class BookingSteps:
    def booking_slots(self) -> Dict[str, Any]:
        st = self.state
        return {
            **elig_profile(st.profile),
            **{k: v for k, v in st.booking.items() if k != "paused"},
            "consent": st.consent,
            "needs": list(st.needs),
        }

    def start_booking(self) -> List[Dict[str, Any]]:
        st = self.state
        if st.booking.get("paused") and st.booking.get("center_name"):
            st.booking.pop("paused", None)
            st.phase = "booking"
            return self.continue_booking()
        st.booking = {"booking_action": "book"}
        st.lookup = {}
        center = st.center_name
        if not center and st.consent == "given":
            c = flow.center_for(
                {"sido": st.profile.get("sido"), "sigungu": st.profile.get("sigungu")},
                "unemployment_benefit" if "employment" in st.needs else None,
            )
            center = c["name"] if c else None
        if not center:
            # "마포구 고용센터 예약하고 싶어요": the place in the request picks the center (asked again before)
            place = place_in(self.text, self.entities)
            if place:
                c = flow.center_for(
                    {"sido": place.get("sido"), "sigungu": place.get("sigungu")},
                    "unemployment_benefit" if "employment" in st.needs else None,
                )
                center = c["name"] if c else None
        if center:
            st.booking["center_name"] = center
        st.phase = "booking"
        if st.consent != "given":
            return [bot_message("예약에는 성함과 연락처가 필요해요.")] + self.ask_consent("booking")
        return self.continue_booking()

    def continue_booking(self) -> List[Dict[str, Any]]:
        st = self.state
        st.phase = "booking"
        if not st.booking.get("booking_action"):
            st.booking["booking_action"] = "book"
        if not st.booking.get("center_name") and st.center_name:
            st.booking["center_name"] = st.center_name
        slots = self.booking_slots()
        f = booking_flow.next_booking_slot(slots)
        if f is None:
            return self.submit_booking()
        st.question, st.failures = f, 0
        return booking_flow.ask_messages(f, slots)

    def confirm_correction(self) -> Optional[List[Dict[str, Any]]]:
        """At "이대로 예약할까요?" a new name or phone ("아 이름이 박민준이에요", "번호 010-…로 바꿔 주세요") replaces
        the old one, and the confirmation is shown again."""
        st, t = self.state, self.text
        slots = self.booking_slots()
        for field, cue in (("booking_name", r"이름|성함"), ("booking_phone", r"번호|연락처|전화|010|01[16-9]")):
            if not re.search(cue, t):
                continue
            value = t
            if field == "booking_name":
                m = re.search(
                    r"(?:이름|성함)\s?(?:은|는|이|가|을|를)?\s?(?:잘못\s?\S+\s?)?([가-힣]{2,4}?)(?:이에요|예요|입니다|이요|요|으로|로)?\s*[.!]?$",
                    t,
                )
                if not m:
                    continue
                value = m.group(1)
            outcome, updates, _ = booking_flow.apply_booking_answer(slots, field, value, None, self.entities)
            if outcome == "accepted":
                st.booking.update(updates)
                label = "이름을" if field == "booking_name" else "연락처를"
                return [bot_message(f"{label} 고쳤어요.")] + booking_flow.ask_messages(
                    "booking_confirm", self.booking_slots()
                )
        return None

    def slot_from_offered(self, slots) -> Optional[str]:
        """The offered time a bare position ("1", "2번", "첫 번째", "마지막 거") or a bare hour among the offered
        times ("10시로 할게요") names, or None. The buttons are the ones just shown: the times offered for a day or
        a full slot, else the earliest free times again."""
        offered = list(self.state.booking.get("offered") or [])
        t = _SLOT_TIME_RE.match(self.text)
        if t and offered:  # "10시로 할게요" among Thursday morning's times: that Thursday's 10:00, not Monday's
            hour = _hour24(int(t.group("h")), t.group("ampm"))
            minute = 30 if t.group("half") else int(t.group("m") or 0)
            for o in offered:
                lab = _LABEL_TIME_RE.search(o)
                if (
                    lab
                    and int(lab.group(2)) % 12 + (12 if lab.group(1) == "오후" else 0) == hour
                    and int(lab.group(3)) == minute
                ):
                    return o
            days = {d.group(0) for d in (_LABEL_DAY_RE.search(o) for o in offered) if d}
            if len(days) == 1:
                # "3시요" after Thursday afternoon's times, 3:00 not among them: that Thursday at 3, not the next 3
                # o'clock (Monday's) - booked if free, else the usual "full" answer with that day's times
                ampm = "오후" if hour >= 12 else "오전"
                h12 = hour - 12 if hour > 12 else hour
                return f"{days.pop()} {ampm} {h12}시" + (f" {minute}분" if minute else "")
            return None
        m = _SLOT_POSITION_RE.match(self.text)
        if not m:
            return None
        word = m.group("n")
        n = int(word) if word.isdigit() else ko_datetime.ordinal(word)
        if not offered:
            msgs = booking_flow.ask_messages("booking_slot", slots)
            buttons = (msgs[-1].get("buttons") if msgs else None) or []
            offered = [b["payload"] if isinstance(b, dict) else b[1] for b in buttons]
        if n == -1 and offered:
            return offered[-1]
        return offered[n - 1] if n and 1 <= n <= len(offered) else None

    def on_booking_answer(self, field: str) -> List[Dict[str, Any]]:
        st = self.state
        slots = self.booking_slots()
        if field == "booking_slot":
            picked = self.slot_from_offered(slots)
            if picked:
                self.text = picked  # "1", "2번", "첫 번째 거요": the time on that button
        meta_ok = False
        if field == "booking_phone":
            meta_ok = bool(re.search(r"\d{3}|공일공|영일영", self.text))
        elif field == "booking_slot":
            # anything the date reader understands (설날, 다음 달 안에, 2시 10분 전 …) answers the question
            meta_ok = len(self.text) < 40 and (
                bool(re.search(r"\d|오전|오후|내일|모레|요일|다음\s?주", self.text))
                or ko_datetime.parse_when(self.text, booking_flow.kst_now()).get("kind") not in (None, "error")
            )
        elif field == "booking_confirm":
            meta_ok = core.parse_yes_no(self.text, self.intent) is not None
        # the time said with "바꿔 주세요", read again as the answer: its request was the one being answered
        cmd = None if getattr(self, "replaying_wanted", False) else self.command()
        if cmd and not meta_ok and cmd not in ("book_consultation",):
            if cmd == "find_center" and field == "center_name":
                pass
            else:
                return self.interrupted(cmd)
        if text_is_story(self.text) and not meta_ok:
            needs, facts, _, _ = read_message(self.text, self.entities, None, st.profile)
            if needs:  # a story typed mid-booking is a story: the booking waits
                new, changed, msgs = self.absorb(None)
                msgs = msgs[1:] if new else msgs  # the needs are acknowledged once, below
                st.booking["paused"] = True
                st.question, st.failures = "booking_resume", 0
                return (
                    self.needs_ack(new or needs)[:1]
                    + msgs[:1]
                    + [
                        bot_message(
                            "말씀하신 내용은 상담 전에 함께 살펴볼 수 있어요. " + texts.BOOKING_RESUME_Q,
                            texts.BOOKING_RESUME_BUTTONS,
                        )
                    ]
                )
        if field == "booking_confirm" and not meta_ok:
            fixed = self.confirm_correction()
            if fixed is not None:
                return fixed
            when = ko_datetime.parse_when(self.text, booking_flow.kst_now()) if len(self.text) < 40 else {}
            if when.get("kind") in ("time", "day", "part") and not when.get("error"):
                # "2시" at "이 시간으로 바꿀까요?": another time said instead of yes or no - it answers the time
                st.booking["booking_slot"], st.booking["booking_confirm"] = None, None
                st.question = "booking_slot"
                return self.on_booking_answer("booking_slot")
        if self.text == texts.SKIP_LABEL:
            st.failures = 2
        offered = st.booking.pop("offered", None)  # times offered for a full slot, for a bare "네" below
        outcome, updates, msgs = booking_flow.apply_booking_answer(slots, field, self.text, self.intent, self.entities)
        if outcome == "stop":
            st.booking, st.question = {}, None
            st.phase = "results" if st.results_shown else "start"
            return msgs or [bot_message(texts.BOOKING_STOPPED)]
        if outcome == "accepted":
            for k, v in updates.items():
                if k in ("consent",):
                    st.consent = v
                elif k in ("sido", "sigungu"):
                    if st.consent == "given" and v:
                        st.profile[k] = v
                elif k != "center_pending":
                    st.booking[k] = v
            if updates.get("center_name"):
                st.center_name = updates["center_name"]
            st.failures = 0
            if field == "center_name":
                msgs = msgs[:1]
            return msgs + self.continue_booking()
        if (
            outcome == "failed"
            and cmd
            and cmd != "book_consultation"
            and not (cmd == "find_center" and field == "center_name")
        ):
            return self.interrupted(cmd)  # not an answer but a request (상담원, 예약 확인 …): answer it, ask again
        if outcome == "offer":  # "다음 주 안에": the earliest free times inside, as buttons; not a failure
            if msgs and msgs[-1].get("buttons"):  # "2번" next picks from these, not from the earliest times
                st.booking["offered"] = [b["payload"] if isinstance(b, dict) else b[1] for b in msgs[-1]["buttons"]]
            return msgs or booking_flow.ask_messages(field, slots)
        ask = booking_flow.ask_messages(field, slots, 0 if [m for m in msgs if m.get("text")] else 1)
        examples = {
            "booking_slot": "내일 오후 2시",
            "booking_name": "홍길동",
            "booking_phone": "010-1234-5678",
            "booking_confirm": "네 / 아니요",
            "center_name": "서울 마포구",
        }
        reason = [m for m in msgs if m.get("text")][:1]
        if field == "booking_slot" and msgs and msgs[-1].get("buttons"):
            # understood but not free ("…은 예약이 모두 찼습니다. 이 시간은 어떠세요?"): the alternatives are the
            # question, not a failed answer (it said "잘 알아듣지 못했어요" first)
            st.booking["offered"] = [b["payload"] if isinstance(b, dict) else b[1] for b in msgs[-1]["buttons"]]
            return msgs
        if field == "booking_slot" and offered and core._BARE_YES.match(self.text.strip()):
            # "네" to several offered times: which one (the same buttons), still not a failure
            st.booking["offered"] = offered
            return [bot_message("어느 시간으로 할까요? 아래에서 골라 주세요.", [(o, o) for o in offered])]
        return self.unusable(
            ask,
            example=examples.get(field, ""),
            reason=reason,
            why="예약을 확정하려면 꼭 필요한 정보예요.",
            give_up=self.give_up_question,
        )

    def on_booking_resume(self) -> List[Dict[str, Any]]:
        st = self.state
        t = self.text
        if YES_RE.match(t) and not NO_RE.match(t) or "예약" in t and "이어" in t:
            st.booking.pop("paused", None)
            return self.continue_booking()
        if NO_RE.match(t) or "먼저" in t or "지원" in t:
            st.question = None
            if st.consent == "given":
                return self.next_step()
            return self.ask_consent("screening")
        cmd = self.command()
        if cmd:
            return self.interrupted(cmd)
        return self.unusable(
            [bot_message(texts.BOOKING_RESUME_Q, texts.BOOKING_RESUME_BUTTONS)],
            example="예약 이어갈게요",
            give_up=self.give_up_question,
        )

    def handoff(self) -> Dict[str, Any]:
        st = self.state
        flags = []
        if st.crisis:
            flags.append(
                {
                    "kind": st.crisis.get("kind") or "crisis",
                    "level": st.crisis.get("level") or "",
                    "evidence": st.crisis.get("evidence") or "",
                    "at": st.crisis.get("at") or "",
                }
            )
        if (st.crisis or {}).get("kind") != "violence" and (
            st.profile.get("crisis_event") == "domestic_violence" or "violence" in st.flags
        ):
            flags.append({"kind": "violence", "level": "", "evidence": ""})
        profile = dict(elig_profile(st.profile)) if st.consent == "given" else {}
        kwargs = dict(
            flags=flags,
            quotes=list(st.quotes),
            notes=texts.INTERPRETER_NOTE if "language_help" in st.flags else (),
            asked=list(st.deferred),
            channel=self.message.channel or "",
        )
        # a boundary: the booking goes through with a short card even if the counselor's card cannot be built
        try:
            h = build_handoff(profile, list(st.needs), sender_id=self.message.sender or "", **kwargs)
            # the counselor needs these even when the card was shortened to fit the store
            if flags and not h.get("flags"):
                h["flags"] = flags
            if st.quotes and not h.get("quotes"):
                h["quotes"] = list(st.quotes)
            if self.message.channel and not h.get("channel"):
                h["channel"] = self.message.channel
            return h
        except Exception:
            logger.exception("build_handoff failed")
            return {"needs": [core.NEED_LABELS.get(n, n) for n in st.needs], "flags": flags}

    def submit_booking(self) -> List[Dict[str, Any]]:
        st = self.state
        slots = self.booking_slots()
        msgs, updates, retry = booking_flow.submit_booking(
            slots, handoff=self.handoff(), sender_id=self.message.sender or ""
        )
        for k, v in updates.items():
            st.booking[k] = v
        if retry:
            if any(m.get("buttons") for m in msgs):
                st.question, st.failures = booking_flow.next_booking_slot(self.booking_slots()) or "booking_slot", 0
                return msgs
            return msgs + self.continue_booking()
        if updates.get("booking_code") and not updates.get("error"):
            st.booking["booked_turn"] = st.turns  # "바꿀 수 있을까요" right after: not asked the code again
            st.phase, st.question = "results" if st.results_shown else "done", None
            st.booking.pop("booking_confirm", None)
            st.booking.pop("paused", None)
            out = list(msgs)
            # a question asked mid-form and promised "with the results", which the person skipped by booking
            # first: answered now (it is on the counselor's card too); the rating can wait for another moment
            answered = self.deferred_answer() if st.deferred and not st.results_shown and len(out) < 3 else []
            out += answered[:1]
            if not answered and st.satisfaction is None and not st.rating_asked:  # asked once, not again after a change
                self.state.rating_asked = True
                self.state.question = "rating"
                out.append(bot_message(texts.RATING_ASK_AFTER_BOOKING, texts.RATING_BUTTONS))
            return out
        st.phase, st.question = ("results" if st.results_shown else "start"), None
        return msgs
