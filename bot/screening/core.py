"""Screening dialogue logic without Rasa: needs detection, answer parsing, corrections, planning.

The Rasa actions (actions/) call these functions; they are unit-tested without a model.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from bot.korean import entities as korean_entities
from bot.korean import numbers as N

NEEDS: Tuple[str, ...] = ("employment", "debt", "childcare", "housing", "livelihood")
NEED_LABELS = {
    "employment": "일자리·실업",
    "debt": "빚·대출",
    "childcare": "육아·돌봄",
    "housing": "주거",
    "livelihood": "생계·생활비",
}
NEED_BUTTONS = [("일자리·실업급여", "employment"), ("빚·대출", "debt"), ("육아·돌봄", "childcare"),
                ("집·월세", "housing"), ("생활비·긴급지원", "livelihood")]
# which desk of a 고용복지+센터 (or partner agency) handles each need
NEED_DESKS = {
    "employment": ["고용센터(실업급여·국민취업지원제도·내일배움카드)", "일자리센터(지자체 취업알선)",
                   "새일센터(경력단절 여성)", "제대군인지원센터(중·장기 제대군인)", "중장년내일센터(40세 이상)"],
    "debt": ["서민금융통합지원센터(채무조정·서민금융 상담, ☎1397)"],
    "childcare": ["복지지원팀(한부모·아이돌봄 신청 안내)", "주민센터(아동양육비·아이돌봄 정부지원 신청)"],
    "housing": ["복지지원팀(주거급여·긴급 주거지원)", "주민센터(청년월세·주거급여 신청)"],
    "livelihood": ["복지지원팀(긴급복지·기초생활보장 상담, ☎129)", "주민센터(기초생활보장 신청)"],
}
INTENT_TO_NEED = {f"need_{n}": n for n in NEEDS}

_NEED_KEYWORDS: Dict[str, str] = {
    "employment": r"실직|실업|해고|권고\s?사직|퇴사|그만\s?뒀|그만\s?두|잘렸|짤렸|잘리|짤리|일자리|취업|취직|구직|일\s?구하|일\s?찾|"
                  r"일하고\s?싶|직장|구직급여|국취|국민취업|내일배움|내배카|직업\s?훈련|경력\s?단절|경단|재취업|알바\s?구|"
                  r"일\s?자리|백수|무직|실급|계약\s?만료|폐업|회사.{0,4}(망|문\s?닫)",
    "debt": r"빚|채무|대출|연체|신용\s?불량|신불|추심|독촉|개인\s?회생|파산|햇살론|미소금융|카드\s?값|사채|이자|"
            r"신용\s?회복|워크아웃|갚|소액생계비|새희망홀씨|돈\s?빌",
    "childcare": r"아이\s?돌봄|어린이집|양육비|한부모|육아|돌봄|맡길\s?곳|애\s?봐|아이\s?봐|보육|유치원|애들?\s?키|아이\s?키|"
                 r"애기|아기|싱글\s?맘|미혼모|미혼부|방과\s?후",
    "housing": r"월세|전세|주거|임대\s?주택|집세|보증금|쫓겨|집\s?비워|나가라|살\s?곳|잘\s?곳|노숙|고시원|쪽방|이사|"
               r"청년\s?월세|버팀목|집주인|재계약|공공\s?임대|LH|엘에이치|관리비",
    "livelihood": r"생활비|생계|긴급\s?복지|긴급\s?지원|기초\s?생활|기초\s?수급|수급자?|생계\s?급여|병원비|의료비|치료비|끼니|굶|"
                  r"밥\s?(먹을|값)|단전|단수|가스\s?(끊|요금)|전기\s?(끊|요금)|먹고\s?살|살기\s?힘|돈이\s?(없|하나도)|"
                  r"당장\s?(돈|먹)|긴급\s?생활",
}
_NEED_RES = {need: re.compile(rx) for need, rx in _NEED_KEYWORDS.items()}


def detect_needs(text: str, intent: Optional[str] = None, entities: Sequence[dict] = ()) -> List[str]:
    """Needs named in one message, in a stable order (the intent's need first)."""
    found: List[str] = []
    if intent in INTENT_TO_NEED:
        found.append(INTENT_TO_NEED[intent])
    t = text or ""
    for need, rx in _NEED_RES.items():
        if rx.search(t) and need not in found:
            found.append(need)
    for label, need in NEED_BUTTONS:
        if label in t and need not in found:
            found.append(need)
    # programs named in entities imply their need
    for e in entities or ():
        if e.get("entity") == "program":
            need = PROGRAM_NEED.get(str(e.get("value")))
            if need and need not in found:
                found.append(need)
    return found


PROGRAM_NEED = {
    "unemployment_benefit": "employment", "national_employment_support": "employment",
    "tomorrow_learning_card": "employment", "saeil_center": "employment", "veteran_support": "employment",
    "disability_employment": "employment", "middle_aged_job_center": "employment",
    "self_sufficiency_work": "employment",
    "debt_adjustment": "debt", "sunshine_loan": "debt", "microcredit": "debt", "personal_rehabilitation": "debt",
    "microfinance_small_living": "debt",
    "single_parent_support": "childcare", "child_care_service": "childcare",
    "housing_benefit": "housing", "youth_monthly_rent": "housing", "youth_jeonse_loan": "housing",
    "emergency_welfare": "livelihood", "basic_livelihood": "livelihood",
}

# ---------------------------------------------------------------------------------------------
# Control words inside the form
_STOP_RE = re.compile(r"그만\s?(할|하|둘|해)|중단|나중에\s?(할|하)|안\s?할래|멈춰|종료|그만요|스톱|stop", re.I)
_SKIP_RE = re.compile(r"건너\s?뛰|패스|넘어가|모르겠|잘\s?몰라|몰라요|몰라|모름|기억\s?안|말하기\s?싫|말\s?안\s?할|비밀|skip", re.I)
_YES_RE = re.compile(r"^\s*(네|넹|넵|예|응|웅|ㅇㅇ|ㅇ|ㅇㅋ|오케이|ok|yes|y|맞아요?|맞습니다|그래요?|그럼요|있어요|있습니다|있음|있어|"
                     r"해당돼요|해당됩니다|해당|동의|동의합니다|동의해요|좋아요|그렇습니다|그렇다|맞음|yes)\b", re.I)
_NO_RE = re.compile(r"^\s*(아니요|아뇨|아니오|아니|ㄴㄴ|ㄴ|노|no|n|없어요|없습니다|없음|없어|아닙니다|아님|안\s?돼요|싫어요|"
                    r"동의\s?안|동의하지\s?않|해당\s?없|해당\s?안)", re.I)


def wants_stop(text: str) -> bool:
    return bool(_STOP_RE.search(text or ""))


def wants_skip(text: str) -> bool:
    return bool(_SKIP_RE.search(text or ""))


def parse_yes_no(text: str, intent: Optional[str] = None) -> Optional[bool]:
    t = (text or "").strip()
    if _NO_RE.search(t):
        return False
    if _YES_RE.search(t):
        return True
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    return None


# ---------------------------------------------------------------------------------------------
# Field answers

_ENUM_SYNONYMS: Dict[str, Dict[str, str]] = {
    "employment_status": {
        r"폐업|가게\s?(접|닫)|장사\s?접": "business_closed",
        r"자영업|장사(하|해|를)|가게\s?(하|운영)|사업(하|해|자)|프리랜서|배달\s?(하|일)|택시\s?(하|몰)": "self_employed",
        r"학생|재학|대학\s?다니|휴학": "student",
        r"일해\s?본\s?적\s?(이\s?)?없|취업\s?(경험|해\s?본\s?적)\s?(이\s?)?없|한\s?번도\s?(일|취업)": "never_worked",
        r"실직|실업|무직|백수|쉬고\s?있|일\s?안\s?(하|해)|구직\s?중|그만\s?뒀|퇴사|잘렸|짤렸|해고|권고\s?사직|계약\s?만료|놀고": "unemployed",
        r"재직|다니고\s?있|회사\s?다녀|직장\s?다녀|일하고\s?있|근무\s?중|알바\s?(하고|중)|직장인|출근": "employed",
    },
    "housing": {
        r"월세|반전세": "monthly_rent",
        r"전세": "jeonse",
        r"자가|내\s?집|우리\s?집|집\s?있|집을?\s?가지고|소유": "owner",
        r"집\s?(이\s?)?없|노숙|거리|찜질방|피시방|PC방|쉼터|고시원|쪽방|지낼\s?곳": "homeless",
        r"부모님?\s?(집|댁|이랑|하고|과)|본가|엄마\s?집|아빠\s?집": "with_parents",
    },
}


def parse_duration_days(text: str) -> Optional[int]:
    """'3개월' -> 90, '1년 반' -> 545, '2주' -> 14, '45일' -> 45, '없어요' -> 0."""
    t = text or ""
    if re.search(r"없|안\s?했|연체\s?안|0일|아직", t) and not re.search(r"\d", t):
        return 0
    total = 0.0
    found = False
    for num, unit in re.findall(f"({N.DIGITS_RE}|{N.NATIVE_RE}|[일이삼사오육칠팔구십]+)\\s?(년|개월|달|주|일)", t):
        v = N.parse_number(num)
        if v is None:
            v = N.parse_int(num)
        if v is None:
            continue
        found = True
        total += v * {"년": 365, "개월": 30, "달": 30, "주": 7, "일": 1}[unit]
    if re.search(r"반\s?년", t):
        total += 182
        found = True
    elif found and re.search(r"(년|개월|달)\s?반", t):
        total += 15 if re.search(r"(개월|달)\s?반", t) else 182
    if found:
        return int(total)
    v = N.parse_int(t)
    return v


def parse_field(field: str, ftype: str, text: str, intent: Optional[str] = None,
                entities: Sequence[dict] = (), choices: Sequence[Tuple[Any, str]] = ()) -> Tuple[bool, Any]:
    """Parse the answer to the question about `field`. Returns (ok, value)."""
    t = (text or "").strip()
    if not t:
        return False, None
    # button labels map straight to their values
    for value, label in choices or ():
        if t == label or t == str(value):
            return True, value
    if field == "age":
        v = N.parse_age(t)
        return (v is not None and 10 <= v <= 110), v
    if field == "household_size":
        v = N.parse_household_size(t)
        return (v is not None and 1 <= v <= 20), v
    if field == "children_ages" or ftype == "int_list":
        ages = [e["value"] for e in korean_entities.extract(t) if e["entity"] in ("child_age", "age")]
        if not ages:
            ages = [int(x) for x in re.findall(r"(?<!\d)(\d{1,2})(?!\d)", t)]
        if not ages and re.search(r"없", t):
            return True, []
        ages = [a for a in ages if 0 <= a <= 30]
        return (bool(ages), ages)
    if field in ("debt_overdue_days", "insured_days_18m", "work_days_24m"):
        v = parse_duration_days(t)
        cap = {"insured_days_18m": 548, "work_days_24m": 730}.get(field)
        if v is not None and cap:
            v = min(v, cap)
        return (v is not None and v >= 0), v
    if ftype == "bool":
        v = parse_yes_no(t, intent)
        return (v is not None), v
    if ftype == "money":  # an int, or {"min","max"} for a range/bound; annual -> monthly; foreign money -> ask again
        a = N.parse_amount(t)
        v = a.as_profile_value() if a is not None else None
        return (v is not None and (isinstance(v, dict) or v >= 0)), v
    if ftype == "int":
        v = N.parse_int(t)
        return (v is not None and v >= 0), v
    if ftype == "enum":
        for rx, value in _ENUM_SYNONYMS.get(field, {}).items():
            if re.search(rx, t):
                if not choices or value in [c[0] for c in choices]:
                    return True, value
        for value, label in choices or ():
            if label and (label in t or t in label):
                return True, value
        return False, None
    if ftype == "region":
        place = resolve_region(t, entities)
        return (place is not None), place
    return False, None


def amount_note(ftype: Optional[str], text: str) -> Optional[str]:
    """For a money answer read as annual, as a range/bound or in a foreign currency: the Korean line that
    says how it was read ("연 3,600만 원 → 월 300만 원으로 계산했어요.", "…원으로 말씀해 주세요."); else None."""
    if ftype != "money":
        return None
    a = N.parse_amount(text)
    if a is not None and (a.period in ("year", "hour", "day", "week") or a.value is None or not a.is_krw):
        return a.note
    return None


def resolve_region(text: str, entities: Sequence[dict] = ()) -> Optional[dict]:
    """{'sido','sigungu','emd'} for the place named in text, or None (unknown or ambiguous)."""
    for e in entities or ():
        if e.get("entity") == "region" and isinstance(e.get("place"), dict) and e["place"].get("sigungu"):
            return dict(e["place"])
    try:
        from bot.directory import resolve_text
    except Exception:  # pragma: no cover - directory not installed
        return None
    try:
        res = resolve_text(text)
    except Exception:
        return None
    if res.get("region") and not res.get("ambiguous"):
        return res["region"]
    return None


# Facts volunteered in any message (also corrections: "아 나이 잘못 말했어요 45살이에요")
def facts_from_message(text: str, entities: Sequence[dict] = (), requested: Optional[str] = None) -> Dict[str, Any]:
    facts: Dict[str, Any] = {}
    ents = list(entities or ())
    # our own extractor covers the numeric entities even if NLU entities are missing
    if not any(e.get("extractor") == "KoreanEntityExtractor" for e in ents):
        ents = ents + korean_entities.extract(text or "")
    child_ages: List[int] = []
    for e in ents:
        name, value = e.get("entity"), e.get("value")
        try:
            if name == "age":
                facts["age"] = int(value)
            elif name == "household_size":
                facts["household_size"] = int(value)
            elif name == "monthly_income":
                key = "personal_income_monthly" if requested == "personal_income_monthly" else "household_income_monthly"
                facts[key] = value if isinstance(value, dict) else int(value)
            elif name == "amount":
                role = e.get("role")
                key = {"debt": "debt_total", "deposit": "deposit", "rent": "rent_monthly", "assets": "assets"}.get(role)
                if key is None and requested in ("debt_total", "deposit", "rent_monthly", "assets", "financial_assets"):
                    key = requested
                if key:
                    facts[key] = value if isinstance(value, dict) else int(value)
            elif name == "child_age":
                child_ages.append(int(value))
        except (TypeError, ValueError):
            continue
    if child_ages:
        facts["children_ages"] = child_ages
    return facts


CORRECTION_RE = re.compile(r"잘못|정정|틀렸|아니\s?라|아니고|다시\s?말|수정|바꿀게|바꿔")


def is_correction(text: str) -> bool:
    return bool(CORRECTION_RE.search(text or ""))
