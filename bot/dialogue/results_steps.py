"""The results and what the person says after them (follow-up questions, referrals, new facts), and any
message when no question is open. A mixin of the turn (bot/dialogue/engine.py `_Turn`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Sequence

from bot.dialogue.patterns import (
    BARE_NO_RE,
    COMMAND_INTENTS,
    CONSENT_AGAIN_RE,
    LOW_MOOD_RE,
    SHAME_RE,
    THANKS_RE,
    UNSURE_RE,
    UNSURE_TOPICS,
    referral,
)
from bot.dialogue.reading import (
    elig_profile,
    next_field,
    plausible_answer,
    question_meta,
    read_message,
)
from bot.korean.particles import josa
from bot.korean.questions import asks_about, is_question
from bot.screening import core, flow, results, texts
from bot.screening.flow import FIELD_LABELS, format_value
from bot.screening.messages import bot_message, compact_turn
from bot.screening.program_results import MAX_CHARS, MAX_MESSAGES, evaluate, short_amount
from bot.screening.unscreened_needs import outside_answer, outside_benefit

logger = logging.getLogger(__name__)


# the durations a screening asks (a duration is read only against its question); UNSURE_TOPICS names their words
_DURATION_FIELDS = ("insured_days_18m", "debt_overdue_days")


def _plain(m: Dict[str, Any]) -> bool:
    return bool(m.get("text")) and not m.get("buttons") and not m.get("custom")


def _fits(out: List[Dict[str, Any]]) -> bool:
    """The turn's messages, plain lines merged into the next while they stay short, make at most three messages of
    at most 400 characters."""
    merged = compact_turn(out, max_chars=MAX_CHARS)
    return len(merged) <= MAX_MESSAGES and all(len(m.get("text") or "") <= MAX_CHARS for m in merged)


class ResultsSteps:
    def show_results(self) -> List[Dict[str, Any]]:
        st = self.state
        st.phase, st.question, st.failures = "results", None, 0
        st.results_shown = True
        profile, needs = elig_profile(st.profile), list(st.needs)
        try:
            msgs = list(results.overview_messages(profile, needs))
        except Exception:  # the person is told and can go on (상담 예약, 센터 찾기); the bug is logged
            logger.exception("results failed")
            msgs = [bot_message(texts.ACTION_ERROR)]
        else:  # the programs' messages (the closing one is last): fit_results may give them less room
            self.shown_overview = (profile, needs, msgs[:-1])
        if st.booking.get("center_name") and not st.booking.get("booking_code") and st.booking.get("paused"):
            msgs.append(bot_message("예약도 이어서 할까요?", [("예약 이어가기", "예약 이어갈게요")]))
        elif st.deferred:
            msgs += self.deferred_answer()
        return msgs

    def deferred_answer(self) -> List[Dict[str, Any]]:
        """The question asked mid-form and promised "with the results" ("아이돌봄은 얼마나 내요?"), answered now."""
        st = self.state
        asked, st.deferred = st.deferred[0], st.deferred[1:]
        try:
            ans = results.answer_followup(asked, elig_profile(st.profile), list(st.needs))
        except Exception:  # the results stand; the person can ask again
            logger.exception("answering a deferred question failed")
            return []
        if not ans:
            return []
        first = dict(ans[0])
        first["text"] = f"아까 물어보신 것(“{asked[:30]}”)에 답해 드릴게요.\n" + (first.get("text") or "")
        self.deferred_shown = (first, asked)
        named = results.programs_named(asked)
        if named:  # "언제까지 신청해요?" asked next is about the same program (answered by the button below)
            st.topic = named[0]
        if st.deferred:  # a second question asked mid-form: one tap answers it, the turn has no room for both
            first["buttons"] = [{"title": "아까 물어보신 질문 하나 더", "payload": st.deferred[0]}] + list(
                first.get("buttons") or []
            )
        return [first]

    def fit_results(self, out: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        """A turn that shows the results keeps to three messages of at most 400 characters with whatever else it
        says: a line said before them (merged into the first), the answer promised mid-form after them. The programs
        then take fewer messages (fewer lines per need); an answer that still finds no room is offered as a button on
        the results, its question kept (a third need, living costs, once pushed it out of the turn)."""
        shown = getattr(self, "shown_overview", None)
        if not shown or _fits(out):
            return compact_turn(out, max_chars=MAX_CHARS) if shown else out
        profile, needs, content = shown
        ids = {id(m) for m in content}
        pos = [i for i, m in enumerate(out) if id(m) in ids]
        if pos:
            lead = out[: pos[0]]
            plain = bool(lead) and all(_plain(m) for m in lead)
            lead_chars = len("\n".join(m["text"] for m in lead)) if plain else 0
            room = MAX_MESSAGES - (len(out) - len(pos) - (len(lead) if plain else 0))
            if room >= 1:
                fewer = results.overview_messages(profile, needs, room=room, lead_chars=lead_chars)[:-1]
                out = out[: pos[0]] + fewer + [m for m in out[pos[0] :] if id(m) not in ids]
                if _fits(out):
                    return compact_turn(out, max_chars=MAX_CHARS)
        deferred = getattr(self, "deferred_shown", None)
        if deferred and any(m is deferred[0] for m in out):
            answer, asked = deferred
            out = [m for m in out if m is not answer]
            self.state.deferred = [asked] + [q for q in self.state.deferred if q != asked]
            closing = next((m for m in reversed(out) if m.get("buttons")), None)
            if closing is not None:
                closing["buttons"] = [{"title": "아까 물어보신 질문", "payload": asked}] + closing["buttons"]
        return compact_turn(out, max_chars=MAX_CHARS) if _fits(out) else out

    def general_answer(self) -> List[Dict[str, Any]]:
        """Consent declined, a question about a program ("그럼 실업급여 얼마 받아요?", then "어디서 신청해요"): the
        program's general rule, amount, documents or desk, read with no personal fact (none is kept); it got the same
        block of program names again, then "제가 잘 이해하지 못했어요"."""
        st = self.state
        if not (asks_about(self.text) or results.programs_named(self.text, self.entities)):
            return []
        try:
            ans = results.answer_followup(self.text, {}, list(st.needs), self.entities, topic=st.topic)
        except Exception:  # the general information below still replies; the bug is logged
            logger.exception("general answer failed")
            return []
        named = results.programs_named(self.text, self.entities)
        if ans and named:
            st.topic = named[0]
        return list(ans or [])

    def same_results(self, before: Dict[str, Any]) -> bool:
        """The results would read the same with the profile as it was before this message (every program's verdict
        and amount)."""
        st = self.state

        def shown(profile: Dict[str, Any]):
            rs = evaluate(elig_profile(profile), list(st.needs))
            return sorted((r.get("program"), r.get("verdict"), short_amount(r)) for r in rs)

        try:
            return shown(before) == shown(st.profile)
        except Exception:  # shown again when in doubt
            logger.exception("comparing results failed")
            return False

    def results_buttons(self):
        return [("센터 찾기", "센터 찾기"), ("상담 예약", "상담 예약하고 싶어요"), ("상담원 연결", "상담원 연결")]

    def free_message(self) -> List[Dict[str, Any]]:
        st = self.state
        cmd = self.command()
        if (st.phase == "results" or st.consent == "declined") and cmd is None and THANKS_RE.match(self.text):
            return self.run_command("thank")  # "고마워요" got "그 질문은 제가 정확히 답하기 어려워요"
        if (
            st.phase == "results"
            and cmd is None
            and (
                self.text.strip() == texts.SKIP_LABEL
                or CONSENT_AGAIN_RE.match(self.text)
                or core._BARE_YES.match(self.text.strip())
                or BARE_NO_RE.match(self.text)
            )
        ):
            if core._BARE_YES.match(self.text.strip()) or BARE_NO_RE.match(self.text):
                # said once; a second "몰라요" gets a way to close instead of the same sentence again
                st.bare_replies += 1
                said = texts.AFTER_RESULTS_NOTED if st.bare_replies == 1 else texts.AFTER_RESULTS_CLOSE
                return [bot_message(said, self.results_buttons())]
            # a button word typed again after the results ("건너뛰기", "동의합니다"): no question is open
            return [
                bot_message(
                    "지금은 답하실 질문이 없어요. 궁금한 지원이나 다른 고민을 말씀해 주세요.", self.results_buttons()
                )
            ]
        if st.phase == "results" and cmd is None:
            taken_back = self.taken_back()
            if taken_back:
                return taken_back
        # after the results a question comes first, whatever intent the NLU guessed for it: over REST
        # "왜 안돼요?" was classified out_of_scope and got "그 질문은 제가 도와드리기 어려워요"
        if st.phase == "results" and cmd in (None, "out_of_scope"):
            try:
                ans = results.answer_followup(
                    self.text, elig_profile(st.profile), list(st.needs), self.entities, topic=st.topic
                )
                named = results.programs_named(self.text, self.entities)
                if named:
                    st.topic = named[0]
            except Exception:  # the referral and program-detail answers below still reply; the bug is logged
                logger.exception("answer_followup failed")
                ans = None
            if ans:
                return list(ans)
            ref = referral(self.text)
            if ref:
                return [bot_message(ref, self.results_buttons())]
            detail = self.program_detail()
            if detail:
                return detail
        told = st.phase == "results" and not asks_about(self.text)  # asks_about covers is_question
        if cmd and cmd != "greet" and not (told and cmd == "out_of_scope"):
            return self.run_command(cmd)
        before = dict(st.profile)
        new, changed, msgs = self.absorb(None)
        other = outside_benefit(self.text)
        if other and not st.needs and st.phase != "results":
            # "기초연금 받을 수 있나요?" (not screened here): say where to ask, then what else we can look at
            return outside_answer(other, buttons=False) + self.ask_needs()
        if st.consent != "given" and (new or self.story_seen):
            if st.consent == "declined":
                if new:  # general information for the new need (nothing personal is kept)
                    return [
                        bot_message("네, " + ", ".join(core.NEED_LABELS[n] for n in new) + " 문제도 안내해 드릴게요.")
                    ] + self.general_info(new)
            elif not st.needs:
                return [bot_message("말씀해 주셔서 고마워요.")] + self.ask_needs()  # facts without a need yet
            else:
                return self.needs_ack(new) + self.ask_consent("screening")
        if st.consent == "declined" and not new:
            general = self.general_answer()  # "그럼 실업급여 얼마 받아요?": the rule, no personal fact used
            if general:
                return general
            # a need or program named again after declining ("실업급여 받고 싶어요"): the general information
            asked = [n for n in core.detect_needs(self.text, None, self.entities) if n in core.NEED_LABELS]
            if asked:
                return [bot_message("네, 일반 안내를 드릴게요.")] + self.general_info(asked)
        if st.phase == "results" and told and not new and not changed:
            changed = self.reread_duration_answers()
        if new or changed:
            if st.phase == "results" and not new:
                nxt = next_field(st)
                if nxt is None:
                    said = ", ".join(
                        f"{FIELD_LABELS[k]} {format_value(k, v)}" for k, v in changed.items() if k in FIELD_LABELS
                    )
                    if self.same_results(before):
                        # "빚은 없어" after results that never looked at debt: said back, not the results again
                        noted = f"{said}{josa(said, '을/를')[len(said) :]} 기억해 둘게요. " if said and not msgs else ""
                        return msgs + [bot_message(noted + texts.RESULTS_UNCHANGED, self.results_buttons())]
                    if not msgs and said:  # a fact given for the first time after the results: say which one
                        return [
                            bot_message(f"{said}{josa(said, '을/를')[len(said) :]} 반영해서 다시 살펴봤어요.")
                        ] + self.show_results()
                    return msgs + [bot_message("바뀐 내용으로 다시 살펴봤어요.")] + self.show_results()
            return msgs + self.next_step()
        if cmd == "greet" or self.intent == "greet":
            return [bot_message(texts.GREET, texts.GREET_BUTTONS)]
        if self.intent in ("affirm", "deny"):
            return [bot_message(texts.WHAT_NEXT, texts.FALLBACK_BUTTONS)]
        if self.intent in COMMAND_INTENTS:
            return self.run_command(self.intent)
        ref = referral(self.text)
        if ref:
            return [bot_message(ref, self.results_buttons() if st.phase == "results" else texts.FALLBACK_BUTTONS)]
        if st.phase == "results" and self.facts_seen and not is_question(self.text):
            # "재산은 예금 500이 다예요" after the results: a fact the results already used, not a question
            # ("전세사기 피해자 지원은 없어요?" names 전세 too, but it asks: the honest answer below)
            return [bot_message(texts.FACT_ALREADY_USED, self.results_buttons())]
        if SHAME_RE.search(self.text) and not is_question(self.text):
            return [bot_message(texts.SHAME_REASSURE, self.results_buttons() if st.phase == "results" else ())]
        if told:
            # "남편 다친지는 두달 됐어요" after the results: something told, not asked ("그 질문은 … 어렵다" answered
            # a question nobody asked); the counselor reads it on the booking card
            if st.consent == "given":
                self.add_quote(self.text)
            return [bot_message(texts.FOLLOWUP_NOTED, self.results_buttons())]
        if st.phase == "results":
            return [bot_message(texts.FOLLOWUP_UNKNOWN, self.results_buttons())]
        if self.intent == "out_of_scope":
            return self.run_command("out_of_scope")
        # nothing read, no question open: the second time not the same paragraph (a loop), and tiredness heard first
        st.failures += 1
        first = texts.FALLBACK if st.failures == 1 else texts.FALLBACK_AGAIN
        if LOW_MOOD_RE.search(self.text):
            first = texts.LOW_MOOD_ACK + " " + texts.FALLBACK_AGAIN
        if st.failures >= 3:  # a third time: a person, not the same examples again
            return [bot_message(texts.FALLBACK_HUMAN, texts.FALLBACK_BUTTONS)]
        buttons = texts.FALLBACK_BUTTONS if st.failures == 1 else [(label, label) for label, _ in core.NEED_BUTTONS]
        return [bot_message(first, buttons)]

    def reread_duration_answers(self) -> Dict[str, Any]:
        """ "1년 넘게 다녔어요 고용보험 들었고요" after the results, when "없어요" had answered the insured-days
        question: a duration is read only against its question, so each duration the screening asked is read
        again against this message when its cue is in it; what changed (kept in the profile)."""
        st, changed = self.state, {}
        for field, cue in UNSURE_TOPICS:
            if field not in _DURATION_FIELDS or field not in st.profile and field not in st.skipped:
                continue
            if not cue.search(self.text):
                continue
            _, facts, _, _ = read_message(self.text, self.entities, field, st.profile)
            v = facts.get(field)
            ftype = question_meta(field).get("type", "int")
            if v is not None and v != st.profile.get(field) and plausible_answer(field, ftype, self.text):
                st.profile[field] = v
                st.skipped = [f for f in st.skipped if f != field]
                changed[field] = v
        return changed

    def taken_back(self) -> Optional[List[Dict[str, Any]]]:
        """ "일용직이라 잘 모르겠는데" after "없어" at the insured-days question: the earlier answer becomes
        unknown (the program it decided says 확인 필요 instead of ❌), said plainly, and the results again."""
        st = self.state
        if not UNSURE_RE.search(self.text) or is_question(self.text):
            return None
        field = next(
            (f for f, rx in UNSURE_TOPICS if rx.search(self.text) and st.profile.get(f) is not None),
            None,
        )
        if field is None:
            return None
        st.profile.pop(field)
        st.skipped = sorted(set(st.skipped) | {field})
        self.add_quote(self.text)
        label = FIELD_LABELS.get(field, field)
        said = f"네, {josa(label, '은/는')} '모름'으로 바꿔서 다시 살펴봤어요."
        if field == "insured_days_18m" and re.search(r"일용|알바|단기|건설|현장", self.text):
            said += (
                " 일용직으로 일하셨어도 고용보험에 가입되어 있었을 수 있어요. "
                "가입 이력은 고용24나 센터에서 확인할 수 있어요."
            )
        return [bot_message(said)] + self.show_results()

    def program_detail(self) -> Optional[List[Dict[str, Any]]]:
        """A program named in a question after the results ("실업급여는 얼마나 받을수 있어요?"): its details,
        until results.answer_followup answers per aspect."""
        st = self.state
        try:
            res = flow.evaluate_for({**elig_profile(st.profile), "needs": list(st.needs)})
            if flow.program_in(self.text, self.entities, res) is None:
                return None
            return flow.detail_messages(
                {**elig_profile(st.profile), "needs": list(st.needs), "consent": "given"}, self.text, self.entities
            )
        except Exception:  # the reply falls back to the general answer; the bug is logged
            logger.exception("program detail failed")
            return None

    def needs_ack(self, new: Sequence[str]) -> List[Dict[str, Any]]:
        if not new:
            return []
        labels = ", ".join(core.NEED_LABELS[n] for n in new)
        if len(new) > 1:
            return [bot_message(f"말씀하신 고민을 정리했어요: {labels}. 함께 살펴볼게요.")]
        return [bot_message(f"{labels} 문제로 많이 힘드셨겠어요. 함께 살펴볼게요.")]
