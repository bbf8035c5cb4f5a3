"""Updates to the person's facts that follow from what they told, beside the answer to the open question:
living costs screened when no income is told, savings added to a home told before, the 고용보험 days read from
how long one worked, told at another question, and a single parent's own income as the household's. Plain
functions on the dialogue state and profile (no Rasa), used by the consent and screening steps."""

from __future__ import annotations

import re
from typing import Any, Dict, Optional, Sequence

from bot.dialogue.patterns import PENSION_ONLY_RE, RENT_WORD_RE, SAVINGS_ONLY_RE, UNPAID_BILLS_RE
from bot.dialogue.reading import WORK_TENURE_RE, plausible_answer
from bot.dialogue.state import State
from bot.eligibility.parameters import parameters
from bot.screening import core, texts
from bot.screening.program_results import won


def livelihood_if_no_income(st: State) -> bool:
    """A household with no income at all is screened for living costs too (긴급복지, 기초생활보장), not only for
    the job or the debt it came for: "… 말고는 수입이 없어요" in the story, or "마누라는 일 못하고 저도 지금은
    없죠" at the household income question after a job loss. Whether the need was added now."""
    p = st.profile
    alone = p.get("personal_income_monthly") if p.get("household_size") == 1 else None
    if st.needs and "livelihood" not in st.needs and 0 in (p.get("household_income_monthly"), alone):
        st.needs.append("livelihood")
        return True
    return False


def livelihood_if_poor(st: State) -> bool:
    """A household under half of 기준 중위소득 (the 차상위 line) is screened for living costs too, last, once what
    the person came for is asked (a family of five on 80만 원 after the husband's job loss came for work, debt and
    childcare; 긴급복지 and 기초생활보장 were never shown). Whether the need was added now."""
    if st.needs and "livelihood" not in st.needs and _below_near_poverty_line(st.profile):
        st.needs.append("livelihood")
        return True
    return False


NEAR_POVERTY_PCT = 50  # % of 기준 중위소득: the 차상위 line


def _below_near_poverty_line(p: Dict[str, Any]) -> bool:
    income, size = p.get("household_income_monthly"), p.get("household_size")
    if not isinstance(income, int) or not isinstance(size, int) or size < 1:
        return False
    line = parameters().threshold(NEAR_POVERTY_PCT, size)
    return line is not None and income < line


# another debt told beside the one known ("사채도 500 있음", "카드론도 200", "대출이 1000 더 있어요"); not a total said
# again ("다 합치면 3500", "총 3천")
_ANOTHER_DEBT_RE = re.compile(
    r"(?:사채|카드\s?빚|카드값|카드론|대출|마통|마이너스\s?통장|현금\s?서비스|학자금|외상|할부|빚)\s?(?:이|가)?\s?(?:도|또)(?![가-힣])"
    r"|\d\s?(?:만\s?원?|천|억)?\s?(?:정도\s?)?(?:더|또)\s?(?:있|빌|져|졌)|추가로"
)
_TOTAL_SAID_RE = re.compile(r"모두|전부|다\s?합쳐|합치면|합해서|총|통틀어")


def debt_added(p: Dict[str, Any], value: Any, text: str) -> Optional[int]:
    """The debts once another is told beside the one known ("사채도 500 있음" after 빚 3천): the two together, not the
    new one alone (it became 빚 500만 원, "고쳤어요"); None when no debt was known or a total is said."""
    old = p.get("debt_total")
    if not isinstance(old, int) or old <= 0 or not isinstance(value, int) or value <= 0 or value == old:
        return None
    if not _ANOTHER_DEBT_RE.search(text) or _TOTAL_SAID_RE.search(text):
        return None
    return old + value


def assets_with_savings(p: Dict[str, Any], savings: Any, text: str) -> Optional[int]:
    """The assets once savings named alone ("예금 300", "통장에 300 있어요") are added to a home or deposit told
    before (their value then held the home only); None when the message is not savings alone or no home was
    told. Savings said again replace the savings said before, never add twice (p["financial_assets"])."""
    old, before = p.get("assets"), p.get("financial_assets")
    home = p.get("homeowner") is True or isinstance(p.get("deposit"), int)
    if not (isinstance(savings, int) and isinstance(old, int) and home and SAVINGS_ONLY_RE.search(text)):
        return None
    base = old - before if isinstance(before, int) and 0 <= before <= old else old
    if savings >= base:
        return None  # "통장에 3억": no longer a part of what was told; read as said
    p["financial_assets"] = savings
    return base + savings


