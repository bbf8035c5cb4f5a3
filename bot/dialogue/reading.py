"""Reading one message for the dialogue: its needs and facts (bot.understand plus the readers it does not
cover yet), the place it names, a mobile number, and the small helpers the steps share (the eligibility
profile, the planner's next question, "…을 …로 고쳤어요")."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Sequence

from bot import booking, directory, eligibility, sealed
from bot import understand as understanding
from bot.understand.facts import (
    CHILD_AT_SCHOOL,
    FAMILY_MEMBER,
    FROM_ELSEWHERE,
    family_subject,
    read_money,
    without_amounts,
)
from bot.dialogue.patterns import (
    BARE_DIGIT_RE,
    BENEFIT_WORD_RE,
    HEARSAY_END_RE,
    MIDFORM_QUESTION_RE,
    MONEY_CUE_RE,
    NOT_A_COUNT_UNIT_RE,
    PEOPLE_COUNT_RE,
    UNIT_NOT_MONEY_RE,
)
from bot.dialogue.state import State
from bot.eligibility import planner
from bot.korean import dialect
from bot.korean import numbers as korean_numbers
from bot.korean.family_words import SPOUSE
from bot.korean.particles import josa
from bot.korean.questions import has_question_ending, may_be_question
from bot.korean import work_words
from bot.privacy.pii import mask_text
from bot.screening import core
from bot.screening.flow import FIELD_LABELS, format_value

logger = logging.getLogger(__name__)


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def mask(text: str) -> str:
    return mask_text(text or "")


def elig_profile(profile: Dict[str, Any]) -> Dict[str, Any]:
    """The facts the eligibility engine knows (others, e.g. gender before RULES adds it, are kept aside)."""
    known = eligibility.FIELDS
    return {k: v for k, v in (profile or {}).items() if k in known and v is not None}


def question_meta(field: str) -> Dict[str, Any]:
    return dict(planner.QUESTIONS.get(field) or {})


def next_field(st: State) -> Optional[str]:
    skipped = set(st.skipped)
    if st.profile.get("household_size") == 1 and "household_income_monthly" in skipped:
        # living alone, the household's income is one's own: skipped once ("혼자 사시니 본인 소득만 여쭤볼게요"),
        # it is not asked again as "본인의 한 달 소득"
        skipped.add("personal_income_monthly")
    try:
        f = planner.next_question(elig_profile(st.profile), list(st.needs), skipped=skipped)
    except Exception:  # the person still gets the results of what is known; the bug is logged
        logger.exception("planner failed; going to the results")
        return None
    p = st.profile
    if (
        f == "household_income_monthly"
        and isinstance(p.get("spouse_income_monthly"), int)
        and p.get("household_size") == 2
        and p.get("personal_income_monthly") is None
        and "personal_income_monthly" not in skipped
    ):
        # "와이프는 마트 다니고 150 벌어요" in a household of two: only his own income is missing, and the
        # household's is the two added (asked as "가족 전체의 소득" it made him add them up himself)
        return "personal_income_monthly"
    return f


def understand_message(text: str, entities: Sequence[dict], requested: Optional[str], known: Dict[str, Any]):
    try:
        return understanding.understand(text, entities, requested=requested, known=known)
    except Exception:  # a boundary: understand() runs the needs model; the plain readers still answer
        logger.exception("understand() failed; falling back to the plain readers")
        try:
            return understanding.Understanding(
                needs=[(n, 1.0) for n in core.detect_needs(text or "", None, entities)],
                facts=core.facts_from_message(text or "", entities, requested),
            )
        except Exception:
            logger.exception("the plain readers failed too")
            return understanding.Understanding()


_MOVED_CUE = re.compile(r"살|사는|거주|이사|주소|동네|아니고|아니라|아녜요|잘못|말고|로\s?바꿔|으로\s?바꿔")
# someone in the family, then (within a few words) their going to work
_SOMEONE_ELSE_WORKS = re.compile(
    FAMILY_MEMBER + r"\s?(이|가|은|는|도)?\s?\S{0,6}\s?"
    r"(출근|회사\s?(다니|가|갔)|직장\s?다니|일하러|일\s?나가)"
)
# the ways a job ends against the person's will that mean "실직" here too: the shared words, and a bare 폐업,
# which this reader alone has always counted as leaving against one's will (a shop rarely closes by choice)
_LET_GO = re.compile(work_words.LET_GO + "|" + work_words.EMPLOYER_CLOSED + r"|폐업")
# the words that make the status "not working" (the same words the answer to "지금 일하세요?" is read with)
_NOT_WORKING = work_words.NOT_WORKING_NOW


def _of_family(t: str, rx: str) -> bool:
    """The first thing `rx` finds is said of a family member ("남편이 실직했어요"), not of the person writing."""
    m = re.search(rx, t)
    return bool(m) and family_subject(t, m.start())


# what reads a message as "not working" (core's synonyms and the words of losing or lacking work)
_OUT_OF_WORK = "|".join(
    [_NOT_WORKING] + [rx for rx, value in core.enum_synonyms("employment_status") if value == "unemployed"]
)


def _only_of_family(t: str, rx: str) -> bool:
    """Everything `rx` finds is said of a family member ("남편이 지난달에 회사에서 잘렸어요. 저는 파트타임으로 월 80
    벌어요": the husband was let go, the person writing works)."""
    found = list(re.finditer(rx, t))
    return bool(found) and all(family_subject(t, m.start()) for m in found)


COUNT_FIELDS = ("household_size", "num_children")  # the questions a count of people answers
# "저랑 애들 셋이요" answering "몇 명이 같이 사세요?": the count that ends the answer is everyone, the person
# included, so the children are one fewer (not "three children and three people")
_SELF_AND_CHILDREN_COUNT = re.compile(
    r"(?<![가-힣])(?:저|나|제|내)\s?(?:랑|하고|와|까지|포함)\s?(?:우리\s?)?(?:애들?|아이들?|자녀|애기들?)\s?(?:이랑|하고|랑)?\s?"
    r"(?:다\s?해서\s?|모두\s?|총\s?)?(?:둘|셋|넷|다섯|여섯|[2-7]\s?명)\s?(?:이에요|이요|예요|이서요|요|입니다|이죠)?\s*[.!~]*\s*$"
)
SUPPLEMENT_FIELDS = ("employment_status", "housing")


def read_message(text: str, entities: Sequence[dict], requested: Optional[str], known: Dict[str, Any]):
    """(needs, facts, corrections, notes) of one message: understand() plus the enum/region facts that its
    first version does not read yet (employment status, housing, 시·군·구, 권고사직)."""
    u = understand_message(text, entities, requested, known)
    needs = u.need_ids()
    facts = dict(u.facts or {})
    past = dict(u.past)
    if past.get("benefit_ended_recently") and known.get("unemployment_benefit_ended_recently") is None:
        # "실업급여 지난달에 끝났고": 국취 Ⅰ유형's allowance is barred for 6 months after the last payment
        facts.setdefault("unemployment_benefit_ended_recently", True)
    corrections = dict(u.corrections or {})
    t = text or ""
    known = known or {}
    for f in SUPPLEMENT_FIELDS:  # fill-only: these readings never override what is known
        if f not in facts and f != requested and known.get(f) is None:
            # the synonym patterns only: a button label matched as a substring ("음" in "없음") is no fact
            ok, v = core.parse_field(f, "enum", t, None, entities, ())
            if ok and f == "employment_status" and v == "employed" and _SOMEONE_ELSE_WORKS.search(t):
                continue  # "남편 출근했어요": the husband works, not the person writing
            if ok and f == "employment_status" and v == "unemployed" and _only_of_family(t, _OUT_OF_WORK):
                continue  # "남편이 실직했어요", "남편이 회사에서 잘렸어요": the husband's job
            if ok and f == "employment_status" and v == "student" and CHILD_AT_SCHOOL.search(t):
                continue  # "고등학생 아들 하나 있어요": the son is at school, not the person writing
            homeless_said = re.search(r"노숙|집\s?(이\s?)?없|쉼터|거리에서|길거리", t)
            if ok and not (f == "housing" and v == "homeless" and not homeless_said):
                facts[f] = v
    if (
        "left_job_involuntarily" not in facts
        and known.get("left_job_involuntarily") is None
        and work_words.find_own(_LET_GO, t)
        and not _of_family(t, _LET_GO.pattern)
    ):
        facts["left_job_involuntarily"] = True
        if known.get("employment_status") is None:
            facts.setdefault("employment_status", "unemployed")
    if (
        known.get("sigungu")
        and facts.get("sigungu")
        and facts["sigungu"] != known["sigungu"]
        and requested not in ("sigungu", "sido")
        and not _MOVED_CUE.search(t)
    ):
        # a place named in passing is no move: only "…로 이사했어요", "…에 살아요", "…아니고 …" change it
        for k in ("sigungu", "sido"):
            facts.pop(k, None)
            corrections.pop(k, None)
    if "sigungu" not in facts and requested not in ("sigungu", "sido") and known.get("sigungu") is None:
        place = place_in(*without_amounts(t, entities), within_sido=known.get("sido"))
        if place and not (known.get("sido") and not place.get("sigungu")):  # the city again adds nothing
            facts["sido"] = place.get("sido")
            if place.get("sigungu"):
                facts["sigungu"] = place.get("sigungu")
    if (
        facts.get("single_parent") is False
        and (known.get("single_parent") is True or known.get("crisis_event") == "main_earner_loss")
        and not re.search(r"한부모\S{0,4}\s?(?:아니|아녜|아님|가\s?아)", t)
    ):
        # "남편이 벌었었는데" after "남편이 집을 나가서 연락이 안 돼요": a husband named is not a husband at home
        facts.pop("single_parent")
        corrections.pop("single_parent", None)
    n = facts.get("household_size")
    self_and_children = requested == "household_size" and bool(_SELF_AND_CHILDREN_COUNT.search(t))
    if self_and_children and n and facts.get("num_children") in (n, None):
        if known.get("num_children") is None:
            facts["num_children"] = n - 1
        else:  # the children were told before ("애 둘"): one fewer than everyone, or asked again, never changed
            facts.pop("num_children", None)
            corrections.pop("num_children", None)
    kids, n = facts.get("num_children"), facts.get("household_size")
    if isinstance(kids, int) and isinstance(n, int) and 0 < n <= kids:
        # "애들 셋이랑 살아요" read as three people and three children: the person lives there too (and a
        # spouse named with them); said back in the summary, so a wrong guess is corrected in one word
        spouse = facts.get("single_parent") is False or re.search("(?:" + SPOUSE + r")\s?(?:이랑|랑|하고|와|과)", t)
        facts["household_size"] = kids + 1 + (1 if spouse else 0)
    if requested == "assets":
        total = _assets_named(t, facts)
        if total is not None:
            facts["assets"] = total
    if facts.get("assets") == 0 and (known.get("deposit") or 0) > 0 and "재산" not in t:
        facts.pop("assets")  # "적금 같은건 없어요" after '보증금 1000': the deposit is still an asset
        corrections.pop("assets", None)
    facts = {k: v for k, v in facts.items() if v is not None}
    income = facts.get("personal_income_monthly", facts.get("household_income_monthly"))
    low = isinstance(income, int) and income < 2_000_000
    if "livelihood" not in needs and low and _ONLY_INCOME_RE.search(dialect.standard(t)):
        needs = list(needs) + ["livelihood"]  # "기초연금 34만원 받는게 다여": living on that alone is the worry
    return needs, facts, corrections, list(u.notes)


_CAR_VALUE_RE = re.compile(
    r"(?<![가-힣])(?:자동차|차량|차)\s?(?:는|가|도|값은?|한\s?대(?:\s?있(?:고|는데|어요))?)?\s?(?:한\s?|약\s?)?"
    r"(?P<money>\d+(?:\.\d+)?\s?(?:억|천만?|백만?|만)?\s?(?:원)?)(?:\s?(?:짜리|정도|쯤))?(?!\s?(?:km|키로|미터|m|년|대|분))"
)


def _assets_named(t: str, facts: Dict[str, Any]) -> Optional[int]:
    """The assets question asks for everything together: "전세금 8천에 차 500" is 8,500만 원, "보증금 500이랑 적금
    300" is 800만 원 (each part was read alone: the deposit, the car not at all, the savings as the whole)."""
    if re.search(r"재산|자산|합쳐|합치면|모두|전부|다\s?해서|총", t):
        return None  # a total was said
    deposit = facts.get("deposit") if isinstance(facts.get("deposit"), int) else 0
    saved = facts.get("assets") if isinstance(facts.get("assets"), int) else 0
    if saved == deposit or not re.search(r"예금|적금|저축|통장|모은\s?돈|모아\s?둔|현금|주식|코인", t):
        saved = 0  # the deposit or the car read as the assets too
    car = 0
    m = _CAR_VALUE_RE.search(t)
    if m:
        v, _ = read_money(m.group("money"))
        car = v if isinstance(v, int) and v > 0 else 0
    parts = [x for x in (deposit, saved, car) if x]
    if len(parts) < 2:
        return None
    return sum(parts)


# an income said to be all there is ("기초연금 34만원 받는게 다예요", "알바 50이 전부예요", "연금뿐이에요")
_ONLY_INCOME_RE = re.compile(
    r"(?:받는|버는|나오는|들어오는)\s?(?:게|거|것|돈)\s?(?:이\s?)?(?:다|전부)|(?:이|가)\s?(?:다예요|다에요|다야|전부)|"
    r"뿐이|밖에\s?(?:없|안\s?나|못\s?벌)"
)


def place_in(text: str, entities: Sequence[dict], within_sido: Optional[str] = None) -> Optional[dict]:
    """Where the person lives, as {sido, sigungu, emd}: a district named without its city is read inside the
    city already known ("북구요" after "대구 살아요"); a city named alone gives the city ("대구 사는 …"), unless it
    is where they came from ("대구에서 올라왔어요")."""
    for e in entities or ():
        if e.get("entity") == "region" and isinstance(e.get("place"), dict) and e["place"].get("sigungu"):
            return dict(e["place"])
    found = directory.find_in_text(text or "")
    elsewhere = any(f.get("kind") == "sido" and f.get("sido") != within_sido for f in found)
    city = None
    for f in found:
        if within_sido and not elsewhere:
            inside = [c for c in f.get("candidates") or () if c.get("sido") == within_sido and c.get("sigungu")]
            if len(inside) == 1:
                return dict(inside[0])
        try:
            res = directory.resolve_text(f["text"])
        except Exception:  # a boundary: the directory may ask the Kakao geocoder
            continue
        if res.get("region") and not res.get("ambiguous") and res["region"].get("sigungu"):
            return res["region"]
        here = not re.match(FROM_ELSEWHERE, (text or "")[f["end"] :])
        if city is None and f.get("kind") == "sido" and f.get("sido") and here:
            city = {"sido": f["sido"], "sigungu": None, "emd": None}
    return city


def changed_line(key: str, value: Any) -> str:
    label = FIELD_LABELS.get(key)
    if label is None:  # a fact without a label the person reads: never its field name
        return "말씀하신 대로 고쳤어요."
    return f"{josa(label, '을/를')} {josa(format_value(key, value), '으로/로')} 고쳤어요."


# an amount named as something else than the money asked about ("예금 500" at the income question)
# (words naming the money asked about, words naming other money) per money question
_INCOME_WORDS = re.compile(r"소득|월급|급여|수입|벌|받아|번다|버는|알바비|연봉|월\s?\d|한\s?달")
# "카드값 300 정도 밀렸어요" at the income question is the debt, not the income
_NOT_INCOME = re.compile(r"예금|적금|재산|보증금|전세금|빚|대출|월세|카드\s?(값|빚|대금|론)|할부|연체|밀렸|밀린")
_MONEY_WORDS = {
    **dict.fromkeys(
        ("household_income_monthly", "personal_income_monthly", "spouse_income_monthly"), (_INCOME_WORDS, _NOT_INCOME)
    ),
    "debt_total": (
        re.compile(r"빚|대출|채무|카드|론|갚"),
        # "연체는 아직 없어" at the debt question is about arrears, not "no debt"
        re.compile(r"예금|적금|재산|소득|월급|월세|통장|잔고|모아\s?둔|모은|연체|밀린"),
    ),
    "assets": (re.compile(r"재산|예금|적금|집|차|보증금|전세|모은|저축"), re.compile(r"빚|대출|소득|월급|월세")),
    "rent_monthly": (re.compile(r"월세|임대료|방세"), re.compile(r"보증금|예금|빚|대출|소득|월급")),
}


# a number that counts no people: a grade, a floor, an age, or a span of time in digits or words ("한 석달?",
# "두 달째", "삼 년") -- "연체된지는 한 석달?" at the household question is three months, not three people
_NOT_PEOPLE_UNIT_RE = re.compile(
    r"\d\s?(등급|급|층|호|번째|학년|시|살|세|개월|년|달|주|일)"
    r"|(?<![가-힣])(?:한|두|세|석|서|네|넉|너|다섯|여섯|일곱|여덟|아홉|열|이|삼|사|오|육)\s?(?:달|개월|해|년|주)(?![가-힣]{0,1}이서)"
)
WORK_TENURE_RE = re.compile(
    r"다녔|다니|근무|일했|일하|일한|고용\s?보험|회사|직장|공장|계약\s?(만료|기간|끝)|입사|퇴사|알바"
)
_DEBT_MONEY_RE = re.compile(r"빚|대출|카드\s?(값|빚|론)|채무|합쳐서|갚을\s?돈|원금|이자")
_MONEY_PLACE_RE = re.compile(
    r"통장|잔고|잔액|예금|적금|현금|보증금|전세금?|월세|재산|집값|만\s?원|\d\s?원|월급|용돈|"
    r"\d\s?(억|천만|천|백만)(?!\s?(일|개월|달|년))"
)
_AMOUNT_RE = re.compile(
    r"\d\s?(천|만|억|원)|(전세|월세|보증금|빚|대출|소득|월급|수입)\S{0,3}\s?(\d|[한두세네일이삼사오육칠팔구]\s?(천|백|억))"
)


# a count of days asked ("고용보험 가입 며칠", "연체 며칠"): a calendar month or a monthly pay is no count of days
_DAY_COUNT_FIELDS = ("insured_days_18m", "debt_overdue_days")
_MONTH_OR_PAY_RE = re.compile(r"(?<!\d)\d{1,2}\s?월(?!\s?(?:급|세))|월\s?\d|\d\s?만")
_SINCE_START_RE = re.compile(r"부터|입사|들어갔|들어간|시작")
_DAY_COUNT_UNIT_RE = re.compile(r"\d\s?(?:일|개월|달|년)|[한두세네]\s?(?:달|해)|반\s?년|일\s?년")


def plausible_answer(field: str, ftype: str, text: str) -> bool:
    """Guards the parsers: '4명' is not 4만 원, '3개월' is not an amount of money, '3명' is not 3 days of arrears
    nor an age."""
    if field == "debt_overdue_days" and core.NOT_OVERDUE_RE.search(text):
        return True  # "카드값은 아직 안 밀렸어요": no arrears (the money word names what is not overdue)
    if (
        field in _DAY_COUNT_FIELDS
        and _MONTH_OR_PAY_RE.search(text)
        and not _DAY_COUNT_UNIT_RE.search(text)
        and not _SINCE_START_RE.search(text)  # "작년 3월부터 다녔어요": the days since then (core reads them)
    ):
        return False  # "올해 3월에 잘렸어요" is when, not 3 days; "월 150 받다가" is the pay, not 150 days
    if ftype == "int" and field not in COUNT_FIELDS:
        if _MONEY_PLACE_RE.search(text) and not UNIT_NOT_MONEY_RE.search(text):
            return False  # "통장에 30?" at the insured-days question is money in the bank, not 30 days
        if _DEBT_MONEY_RE.search(text) and not UNIT_NOT_MONEY_RE.search(text):
            return False  # "카드값 합쳐서 700쯤" at the overdue-days question is the debt, not 700 days
        if field == "debt_overdue_days" and WORK_TENURE_RE.search(text) and not re.search(r"연체|밀", text):
            return False  # "3년 다녔어요 고용보험 다 들었고" is the years at work, not 1,095 days overdue
        return not (PEOPLE_COUNT_RE.search(text) and not NOT_A_COUNT_UNIT_RE.search(text))
    if field in COUNT_FIELDS and _AMOUNT_RE.search(text) and not PEOPLE_COUNT_RE.search(text):
        return False  # "집은 전세 8천" at the household question is a deposit, not 8 people
    if field in COUNT_FIELDS and _NOT_PEOPLE_UNIT_RE.search(text) and not PEOPLE_COUNT_RE.search(text):
        return False  # "어머니가 4등급이에요" is a care grade, not 4 people
    if ftype == "money":
        if BARE_DIGIT_RE.match(text):  # "1": 1만 원 or 100만 원? (the question is asked again, with why)
            return False
        own, other = _MONEY_WORDS.get(field, (None, None))
        if other and other.search(text) and not own.search(text):
            return False  # "예금 500 정도요" at the income question is savings, not income
        if UNIT_NOT_MONEY_RE.search(text) and not re.search(r"원|만\s?원|천|억", text):
            return False
        return bool(MONEY_CUE_RE.search(text)) or korean_numbers.parse_amount(text) is not None  # "한 달에 백팔십"
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


def sealed_phone_in(text: str) -> Optional[str]:
    """The sealed mobile number written in a message, or None."""
    m = re.search(r"01[016789]\s?[-.\s]?\s?\d{3,4}\s?[-.\s]?\s?\d{4}", text or "")
    if not m:
        return None
    try:
        return sealed.seal(booking.normalize_phone(m.group(0)))
    except booking.BookingError:  # not a valid mobile number after all
        return None


def asks_about_benefits(text: str) -> bool:
    """A question about applying, amounts or a program, asked while a screening question is open."""
    if not may_be_question(text) and not HEARSAY_END_RE.search(text):
        return False
    if MIDFORM_QUESTION_RE.search(text):
        return True
    return bool(BENEFIT_WORD_RE.search(text)) and (has_question_ending(text) or "돼요" in text)
