"""One turn of the conversation: turn(state, message) -> (state, messages). No Rasa imports.

Order in every turn: restart words -> safety (bot.safety.assess; an open check goes through
followup()) -> rating answer -> the open question (answer, story, correction or command) -> commands
-> the phase. Every question follows one policy: an unusable answer is re-asked once with an example,
then explained with buttons (건너뛰기 / 상담원 연결 / 처음으로); a third unusable answer moves on.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import safety
from bot.booking import ko_datetime
from bot.dialogue.state import Message, State
from bot.korean import numbers as korean_numbers
from bot.screening import core, texts
from bot.screening.flow import FIELD_LABELS, Msg, format_value

logger = logging.getLogger(__name__)

MAX_TEXT = 2000  # bound the work per message
MAX_PENDING = 12  # story turns re-read after consent
MAX_QUOTES = 6

# ------------------------------------------------------------------------------ recognisers
_RESTART_RE = re.compile(
    r"^\s*(처음\s?부터\s?(다시|시작)|처음\s?으로|다시\s?시작|새로\s?시작|리셋|초기화|restart)"
    r"(\s?(할게요|할래요?|해\s?주세요|해줘|하고\s?싶어요|요))?\s*[.!~]*\s*$",
    re.I,
)
_RATING_RE = re.compile(r"^\s*(?:만족도\s*)?([1-5])\s*(?:점|/\s*5)?\s*(?:이요|요|입니다|줄게요|드릴게요)?\s*[.!]*\s*$")
_CONSENT_WORD_RE = re.compile(r"^\s*(네[,.\s]*)?동의\s?(합니다|해요|할게요|함|하고\s?살펴보기)?\s*[.!]*\s*$")
_HUMAN_RE = re.compile(
    r"상담원|상담사\s?(연결|랑|와|하고|통화)|사람\s?(이랑|과|하고|한테|으로)?\s?(연결|상담|통화|얘기|이야기)|"
    r"직원\s?(연결|통화)|전화\s?상담"
)
_BOOK_RE = re.compile(
    r"예약\s?(하고|할래|할게|해\s?주|하려|잡아|잡고|부탁|가능|원해|하기|하고\s?싶|이어)|상담\s?예약|방문\s?예약"
)
_CHECK_RE = re.compile(r"예약\s?(확인|조회|내역|했던|한\s?거|어떻게\s?됐)|예약번호")
_CANCEL_RE = re.compile(r"(예약|상담).{0,6}취소|취소\s?(할게|하고|해\s?주|해줘|할래|하려)")
_RESCHEDULE_RE = re.compile(r"(시간|날짜|예약|일정).{0,6}(바꾸|바꿀|바꿔|변경|옮기|옮겨|미루|미룰)")
_CENTER_RE = re.compile(
    r"센터\s?(찾|어디|위치|주소|알려|전화|번호|가는|어떻게\s?가)|가까운\s?센터|고용\s?센터\s?(어디|위치|주소)|"
    r"어디로\s?가(야|면)|(어디|위치)\s?(있|에\s?있)"
)
_GOODBYE_RE = re.compile(r"^\s*(안녕히|잘\s?있어|수고하세요|수고하셨|그만\s?할게요|이만|bye|끝낼게요|종료)", re.I)
_GREET_RE = re.compile(r"^\s*(안녕|하이|반가워|hello|hi\b|헬로)", re.I)
_YES_RE = re.compile(r"^\s*(네|넹|넵|예|응|웅|ㅇㅇ|좋아요|그래요|이어|계속)")
_NO_RE = re.compile(r"^\s*(아니|아뇨|노|ㄴㄴ|싫|나중|먼저)")
_SAFE_RE = re.compile(
    r"괜찮|안전해|이어서|계속\s?(할|해)|이제\s?(괜찮|좀\s?나)|진정|나아졌|걱정\s?마|"
    r"그런\s?(뜻|의미|거|게)\s?아니|오해(에요|예요|하셨|입니다)|그냥\s?한\s?말|농담"
)
_NOT_SAFE_RE = re.compile(r"도움이\s?필요|안\s?괜찮|안\s?안전|위험해|못\s?참|지금\s?(죽|뛰어)|살려")

COMMAND_INTENTS = {
    "greet",
    "goodbye",
    "thank",
    "bot_challenge",
    "out_of_scope",
    "request_human",
    "find_center",
    "book_consultation",
    "check_booking",
    "cancel_booking",
}


def _assess(text: str):
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


def _now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _mask(text: str) -> str:
    try:
        from bot.privacy.pii import mask_text

        return mask_text(text or "")
    except Exception:  # pragma: no cover - privacy module always present
        return re.sub(r"\d", "*", text or "")


def _josa(word: str, pair: str) -> str:
    from bot.korean.particles import josa

    return josa(word, pair)


# ------------------------------------------------------------------------------ helpers
def _elig():
    import bot.eligibility as e

    return e


def elig_profile(profile: Dict[str, Any]) -> Dict[str, Any]:
    """The facts the eligibility engine knows (others, e.g. gender before RULES adds it, are kept aside)."""
    known = _elig().FIELDS
    return {k: v for k, v in (profile or {}).items() if k in known and v is not None}


def _meta(field: str) -> Dict[str, Any]:
    from bot.eligibility import planner

    return dict(planner.QUESTIONS.get(field) or {})


def _next_field(st: State) -> Optional[str]:
    from bot.eligibility import planner

    try:
        return planner.next_question(elig_profile(st.profile), list(st.needs), skipped=set(st.skipped))
    except TypeError:  # an older planner signature
        return planner.next_question(elig_profile(st.profile), list(st.needs), set(st.skipped))
    except Exception:
        logger.exception("planner failed; going to the results")
        return None


def _understand(text: str, entities: Sequence[dict], requested: Optional[str], known: Dict[str, Any]):
    from bot import understand as U

    try:
        return U.understand(text, entities, requested=requested, known=known)
    except Exception:
        logger.exception("understand() failed; falling back to the plain readers")
        try:
            return U.Understanding(
                needs=[(n, 1.0) for n in core.detect_needs(text or "", None, entities)],
                facts=core.facts_from_message(text or "", entities, requested),
            )
        except Exception:
            logger.exception("the plain readers failed too")
            return U.Understanding()


_SUPPLEMENT_FIELDS = ("employment_status", "housing")


def _facts_of(text: str, entities: Sequence[dict], requested: Optional[str], known: Dict[str, Any]):
    """(needs, facts, corrections, notes) of one message: understand() plus the enum/region facts that its
    first version does not read yet (employment status, housing, 시·군·구, 권고사직)."""
    u = _understand(text, entities, requested, known)
    needs = u.need_ids() if hasattr(u, "need_ids") else [n for n, _ in u.needs]
    facts = dict(u.facts or {})
    past = dict(getattr(u, "past", None) or {})
    if past.get("benefit_ended_recently") and known.get("unemployment_benefit_ended_recently") is None:
        # "실업급여 지난달에 끝났고": 국취 Ⅰ유형's allowance is barred for 6 months after the last payment
        facts.setdefault("unemployment_benefit_ended_recently", True)
    corrections = dict(u.corrections or {})
    t = text or ""
    known = known or {}
    for f in _SUPPLEMENT_FIELDS:  # fill-only: these readings never override what is known
        if f not in facts and f != requested and known.get(f) is None:
            # the synonym patterns only: a button label matched as a substring ("음" in "없음") is no fact
            ok, v = core.parse_field(f, "enum", t, None, entities, ())
            if ok and not (f == "housing" and v == "homeless" and not re.search(r"노숙|집\s?(이\s?)?없|쉼터|거리", t)):
                facts[f] = v
    if (
        "left_job_involuntarily" not in facts
        and known.get("left_job_involuntarily") is None
        and re.search(r"권고\s?사직|해고|잘렸|짤렸|계약\s?(이\s?)?(만료|끝)|폐업|회사.{0,4}(망|문\s?닫)", t)
    ):
        facts["left_job_involuntarily"] = True
        if known.get("employment_status") is None:
            facts.setdefault("employment_status", "unemployed")
    if "sigungu" not in facts and requested not in ("sigungu", "sido") and known.get("sigungu") is None:
        place = _place_in(t, entities)
        if place:
            facts["sido"] = place.get("sido")
            if place.get("sigungu"):
                facts["sigungu"] = place.get("sigungu")
    facts = {k: v for k, v in facts.items() if v is not None}
    return needs, facts, corrections, list(getattr(u, "notes", []) or [])


def _place_in(text: str, entities: Sequence[dict]) -> Optional[dict]:
    for e in entities or ():
        if e.get("entity") == "region" and isinstance(e.get("place"), dict) and e["place"].get("sigungu"):
            return dict(e["place"])
    try:
        from bot import directory

        found = directory.find_in_text(text or "")
    except Exception:
        return None
    for f in found or []:
        try:
            res = directory.resolve_text(f["text"])
        except Exception:
            continue
        if res.get("region") and not res.get("ambiguous") and res["region"].get("sigungu"):
            return res["region"]
    return None


def changed_line(key: str, value: Any) -> str:
    label = FIELD_LABELS.get(key, key)
    return f"{_josa(label, '을/를')} {_josa(format_value(key, value), '으로/로')} 고쳤어요."


def _compact(msgs: List[Dict[str, Any]], limit: int = 3) -> List[Dict[str, Any]]:
    """At most `limit` messages per turn: merge plain texts (no buttons/custom) into the next one."""
    out = [m for m in msgs if m and (m.get("text") or m.get("buttons") or m.get("custom"))]
    i = 0
    while len(out) > limit and i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if (
            not a.get("buttons")
            and not a.get("custom")
            and a.get("text")
            and not b.get("custom")
            and len(a["text"]) + len(b.get("text") or "") < 950
        ):
            merged = dict(b)
            merged["text"] = a["text"] + ("\n\n" + b["text"] if b.get("text") else "")
            out[i : i + 2] = [merged]
        else:
            i += 1
    return out


# ------------------------------------------------------------------------------ the turn
def turn(state: Any, message: Message) -> Tuple[State, List[Dict[str, Any]]]:
    st = State.from_dict(state.to_dict() if isinstance(state, State) else state)
    if not isinstance(message, Message):
        message = Message(**dict(message))
    message.text = (message.text or "")[:MAX_TEXT]
    st.turns += 1
    try:
        out = _Turn(st, message).run()
    except Exception:
        logger.exception("turn failed")
        out = [Msg(texts.ACTION_ERROR)]
    return st, _compact(out)


class _Turn:
    def __init__(self, st: State, msg: Message):
        self.st = st
        self.m = msg
        self.text = (msg.text or "").strip()
        self.intent = msg.intent if (msg.confidence or 0) >= 0.5 or msg.intent == "nlu_fallback" else None
        self.ents = list(msg.entities or [])
        self._story_seen = False
        self._facts_seen = False

    # ---------------------------------------------------------------- entry
    def run(self) -> List[Dict[str, Any]]:
        st, text = self.st, self.text
        if _RESTART_RE.match(text) or text in ("처음으로", "처음부터 다시"):
            return self.restart()
        sig = _assess(text)
        if sig.raised and sig.level == "check" and self.plain_answer():
            sig = safety.Signal()  # "없어" answering "재산은요?" is an answer, not a mild signal
        if sig.raised:
            out = self.crisis(sig)
        elif st.crisis_open:
            out = self.crisis_followup()
        else:
            out = self.dispatch()
        if st.consent != "given" and (st.pending_turns > 0 or self._story_seen):
            st.pending_turns = min(st.pending_turns + 1, MAX_PENDING)
        return out

    def dispatch(self) -> List[Dict[str, Any]]:
        st, text = self.st, self.text
        if _VIOLENCE_RE.search(text) and "violence" not in st.flags:
            st.flags.append("violence")
        r = _RATING_RE.match(text)
        if r and (st.question == "rating" or text.startswith("만족도")):
            st.satisfaction = int(r.group(1))
            st.question = None
            st.failures = 0
            return [Msg(texts.RATING_THANKS)]
        if st.question == "rating":  # not a rating: the person goes on with something else
            st.question = None
        if st.consent != "given" and _CONSENT_WORD_RE.match(text) and st.question != "consent":
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

    # ---------------------------------------------------------------- restart / safety
    def restart(self) -> List[Dict[str, Any]]:
        fresh = State(turns=self.st.turns)
        self.st.__dict__.update(fresh.__dict__)
        return [Msg(texts.RESTARTED), Msg(texts.GREET, texts.GREET_BUTTONS)]

    def plain_answer(self) -> bool:
        """A short message that validly answers the open screening/consent question."""
        st, t = self.st, self.text
        if not st.question or len(t) > 8 or st.crisis_open:
            return False
        if st.question == "consent":
            return core.parse_yes_no(t, None) is not None
        if st.phase != "screening" or st.question == "needs":
            return False
        meta = _meta(st.question)
        ok, _ = core.parse_field(
            st.question, meta.get("type", "int"), t, None, self.ents, [tuple(c) for c in meta.get("choices", [])]
        )
        return bool(ok)

    def crisis(self, sig) -> List[Dict[str, Any]]:
        st = self.st
        st.crisis = {"level": sig.level, "kind": sig.kind, "evidence": _mask(sig.evidence)[:200], "at": _now_iso()}
        st.crisis_open = True
        # the needs in the message wait until the person says they are safe (facts: only after consent)
        needs, facts, _, _ = _facts_of(self.text, self.ents, None, {})
        st.needs += [n for n in needs if n not in st.needs]
        if (needs or facts) and st.consent != "given":
            self._story_seen = True
        elif (needs or facts) and st.consent == "given":
            self.add_quote(self.text)
            for k, v in facts.items():
                st.profile.setdefault(k, v)
        msgs = list(safety.messages_for(sig))
        if not any("?" in (m.get("text") or "") for m in msgs):
            msgs.append(Msg(texts.SAFE_CHECK, texts.SAFE_CHECK_BUTTONS))
        return msgs

    def crisis_followup(self) -> List[Dict[str, Any]]:
        st = self.st
        try:
            r = safety.followup(self.text)
        except Exception:
            r = "unclear"
        if r == "unclear":  # the first contract version cannot read answers yet: our own careful reading
            if _NOT_SAFE_RE.search(self.text):
                r = "not_safe"
            elif _SAFE_RE.search(self.text):
                r = "safe_continue"
        kind = (st.crisis or {}).get("kind") or "suicide"
        if r == "unclear" and kind == "violence" and not self._is_goodbye():
            # a violence victim who goes on with consent, her children's ages or her income is answering the
            # screening: she was asked "지금 안전한 곳에 계신가요?" and then offered ☎109 on every message (a loop)
            needs, facts, _, _ = _facts_of(self.text, self.ents, None, {})
            if needs or facts or _CONSENT_WORD_RE.match(self.text) or _CONSENT_AGAIN.match(self.text):
                st.crisis_open = False
                out = self.dispatch()
                return [Msg(texts.VIOLENCE_RESUME)] + out[:2]
        if r == "safe_continue":
            st.crisis_open = False
            if st.question is None and st.needs and not st.results_shown and st.phase not in ("booking", "lookup"):
                if st.consent is None:
                    return [Msg(texts.SAFE_RESUME)] + self.ask_consent("screening")
                if st.consent == "given":
                    return [Msg(texts.SAFE_RESUME)] + self.next_step()
            return [Msg(texts.SAFE_RESUME)] + self.reask(plain=True)
        sig = safety.Signal(
            level=(st.crisis or {}).get("level") or "risk",
            kind=(st.crisis or {}).get("kind") or "suicide",
            evidence=(st.crisis or {}).get("evidence") or "",
        )
        if r == "not_safe" or self._is_goodbye():
            lines = list(safety.messages_for(sig)) or [Msg(safety.CRISIS_LINES)]
            tail = texts.CRISIS_GOODBYE if self._is_goodbye() else texts.NOT_SAFE
            return lines[:2] + [Msg(tail, texts.SAFE_CHECK_BUTTONS)]
        return [Msg(texts.SAFE_CHECK_AGAIN, texts.SAFE_CHECK_BUTTONS)]

    def _is_goodbye(self) -> bool:
        return self.intent == "goodbye" or bool(_GOODBYE_RE.search(self.text))

    # ---------------------------------------------------------------- commands
    def command(self) -> Optional[str]:
        """The request a message makes regardless of the open question (keywords first, then intent)."""
        t = self.text
        meta = self.m.metadata or {}
        if isinstance(meta.get("location"), dict) or meta.get("location_text"):
            return "find_center"  # the location button / plugin
        if _HUMAN_RE.search(t):
            return "request_human"
        if _CANCEL_RE.search(t) and "예약" in t or (_CANCEL_RE.search(t) and self.st.lookup):
            return "cancel_booking"
        if _RESCHEDULE_RE.search(t) and (
            "예약" in t or self.st.booking.get("booking_code") or self.st.lookup or self.intent == "cancel_booking"
        ):
            return "reschedule_booking"
        if _CHECK_RE.search(t):
            return "check_booking"
        if _BOOK_RE.search(t):
            return "book_consultation"
        if _CENTER_RE.search(t) and ("센터" in t or self.intent == "find_center"):
            return "find_center"
        if self._is_goodbye() and len(t) < 20:
            return "goodbye"
        if _GREET_RE.match(t) and len(t) < 15 and not core.detect_needs(t):
            return "greet"
        if self.intent in COMMAND_INTENTS:
            if self.st.question and (
                self.intent in ("out_of_scope", "thank", "greet") or (self.m.confidence or 0) < 0.8
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
        st = self.st
        if cmd == "request_human":
            return [Msg(self.human_text())]
        if cmd == "bot_challenge":
            return [Msg(texts.BOT_CHALLENGE, [("상담원 연결", "상담원 연결")])]
        if cmd == "out_of_scope":
            return [Msg(texts.OUT_OF_SCOPE, texts.OUT_OF_SCOPE_BUTTONS)]
        if cmd == "greet":
            return [Msg(texts.GREET, texts.GREET_BUTTONS)]
        if cmd == "greet_again":  # a greeting while a question is open
            return [Msg(texts.GREET_AGAIN)]
        if cmd == "thank":
            out = [Msg(texts.THANK)]
            if (st.results_shown or st.booking.get("booking_code")) and st.satisfaction is None and not st.rating_asked:
                out += self.ask_rating()
            return out
        if cmd == "goodbye":
            if st.crisis:
                sig = safety.Signal(level=st.crisis.get("level") or "risk", kind=st.crisis.get("kind") or "suicide")
                return (list(safety.messages_for(sig)) or [Msg(safety.CRISIS_LINES)])[:2] + [Msg(texts.CRISIS_GOODBYE)]
            st.phase, st.question, st.failures = "closed", None, 0
            out = [Msg(texts.GOODBYE)]
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
        name = self.st.center_name or self.st.booking.get("center_name")
        if name:
            try:
                from bot import directory

                c = directory.center_by_name(name)
                if c and c.get("phone"):
                    extra = f"\n☎ {c['phone']} {c['name']} (평일 9~18시)"
            except Exception:
                pass
        return texts.HUMAN + extra

    def ask_rating(self) -> List[Dict[str, Any]]:
        self.st.rating_asked = True
        self.st.question = "rating"
        return [Msg(texts.ASK_RATING, texts.RATING_BUTTONS)]

    # ---------------------------------------------------------------- the one re-ask policy
    def unusable(
        self,
        ask: List[Dict[str, Any]],
        example: str = "",
        why: str = "",
        give_up=None,
        reason: Optional[List[Dict[str, Any]]] = None,
    ) -> List[Dict[str, Any]]:
        st = self.st
        st.failures += 1
        if st.failures == 1:
            ex = f" (예: {example})" if example else ""
            if reason and "이해하지 못했" in (reason[0].get("text") or ""):
                return reason[:1] + ask  # the reason already says so: not "못 알아들었어요" three times
            return (reason or []) + [Msg(f"{texts.RETRY_PREFIX}{ex}")] + ask
        if st.failures == 2:
            why_txt = f"{texts.EXPLAIN_PREFIX}{why}\n" if why else ""
            return (reason or [])[:1] + [
                Msg(
                    f"{why_txt}답하기 어려우시면 건너뛰셔도 돼요. 상담원과 이야기하시거나 처음으로 돌아갈 수도 있어요.",
                    texts.HELP_BUTTONS,
                )
            ]
        st.failures = 0
        return give_up() if give_up else [Msg(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]

    def interrupted(self, cmd: str) -> List[Dict[str, Any]]:
        """A command while a question is open: answer it, then ask the question again (bounded)."""
        st = self.st
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
        st = self.st
        q = st.question
        if q is None:
            if st.phase == "results":
                return [Msg("궁금한 지원이나 다른 고민을 말씀해 주세요.", self.results_buttons())]
            return [Msg(texts.WHAT_NEXT, texts.FALLBACK_BUTTONS)]
        if q == "consent":
            return self.ask_consent_msgs(short=True)
        if q == "booking_resume":
            return [Msg(texts.BOOKING_RESUME_Q, texts.BOOKING_RESUME_BUTTONS)]
        if q == "confirm_cancel":
            return [Msg(texts.CONFIRM_CANCEL, texts.CONFIRM_BUTTONS)]
        if q == "center_place":
            return [Msg(texts.ASK_REGION_FOR_CENTER, custom={"type": "location_request"})]
        if q == "rating":
            return [Msg(texts.ASK_RATING, texts.RATING_BUTTONS)]
        if st.phase == "booking":
            from bot.screening import booking_flow

            return booking_flow.ask_messages(q, self.booking_slots())
        if st.phase == "lookup":
            from bot.screening import booking_flow

            return booking_flow.ask_messages(q, {})
        return self.question_msgs(q)

    def give_up_question(self) -> List[Dict[str, Any]]:
        st = self.st
        q = st.question
        if st.phase == "screening" and q:
            if q == "needs":
                st.question, st.phase = None, "start"
                return [Msg(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]
            st.skipped = sorted(set(st.skipped) | {q})
            return [Msg(texts.GIVE_UP_FIELD)] + self.next_step()
        if q == "consent":
            st.question, st.phase, st.consent_for = None, "start", None
            return self.general_info(st.needs) if st.needs else [Msg(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]
        if st.phase in ("booking", "lookup") or q in ("booking_resume", "confirm_cancel"):
            st.phase, st.question = ("results" if st.results_shown else "start"), None
            st.lookup = {}
            return [Msg(texts.BOOKING_STOPPED + " 센터로 직접 전화하셔도 돼요.", texts.FALLBACK_BUTTONS)]
        st.question = None
        return [Msg(texts.GIVE_UP_GENERIC, texts.FALLBACK_BUTTONS)]

    # ---------------------------------------------------------------- consent
    def ask_consent_msgs(self, short: bool = False) -> List[Dict[str, Any]]:
        if short:
            return [Msg("말씀하신 내용을 살펴보려면 동의가 필요해요. 동의하시나요?", texts.CONSENT_BUTTONS)]
        return [Msg(texts.CONSENT, texts.CONSENT_BUTTONS)]

    def ask_consent(self, purpose: str) -> List[Dict[str, Any]]:
        st = self.st
        st.phase, st.question, st.failures, st.consent_for = "consent", "consent", 0, purpose
        return self.ask_consent_msgs()

    def on_consent(self) -> List[Dict[str, Any]]:
        st = self.st
        yes = core.parse_yes_no(self.text, self.intent)
        if yes is None and _CONSENT_WORD_RE.match(self.text):
            yes = True
        if re.match(r"^\s*괜찮", self.text) and not _CONSENT_WORD_RE.search(self.text):
            yes = None  # "괜찮아요" may mean yes or "no, thanks": ask plainly, never guess consent
        if yes is True:
            return self.consent_given()
        if yes is False:
            return self.consent_declined()
        if core.wants_stop(self.text):  # "그만할래요": nothing is collected, the person may come back
            st.phase, st.question, st.failures, st.consent_for, st.pending_turns = "start", None, 0, None, 0
            out = [Msg(texts.GOODBYE)]
            return out + (self.ask_rating() if st.satisfaction is None and not st.rating_asked else [])
        cmd = self.command()
        needs, facts, _, _ = _facts_of(self.text, self.ents, None, {})
        if cmd and cmd not in ("greet",):
            return self.interrupted(cmd)
        if needs or facts:  # the story goes on: hold it for this moment only, ask again
            self._story_seen = True
            new = [n for n in needs if n not in st.needs]
            st.needs += new
            ack = (
                [Msg("네, " + ", ".join(core.NEED_LABELS[n] for n in new) + " 문제도 함께 살펴볼게요.")] if new else []
            )
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
        st = self.st
        purpose = st.consent_for or ("booking" if st.phase == "booking" else "screening")
        st.consent, st.failures, st.question = "given", 0, None
        # re-read the story told before consent (the texts were never stored), then this message
        texts_ = list(self.m.history[-st.pending_turns :]) if st.pending_turns else []
        texts_.append(self.text)
        st.pending_turns = 0
        changed: List[str] = []
        notes: List[str] = []
        for t in texts_:
            needs, facts, _, t_notes = _facts_of(t, self.ents if t is self.text else [], None, st.profile)
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
        if not st.needs:
            return self.ask_needs()
        return [self.summary(notes)] + self.next_step()

    def consent_declined(self) -> List[Dict[str, Any]]:
        st = self.st
        purpose = st.consent_for
        st.consent, st.pending_turns, st.question, st.failures, st.consent_for = "declined", 0, None, 0, None
        st.profile, st.quotes = {}, []
        if purpose == "booking":
            st.phase = "results" if st.results_shown else "start"
            st.booking = {}
            return [Msg(texts.BOOKING_NEEDS_CONSENT, [("센터 찾기", "센터 찾기"), ("상담원 연결", "상담원 연결")])]
        st.phase = "start"
        return [Msg(texts.CONSENT_DECLINED)] + self.general_info(st.needs)

    def general_info(self, needs: Sequence[str]) -> List[Dict[str, Any]]:
        e = _elig()
        lines = []
        for n in needs or core.NEEDS:
            names = [e.PROGRAM_NAMES.get(p, "") for p in e.programs_for_needs([n])]
            names = [x for x in names if x][:4]
            lines.append(f"[{core.NEED_LABELS[n]}] {', '.join(names)}\n  창구: {core.NEED_DESKS[n][0]}")
        body = "\n".join(lines)
        if len(body) > 700:
            body = body[:699] + "…"
        return [
            Msg(body),
            Msg(
                f"자격은 개인 상황에 따라 달라요. 동의하시면 받을 수 있을지 살펴봐 드려요. ※ {texts.DISCLAIMER}\n"
                "사람 상담: ☎1350(일자리) ☎129(복지) ☎1397(빚)",
                [texts.CONSENT_AGAIN_BUTTON, ("센터 찾기", "센터 찾기"), ("상담원 연결", "상담원 연결")],
            ),
        ]

    def add_quote(self, t: str) -> None:
        q = _mask(t.strip())[:200]
        if q and q not in self.st.quotes:
            self.st.quotes = (self.st.quotes + [q])[-MAX_QUOTES:]

    # ---------------------------------------------------------------- screening
    def summary(self, notes: Sequence[str] = ()) -> Dict[str, Any]:
        from bot.screening import results

        st = self.st
        st.summary_sent = True
        return results.summary_message(elig_profile(st.profile), list(st.needs), notes=list(notes))

    def ask_needs(self) -> List[Dict[str, Any]]:
        st = self.st
        st.phase, st.question, st.failures = "screening", "needs", 0
        return [Msg(texts.ASK_NEEDS, [(label, label) for label, _ in core.NEED_BUTTONS])]

    def question_msgs(self, field: str) -> List[Dict[str, Any]]:
        if field == "needs":
            return [Msg(texts.ASK_NEEDS, [(label, label) for label, _ in core.NEED_BUTTONS])]
        meta = _meta(field)
        q = meta.get("text") or f"{_josa(FIELD_LABELS.get(field, field), '을/를')} 알려 주세요."
        buttons = [(str(label), str(label)) for _, label in meta.get("choices", [])][:6]
        return [Msg(q, buttons + [(texts.SKIP_LABEL, texts.SKIP_LABEL)])]

    def next_step(self) -> List[Dict[str, Any]]:
        """Ask the most decisive missing fact, or show the results."""
        st = self.st
        if st.consent != "given":
            return self.ask_consent("screening")
        if not st.needs:
            st.needs = needs_from_facts(st.profile)
        if not st.needs:
            return self.ask_needs()
        f = _next_field(st)
        if f is None:
            return self.show_results()
        st.phase, st.question, st.failures = "screening", f, 0
        if f not in st.asked:
            st.asked.append(f)
        st.questions_asked += 1
        return self.question_msgs(f)

    def show_results(self) -> List[Dict[str, Any]]:
        from bot.screening import results

        st = self.st
        st.phase, st.question, st.failures = "results", None, 0
        st.results_shown = True
        try:
            msgs = list(results.overview_messages(elig_profile(st.profile), list(st.needs)))
        except Exception:
            logger.exception("results failed")
            msgs = [Msg(texts.ACTION_ERROR)]
        if st.booking.get("center_name") and not st.booking.get("booking_code") and st.booking.get("paused"):
            msgs.append(Msg("예약도 이어서 할까요?", [("예약 이어가기", "예약 이어갈게요")]))
        return msgs

    def results_buttons(self):
        return [("센터 찾기", "센터 찾기"), ("상담 예약", "상담 예약하고 싶어요"), ("상담원 연결", "상담원 연결")]

    def absorb(self, requested: Optional[str]) -> Tuple[List[str], Dict[str, Any], List[Dict[str, Any]]]:
        """Feed a message's needs/facts/corrections into the screening (only with consent for facts).
        Returns (new needs, facts newly set or changed, messages saying what changed)."""
        st = self.st
        needs, facts, corrections, _ = _facts_of(self.text, self.ents, requested, st.profile)
        self._facts_seen = bool(facts or corrections)
        new_needs = [n for n in needs if n not in st.needs]
        msgs: List[Dict[str, Any]] = []
        if st.consent != "given":
            if needs or facts:
                self._story_seen = True
            st.needs += new_needs
            return new_needs, {}, msgs
        st.needs += new_needs
        changed: Dict[str, Any] = {}
        for k, v in {**facts, **corrections}.items():
            if k == requested:
                continue
            old = st.profile.get(k)
            if old == v:
                continue
            st.profile[k] = v
            changed[k] = v
            if old is not None:
                msgs.append(Msg(changed_line(k, v)))
        if new_needs or changed:
            self.add_quote(self.text)
        if new_needs:
            msgs.insert(0, Msg("네, " + ", ".join(core.NEED_LABELS[n] for n in new_needs) + " 문제도 함께 살펴볼게요."))
        return new_needs, changed, msgs

    def on_screening_answer(self, field: str) -> List[Dict[str, Any]]:
        st = self.st
        text = self.text
        if field == "needs":
            new, changed, msgs = self.absorb(None)
            if st.needs:
                return msgs + self.next_step()
            # button labels ("일자리·실업급여") are needs too
            for label, need in core.NEED_BUTTONS:
                if label in text:
                    st.needs.append(need)
            if st.needs:
                return self.next_step()
            cmd = self.command()
            if cmd:
                return self.interrupted(cmd)
            if st.consent == "given":
                st.needs = needs_from_facts(st.profile)
                if st.needs:
                    return msgs + self.next_step()
            if changed or self._story_seen or self._facts_seen:
                st.failures += 1
                if st.failures < 3:
                    return [
                        Msg(
                            "네, 기억해 둘게요. 어떤 도움이 필요하신지도 골라 주세요.",
                            [(label, label) for label, _ in core.NEED_BUTTONS],
                        )
                    ]
            return self.unusable(
                self.question_msgs("needs"),
                example="일자리를 찾고 있어요, 월세가 밀렸어요",
                give_up=self.give_up_question,
            )
        if st.consent == "given" and _CONSENT_AGAIN.match(text):
            # "동의합니다" typed again (or the old button pressed twice): already given, not an answer
            return [Msg("네, 이미 동의해 주셨어요. 이어서 여쭤볼게요.")] + self.question_msgs(field)
        if core.wants_stop(text) and not self.command():
            st.question = None
            return [Msg(texts.STOPPED)] + self.show_results()
        meta = _meta(field)
        choices = [tuple(c) for c in meta.get("choices", [])]
        ok, value = core.parse_field(field, meta.get("type", "int"), text, self.intent, self.ents, choices)
        cmd = self.command()
        if cmd and (
            not ok
            or cmd
            in (
                "request_human",
                "book_consultation",
                "check_booking",
                "cancel_booking",
                "reschedule_booking",
                "find_center",
            )
            and len(text) > 3
        ):
            if not (ok and cmd == "find_center"):
                return self.interrupted(cmd)
        if text == texts.SKIP_LABEL or (core.wants_skip(text) and not ok):
            st.skipped = sorted(set(st.skipped) | {field})
            return self.next_step()
        if ok and not _plausible(field, meta.get("type", "int"), text):
            ok, value = False, None
        if (
            not ok
            and meta.get("type") == "enum"
            and "none" in [c[0] for c in choices]
            and re.match(r"^\s*(없|아니|아뇨|해당\s?(없|안)|딱히|특별히\s?없|그런\s?거\s?없)", text)
        ):
            ok, value = True, "none"
        had = dict(st.profile)
        new, changed, msgs = self.absorb(field)
        corrected = [k for k in changed if had.get(k) is not None]
        if ok and corrected:
            # "저 포함해서 4명인데요? 3인가구 아니에요" corrects an earlier answer; it does not answer this one
            u_needs, u_facts, _, _ = _facts_of(text, self.ents, None, had)
            if field not in u_facts:
                ok, value = False, None
        if not ok and field in changed:
            ok, value = True, changed.pop(field)
        if not ok:
            u_needs, u_facts, _, _ = _facts_of(text, self.ents, field, st.profile)
            if field in u_facts:
                ok, value = True, u_facts[field]
        if ok:
            if field == "sigungu" and isinstance(value, dict):
                st.profile["sido"] = value.get("sido")
                value = value.get("sigungu")
            elif field == "sido" and isinstance(value, dict):
                if value.get("sigungu"):
                    st.profile["sigungu"] = value.get("sigungu")
                value = value.get("sido")
            if st.profile.get(field) is not None and st.profile[field] != value:
                msgs.append(Msg(changed_line(field, value)))
            st.profile[field] = value
            note = core.amount_note(meta.get("type"), text)  # "연 3,600만 원 → 월 300만 원으로 계산했어요."
            if note:
                msgs.append(Msg(note))
            st.failures = 0
            return msgs + self.next_step()
        if new or changed:  # a story or a correction instead of the answer: take it, then go on
            st.failures = 0
            nxt = self.next_step()
            if st.question == field and not msgs:
                msgs = [Msg("네, 기억해 둘게요.")]
            return msgs + nxt
        if self.intent == "greet":
            return self.interrupted("greet_again")
        note = core.amount_note(meta.get("type"), text)  # foreign money: "원화가 아니어서 … 원으로 말씀해 주세요"
        past = getattr(_understand(text, self.ents, field, st.profile), "past", None) or {}
        if field in ("household_income_monthly", "personal_income_monthly") and isinstance(
            past.get("income_monthly"), int
        ):
            # "연봉 3600만원이었어요": a past salary is not today's income - say so and ask for now
            note = (
                f"예전 소득(월 {_won(past['income_monthly'])})은 상담사께 참고로 전할게요. "
                "여쭤본 건 지금의 소득이에요. 지금 없으시면 '0원'이라고 해 주세요."
            )
            self.add_quote(text)  # the counselor sees the person's own words on the booking card
            if st.failures == 0:  # no "못 알아들었어요" after saying what was understood; still bounded
                st.failures = 1
                return [Msg(note)] + self.question_msgs(field)
        return self.unusable(
            self.question_msgs(field),
            example=", ".join((meta.get("examples") or [])[:2]),
            why=meta.get("why") or "받을 수 있는 지원을 정확히 살펴보는 데 필요해요.",
            give_up=self.give_up_question,
            reason=[Msg(note)] if note else None,
        )

    # ---------------------------------------------------------------- free messages (no open question)
    def free_message(self) -> List[Dict[str, Any]]:
        st = self.st
        cmd = self.command()
        if st.phase == "results" and cmd is None and _THANKS.match(self.text):
            return self.run_command("thank")  # "고마워요" got "그 질문은 제가 정확히 답하기 어려워요"
        if (
            st.phase == "results"
            and cmd is None
            and (
                self.text.strip() == texts.SKIP_LABEL
                or _CONSENT_AGAIN.match(self.text)
                or core._BARE_YES.match(self.text.strip())
                or _BARE_NO.match(self.text)
            )
        ):
            if core._BARE_YES.match(self.text.strip()) or _BARE_NO.match(self.text):
                return [Msg("네, 알겠어요. 궁금한 지원이나 다른 고민이 있으면 말씀해 주세요.", self.results_buttons())]
            # a button word typed again after the results ("건너뛰기", "동의합니다"): no question is open
            return [
                Msg("지금은 답하실 질문이 없어요. 궁금한 지원이나 다른 고민을 말씀해 주세요.", self.results_buttons())
            ]
        if st.phase == "results" and cmd is None:
            from bot.screening import results

            try:
                ans = results.answer_followup(self.text, elig_profile(st.profile), list(st.needs), self.ents)
            except Exception:
                logger.exception("answer_followup failed")
                ans = None
            if ans:
                return list(ans)
            ref = referral(self.text)
            if ref:
                return [Msg(ref, self.results_buttons())]
            detail = self.program_detail()
            if detail:
                return detail
        if cmd and cmd != "greet":
            return self.run_command(cmd)
        new, changed, msgs = self.absorb(None)
        if st.consent != "given" and (new or self._story_seen):
            if st.consent == "declined":
                if new:  # general information for the new need (nothing personal is kept)
                    return [
                        Msg("네, " + ", ".join(core.NEED_LABELS[n] for n in new) + " 문제도 안내해 드릴게요.")
                    ] + self.general_info(new)
            elif not st.needs:
                return [Msg("말씀해 주셔서 고마워요.")] + self.ask_needs()  # facts without a need yet
            else:
                return self.needs_ack(new) + self.ask_consent("screening")
        if new or changed:
            if st.phase == "results" and not new:
                nxt = _next_field(st)
                if nxt is None:
                    if not msgs:  # a fact given for the first time after the results: say which one
                        said = ", ".join(
                            f"{FIELD_LABELS.get(k, k)} {format_value(k, v)}"
                            for k, v in changed.items()
                            if k in FIELD_LABELS
                        )
                        if said:
                            return [
                                Msg(f"{said}{_josa(said, '을/를')[len(said) :]} 반영해서 다시 살펴봤어요.")
                            ] + self.show_results()
                    return msgs + [Msg("바뀐 내용으로 다시 살펴봤어요.")] + self.show_results()
            return msgs + self.next_step()
        if cmd == "greet" or self.intent == "greet":
            return [Msg(texts.GREET, texts.GREET_BUTTONS)]
        if self.intent in ("affirm", "deny"):
            return [Msg(texts.WHAT_NEXT, texts.FALLBACK_BUTTONS)]
        if self.intent in COMMAND_INTENTS:
            return self.run_command(self.intent)
        ref = referral(self.text)
        if ref:
            return [Msg(ref, self.results_buttons() if st.phase == "results" else texts.FALLBACK_BUTTONS)]
        if st.phase == "results":
            return [Msg(texts.FOLLOWUP_UNKNOWN, self.results_buttons())]
        if self.intent == "out_of_scope":
            return self.run_command("out_of_scope")
        return [Msg(texts.FALLBACK, texts.FALLBACK_BUTTONS)]

    def program_detail(self) -> Optional[List[Dict[str, Any]]]:
        """A program named in a question after the results ("실업급여는 얼마나 받을수 있어요?"): its details,
        until results.answer_followup answers per aspect."""
        from bot.screening import flow

        st = self.st
        try:
            res = flow.evaluate_for({**elig_profile(st.profile), "needs": list(st.needs)})
            if flow._program_in(self.text, self.ents, res) is None:
                return None
            return flow.detail_messages(
                {**elig_profile(st.profile), "needs": list(st.needs), "consent": "given"}, self.text, self.ents
            )
        except Exception:
            logger.exception("program detail failed")
            return None

    def needs_ack(self, new: Sequence[str]) -> List[Dict[str, Any]]:
        if not new:
            return []
        labels = ", ".join(core.NEED_LABELS[n] for n in new)
        if len(new) > 1:
            return [Msg(f"말씀하신 고민을 정리했어요: {labels}. 함께 살펴볼게요.")]
        return [Msg(f"{labels} 문제로 많이 힘드셨겠어요. 함께 살펴볼게요.")]

    # ---------------------------------------------------------------- centers
    def find_center(self) -> List[Dict[str, Any]]:
        from bot.screening import centers

        st = self.st
        slots = {
            "needs": st.needs,
            "consent": st.consent,
            **({k: st.profile.get(k) for k in ("sido", "sigungu")} if st.consent == "given" else {}),
        }
        msgs, updates = centers.center_messages(slots, self.text, self.ents, self.m.metadata or {})
        if updates.get("center_name"):
            st.center_name = updates["center_name"]
            if st.consent == "given":
                for k in ("sido", "sigungu"):
                    if updates.get(k):
                        st.profile[k] = updates[k]
            if st.question == "center_place":
                st.question, st.failures = None, 0
            if not any(m.get("buttons") for m in msgs):
                msgs = msgs + [Msg("이 센터로 상담 예약도 도와드릴까요?", [("상담 예약", "상담 예약하고 싶어요")])]
            return msgs
        if st.question != "center_place":
            st.question, st.failures = "center_place", 0
        return msgs

    def on_center_place(self) -> List[Dict[str, Any]]:
        st = self.st
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
            [Msg(texts.ASK_REGION_FOR_CENTER, custom={"type": "location_request"})],
            example="서울 마포구, 분당, 부평",
            give_up=self.give_up_question,
        )

    # ---------------------------------------------------------------- booking
    def booking_slots(self) -> Dict[str, Any]:
        st = self.st
        return {
            **elig_profile(st.profile),
            **{k: v for k, v in st.booking.items() if k != "paused"},
            "consent": st.consent,
            "needs": list(st.needs),
        }

    def start_booking(self) -> List[Dict[str, Any]]:
        st = self.st
        if st.booking.get("paused") and st.booking.get("center_name"):
            st.booking.pop("paused", None)
            st.phase = "booking"
            return self.continue_booking()
        st.booking = {"booking_action": "book"}
        st.lookup = {}
        center = st.center_name
        if not center and st.consent == "given":
            try:
                from bot.screening import flow

                c = flow.center_for(
                    {"sido": st.profile.get("sido"), "sigungu": st.profile.get("sigungu")},
                    "unemployment_benefit" if "employment" in st.needs else None,
                )
                center = c["name"] if c else None
            except Exception:
                center = None
        if not center:
            # "마포구 고용센터 예약하고 싶어요": the place in the request picks the center (asked again before)
            place = _place_in(self.text, self.ents)
            if place:
                try:
                    from bot.screening import flow

                    c = flow.center_for(
                        {"sido": place.get("sido"), "sigungu": place.get("sigungu")},
                        "unemployment_benefit" if "employment" in st.needs else None,
                    )
                    center = c["name"] if c else None
                except Exception:
                    logger.exception("center for the place in a booking request")
        if center:
            st.booking["center_name"] = center
        st.phase = "booking"
        if st.consent != "given":
            return [Msg("예약에는 성함과 연락처가 필요해요.")] + self.ask_consent("booking")
        return self.continue_booking()

    def continue_booking(self) -> List[Dict[str, Any]]:
        from bot.screening import booking_flow

        st = self.st
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

    def on_booking_answer(self, field: str) -> List[Dict[str, Any]]:
        from bot.screening import booking_flow

        st = self.st
        slots = self.booking_slots()
        meta_ok = False
        if field == "booking_phone":
            meta_ok = bool(re.search(r"\d{3}|공일공|영일영", self.text))
        elif field == "booking_slot":
            # anything the date reader understands (설날, 다음 달 안에, 2시 10분 전 …) answers the question
            meta_ok = len(self.text) < 40 and (
                bool(re.search(r"\d|오전|오후|내일|모레|요일|다음\s?주", self.text))
                or ko_datetime.parse_when(self.text, booking_flow._kst_now()).get("kind") not in (None, "error")
            )
        elif field == "booking_confirm":
            meta_ok = core.parse_yes_no(self.text, self.intent) is not None
        cmd = self.command()
        if cmd and not meta_ok and cmd not in ("book_consultation",):
            if cmd == "find_center" and field == "center_name":
                pass
            else:
                return self.interrupted(cmd)
        if text_is_story(self.text) and not meta_ok:
            needs, facts, _, _ = _facts_of(self.text, self.ents, None, st.profile)
            if needs:  # a story typed mid-booking is a story: the booking waits
                new, changed, msgs = self.absorb(None)
                msgs = msgs[1:] if new else msgs  # the needs are acknowledged once, below
                st.booking["paused"] = True
                st.question, st.failures = "booking_resume", 0
                return (
                    self.needs_ack(new or needs)[:1]
                    + msgs[:1]
                    + [
                        Msg(
                            "말씀하신 내용은 상담 전에 함께 살펴볼 수 있어요. " + texts.BOOKING_RESUME_Q,
                            texts.BOOKING_RESUME_BUTTONS,
                        )
                    ]
                )
        if self.text == texts.SKIP_LABEL:
            st.failures = 2
        outcome, updates, msgs = booking_flow.apply_booking_answer(slots, field, self.text, self.intent, self.ents)
        if outcome == "stop":
            st.booking, st.question = {}, None
            st.phase = "results" if st.results_shown else "start"
            return msgs or [Msg(texts.BOOKING_STOPPED)]
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
        if outcome == "interrupt" and cmd:
            return self.interrupted(cmd)
        if outcome == "offer":  # "다음 주 안에": the earliest free times inside, as buttons; not a failure
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
            ask = msgs[-1:]
            reason = []
        return self.unusable(
            ask,
            example=examples.get(field, ""),
            reason=reason,
            why="예약을 확정하려면 꼭 필요한 정보예요.",
            give_up=self.give_up_question,
        )

    def on_booking_resume(self) -> List[Dict[str, Any]]:
        st = self.st
        t = self.text
        if _YES_RE.match(t) and not _NO_RE.match(t) or "예약" in t and "이어" in t:
            st.booking.pop("paused", None)
            return self.continue_booking()
        if _NO_RE.match(t) or "먼저" in t or "지원" in t:
            st.question = None
            if st.consent == "given":
                return self.next_step()
            return self.ask_consent("screening")
        cmd = self.command()
        if cmd:
            return self.interrupted(cmd)
        return self.unusable(
            [Msg(texts.BOOKING_RESUME_Q, texts.BOOKING_RESUME_BUTTONS)],
            example="예약 이어갈게요",
            give_up=self.give_up_question,
        )

    def handoff(self) -> Dict[str, Any]:
        from bot.screening.handoff import build_handoff

        st = self.st
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
        kwargs = dict(flags=flags, quotes=list(st.quotes), notes=(), channel=self.m.channel or "")
        try:
            try:
                h = build_handoff(profile, list(st.needs), sender_id=self.m.sender or "", **kwargs)
            except TypeError:  # the first contract version has no sender_id
                h = build_handoff(profile, list(st.needs), **kwargs)
            # the first contract version drops these; the counselor needs them
            if flags and not h.get("flags"):
                h["flags"] = flags
            if st.quotes and not h.get("quotes"):
                h["quotes"] = list(st.quotes)
            if self.m.channel and not h.get("channel"):
                h["channel"] = self.m.channel
            return h
        except Exception:
            logger.exception("build_handoff failed")
            return {"needs": [core.NEED_LABELS.get(n, n) for n in st.needs], "flags": flags}

    def submit_booking(self) -> List[Dict[str, Any]]:
        from bot.screening import booking_flow

        st = self.st
        slots = self.booking_slots()
        msgs, updates, retry = booking_flow.submit_booking(slots, handoff=self.handoff(), sender_id=self.m.sender or "")
        for k, v in updates.items():
            st.booking[k] = v
        if retry:
            if any(m.get("buttons") for m in msgs):
                st.question, st.failures = booking_flow.next_booking_slot(self.booking_slots()) or "booking_slot", 0
                return msgs
            return msgs + self.continue_booking()
        if updates.get("booking_code") and not updates.get("error"):
            st.phase, st.question = "results" if st.results_shown else "done", None
            st.booking.pop("booking_confirm", None)
            st.booking.pop("paused", None)
            out = list(msgs)
            if st.satisfaction is None:
                self.st.rating_asked = True
                self.st.question = "rating"
                out.append(Msg(texts.RATING_ASK_AFTER_BOOKING, texts.RATING_BUTTONS))
            return out
        st.phase, st.question = ("results" if st.results_shown else "start"), None
        return msgs

    # ---------------------------------------------------------------- look-up / cancel / reschedule
    def start_lookup(self, action: str) -> List[Dict[str, Any]]:
        from bot.booking.store import normalize_code

        st = self.st
        st.phase, st.failures = "lookup", 0
        st.lookup = {"booking_action": action}
        for e in self.ents:
            if e.get("entity") == "booking_code" and normalize_code(str(e.get("value"))):
                st.lookup["booking_code"] = normalize_code(str(e.get("value")))
        if "booking_code" not in st.lookup:
            for w in re.findall(r"(?<![A-Za-z0-9])[A-Za-z0-9]{6}(?![A-Za-z0-9])", self.text):
                c = normalize_code(w)
                if c:
                    st.lookup["booking_code"] = c
                    break
        phone = _phone_in(self.text)
        if phone:
            st.lookup["booking_phone"] = phone
        return self.continue_lookup()

    def continue_lookup(self) -> List[Dict[str, Any]]:
        from bot.screening import booking_flow

        st = self.st
        f = booking_flow.next_lookup_slot(st.lookup)
        if f:
            st.question, st.failures = f, 0
            intro = {
                "cancel": "예약을 취소하시려면 먼저 예약을 확인할게요. ",
                "reschedule": "예약 시간을 바꾸시려면 먼저 예약을 확인할게요. ",
                "check": "",
            }.get(st.lookup.get("booking_action"), "")
            msgs = booking_flow.ask_messages(f, {})
            if intro and msgs and f == "booking_code":
                msgs[0] = Msg(intro + msgs[0]["text"])
            return msgs
        return self.finish_lookup()

    def on_lookup_answer(self, field: str) -> List[Dict[str, Any]]:
        from bot.screening import booking_flow

        st = self.st
        cmd = self.command()
        digits = bool(re.search(r"\d", self.text))
        if cmd and not digits and cmd not in ("check_booking",):
            return self.interrupted(cmd)
        if core.wants_skip(self.text) and not digits:
            st.phase, st.question, st.lookup, st.failures = ("results" if st.results_shown else "start"), None, {}, 0
            return [
                Msg(
                    "예약번호를 모르시면 예약할 때 받은 안내 메시지를 확인하시거나 센터로 전화해 주세요.",
                    [("상담원 연결", "상담원 연결"), ("처음으로", "처음으로")],
                )
            ]
        outcome, updates, msgs = booking_flow.apply_booking_answer(st.lookup, field, self.text, self.intent, self.ents)
        if outcome == "stop":
            st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
            return msgs
        if outcome == "accepted":
            st.lookup.update({k: v for k, v in updates.items() if k in ("booking_code", "booking_phone")})
            if field == "booking_code" and not st.lookup.get("booking_phone"):
                phone = _phone_in(self.text)  # "AB3K7Q 010-1234-5678" in one message
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
        from bot import booking as B
        from bot import sealed
        from bot.screening import booking_flow

        st = self.st
        action = st.lookup.get("booking_action")
        code, phone = st.lookup.get("booking_code"), sealed.unseal(st.lookup.get("booking_phone"))
        try:
            b = booking_flow.store().get(code, phone)
        except B.BookingError as exc:
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
                    Msg(
                        booking_flow._ko(exc) + " 예약번호를 찾기 어려우시면 센터로 전화해 주세요.",
                        [("상담원 연결", "상담원 연결"), ("처음으로", "처음으로")],
                    )
                ]
            st.question = "booking_code"
            return [
                Msg(booking_flow._ko(exc) + " 예약번호와 휴대전화 번호를 다시 확인해 주세요."),
                Msg("예약번호 6자리를 알려 주세요. (예: AB3K7Q)"),
            ]
        details = B.booking_confirmation_text(b)
        if action == "cancel":
            if b.status != "booked":
                st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
                return [Msg(details)]
            st.question, st.failures = "confirm_cancel", 0
            return [Msg(details), Msg(texts.CONFIRM_CANCEL, texts.CONFIRM_BUTTONS)]
        if action == "reschedule" and b.status == "booked":
            st.booking = {
                "booking_action": "reschedule",
                "booking_code": b.code,
                "booking_phone": st.lookup.get("booking_phone"),
                "center_name": b.center,
            }
            st.lookup = {}
            st.phase = "booking"
            out = [Msg(details), Msg(texts.RESCHEDULE_PICK)]
            return out + self.continue_booking()
        st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
        buttons = (
            [("예약 취소", "예약 취소할게요"), ("시간 변경", "예약 시간 바꾸고 싶어요")] if b.status == "booked" else []
        )
        return [Msg(details, buttons)]

    def on_confirm_cancel(self) -> List[Dict[str, Any]]:
        from bot import booking as B
        from bot import sealed
        from bot.screening import booking_flow

        st = self.st
        yes = core.parse_yes_no(self.text, self.intent)
        if yes is True or re.search(r"취소\s?(해|할)", self.text):
            code, phone = st.lookup.get("booking_code"), sealed.unseal(st.lookup.get("booking_phone"))
            st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
            try:
                b = booking_flow.store().cancel(code, phone)
            except B.BookingError as exc:
                return [Msg(booking_flow._ko(exc))]
            if st.booking.get("booking_code") == b.code:
                st.booking = {}
            return [Msg(B.booking_confirmation_text(b))]
        if yes is False:
            st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
            return [Msg(texts.CANCEL_KEPT)]
        cmd = self.command()
        if cmd and cmd != "cancel_booking":
            return self.interrupted(cmd)
        return self.unusable(
            [Msg(texts.CONFIRM_CANCEL, texts.CONFIRM_BUTTONS)],
            example="네 / 아니요",
            give_up=lambda: self._cancel_kept(),
        )

    def _cancel_kept(self):
        st = self.st
        st.phase, st.question, st.lookup = ("results" if st.results_shown else "start"), None, {}
        return [Msg(texts.CANCEL_KEPT)]


_UNIT_NOT_MONEY = re.compile(r"\d\s?(명|인|살|세|개월|년|달|주|일|식구|가구)")
_MONEY_CUE = re.compile(r"원|만|천|억|없|0|영|\d")


_THANKS = re.compile(
    r"^\s*(정말\s?|너무\s?|진짜\s?)?(고마워요?|고맙습니다|감사해요|감사합니다|감사|땡큐|ㄱㅅ|ㄳ|고마워|도움\s?(이\s?)?(됐|되었)어요)[.!~ㅎ^ ]*$"  # noqa: E501
)
_BARE_NO = re.compile(
    r"^\s*(아니요?|아뇨|아니에요|괜찮아요|없어요|됐어요|ㄴㄴ|아니|(잘\s?)?모르겠어요|(잘\s?)?몰라요?|글쎄요?)[.!~ ]*$"
)
_CONSENT_AGAIN = re.compile(r"^\s*(ㅇㅇ\s?)?(동의(합니다|해요|할게요|함|요)?|동의\s?합니다)\s*[.!~]*\s*$")


def _won(v: int) -> str:
    m = v / 10_000
    return f"{m:,.0f}만 원" if v >= 10_000 and m == int(m) else f"{v:,}원"


def _plausible(field: str, ftype: str, text: str) -> bool:
    """Guards the first-version parsers: '4명' is not 4만 원, '3개월' is not an amount of money."""
    if ftype == "money":
        if _UNIT_NOT_MONEY.search(text) and not re.search(r"원|만\s?원|천|억", text):
            return False
        return bool(_MONEY_CUE.search(text)) or korean_numbers.parse_amount(text) is not None  # "한 달에 백팔십"
    return True


def needs_from_facts(profile: Dict[str, Any]) -> List[str]:
    """Needs that stated facts make plain when no need was named ("애 셋 혼자 키우는 엄마에요")."""
    p = profile or {}
    out: List[str] = []
    if p.get("left_job_involuntarily") or p.get("employment_status") in ("unemployed", "business_closed"):
        out.append("employment")
    if p.get("debt_total") or p.get("debt_overdue_days"):
        out.append("debt")
    if p.get("single_parent") or p.get("children_ages") or p.get("caregiving_gap"):
        out.append("childcare")
    if p.get("rent_monthly") or p.get("housing") == "homeless":
        out.append("housing")
    return out


_ADDICTION_RE = re.compile(r"술\s?(을|좀)?\s?(끊|못\s?끊|마시|중독)|알코올|알콜|음주|도박|중독")
_VIOLENCE_RE = re.compile(
    r"(남편|아내|애인|남친|전남편|가해자).{0,20}(때리|때려|맞|폭력|무서|주소|찾아|알아낼)|가정\s?폭력|데이트\s?폭력"
)
_YOUTH_RE = re.compile(r"청소년|고등학생|중학생|(1[3-8])\s?살")


def referral(text: str) -> Optional[str]:
    """The right line for a question outside the screening, or None."""
    t = text or ""
    if _VIOLENCE_RE.search(t):
        return texts.REFERRAL_VIOLENCE
    if _ADDICTION_RE.search(t):
        return texts.REFERRAL_ADDICTION
    if _YOUTH_RE.search(t):
        return texts.REFERRAL_YOUTH
    return None


def _phone_in(text: str) -> Optional[str]:
    """The sealed mobile number written in a message, or None."""
    m = re.search(r"01[016789]\s?[-.\s]?\s?\d{3,4}\s?[-.\s]?\s?\d{4}", text or "")
    if not m:
        return None
    try:
        from bot import booking as B
        from bot import sealed

        return sealed.seal(B.normalize_phone(m.group(0)))
    except Exception:
        return None


def text_is_story(text: str) -> bool:
    """Long enough to be someone telling their situation rather than answering a short question."""
    t = re.sub(r"\s+", "", text or "")
    return len(t) >= 12