def remember_cues(st: State, text: str, story: Sequence[str] = ()) -> None:
    """After consent only: whether rent or bills behind were told, or a pension as all the income (this message or the
    story re-read at consent), and whether this message named the rent (State.cues; no text is kept)."""
    if st.consent != "given":
        return
    cues = set(st.cues)
    if any(UNPAID_BILLS_RE.search(t or "") for t in (*story, text)):
        cues.add("unpaid_bills")
    if any(PENSION_ONLY_RE.search(t or "") for t in (*story, text)):
        cues.add("pension_only")  # a pension is all the income: not working (looking_without_work)
    if RENT_WORD_RE.search(text or ""):
        cues.add("rent_named")
    else:
        cues.discard("rent_named")
    st.cues = sorted(cues)


def insured_days_from_tenure(st: State, field: str, text: str, entities: Sequence[dict] = ()) -> Optional[int]:
    """ "1년 반 다녔어" at another question: how long the person worked, kept as the 고용보험 days the insurance
    question would read from the same words (the caller says it back, to be corrected), instead of "못 알아들었어요"
    and that question asked later. The days kept, or None (the insurance question itself, days already known, a second
    unusable answer, or no work tenure said)."""
    if field == "insured_days_18m" or st.profile.get("insured_days_18m") is not None or st.failures:
        return None
    if not WORK_TENURE_RE.search(text) or not re.search(r"\d|[한두세네]|반", text):
        return None
    ok, days = core.parse_field("insured_days_18m", "int", text, None, entities, ())
    if not ok or not days or not plausible_answer("insured_days_18m", "int", text):
        return None
    st.profile["insured_days_18m"] = days
    return days


def household_income_of_couple(p: Dict[str, Any]) -> Optional[int]:
    """A couple living only with their young children, both incomes told ("저는 파트타임으로 월 80", "남편은 소득
    없어요"): the household's income is the two added (set, and returned for the caller to say back), not asked."""
    own, spouse = p.get("personal_income_monthly"), p.get("spouse_income_monthly")
    size, n = p.get("household_size"), p.get("num_children")
    if p.get("household_income_monthly") is not None or not isinstance(own, int) or not isinstance(spouse, int):
        return None
    if not isinstance(size, int) or size != 2 + (n if isinstance(n, int) else 0) or p.get("single_parent") is True:
        return None
    if any(not isinstance(a, int) or a >= 19 for a in p.get("children_ages") or []):
        return None
    p["household_income_monthly"] = own + spouse
    return own + spouse


def household_income_is_own(p: Dict[str, Any]) -> Optional[int]:
    """A single parent living only with their children, their own income told ("애 혼자 키우는데 월급 150", "둘이요"):
    the household's income is theirs (children under 19 earn nothing the screening counts), set and returned for the
    caller to say back, instead of "가족 전체의 한 달 소득은?" asked until the person types 150 again. None when
    someone else may earn: another adult in the household, or a child of 19 or more."""
    own, size, n = p.get("personal_income_monthly"), p.get("household_size"), p.get("num_children")
    if p.get("household_income_monthly") is not None or not isinstance(own, int) or own < 0:
        return None
    if p.get("single_parent") is not True or not isinstance(size, int):
        return None
    if not (size == 1 + n if isinstance(n, int) and n > 0 else size == 2):
        return None
    if any(not isinstance(a, int) or a >= 19 for a in p.get("children_ages") or []):
        return None
    p["household_income_monthly"] = own
    return own


def household_with_children_corrected(
    p: Dict[str, Any], had: Any, changed: Dict[str, Any], said: Dict[str, Any]
) -> Optional[int]:
    """The children's count corrected ("아 잠깐 애가 셋이에요" after two were told with a household of four): the
    household grows or shrinks by as many (set, and returned for the caller to say back), unless the same message
    told the household too. None when nothing follows: the count not corrected, no household known, or a household
    smaller than the children before (it was not counted with them)."""
    n, size = changed.get("num_children"), p.get("household_size")
    if not isinstance(n, int) or not isinstance(had, int) or "household_size" in said or not isinstance(size, int):
        return None
    if size < had + 1 or size + n - had < n + 1:
        return None
    p["household_size"] = size + n - had
    return p["household_size"]


def household_income_said(p: Dict[str, Any]) -> Optional[str]:
    """The household's income when it follows from what was told (a single parent's own, a couple's two added), set
    in the profile; the sentence that says it back, or None (then it is asked)."""
    own = household_income_is_own(p)
    if own is not None:
        return texts.HOUSEHOLD_IS_OWN_INCOME.format(own=won(own))
    both = household_income_of_couple(p)
    if both is None:
        return None
    mine, spouse = p["personal_income_monthly"], p["spouse_income_monthly"]
    if spouse == 0:
        return texts.HOUSEHOLD_IS_OWN_INCOME_SPOUSE_NONE.format(own=won(mine))
    return texts.HOUSEHOLD_WITH_OWN_INCOME.format(spouse=won(spouse), own=won(mine), total=won(both))
