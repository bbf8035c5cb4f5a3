"""The screening questions: the summary after consent, the planner's next question, and reading an answer
(with corrections and stories told instead of an answer).
A mixin of the turn (bot/dialogue/engine.py `_Turn`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import catalogue, eligibility
from bot.dialogue import profile_updates as updates
from bot.dialogue.patterns import (
    OTHERS_HAVE_NONE_RE,
    SELF_NAMED_RE,
    ELLIPTICAL_ARREARS_RE,
    SAVINGS_ONLY_RE,
    UNPAID_BILLS_RE,
    BARE_DIGIT_RE,
    CHILDREN_NOT_HOUSEHOLD_RE,
    CONSENT_AGAIN_RE,
    FAMILY_CARE_RE,
    HOUSING_TROUBLE_RE,
    HEALTH_LIMIT_RE,
    LIVES_WITH_THEM_RE,
    OTHERS_AT_HOME_RE,
    SELF_NONE_RE,
    SELF_SAID_RE,
    SHAME_RE,
    SPOUSE_PAY_ONLY_RE,
    WHAT_IS_RE,
)
from bot.dialogue.reading import (
    asks_about_benefits,
    changed_line,
    elig_profile,
    mask,
    needs_from_facts,
    next_field,
    plausible_answer,
    question_meta,
    read_message,
    understand_message,
)
from bot.korean.particles import josa
from bot.korean.questions import is_question, may_be_question
from bot.screening import core, results, texts
from bot.screening.flow import FIELD_LABELS, format_value, heard_line
from bot.screening.messages import bot_message
from bot.screening.program_results import won
from bot.screening.unscreened_needs import outside_answer

logger = logging.getLogger(__name__)


# Things said instead of the answer that are heard, not "못 알아들었어요" (once; the same question follows):
# (pattern, reply, whether the counselor should read the person's words on the booking card)
ASIDES = (
    (SHAME_RE, texts.SHAME_REASSURE, False),  # "빚 얘기는 좀 창피하네요"
    (FAMILY_CARE_RE, "네, 가족 돌봄 이야기는 상담사께 전해 둘게요.", True),  # "어머니가 장기요양 4등급이에요"
    (HEALTH_LIMIT_RE, "몸이 불편하시군요. 상담하실 때 맞는 일을 함께 찾도록 상담사께 전해 둘게요.", True),
)


# a month's income this large is more often a house, savings or a year's pay typed at the income question
IMPLAUSIBLE_MONTHLY = 20_000_000


class ScreeningSteps:
    def summary(self, notes: Sequence[str] = ()) -> Dict[str, Any]:
        st = self.state
        st.summary_sent = True
        return results.summary_message(elig_profile(st.profile), list(st.needs), notes=list(notes))

    def ask_needs(self) -> List[Dict[str, Any]]:
        st = self.state
        st.phase, st.question, st.failures = "screening", "needs", 0
        return [bot_message(texts.ASK_NEEDS, [(label, label) for label, _ in core.NEED_BUTTONS])]

    def household_from_family(self) -> List[Dict[str, Any]]:
        """A spouse and n children told, the household size still open: n + 2, said back to be corrected."""
        p = self.state.profile
        n = p.get("num_children")
        spouse = p.get("single_parent") is False or p.get("spouse_income_monthly") is not None
        if p.get("household_size") is not None or not isinstance(n, int) or n < 1:
            return []
        if not spouse:
            if not LIVES_WITH_THEM_RE.search(self.text) or OTHERS_AT_HOME_RE.search(self.text):
                return []
            # "애들 셋이랑 살아요" (or a single parent): the person and the children, said back to be corrected
            p["household_size"] = n + 1
            return [bot_message(f"가구원은 본인과 자녀 {n}명, 모두 {n + 1}명으로 볼게요. 다르면 말씀해 주세요.")]
        p["household_size"] = n + 2
        return [bot_message(f"가구원은 본인·배우자·자녀 {n}명, 모두 {n + 2}명으로 볼게요. 다르면 말씀해 주세요.")]

    def household_with_own_income(self, field: str, value: Any) -> List[Dict[str, Any]]:
        """The household's income was the spouse's pay alone ("와이프 알바 120"), taken while he said he was out
        of work; his own income told now (대리운전 150) is added to it, said back, rather than a household that
        earns less than he does."""
        p = self.state.profile
        spouse, household = p.get("spouse_income_monthly"), p.get("household_income_monthly")
        if field != "personal_income_monthly" or not isinstance(value, int) or value < 0:
            return []
        two = household is None and p.get("household_size") == 2  # the two of them: the household is the sum
        if not isinstance(spouse, int) or not (household == spouse or two) or (value == 0 and not two):
            return []
        p["household_income_monthly"] = spouse + value
        if value == 0:
            return [bot_message(texts.HOUSEHOLD_IS_SPOUSE_INCOME.format(spouse=won(spouse)))]
        said = texts.HOUSEHOLD_WITH_OWN_INCOME.format(spouse=won(spouse), own=won(value), total=won(spouse + value))
        return [bot_message(said)]

    def midform_answer(self) -> List[Dict[str, Any]]:
        """A question asked while a screening question is open: what a named program is, now ("새일센터는 뭐하는
        데예요?"); whether and how much, with the results (the question is kept and answered then). A second
        deferral is one short line, not the same paragraph again."""
        st = self.state
        named = results.programs_named(self.text, self.entities)
        if named and WHAT_IS_RE.search(self.text):
            pid = named[0]
            prog = catalogue.programs().get(pid) or {}
            name = eligibility.PROGRAM_NAMES.get(pid, pid)
            how = str(prog.get("how") or "").strip()
            if how:
                return [bot_message(f"{name}: {how} 받으실 수 있을지는 결과와 함께 알려 드릴게요.")]
        q = mask(self.text.strip())[:200]
        if q and q not in st.deferred:
            st.deferred = (st.deferred + [q])[-2:]
        if len(st.deferred) > 1:
            return [bot_message("그것도 결과와 함께 알려 드릴게요.")]
        return [bot_message(texts.MIDFORM_ANSWER)]

    def question_msgs(self, field: str) -> List[Dict[str, Any]]:
        if field == "needs":
            return [bot_message(texts.ASK_NEEDS, [(label, label) for label, _ in core.NEED_BUTTONS])]
        meta = question_meta(field)
        q = meta.get("text") or f"{josa(FIELD_LABELS.get(field, field), '을/를')} 알려 주세요."
        if field == "household_income_monthly" and self.state.profile.get("household_size") == 1:
            q = texts.ASK_INCOME_ALONE  # "가족 전체의 소득" to someone who just said they live alone
        choices = [(v, str(label)) for v, label in meta.get("choices", [])]
        if len(choices) > 6:
            # the crisis question's nine kinds: the first five, then "기타" and "해당 없음" always (they were cut,
            # so "없어요" had to be typed and the 단전·이혼 kind was never offered)
            choices = choices[:5] + [c for c in choices[5:] if c[0] in ("other", "none")]
        buttons = [(label, label) for _, label in choices]
        if field == "household_size" and not buttons:
            buttons = list(texts.HOUSEHOLD_BUTTONS)  # a small choice: one tap instead of typing "저 포함 3명이요"
        if field == "personal_income_monthly" and self.state.profile.get("employment_status") == "unemployed":
            # someone out of work most often has none: one tap, and the kinds of income that still count named
            q, buttons = texts.ASK_INCOME_NOT_WORKING, [(texts.NO_INCOME_LABEL, texts.NO_INCOME_LABEL)]
        return [bot_message(q, buttons + [(texts.SKIP_LABEL, texts.SKIP_LABEL)])]

    def next_step(self) -> List[Dict[str, Any]]:
        """Ask the most decisive missing fact, or show the results."""
        st = self.state
        if st.consent != "given":
            return self.ask_consent("screening")
        if not st.needs:
            st.needs = needs_from_facts(st.profile)
        if not st.needs:
            return self.ask_needs()
        f = next_field(st)
        said: List[Dict[str, Any]] = []
        if f == "employment_status" and self.looking_without_work():
            # "종일 일은 못하고 시간제로라도 일하고 싶어요 … 수입이 없어요": not working and looking, said back;
            # a seven-button question asked five times read as a loop
            st.profile["employment_status"] = "unemployed"
            said = [bot_message("지금은 일을 하지 않고 일자리를 찾고 계신 걸로 볼게요. 다르면 말씀해 주세요.")]
            f = next_field(st)
        told = updates.household_income_said(st.profile) if f == "household_income_monthly" else None
        if told:  # the household's income follows from what was told (a single parent's, a couple's two)
            said, f = said + [bot_message(told)], next_field(st)
        if f is None and (updates.livelihood_if_no_income(st) or updates.livelihood_if_poor(st)):
            # no income told at a form question: living costs are screened last, after what the person came
            # for (the questions they expected keep their order; the results then name 긴급복지·기초생활보장)
            f = next_field(st)
        if f is None:
            return said + self.show_results()
        back = f in st.asked and st.question != f  # asked before, other questions came between
        st.phase, st.question, st.failures = "screening", f, 0
        if f not in st.asked:
            st.asked.append(f)
        st.questions_asked += 1
        msgs = self.question_msgs(f)
        if back and msgs:
            # the income question back after the debt and assets questions read as asked twice without a word
            msgs[0] = dict(msgs[0], text=texts.BACK_TO_QUESTION + msgs[0].get("text", ""))
        return said + msgs

    def looking_without_work(self) -> bool:
        """Work is what they came for and they told of no income at all: not working, looking."""
        p = self.state.profile
        no_income = (  # or a pension is all the income: "기초연금 30만원 받는게 다라"
            p.get("personal_income_monthly") == 0
            or (p.get("household_income_monthly") == 0 and p.get("personal_income_monthly") is None)
            or "pension_only" in self.state.cues
        )
        return "employment" in self.state.needs and no_income and p.get("employment_status") is None

    def absorb(
        self, requested: Optional[str], add_needs: bool = True
    ) -> Tuple[List[str], Dict[str, Any], List[Dict[str, Any]]]:
        """Feed a message's needs/facts/corrections into the screening (only with consent for facts).
        Returns (new needs, facts newly set or changed, messages saying what changed). add_needs=False: a
        question about a program outside the screening ("노인일자리 그거 나도 할 수 있는겨?") names no new problem."""
        st = self.state
        needs, facts, corrections, _ = read_message(self.text, self.entities, requested, st.profile)
        self.facts_seen = bool(facts or corrections)
        new_needs = [n for n in needs if n not in st.needs] if add_needs else []
        if requested and "housing" in new_needs and not HOUSING_TROUBLE_RE.search(self.text):
            new_needs.remove("housing")  # "전세 2억이요" mid-screening tells the home; it is no housing problem
        msgs: List[Dict[str, Any]] = []
        if st.consent != "given":
            if needs or facts:
                self.story_seen = True
            st.needs += new_needs
            return new_needs, {}, msgs
        st.needs += new_needs
        changed: Dict[str, Any] = {}
        had_children = st.profile.get("num_children")
        for k, v in {**facts, **corrections}.items():
            if k == requested:
                continue
            old = st.profile.get(k)
            if k == "assets" and k in facts:
                total = updates.assets_with_savings(st.profile, v, self.text)
                if total is not None:  # "예금 한 300?" after "집은 자가고 2억": the savings are added, not the total
                    st.profile[k] = changed[k] = total
                    msgs.append(bot_message(texts.ASSETS_WITH_SAVINGS.format(savings=won(v), total=won(total))))
                    continue
            total = updates.debt_added(st.profile, v, self.text) if k == "debt_total" else None
            if total is not None:  # "사채도 500 있음" after 빚 3천: both, not the new one alone
                st.profile[k] = changed[k] = total
                msgs.append(bot_message(texts.DEBT_ADDED.format(added=won(v), total=won(total))))
                continue
            if old == v:
                continue
            st.profile[k] = v
            changed[k] = v
            if old is not None:
                msgs.append(bot_message(changed_line(k, v)))
        grown = updates.household_with_children_corrected(st.profile, had_children, changed, facts)
        if grown is not None:  # "아 잠깐 애가 셋이에요" after a household of four with two children: five now
            changed["household_size"] = grown
            msgs.append(bot_message(changed_line("household_size", grown)))
        if new_needs or changed:
            self.add_quote(self.text)
        if new_needs:
            msgs.insert(
                0, bot_message("네, " + ", ".join(core.NEED_LABELS[n] for n in new_needs) + " 문제도 함께 살펴볼게요.")
            )
        return new_needs, changed, msgs

    def on_screening_answer(self, field: str) -> List[Dict[str, Any]]:
        st = self.state
        if ELLIPTICAL_ARREARS_RE.match(self.text) and "rent_named" in st.cues and field != "debt_overdue_days":
            # "집은 월세 보증금 1000에 50", then "두달째 밀렸어요": the rent just named is what is behind
            self.text = f"월세가 {self.text}"
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
            if changed or self.story_seen or self.facts_seen:
                st.failures += 1
                if st.failures < 3:
                    return [
                        bot_message(
                            "네, 기억해 둘게요. 어떤 도움이 필요하신지도 골라 주세요.",
                            [(label, label) for label, _ in core.NEED_BUTTONS],
                        )
                    ]
            return self.unusable(
                self.question_msgs("needs"),
                example="일자리를 찾고 있어요, 월세가 밀렸어요",
                give_up=self.give_up_question,
            )
        if st.consent == "given" and CONSENT_AGAIN_RE.match(text):
            # "동의합니다" typed again (or the old button pressed twice): already given, not an answer
            return [bot_message("네, 이미 동의해 주셨어요. 이어서 여쭤볼게요.")] + self.question_msgs(field)
        if (core.wants_stop(text) or core.wants_results_now(text)) and not self.command():
            st.question = None
            return [bot_message(texts.STOPPED)] + self.show_results()
        meta = question_meta(field)
        choices = [tuple(c) for c in meta.get("choices", [])]
        ok, value = core.parse_field(field, meta.get("type", "int"), text, self.intent, self.entities, choices)
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
        if ok and not plausible_answer(field, meta.get("type", "int"), text):
            ok, value = False, None
        # "애는 둘이요 중2랑 일곱살" at the household question counts the children, not the household
        kids_only = field == "household_size" and bool(CHILDREN_NOT_HOUSEHOLD_RE.search(text))
        if kids_only:
            ok, value = False, None
        spouse_pays = (SPOUSE_PAY_ONLY_RE.search(text) and not SELF_SAID_RE.search(text)) or SELF_NONE_RE.search(text)
        if ok and field == "personal_income_monthly" and spouse_pays:
            # "와이프 110이 다예요" asked for his own income: the wife's pay is all there is, his own is none
            value = 0
        own = st.profile.get("personal_income_monthly")
        said_back: List[Dict[str, Any]] = []
        if (
            ok
            and field == "household_income_monthly"
            and value == 0
            and isinstance(own, int)
            and own > 0
            and OTHERS_HAVE_NONE_RE.search(text)
            and not SELF_NAMED_RE.search(text)
        ):
            # "남편은 지금 일 안하고 소득 없어요" after '본인 월 소득 80만 원': the others have none; the household
            # has her income, said back (it was taken silently)
            value = own
            said_back.append(bot_message(texts.HOUSEHOLD_IS_OWN_INCOME_OTHERS_NONE.format(own=won(own))))
        less = isinstance(value, int) and isinstance(own, int) and value < own
        if ok and field == "household_income_monthly" and less:
            # "25" after '본인 월 소득 80만 원': the household cannot earn less than she does (her age, typed here?)
            st.failures += 1
            return [
                bot_message(
                    f"가족 전체 소득은 본인 소득(월 {won(own)})을 포함한 금액이에요. 다른 가족 소득까지 합치면 "
                    f"한 달에 얼마쯤인가요? (다른 가족 소득이 없으면 '{won(own)}')",
                    [(won(own), won(own)), (texts.SKIP_LABEL, texts.SKIP_LABEL)],
                )
            ]
        monthly = field in ("household_income_monthly", "personal_income_monthly")
        if ok and monthly and isinstance(value, int) and value >= IMPLAUSIBLE_MONTHLY and not st.failures:
            # "1억쯤 될라나" at the income question, just after "집은 우리집이여": the house, not a month's income
            st.failures += 1
            ask = texts.INCOME_TOO_LARGE.format(amount=won(value))
            return [bot_message(ask, [(texts.SKIP_LABEL, texts.SKIP_LABEL)])]
        if ok and field == "assets":
            # "집 월세 40만원 보증금 300" at the assets question: the deposit is the asset, not the rent
            _, said, _, _ = read_message(text, self.entities, "assets", st.profile)
            if said.get("rent_monthly") == value and isinstance(said.get("deposit"), int):
                value = said["deposit"]
            if isinstance(value, int) and isinstance(said.get("assets"), int) and said["assets"] > value:
                value = said["assets"]  # "전세금 8천에 차 500": everything named, added up
            deposit = st.profile.get("deposit")
            if isinstance(value, int) and isinstance(deposit, int) and deposit > 0 and SAVINGS_ONLY_RE.search(text):
                # "적금 200" after '보증금 500' was told: the question asks for everything together
                total = deposit + value
                said_back.append(bot_message(texts.ASSETS_WITH_DEPOSIT.format(deposit=won(deposit), total=won(total))))
                value = total
        if (
            not ok
            and meta.get("type") == "enum"
            and "none" in [c[0] for c in choices]
            and re.match(r"^\s*(없|아니|아뇨|해당\s?(없|안)|딱히|특별히\s?없|그런\s?거\s?없)", text)
        ):
            ok, value = True, "none"
        had = dict(st.profile)
        outside_q = bool(results.outside_asked(text)) and may_be_question(text)
        new, changed, msgs = self.absorb(field, add_needs=not outside_q)
        msgs = said_back + msgs
        corrected = [k for k in changed if had.get(k) is not None]
        if ok and corrected:
            # "저 포함해서 4명인데요? 3인가구 아니에요" corrects an earlier answer; it does not answer this one
            u_needs, u_facts, _, _ = read_message(text, self.entities, None, had)
            if field not in u_facts:
                ok, value = False, None
        if not ok and field in changed and not kids_only:
            ok, value = True, changed.pop(field)
        if not ok and not kids_only:
            # read against the profile as it was before this message: "280 아니고 250이요" just corrected the
            # income, and must not then be read as 280 for the question now open
            u_needs, u_facts, _, _ = read_message(text, self.entities, field, had)
            if field in u_facts and plausible_answer(field, meta.get("type", "int"), text):
                ok, value = True, u_facts[field]
        unpaid = "unpaid_bills" in st.cues or bool(UNPAID_BILLS_RE.search(self.text))
        if ok and field == "crisis_event" and value == "none" and unpaid:
            # "없어요" to the crisis question from someone whose rent is two months behind: not a 위기사유 the law
            # names, but one the 시·군·구 may count (조례·고시), so it is theirs to decide, not "어려울 수 있음"
            value = "other"
            msgs.append(bot_message(texts.UNPAID_BILLS_OTHER_CRISIS))
        if ok:
            if field == "sigungu" and isinstance(value, dict):
                st.profile["sido"] = value.get("sido")
                value = value.get("sigungu")
            elif field == "sido" and isinstance(value, dict):
                if value.get("sigungu"):
                    st.profile["sigungu"] = value.get("sigungu")
                value = value.get("sido")
            if st.profile.get(field) is not None and st.profile[field] != value:
                msgs.append(bot_message(changed_line(field, value)))
            st.profile[field] = value
            msgs += self.household_with_own_income(field, value)
            note = core.amount_note(meta.get("type"), text)  # "연 3,600만 원 → 월 300만 원으로 계산했어요."
            if note:
                msgs.append(bot_message(note))
            st.failures = 0
            return msgs + self.next_step()
        inferred = self.household_from_family() if field == "household_size" else []
        # "얼마나요?", "언제까지요?" right after "실업급여는요?" was kept for the results: about the same program
        asks = asks_about_benefits(text) or bool(st.deferred and is_question(text) and len(text) <= 20)
        other = results.outside_asked(text)  # "산재는 안되나", "청년도약계좌는요?": not screened here, say where
        if inferred:  # "실업급여 얼마나 받아요?" at the household question: household said back, question kept
            st.failures = 0
            aside = outside_answer(other, buttons=False)[-1:] if other else self.midform_answer() if asks else []
            return msgs + inferred + aside + self.next_step()
        if new or changed:  # a story or a correction instead of the answer: take it, then go on
            st.failures = 0
            nxt = self.next_step()
            if other and st.question == field:
                return (msgs + outside_answer(other, buttons=False))[-1:] + nxt
            if asks and st.question is not None:
                # "긴급복지는 얼마나 받아요?" that also named a new need (living costs) moved the form to another
                # question: the question is still kept for the results
                return msgs + self.midform_answer() + nxt
            if st.question == field and not msgs:
                msgs = [bot_message(heard_line(changed))]
            return msgs + nxt
        if self.intent == "greet":
            return self.interrupted("greet_again")
        if other:
            return outside_answer(other, buttons=False) + self.question_msgs(field)
        if asks:
            # "근데 이거 어디서 신청해요?" while a question is open: a short honest answer, then the same question
            return self.midform_answer() + self.question_msgs(field)
        _, said, _, _ = read_message(text, self.entities, None, st.profile)
        known = {k: v for k, v in said.items() if k != field and k in FIELD_LABELS and st.profile.get(k) == v}
        if known and len(said) == len(known) and not st.failures:
            # "3명" at the income question, the household of three already known: heard, not "못 알아들었어요"
            st.failures = 1
            said_back = ", ".join(f"{FIELD_LABELS[k]} {format_value(k, v)}" for k, v in list(known.items())[:2])
            return [bot_message(f"네, {said_back}{josa(said_back, '으로/로')[len(said_back) :]} 알고 있어요.")] + (
                self.question_msgs(field)
            )
        note = core.amount_note(meta.get("type"), text)  # foreign money: "원화가 아니어서 … 원으로 말씀해 주세요"
        if note is None and meta.get("type") == "money" and BARE_DIGIT_RE.match(text):
            # "1" alone (a typo, or the first button meant) could be 1만 원 or 100만 원: ask, never guess
            digit = re.search(r"[1-9]", text).group(0)
            note = (
                f"'{digit}'만으로는 {digit}만 원인지 {digit}00만 원인지 알 수 없어요. "
                "'150만원'처럼 원까지 말씀해 주세요."
            )
        past = understand_message(text, self.entities, field, st.profile).past
        if field in ("household_income_monthly", "personal_income_monthly") and isinstance(
            past.get("income_monthly"), int
        ):
            # "연봉 3600만원이었어요": a past salary is not today's income - say so and ask for now
            note = (
                f"예전 소득(월 {won(past['income_monthly'])})은 상담사께 참고로 전할게요. "
                "여쭤본 건 지금의 소득이에요. 지금 없으시면 '0원'이라고 해 주세요."
            )
            self.add_quote(text)  # the counselor sees the person's own words on the booking card
            if st.failures == 0:  # no "못 알아들었어요" after saying what was understood; still bounded
                st.failures = 1
                return [bot_message(note)] + self.question_msgs(field)
        days = updates.insured_days_from_tenure(st, field, text, self.entities)
        if days:
            st.failures = 1  # bounded: the next unusable answer gets the usual help
            return [bot_message(texts.TENURE_HEARD.format(days=days))] + self.question_msgs(field)
        aside = next(((reply, quote) for rx, reply, quote in ASIDES if rx.search(text)), None)
        if aside and st.failures == 0:
            if aside[1]:
                self.add_quote(text)
            st.failures = 1  # bounded: a second unusable answer gets the usual help
            return [bot_message(aside[0])] + self.question_msgs(field)
        return self.unusable(
            self.question_msgs(field),
            example=", ".join((meta.get("examples") or [])[:2]),
            why=meta.get("why") or "받을 수 있는 지원을 정확히 살펴보는 데 필요해요.",
            give_up=self.give_up_question,
            reason=[bot_message(note)] if note else None,
        )
