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
from bot.korean import numbers as ko_numbers
from bot.screening import core
from bot.understand import facts as fact_reader
from bot.eligibility import planner
from bot.korean import dialect
from bot.understand import needs_model

RULE_CONFIDENCE = 0.9
MODEL_THRESHOLD = 0.5


@dataclass
class Understanding:
    needs: List[Tuple[str, float]] = field(default_factory=list)  # (need id, confidence), best first
    facts: Dict[str, Any] = field(default_factory=dict)  # profile field -> value, stated only
    past: Dict[str, Any] = field(default_factory=dict)  # facts about the past ("일할 땐 월 180")
    corrections: Dict[str, Any] = field(default_factory=dict)  # fields the message explicitly corrects
    crisis: bool = False
    notes: List[str] = field(default_factory=list)  # how values were read ("연 3,600만 원 → 월 300만 원")

    def need_ids(self, min_confidence: float = 0.5) -> List[str]:
        return [n for n, c in self.needs if c >= min_confidence]

    def describe(self) -> List[str]:
        """The facts as short Korean phrases for a one-line summary
        ("35세", "서울 마포구", "권고사직 등 비자발적 퇴사")."""
        return describe_facts(self.facts)

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
        probs = needs_model.predict(t)
    out: Dict[str, float] = {}
    for n in rules:
        out[n] = max(RULE_CONFIDENCE, probs.get(n, 0.0))
    for n, p in probs.items():
        if n not in out and p >= MODEL_THRESHOLD and not core.need_denied(t, n):
            out[n] = p
    return sorted(out.items(), key=lambda kv: (-kv[1], core.NEEDS.index(kv[0])))


# a native-Korean age alone ("일흔넷", "예순둘이요", "스물다섯 살"): nothing but an age can it be
_BARE_NATIVE_AGE = re.compile(
    r"^\s*(?P<n>" + fact_reader.NATIVE_DECADE_AGE + r")\s?(?:살|세)?\s?(?:이요|이에요|예요|요|이여|이야|입니다|이유)?"
    r"\s*[.!~]*\s*$"
)
_BARE_COUNT = re.compile(
    r"^\D{0,12}?(?P<n>\d{1,2}|" + ko_numbers.NATIVE_RE + r")\s?(명|식구)(?!\s?(의\s?)?(아이|애|자녀|아들|딸))"
)
_INCOME_WORD = re.compile(r"소득|수입|월급|벌이|버는\s?돈")
_AGE_WORD = re.compile(r"나이|살이|세예요|살이에요|만\s?\d")
_AGE_FIX_CUE = re.compile(r"잠깐|잠만|아\s?참|아니\s|아니다|잘못|정정|생일|지났|만으로|한\s?살")
# an age said in native-Korean tens (스물…아흔, with the ones), never followed by a unit of money or count
_NATIVE_AGE = re.compile(
    r"(?<![가-힣])(?P<n>" + fact_reader.NATIVE_DECADE_AGE + r")"
    r"(?!\s?(?:만|천|명|개|번|시|원|분|살\s?(?:짜리|아이|애|딸|아들)))"
)


def _correction_facts(
    text: str, facts: Dict[str, Any], known: Dict[str, Any], requested: Optional[str] = None
) -> Dict[str, Any]:
    """Short corrections that name no field but fit one already known ("4명이에요", "나이 잘못 말했어요 45"). The
    answer to the question asked corrects nothing else: "남편은 소득 없어요" at the household-income question, her own
    income known, is no "본인 소득 0"."""
    t = text.strip()
    out: Dict[str, Any] = {}
    if "household_size" in known and "household_size" not in facts:
        m = _BARE_COUNT.search(t)
        if m and not re.search(r"(아이|애|자녀|아들|딸)", t[: m.start("n")]):
            raw = m.group("n")
            v = int(raw) if raw.isdigit() else ko_numbers.parse_native(raw)
            if v and 1 <= v <= 20:
                out["household_size"] = v
    if "age" in known and "age" not in facts and re.search(r"나이", t):
        m = re.search(
            r"나이.*?(?P<n>\d{1,3}|" + ko_numbers.NATIVE_RE + r"|[일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)", t
        )
        if m:
            v = ko_numbers.parse_age(m.group("n"))
            if v is not None and 14 <= v <= 110:
                out["age"] = v
    elif "age" in known and "age" not in facts and _AGE_FIX_CUE.search(t):
        # "아 잠깐 서른다섯이네요 생일 지났어요": a native-Korean age in the tens (서른, 마흔 …) with a correction
        # cue, at another question: the age he gave is what he corrects
        m = _NATIVE_AGE.search(t)
        if m:
            v = ko_numbers.parse_age(m.group("n"))
            if v is not None and 14 <= v <= 110 and v != known.get("age"):
                out["age"] = v
    if _INCOME_WORD.search(t):
        for key in ("personal_income_monthly", "household_income_monthly"):
            if key in facts and key not in known and key != requested:
                other = "household_income_monthly" if key == "personal_income_monthly" else "personal_income_monthly"
                if other in known and not re.search(r"(가구|가족|본인|제\s?소득|내\s?소득|저는|전\s|나는|난\s)", t):
                    out[other] = facts[key]
    return out


