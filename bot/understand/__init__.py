"""Story understanding without Rasa: every need, every stated fact, corrections, crisis.

Contract (stable API used by the dialogue and the CLI):
    understand(text, entities=(), requested=None, known=None) -> Understanding
`requested` is the profile field the bot just asked (an answer is read for it first); `known` is the
profile held so far (to tell a correction from a first statement).

Needs: keyword rules (bot.screening.core.detect_needs, with negation: "빚은 없어요" is no debt need) give a
high confidence; a trained multi-label model (bot.understand.needs_model, char n-grams + one-vs-rest
logistic regression) adds the needs the rules miss ("카드 돌려막기 하다 터졌어요") with its probability.
Facts: bot.understand.facts.read_facts (stated only; past apart; extra keys gender / num_children).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import safety
from bot.korean import numbers as N
from bot.screening import core
from bot.understand import facts as F

RULE_CONFIDENCE = 0.9
MODEL_THRESHOLD = 0.5


@dataclass
class Understanding:
    needs: List[Tuple[str, float]] = field(default_factory=list)     # (need id, confidence), best first
    facts: Dict[str, Any] = field(default_factory=dict)              # profile field -> value, stated only
    past: Dict[str, Any] = field(default_factory=dict)               # facts about the past ("일할 땐 월 180")
    corrections: Dict[str, Any] = field(default_factory=dict)        # fields the message explicitly corrects
    crisis: bool = False
    notes: List[str] = field(default_factory=list)                   # how values were read ("연 3,600만 원 → 월 300만 원")

    def need_ids(self, min_confidence: float = 0.5) -> List[str]:
        return [n for n, c in self.needs if c >= min_confidence]

    def to_json(self) -> Dict[str, Any]:
        d = asdict(self)
        d["needs"] = [{"need": n, "confidence": round(c, 3)} for n, c in self.needs]
        return d


def read_needs(text: str, entities: Sequence[dict] = (), use_model: bool = True) -> List[Tuple[str, float]]:
    """Every need in the message with a confidence, best first."""
    t = text or ""
    rules = core.detect_needs(t, None, entities)
    probs: Dict[str, float] = {}
    if use_model and t.strip():
        try:
            from bot.understand import needs_model

            probs = needs_model.predict(t)
        except Exception:  # the rules still answer
            probs = {}
    out: Dict[str, float] = {}
    for n in rules:
        out[n] = max(RULE_CONFIDENCE, probs.get(n, 0.0))
    for n, p in probs.items():
        if n not in out and p >= MODEL_THRESHOLD and not core.need_denied(t, n):
            out[n] = p
    return sorted(out.items(), key=lambda kv: (-kv[1], core.NEEDS.index(kv[0])))


_BARE_COUNT = re.compile(r"^\D{0,12}?(?P<n>\d{1,2}|" + N.NATIVE_RE + r")\s?(명|식구)(?!\s?(의\s?)?(아이|애|자녀|아들|딸))")
_INCOME_WORD = re.compile(r"소득|수입|월급|벌이|버는\s?돈")
_AGE_WORD = re.compile(r"나이|살이|세예요|살이에요|만\s?\d")


def _correction_facts(text: str, facts: Dict[str, Any], known: Dict[str, Any]) -> Dict[str, Any]:
    """Short corrections that name no field but fit one already known ("4명이에요", "나이 잘못 말했어요 45")."""
    t = text.strip()
    out: Dict[str, Any] = {}
    if "household_size" in known and "household_size" not in facts:
        m = _BARE_COUNT.search(t)
        if m and not re.search(r"(아이|애|자녀|아들|딸)", t[: m.start("n")]):
            raw = m.group("n")
            v = int(raw) if raw.isdigit() else N.parse_native(raw)
            if v and 1 <= v <= 20:
                out["household_size"] = v
    if "age" in known and "age" not in facts and re.search(r"나이", t):
        m = re.search(r"나이.*?(?P<n>\d{1,3}|" + N.NATIVE_RE + r"|[일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)", t)
        if m:
            v = N.parse_age(m.group("n"))
            if v is not None and 14 <= v <= 110:
                out["age"] = v
    if _INCOME_WORD.search(t):
        for key in ("personal_income_monthly", "household_income_monthly"):
            if key in facts and key not in known:
                other = "household_income_monthly" if key == "personal_income_monthly" else "personal_income_monthly"
                if other in known and not re.search(r"(가구|가족|본인|제\s?소득|내\s?소득)", t):
                    out[other] = facts[key]
    return out


def understand(text: str, entities: Sequence[dict] = (), requested: Optional[str] = None,
               known: Optional[Dict[str, Any]] = None) -> Understanding:
    t = text or ""
    reading = F.read_facts(t, entities, requested)
    facts = dict(reading.facts)
    notes = list(reading.notes)
    # the answer to the question just asked is read for that field first
    if requested and requested not in ("consent", "needs"):
        meta = _question_meta(requested)
        ok, value = core.parse_field(requested, meta.get("type", "int"), t, None, entities,
                                     [tuple(c) for c in meta.get("choices", [])])
        if ok:
            if isinstance(value, dict):      # region answers
                facts.update({k: v for k, v in value.items() if k in ("sido", "sigungu") and v})
            else:
                facts[requested] = value
    known = {k: v for k, v in (known or {}).items() if v is not None and v != "__skipped__"}
    if known:
        for k, v in _correction_facts(t, facts, known).items():
            facts[k] = v
    corrections = {k: v for k, v in facts.items() if k in known and known[k] != v}
    if corrections:
        # a corrected income named without its kind replaces the kind we held, not a new one
        for k in list(facts):
            if k in ("personal_income_monthly", "household_income_monthly") and k not in known and \
                    any(c in corrections for c in ("personal_income_monthly", "household_income_monthly")):
                facts.pop(k)
    return Understanding(needs=read_needs(t, entities), facts=facts, past=dict(reading.past),
                         corrections=corrections, crisis=safety.assess(t).raised, notes=notes)


def _question_meta(field_name: str) -> Dict[str, Any]:
    try:
        from bot.eligibility import planner

        return dict(planner.QUESTIONS.get(field_name) or {})
    except Exception:  # pragma: no cover
        return {}
