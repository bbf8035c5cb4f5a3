"""Consent and the story told before it: ask, read the answer, re-read the story after "동의합니다"
(the texts are never stored before consent), or give general information when the person declines.
A mixin of the turn (bot/dialogue/engine.py `_Turn`).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Sequence

from bot import eligibility
from bot.dialogue.patterns import (
    CONSENT_WORD_RE,
)
from bot.dialogue.profile_updates import livelihood_if_no_income, remember_cues
from bot.dialogue.reading import (
    mask,
    needs_from_facts,
    read_message,
)
from bot.screening import core, results, texts
from bot.screening.flow import heard_line
from bot.screening.messages import bot_message
from bot.screening.unscreened_needs import outside_answer

MAX_QUOTES = 6  # the person's own words kept for the counselor


class ConsentSteps:
    def ask_consent_msgs(self, short: bool = False) -> List[Dict[str, Any]]:
        if short:
            return [bot_message("말씀하신 내용을 살펴보려면 동의가 필요해요. 동의하시나요?", texts.CONSENT_BUTTONS)]
        return [bot_message(texts.CONSENT, texts.CONSENT_BUTTONS)]

    def ask_consent(self, purpose: str) -> List[Dict[str, Any]]:
        st = self.state
        st.phase, st.question, st.failures, st.consent_for = "consent", "consent", 0, purpose
        return self.ask_consent_msgs()

    def on_consent(self) -> List[Dict[str, Any]]:
        st = self.state
        yes = core.parse_yes_no(self.text, self.intent)
        if yes is None and CONSENT_WORD_RE.match(self.text):
            yes = True
        if re.match(r"^\s*괜찮", self.text) and not CONSENT_WORD_RE.search(self.text):
            yes = None  # "괜찮아요" may mean yes or "no, thanks": ask plainly, never guess consent
        if yes is True:
            return self.consent_given()
        if yes is False:
            return self.consent_declined()
        if core.wants_stop(self.text):  # "그만할래요": nothing is collected, the person may come back
            st.phase, st.question, st.failures, st.consent_for, st.pending_turns = "start", None, 0, None, 0
            out = [bot_message(texts.GOODBYE)]
            return out + (self.ask_rating() if st.satisfaction is None and not st.rating_asked else [])
        cmd = self.command()
        needs, facts, _, _ = read_message(self.text, self.entities, None, {})
        if cmd and cmd not in ("greet",):
            return self.interrupted(cmd)
        other = results.outside_asked(self.text)
        if needs or facts or other:  # the story goes on: hold it for this moment only, ask again
            self.story_seen = self.story_seen or bool(needs or facts)
            new = [n for n in needs if n not in st.needs]
            st.needs += new
            if other:  # "노인일자리는 어디서 신청하오?": where to ask first, then the same question
                ack = outside_answer(other, buttons=False)
            elif new:
                ack = [bot_message("네, " + ", ".join(core.NEED_LABELS[n] for n in new) + " 문제도 함께 살펴볼게요.")]
            else:  # the same question three times with nothing said back read as a loop
                ack = [bot_message(heard_line(facts, kept=False))]
            return ack + self.ask_consent_msgs(short=True)
        if cmd == "greet" or self.intent == "greet":
            return self.interrupted("greet_again")
        return self.unusable(
            self.ask_consent_msgs(short=True),
            example="동의합니다 / 동의하지 않습니다",
            why="나이·소득 같은 정보를 받아도 되는지 먼저 여쭤봐야 해요.",
            give_up=self.give_up_question,
        )

    def consent_given(self) -> List[Dict[str, Any]]:
        st = self.state
        purpose = st.consent_for or ("booking" if st.phase == "booking" else "screening")
        st.consent, st.failures, st.question = "given", 0, None
        # re-read the story told before consent (the texts were never stored), then this message
        texts_ = list(self.message.history[-st.pending_turns :]) if st.pending_turns else []
        texts_.append(self.text)
        remember_cues(st, "", texts_)  # the story told before consent, re-read once: what later answers need of it
        st.pending_turns = 0
        changed: List[str] = []
        notes: List[str] = []
        for t in texts_:
            needs, facts, _, t_notes = read_message(t, self.entities if t is self.text else [], None, st.profile)
            notes += [n for n in t_notes if n not in notes]
            for n in needs:
                if n not in st.needs:
                    st.needs.append(n)
            if needs or facts:
                self.add_quote(t)
            for k, v in facts.items():
                if k in st.profile and st.profile[k] != v:
                    changed.append(k)
                st.profile[k] = v
        if purpose == "booking":
            st.consent_for = None
            return self.continue_booking()
        st.consent_for = None
        if not st.needs:
            st.needs = needs_from_facts(st.profile)
        elif "employment" not in st.needs and "employment" in needs_from_facts(st.profile):
            # "공장에서 잘려서 일 없고 카드빚이…": a job loss told beside other problems is a need too
            # (구직급여 has a deadline; it was never assessed when the story named debt and rent as well)
            st.needs.append("employment")
        livelihood_if_no_income(st)
        if not st.needs:
            return self.ask_needs()
        return [self.summary(notes)] + self.next_step()

    def consent_declined(self) -> List[Dict[str, Any]]:
        st = self.state
        purpose = st.consent_for
        st.consent, st.pending_turns, st.question, st.failures, st.consent_for = "declined", 0, None, 0, None
        st.profile, st.quotes = {}, []
        if purpose == "booking":
            st.phase = "results" if st.results_shown else "start"
            st.booking = {}
            return [
                bot_message(texts.BOOKING_NEEDS_CONSENT, [("센터 찾기", "센터 찾기"), ("상담원 연결", "상담원 연결")])
            ]
        st.phase = "start"
        return [bot_message(texts.CONSENT_DECLINED)] + self.general_info(st.needs)

    def general_info(self, needs: Sequence[str]) -> List[Dict[str, Any]]:
        lines = []
        for n in needs or core.NEEDS:
            names = [eligibility.PROGRAM_NAMES.get(p, "") for p in eligibility.programs_for_needs([n])]
            names = [x for x in names if x][:4]
            lines.append(f"[{core.NEED_LABELS[n]}] {', '.join(names)}\n  창구: {core.NEED_DESKS[n][0]}")
        body = "\n".join(lines)
        if len(body) > 700:
            body = body[:699] + "…"
        return [
            bot_message(body),
            bot_message(
                f"자격은 개인 상황에 따라 달라요. 동의하시면 받을 수 있을지 살펴봐 드려요. ※ {texts.DISCLAIMER}\n"
                "사람 상담: ☎1350(일자리) ☎129(복지) ☎1397(빚)",
                [texts.CONSENT_AGAIN_BUTTON, ("센터 찾기", "센터 찾기"), ("상담원 연결", "상담원 연결")],
            ),
        ]

    def add_quote(self, t: str) -> None:
        q = mask(t.strip())[:200]
        if q and q not in self.state.quotes:
            self.state.quotes = (self.state.quotes + [q])[-MAX_QUOTES:]