_NUM_WORD = f"(?:\\d[\\d,.]*|{ko_numbers.HANGUL_NUM}|{ko_numbers.NATIVE_RE})"
_NOT_BUT = re.compile(
    f"(?<![가-힣])(?P<a>{_NUM_WORD})\\s?(?P<ua>억|천\\s?만\\s?원|천만|만\\s?원|만|원|명|살|세|일)?\\s?(?:이|가)?\\s?"
    r"(?:아니고|아니라|아니구|아니요|아녜요|아니에요|말고)[\s,.]*"
    f"(?P<b>{_NUM_WORD})\\s?(?P<ub>억|천\\s?만\\s?원|천만|만\\s?원|만|원|명|살|세|일)?"
)
_MONEY_FIELDS = ("personal_income_monthly", "household_income_monthly", "spouse_income_monthly", "debt_total")


def _is_money_field(key: str) -> bool:
    return key in _MONEY_FIELDS or key.endswith(("_monthly", "_total", "assets", "deposit"))


def _count(raw: str) -> Optional[int]:
    """A count or age typed in digits or words ("3", "셋", "마흔다섯", "사십오")."""
    raw = raw.replace(",", "").strip()
    try:
        return int(float(raw))
    except ValueError:
        return ko_numbers.parse_native(raw.replace(" ", "")) or ko_numbers.parse_int(raw + " ")


def not_but_correction(text: str, known: Dict[str, Any]) -> Dict[str, Any]:
    """ "230 아니고 210이요", "천이 아니라 이천이에요", "셋 말고 넷": the known field whose value the person
    names is corrected (money in 만 원 when said bare, as the bot's examples ask), whatever question is open."""
    m = _NOT_BUT.search(text or "")
    if not m:
        return _said_but(text or "", known)
    a_raw, b_raw = m.group("a") + (m.group("ua") or ""), m.group("b") + (m.group("ub") or "")
    a_money, _ = fact_reader.read_money(a_raw)
    b_money, _ = fact_reader.read_money(b_raw)
    a_n, b_n = _count(m.group("a")), _count(m.group("b"))
    if isinstance(a_money, int) and isinstance(b_money, int):
        # "남편 월급 320 아니고 350" when his pay was all the household had: both held 320, both become 350
        pair = ("household_income_monthly", "spouse_income_monthly")
        if all(known.get(k) == a_money for k in pair):
            return {k: b_money for k in pair}
    for key, value in known.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value:
            continue
        if _is_money_field(key):
            if isinstance(a_money, int) and isinstance(b_money, int) and value == a_money:
                return {key: b_money}
        elif a_n is not None and b_n is not None and value == a_n:
            return {key: b_n}
    # "빚은 천이 아니라 삼천이에요" when 2,000 was held: the field it names gets the second amount
    head = (text or "")[: m.start()]
    for key, words in _FIELD_WORDS:
        if key in known and re.search(words, head):
            if _is_money_field(key):
                return {key: b_money} if isinstance(b_money, int) else {}
            return {key: b_n} if b_n is not None else {}
    return {}


# the field a correction names before its numbers ("빚은 …", "나이가 …")
_FIELD_WORDS = (
    ("debt_total", r"빚|채무|대출|사채|부채|카드론"),
    ("assets", r"재산|자산"),
    ("household_size", r"가족|식구|가구원"),
    ("age", r"나이"),
    ("rent_monthly", r"월세"),
    ("deposit", r"보증금"),
)


