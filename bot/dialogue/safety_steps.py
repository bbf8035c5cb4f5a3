"""Safety in every state: restart words, the crisis answer (109 first) and the open safety check.

A mixin of the turn (bot/dialogue/engine.py `_Turn`): `self` is the turn, with `state`, `text`,
`intent`, `entities` and `message`; the other steps are reached through `self`.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List

from bot import safety
from bot.dialogue.patterns import (
    BOOKING_WINDOW_RE,
    WANTED_TIME_RE,
    CONSENT_AGAIN_RE,
    CONSENT_WORD_RE,
    GOODBYE_RE,
    HAS_NONE_RE,
    LANGUAGE_HELP_RE,
    MONEY_FIELDS,
    NOT_SAFE_RE,
    SAFE_RE,
)
from bot.dialogue.reading import (
    mask,
    now_iso,
    question_meta,
    read_message,
)
from bot.dialogue.state import State
from bot.korean.questions import asks_about, is_question, may_be_question
from bot.screening import core, texts
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)
_RANK = {"check": 1, "risk": 2, "imminent": 3}
# the quick replies under the safety check (bot.safety.replies and the dialogue's own)
_CHECK_ANSWERS = frozenset(
    [
        safety.replies.SAFE_BUTTON,
        safety.replies.NOT_SAFE_BUTTON,
        safety.replies.COUNSELOR_BUTTON,
        safety.replies.CHECK_OK_BUTTON,
        safety.replies.CHECK_HARD_BUTTON,
    ]
    + [payload for _, payload in texts.SAFE_CHECK_BUTTONS]
)


def assess_safely(text: str):
    """bot.safety.assess, never taking the turn down: if the detector fails, its plain rules still answer."""
    try:
        return safety.assess(text)
    except Exception:
        logger.exception("safety.assess failed; falling back to the last-resort crisis words")
        m = _LAST_RESORT_CRISIS.search(text or "")
        if m:
            return safety.Signal(level="risk", kind="suicide", evidence=m.group(0), source="rules")
        return safety.Signal()


# only when the detector itself fails: the plainest words, so 109 still comes first
_LAST_RESORT_CRISIS = re.compile(
    r"죽고\s?싶|자살|자해|목숨\s?을?\s?끊|살고\s?싶지\s?않|죽어\s?버리|뛰어\s?내리|"
    r"사라지고\s?싶|생을?\s?마감|삶을?\s?끝내"
)


class SafetySteps:
    def restart(self) -> List[Dict[str, Any]]:
        fresh = State(turns=self.state.turns)
        self.state.__dict__.update(fresh.__dict__)
        return [bot_message(texts.RESTARTED), bot_message(texts.GREET, texts.GREET_BUTTONS)]

    def plain_answer(self, max_len: int = 8) -> bool:
        """A short message that validly answers the open screening/consent question."""
        st, t = self.state, self.text
        if not st.question or len(t) > max_len or st.crisis_open:
            return False
        if st.question == "consent":
            return core.parse_yes_no(t, None) is not None
        if st.phase == "booking" and st.question == "booking_slot":
            # "다음 달 안에요", "이달 말까지만요" typed at the booking time: a time, not a plan with a date
            return bool(WANTED_TIME_RE.search(t) or BOOKING_WINDOW_RE.search(t))
        if st.phase != "screening" or st.question == "needs":
            return False
        meta = question_meta(st.question)
        ok, _ = core.parse_field(
            st.question, meta.get("type", "int"), t, None, self.entities, [tuple(c) for c in meta.get("choices", [])]
        )
        return bool(ok)

    def has_none(self) -> bool:
        """At a money question the message ends "저는 없어요": the person has none of it (not "I am not")."""
        return self.state.question in MONEY_FIELDS and bool(HAS_NONE_RE.search(self.text))

    def graver_than_open(self, sig) -> bool:
        """A new sign that is not just an answer to the open safety check: graver than the one the check is
        about, or the first sign of suicide or self-harm in a conversation about violence (109 first)."""
        st = self.state
        if not (st.crisis_open and st.crisis):
            return True
        if self.text in _CHECK_ANSWERS:  # a quick reply of the check itself is its answer, never a new sign
            return False
        open_kind = st.crisis.get("kind") or "suicide"
        if sig.kind != "violence" and open_kind == "violence":
            return True
        return _RANK.get(sig.level, 0) > _RANK.get(st.crisis.get("level"), 0)

    def crisis(self, sig) -> List[Dict[str, Any]]:
        st = self.state
        st.crisis = {"level": sig.level, "kind": sig.kind, "evidence": mask(sig.evidence)[:200], "at": now_iso()}
        last = self.text.split(".")[-1]
        if is_question(self.text) or (may_be_question(last) and asks_about(last)):
            # "… 취소는 어떻게 해요?": the question is answered once the person says they are all right; a polite
            # ending alone asks nothing ("요즘 밤마다 베란다 난간 보고 있어요" is told, not asked)
            st.crisis["asked"] = mask(self.text)[:300]
        st.crisis_open = True
        if LANGUAGE_HELP_RE.search(self.text):  # "한국말 잘 못해요 남편이 때려요": the language help comes on resuming
            st.crisis["language"] = True
            if "language_help" not in st.flags:
                st.flags.append("language_help")  # the counselor's card asks for an interpreter (no text kept)
        if (sig.kind == "violence" or "also:violence" in (sig.extra or ())) and "violence" not in st.flags:
            st.flags.append("violence")  # the 연계 plan and the counselor's card name it, as dispatch() does
        # the needs in the message wait until the person says they are safe (facts: only after consent)
        needs, facts, _, _ = read_message(self.text, self.entities, None, {})
        st.needs += [n for n in needs if n not in st.needs]
        if (needs or facts) and st.consent != "given":
            self.story_seen = True
        elif (needs or facts) and st.consent == "given":
            self.add_quote(self.text)
            for k, v in facts.items():
                st.profile.setdefault(k, v)
        msgs = list(safety.messages_for(sig))
        if not any("?" in (m.get("text") or "") for m in msgs):
            msgs.append(bot_message(texts.SAFE_CHECK, texts.SAFE_CHECK_BUTTONS))
        return msgs

    def crisis_followup(self) -> List[Dict[str, Any]]:
        st = self.state
        try:
            r = safety.followup(self.text)
        except Exception:  # a boundary: the detector runs a model; the careful reading below still answers
            logger.exception("safety.followup failed")
            r = "unclear"
        if r == "unclear":  # the first contract version cannot read answers yet: our own careful reading
            if NOT_SAFE_RE.search(self.text):
                r = "not_safe"
            elif SAFE_RE.search(self.text):
                r = "safe_continue"
        kind = (st.crisis or {}).get("kind") or "suicide"
        if r == "unclear" and kind == "violence" and not self.is_goodbye():
            # a violence victim who goes on with consent, her children's ages or her income is answering the
            # screening: she was asked "지금 안전한 곳에 계신가요?" and then offered ☎109 on every message (a loop)
            needs, facts, _, _ = read_message(self.text, self.entities, None, {})
            if needs or facts or CONSENT_WORD_RE.match(self.text) or CONSENT_AGAIN_RE.match(self.text):
                st.crisis_open = False
                out = self.dispatch()
                return [bot_message(texts.VIOLENCE_RESUME)] + out[:2]
        if r == "unclear" and (st.crisis or {}).get("level") == "check" and self.command() == "book_consultation":
            # "상담 예약할게요" after a gentle check-in: going on, to a person - the booking, with the lines at hand
            # (it was met with "걱정돼서 한 번 더 여쭤봐요" and the booking never started)
            st.crisis_open = False
            return [bot_message(texts.SAFE_RESUME)] + self.dispatch()[:2]
        if (
            r == "unclear"
            and (st.crisis or {}).get("level") == "check"
            and (st.crisis or {}).get("asked_again")
            and not self.is_goodbye()
        ):
            # a gentle check-in asked twice, the lines given twice, and the person goes on ("몰러", "뭐 받을수
            # 있는겨?"): the same check a third time is a loop; go on with the lines at hand
            r = "safe_continue"
        if r == "safe_continue":
            st.crisis_open = False
            # the lines to keep at hand are the ones for what was said: 1366/112 after violence, 109 otherwise
            resume = bot_message(texts.VIOLENCE_RESUME if kind == "violence" else texts.SAFE_RESUME)
            if (st.crisis or {}).pop("language", None):  # told with the sign: easy words, an interpreter, 1577-1366
                resume = bot_message(resume["text"] + "\n" + texts.LANGUAGE_HELP)
            asked = (st.crisis or {}).pop("asked", None)
            if asked:  # the question that came with the sign, answered now as if asked again
                said, failures = (self.text, self.entities, self.intent), st.failures
                self.text, self.entities, self.intent = asked, [], None
                answer = self.dispatch()[:2]
                if not any((m.get("text") or "").startswith(texts.RETRY_PREFIX) for m in answer):
                    return [resume] + answer
                # the step could not read it as an answer: never "못 알아들었어요" right after a crisis reply
                (self.text, self.entities, self.intent), st.failures = said, failures
            if st.question == "needs" and st.needs:
                st.question = None  # the needs came with the message that raised the check: not asked again
            if st.question is None and st.needs and not st.results_shown and st.phase not in ("booking", "lookup"):
                if st.consent is None:  # what she told with the sign is said back before the consent
                    return [resume] + self.needs_ack(st.needs)[:1] + self.ask_consent("screening")[:1]
                if st.consent == "given":
                    return [resume] + self.next_step()
            return [resume] + self.reask(plain=True)
        sig = safety.Signal(
            level=(st.crisis or {}).get("level") or "risk",
            kind=(st.crisis or {}).get("kind") or "suicide",
            evidence=(st.crisis or {}).get("evidence") or "",
        )
        if r == "not_safe" or self.is_goodbye():
            if self.is_goodbye():
                lines = list(safety.messages_for(sig))[:1] or [bot_message(safety.CRISIS_LINES)]
                return lines + [bot_message(texts.CRISIS_GOODBYE, texts.SAFE_CHECK_BUTTONS)]
            if sig.kind == "violence":
                return [bot_message(texts.NOT_SAFE_VIOLENCE, texts.SAFE_CHECK_BUTTONS)]
            if sig.level == "check":
                # a mild sign, then "많이 힘들어요": the counselor sees it as a risk, and the person gets the
                # lines said as for a risk (not the gentle check-in once more)
                st.crisis = dict(st.crisis or {}, level="risk")
                first = list(safety.messages_for(safety.Signal(level="risk", kind=sig.kind, evidence=sig.evidence)))
                return first[:1] + [bot_message(texts.NOT_SAFE, texts.SAFE_CHECK_BUTTONS)]
            return [bot_message(safety.CRISIS_LINES + "\n" + texts.NOT_ALONE, texts.SAFE_CHECK_BUTTONS)]
        if st.crisis is not None:
            st.crisis["asked_again"] = True
        return [bot_message(texts.SAFE_CHECK_AGAIN, texts.SAFE_CHECK_BUTTONS)]

    def is_goodbye(self) -> bool:
        return self.intent == "goodbye" or bool(GOODBYE_RE.search(self.text))