# "재산 천만원이라고 했는데 500만원이에요": what was said before, then what is true
_SAID_BUT = re.compile(
    r"(?P<a>\d[\d,.]*\s?(?:만\s?원|만|원|억|천|명|살|세|일)?|[일이삼사오육칠팔구십백천]*[천백만억]\s?(?:만\s?)?원?)\s?"
    r"(?:이)?라고\s?(?:했는데|한\s?거|했지만|말했는데|말씀드렸는데|적었는데)[\s,]*(?P<b>.+)"
)


def _said_but(text: str, known: Dict[str, Any]) -> Dict[str, Any]:
    m = _SAID_BUT.search(text)
    if not m:
        return {}
    for key, value in known.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if _is_money_field(key):
            before, _ = fact_reader.read_money(m.group("a"))
            after, _ = fact_reader.read_money(m.group("b"))
            if isinstance(before, int) and isinstance(after, int) and before == value:
                return {key: after}
        else:
            before_n, after_n = re.search(r"\d+", m.group("a")), re.search(r"\d+", m.group("b"))
            if before_n and after_n and int(before_n.group(0)) == value:
                return {key: int(after_n.group(0))}
    return {}


def understand(
    text: str, entities: Sequence[dict] = (), requested: Optional[str] = None, known: Optional[Dict[str, Any]] = None
) -> Understanding:
    t = dialect.standard(text)  # "돈이 읎소" is "돈이 없소" (same length: the entities' offsets hold)
    reading = fact_reader.read_facts(t, entities, requested)
    facts = dict(reading.facts)
    notes = list(reading.notes)
    known_values = {k: v for k, v in (known or {}).items() if v is not None and v != "__skipped__"}
    fixed = not_but_correction(t, known_values)
    if fixed:  # a correction of an earlier answer is not the answer to the question now open
        for k in ("personal_income_monthly", "household_income_monthly", requested):
            facts.pop(k, None)
        facts.update(fixed)
    # the answer to the question just asked is read for that field first
    if requested and requested not in ("consent", "needs") and not fixed:
        meta = _question_meta(requested)
        # "230 아니고 210이요" that corrects nothing held: what comes after "아니고" is the answer
        shape = _NOT_BUT.search(t)
        answer = t[shape.start("b") :] if shape else t
        ok, value = core.parse_field(
            requested,
            meta.get("type", "int"),
            answer,
            None,
            [] if shape else entities,
            [tuple(c) for c in meta.get("choices", [])],
        )
        if ok:
            if isinstance(value, dict):  # region answers
                facts.update({k: v for k, v in value.items() if k in ("sido", "sigungu") and v})
            elif (
                requested == "debt_total"
                and isinstance(value, int)
                and isinstance(facts.get("debt_total"), int)
                and facts["debt_total"] > value
            ):
                pass  # "카드 500이랑 대출 2천이요": the loans added up, not the last one named
            else:
                facts[requested] = value
    known = {k: v for k, v in (known or {}).items() if v is not None and v != "__skipped__"}
    bare_age = _BARE_NATIVE_AGE.match(t) if requested != "age" and "age" not in known and "age" not in facts else None
    if bare_age:
        # "일흔넷" alone at the crisis question, the age not asked yet: her age, not an unusable answer
        v = ko_numbers.parse_age(bare_age.group("n"))
        if v is not None and 14 <= v <= 110:
            facts["age"] = v
            facts.pop(requested, None)
    if known:
        fixed_by_cue = _correction_facts(t, facts, known, requested)
        for k, v in fixed_by_cue.items():
            facts[k] = v
        if "age" in fixed_by_cue and requested not in (None, "age") and not re.search(r"\d|만|원|억|천", t):
            facts.pop(requested, None)  # "아 참 마흔둘이에요" at the assets question is his age, not 42원
    if (
        facts.get("employment_status") == "self_employed"
        and known.get("employment_status") == "business_closed"
        and not re.search(r"다시|새로|재개|또\s?(가게|장사)", t)
    ):
        # "자영업자라 고용보험 없었어요" after the shop closed: what he was, not a change
        del facts["employment_status"]
    corrections = {k: v for k, v in facts.items() if k in known and known[k] != v}
    if corrections:
        # a corrected income named without its kind replaces the kind we held, not a new one
        for k in list(facts):
            if (
                k in ("personal_income_monthly", "household_income_monthly")
                and k not in known
                and any(c in corrections for c in ("personal_income_monthly", "household_income_monthly"))
            ):
                facts.pop(k)
    # a short answer to a question ("없어요" to the income question) states no problem of its own: only the
    # rules (a need named in words) count there, not the model's guess from two syllables
    short_answer = bool(requested) and requested not in ("consent", "needs") and len(re.sub(r"\s", "", t)) <= 8
    return Understanding(
        needs=read_needs(t, entities, use_model=not short_answer),
        facts=facts,
        past=dict(reading.past),
        corrections=corrections,
        crisis=safety.assess(t).raised,
        notes=notes,
    )


_ENUM_KO = {
    "employment_status": {
        "unemployed": "일을 그만둠·구직 중",
        "employed": "일하는 중",
        "self_employed": "자영업",
        "business_closed": "폐업",
        "student": "학생",
        "never_worked": "일한 적 없음",
    },
    "housing": {
        "monthly_rent": "월세",
        "jeonse": "전세",
        "owner": "자가",
        "homeless": "거처 불안정",
        "with_parents": "부모님 집",
    },
    "crisis_event": {
        "job_loss": "실직",
        "business_closure": "폐업",
        "main_earner_loss": "주소득자 사망",
        "illness_injury": "질병·부상",
        "domestic_violence": "가정폭력",
        "disaster": "재난",
        "abuse_neglect": "학대·방임",
        "other": "위기 사유 있음",
    },
}
_BOOL_KO = {
    "left_job_involuntarily": ("권고사직 등 비자발적 퇴사", "자진퇴사"),
    "single_parent": ("한부모", None),
    "receiving_unemployment_benefit": ("실업급여 받는 중", "실업급여 안 받음"),
    "livelihood_recipient": ("기초생활 수급자", None),
    "disability": ("장애 있음", None),
    "veteran_mid_long_term": ("중·장기복무 제대군인", None),
    "career_break_woman": ("경력단절", None),
    "low_credit": ("신용 낮음", None),
    "homeowner": ("집 있음", "무주택"),
}
_MONEY_KO = {
    "household_income_monthly": "가구 월소득",
    "personal_income_monthly": "본인 월소득",
    "rent_monthly": "월세",
    "deposit": "보증금",
    "debt_total": "빚",
    "assets": "재산",
}


def _won(v: int) -> str:
    if v == 0:
        return "0원"
    return fact_reader._man(v).replace(" 원", "원")


def describe_facts(facts: Dict[str, Any]) -> List[str]:
    out: List[str] = []
    if "age" in facts:
        out.append(f"{facts['age']}세")
    place = " ".join(str(facts[k]) for k in ("sido", "sigungu") if facts.get(k))
    if place:
        out.append(
            place.replace("특별시", "")
            .replace("광역시", "")
            .replace("특별자치시", "")
            .replace("특별자치도", "")
            .strip()
        )
    if "household_size" in facts:
        out.append(f"{facts['household_size']}인 가구")
    if facts.get("children_ages"):
        out.append("자녀 " + "·".join(f"{a}세" for a in facts["children_ages"]))
    elif facts.get("num_children"):
        out.append(f"자녀 {facts['num_children']}명")
    for k, labels in _ENUM_KO.items():
        if k in facts and facts[k] in labels and not (k == "crisis_event" and facts[k] == "none"):
            if k == "crisis_event" and facts[k] in ("job_loss", "business_closure") and facts.get("employment_status"):
                continue  # already said by the employment status
            out.append(labels[facts[k]])
    for k, (yes, no) in _BOOL_KO.items():
        if facts.get(k) is True and yes:
            out.append(yes)
        elif facts.get(k) is False and no:
            out.append(no)
    for k, label in _MONEY_KO.items():
        if isinstance(facts.get(k), int):
            out.append(f"{label} {_won(facts[k])}")
    if isinstance(facts.get("debt_overdue_days"), int) and facts["debt_overdue_days"] > 0:
        out.append(f"연체 {facts['debt_overdue_days']}일")
    return out


def _question_meta(field_name: str) -> Dict[str, Any]:
    return dict(planner.QUESTIONS.get(field_name) or {})
