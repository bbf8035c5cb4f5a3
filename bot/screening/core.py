"""Reading the person's answers without Rasa: needs detection, the per-field answer parsers (numbers, money,
durations, yes/no, choices, places), corrections and stop/skip words.

Size: about 500 lines on purpose: the field parsers share one table of answer patterns and are read together.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import catalogue
from bot.korean import entities as korean_entities
from bot.directory import resolve_text
from bot.korean import numbers as korean_numbers
from bot.korean import work_words as ww
from bot.korean.family_words import DIED_AFTER, EARNER, GONE_AFTER, SPOUSE
from bot.screening.flow import PROFILE_FIELDS

# needs, their labels, buttons and desks come from the one catalogue (bot/catalogue/catalogue.yml)
NEEDS: Tuple[str, ...] = tuple(catalogue.needs())
NEED_LABELS = {n: spec["short_label"] for n, spec in catalogue.needs().items()}
NEED_BUTTONS = [(spec["button"], n) for n, spec in catalogue.needs().items()]
# which desk of a 고용복지+센터 (or partner agency) handles each need
NEED_DESKS = {n: list(spec["desks"]) for n, spec in catalogue.needs().items()}
INTENT_TO_NEED = {f"need_{n}": n for n in NEEDS}

# every way of losing or leaving a job (bot/korean/work_words.py) names the need 일자리; the person's own shop
# closing (CLOSED_SHOP), resting (RESTING) and keeping the home (HOMEMAKER) do not by themselves: a shopkeeper
# may mean to start again or to stop, someone resting may be ill or caring, a homemaker may not look for work,
# so the need comes from what else is said (a bare 폐업 below stays, as it always has)
_WORK_LOSS_FOR_NEED = "|".join(
    (ww.LET_GO, ww.EMPLOYER_CLOSED, ww.LOST_JOB, ww.LEFT_JOB, ww.QUIT, ww.NOT_WORKING, ww.AT_RISK)
)
_WORK_LOSS_RE = re.compile(_WORK_LOSS_FOR_NEED + r"|잘리|짤리|폐업")
_NEED_KEYWORDS: Dict[str, str] = {
    # losing work in the shared words (a wish to quit or a fear of being let go is a need too), the bare
    # words only this reader needs (실업 of 실업급여, 그만두 of 그만두려고, 폐업), then looking for work
    "employment": _WORK_LOSS_FOR_NEED + r"|실업|그만\s?두|잘리|짤리|폐업|실급|"
    r"(?<![가-힣])일\s?하고\s?싶|(?<![가-힣])일\s?(을|이라도)?\s?(좀|다시|뭐라도)\s?(해야|하려고)|(?<![가-힣])일\s?할\s?(데|곳)|(?<![가-힣])일\s?(이|도|을)?\s?(없고|없어|없음|끊겼|안\s?들어)|일자리|취업|취직|구직|(?<![내매생요휴평기])일\s?(을|좀|을\s?좀)?\s?(구하|구해|구함|구할|찾)|일거리|"
    r"일하고\s?싶|직장\s?(을|이|도)?\s?(잃|구|찾|없|그만|옮|못)|구직급여|국취|국민취업|내일배움|내배카|직업\s?훈련|경력\s?단절|경단|재취업|알바\s?구|"
    r"일\s?자리|서류\s?(에서\s?)?(다\s?)?(탈락|떨어)|계약직|자격증|취직|회사를?\s?(제대로\s?)?못\s?(다니|나가)|이력서|면접",
    "debt": r"빚|채무|대출|연체|신용\s?불량|신불|추심|독촉|개인\s?회생|파산|햇살론|미소금융|카드\s?값|사채|이자|"
    r"신용\s?회복|워크아웃|갚|소액생계비|새희망홀씨|돈\s?빌|카드\s?론|현금\s?서비스|리볼빙|마이너스\s?통장|마통|"
    r"할부\s?(금|값)",
    "childcare": r"아이\s?돌봄|어린이집|양육비|한부모|육아|돌봄|맡길\s?(곳|데|사람)|봐\s?줄\s?(사람|데|곳)|등\s?하원|하원|애\s?봐|아이\s?봐|보육|유치원|애들?\s?키|아이\s?키|"
    r"애기|아기|싱글\s?맘|미혼모|미혼부|방과\s?후|혼자\s?(서\s?)?(애|아이|딸|아들|애들)?\s?(를|을)?\s?키우|키우는\s?(엄마|아빠)",
    "housing": r"(데리고|짐\s?싸서)\s?(집\s?을?\s?)?(나오|나와|나가)|집\s?(을|에서)?\s?나오고\s?싶|피할\s?(곳|데)|숨을\s?(곳|데)|월세|전세|주거|임대\s?주택|집세|보증금|쫓겨|집\s?비워|나가라|살\s?곳|잘\s?곳|노숙|고시원|쪽방|이사|"
    r"청년\s?월세|버팀목|집주인|재계약|공공\s?임대|LH|엘에이치|관리비",
    "livelihood": r"생활비|생계|돈\s?(이\s?)?(나올|들어올|나오는|들어오는)\s?(데|곳|게|구석)\s?(가|이|도)?\s?없|긴급\s?복지|긴급\s?지원|기초\s?생활|기초\s?수급|수급자?|생계\s?급여|병원비|의료비|치료비|끼니|굶|"
    r"밥\s?(먹을|값)|단전|단수|가스\s?(끊|요금)|전기\s?(끊|요금)|먹고\s?살|살기\s?힘|돈이\s?(없|하나도)|"
    r"당장\s?(돈|먹)|긴급\s?생활|생활\s?(이|비가)?\s?(안\s?돼|안\s?되|어렵|힘들|빠듯|막막)|돈\s?(이|도)?\s?(없|하나도|한\s?푼|바닥)|통장\s?(이|도)?\s?바닥|남는\s?(게|거|돈이?)\s?없|분유\s?값|쌀이?\s?없",
}
_NEED_RES = {need: re.compile(rx) for need, rx in _NEED_KEYWORDS.items()}


def detect_needs(text: str, intent: Optional[str] = None, entities: Sequence[dict] = ()) -> List[str]:
    """Needs named in one message, in a stable order (the intent's need first).

    A need whose every keyword is denied ("빚은 없어요", "월세 걱정은 없고") is not named.
    """
    found: List[str] = []
    if intent in INTENT_TO_NEED:
        found.append(INTENT_TO_NEED[intent])
    t = text or ""
    for need, rx in _NEED_RES.items():
        if need in found:
            continue
        for m in rx.finditer(t):
            if _keyword_denied(t, need, m):
                continue
            found.append(need)
            break
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


_DENIAL_AFTER = re.compile(
    r"^\s?(은|는|이|가|도|걱정은|문제는|쪽은|쪽은요)?\s?(하나도|전혀|아예|딱히|별로)?\s?(없|아니|아녜|괜찮|해당\s?없|상관\s?없)"
)
_NOT_A_NEED = {
    "childcare": re.compile(r"키우느라|키우다가|키우고\s?나서|다\s?컸|다\s?키웠"),
    # "실업급여 수급" is not 기초생활 수급; "이자" inside other words; "돌봄" for parents is still care
    "livelihood": re.compile(r"(실업|구직)\s?급여\s?(수급|를?\s?받)"),
}


# Only words that name a PROBLEM or a dependant can be denied ("빚은 없어요", "애는 없어요"); a missing
# RESOURCE is the need itself ("생활비가 없어요", "일자리가 없어요", "살 곳이 없어요").
_DENIABLE = re.compile(
    r"^(빚|채무|대출|연체|신용\s?불량|신불|추심|독촉|사채|이자|카드\s?값|아이|애|애기|아기|자녀|월세|전세|집세|보증금|관리비)"
)


# a workplace named before a housing word that is also a way of losing work ("회사에서 나가라고 해서", "사장이
# 재계약 안 해준대요"): the job, not the home
_WORKPLACE_BEFORE = re.compile(
    r"회사|직장|사장|팀장|부장|상사|공장|점장|매니저|원장|이사님|대표|상무|전무|실장|과장|반장|병원에서|가게에서|알바"
)
_LET_GO_RE = re.compile(ww.LET_GO)


def _work_not_home(text: str, m: "re.Match[str]") -> bool:
    for w in _LET_GO_RE.finditer(text):
        if w.start() <= m.start() < w.end() or m.start() <= w.start() < m.end():
            before = text[max(0, w.start() - 20) : w.start()]
            return bool(_WORKPLACE_BEFORE.search(before)) and ww.own_loss(text, w, others=True, wishes=True)
    return False


# a resource named only to say it is fine ("생활비는 괜찮아요", "아이 돌봄은 필요없어요"); a missing resource
# ("생활비가 없어요") is the need itself, so only these words deny it
_RESOURCE = re.compile(r"^(생활비|생계|돌봄|아이\s?돌봄|어린이집|주거|집세|월세)")
_RESOURCE_FINE = re.compile(
    r"^\s?(은|는|도|쪽은|문제는|걱정은)?\s?(괜찮|문제\s?(는\s?)?없|걱정\s?(은\s?)?없|충분|필요\s?(는\s?)?없|필요\s?안)"
)
# 이사 as a company director ("회사 이사가 괴롭혀요", "이사님이 나가라고"), 주거 inside 주거래 (a bank)
_NOT_HOUSING_WORD = re.compile(r"^(이사(님|장|회|진)|주거래)")
_DIRECTOR_BEFORE = re.compile(r"(회사|직장|사장|상무|전무|대표)\S{0,3}\s?$")


def _keyword_denied(text: str, need: str, m: "re.Match[str]") -> bool:
    if need == "housing" and _work_not_home(text, m):
        return True
    if need == "housing" and (
        _NOT_HOUSING_WORD.match(text[m.start() : m.start() + 4])
        or (m.group(0) == "이사" and _DIRECTOR_BEFORE.search(text[max(0, m.start() - 8) : m.start()]))
    ):
        return True
    if _RESOURCE.match(m.group(0)) and _RESOURCE_FINE.match(text[m.end() : m.end() + 16]):
        return True
    if need == "employment" and _WORK_LOSS_RE.fullmatch(m.group(0)):
        # "머리 잘렸어요", "전세 계약이 끝나서", "가게 문 닫는 시간" name no work; someone else's loss and a wish
        # to quit still do
        return not ww.own_loss(text, m, others=True, wishes=True)
    if _DENIABLE.match(m.group(0)) and _DENIAL_AFTER.match(text[m.end() : m.end() + 16]):
        return True
    ex = _NOT_A_NEED.get(need)
    if need == "childcare" and ex is not None and ex.search(text[m.start() : m.end() + 7]):
        return True
    if ex is not None and need == "livelihood" and m.group(0).startswith("수급"):
        w = text[max(0, m.start() - 10) : m.end() + 4]
        if ex.search(w):
            return True
    return False


def need_denied(text: str, need: str) -> bool:
    """True when the message names this need only to deny it ("빚은 없어요")."""
    rx = _NEED_RES.get(need)
    if rx is None:
        return False
    hits = list(rx.finditer(text or ""))
    return bool(hits) and all(_keyword_denied(text, need, m) for m in hits)


PROGRAM_NEED = {
    "unemployment_benefit": "employment",
    "national_employment_support": "employment",
    "tomorrow_learning_card": "employment",
    "saeil_center": "employment",
    "veteran_support": "employment",
    "disability_employment": "employment",
    "middle_aged_job_center": "employment",
    "self_sufficiency_work": "employment",
    "debt_adjustment": "debt",
    "sunshine_loan": "debt",
    "microcredit": "debt",
    "personal_rehabilitation": "debt",
    "microfinance_small_living": "debt",
    "single_parent_support": "childcare",
    "child_care_service": "childcare",
    "housing_benefit": "housing",
    "youth_monthly_rent": "housing",
    "youth_jeonse_loan": "housing",
    "emergency_welfare": "livelihood",
    "basic_livelihood": "livelihood",
}

# ---------------------------------------------------------------------------------------------
# Control words inside the form
_STOP_RE = re.compile(r"그만\s?(할|하|둘|해)|중단|나중에\s?(할|하)|안\s?할래|멈춰|종료|그만요|스톱|stop", re.I)
_SKIP_RE = re.compile(
    r"건너\s?뛰|패스|넘어가|모르겠|잘\s?몰라|몰라요|몰라|모름|몰러|모르것|모르겄|몰것|기억\s?안|말하기\s?싫|말\s?안\s?할|비밀|"
    r"skip",
    re.I,
)
_YES_RE = re.compile(
    r"^\s*(네|넹|넵|예|응|웅|ㅇㅇ|ㅇ|ㅇㅋ|오케이|ok|yes|y|맞아요?|맞습니다|그래요?|그럼요|있어요|있습니다|있음|있어|"
    r"해당돼요|해당됩니다|해당|동의|동의합니다|동의해요|좋아요|그렇습니다|그렇다|맞음|yes)\b",
    re.I,
)
_NO_RE = re.compile(
    # the short ones end the word: "노인일자리는 어디서 신청하오?" is no "노", "n번" no "n"
    r"^\s*((ㄴㄴ|ㄴ|노노|노|no|n)(?![가-힣A-Za-z0-9])|아니요|아뇨|아니오|아니|없어요|없습니다|없음|없어|아닙니다|아님|"
    r"안\s?돼요|싫어요|동의\s?(안|못)|동의하지\s?(않|못)|동의하기\s?(싫|어렵)|해당\s?없|해당\s?안)",
    re.I,
)


_RESTART_RE = re.compile(
    r"처음\s?부터\s?(다시|할래|해|새로)|다시\s?처음\s?부터|처음\s?으로\s?(돌아|가|갈래)|^\s?처음으로\s?$|"
    r"다시\s?시작|새로\s?시작|리셋|초기화|restart",
    re.I,
)


def wants_restart(text: str) -> bool:
    """ "처음부터 다시", "다시 시작할게요", "처음으로" -- start the conversation over (any state)."""
    return bool(_RESTART_RE.search(text or ""))


def wants_stop(text: str) -> bool:
    return bool(_STOP_RE.search(text or ""))


# "그만 물어보고 결과 보여주세요", "질문 말고 결과부터요", "바로 결과 알려줘": the questions end and the results come
# ("결과" alone is not asked: "결과 나오면 연락 주세요" at a question is an answer or a remark)
_RESULTS_NOW_RE = re.compile(
    r"그만\s?(물어|묻|여쭤)|(질문|물어\s?보는\s?거)\s?(은|는)?\s?(그만|됐|말고|이제\s?그만)|"
    r"결과\s?(부터|먼저|만|를|좀|로|는)?\s?(바로|좀|먼저|빨리)?\s?(보여|알려|볼\s?게|볼\s?래|봐요|보고\s?싶|넘어)|"
    r"(바로|빨리|그냥)\s?결과"
)


def wants_results_now(text: str) -> bool:
    """The person asks to stop the questions and see the results now."""
    return bool(_RESULTS_NOW_RE.search(text or ""))


def wants_skip(text: str) -> bool:
    return bool(_SKIP_RE.search(text or ""))


# a refusal anywhere in the answer, whatever comes first ("네 동의하지 않습니다", "야 동의 안해요", "음 싫어요")
_REFUSED_RE = re.compile(
    r"동의\s?(은|는|를|도)?\s?(안|못)\s?(해|하|할|함|합)|동의\s?하지\s?(않|못|말)|동의\s?하기\s?(싫|어렵)|"
    r"(?<![가-힣])싫(어요|습니다|어|음)|원하지\s?않"
)


def parse_yes_no(text: str, intent: Optional[str] = None) -> Optional[bool]:
    t = (text or "").strip()
    if _NO_RE.search(t) or _REFUSED_RE.search(t):
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
        ww.CLOSED_SHOP + r"|폐업|가게\s?(접|닫)": "business_closed",
        r"자영업|장사(하|해|를)|가게\s?(하|운영)|사업(하|해|자)|프리랜서|배달\s?(하|일)|택시\s?(하|몰)": "self_employed",
        r"학생|재학|대학\s?다니|휴학": "student",
        r"일해\s?본\s?적\s?(이\s?)?없|취업\s?(경험|해\s?본\s?적)\s?(이\s?)?없|한\s?번도\s?(일|취업)": "never_worked",
        ww.NOT_WORKING_NOW: "unemployed",
        r"재직|다니고\s?있|회사\s?다녀|직장\s?다녀|일하고\s?있|근무\s?중|알바\s?(하고|중)|직장인|출근": "employed",
    },
    "housing": {
        r"월세|반전세": "monthly_rent",
        r"전세": "jeonse",
        # 자가 as a word, not the end of a noun before 가 ("이자가 너무 쎄요", "남자가 혼자", "환자가 있어서") nor
        # 자가용/자가격리; 우리 집 only said as the home ("우리 집이에요"), not the household ("우리 집 애들")
        r"(?<![가-힣])자가(?!용|\s?격리|\s?진단|\s?검사|\s?치료|\s?면역)|(?<=집은|집이)\s?자가|"
        r"내\s?집|우리\s?집\s?(이에요|이예요|이요|입니다|에\s?살|이\s?있|있)|집\s?있|집을?\s?가지고|"
        r"(집|아파트|주택|빌라)\S{0,3}\s?소유": "owner",
        r"집\s?(이\s?)?없|노숙|거리에서|거리\s?생활|길거리|찜질방|피시방|PC방|쉼터|고시원|쪽방|지낼\s?곳": "homeless",
        r"부모님?\s?(집|댁|이랑|하고|과)|본가|엄마\s?집|아빠\s?집": "with_parents",
    },
}


_DAY_WORDS = [
    (r"하루", 1),
    (r"이틀", 2),
    (r"사흘", 3),
    (r"나흘", 4),
    (r"닷새", 5),
    (r"엿새", 6),
    (r"일주일|한\s?주", 7),
    (r"여드레", 8),
    (r"아흐레", 9),
    (r"열흘", 10),
    (r"보름", 15),
    (r"한\s?달", 30),
    (r"두\s?달", 60),
    (r"석\s?달|세\s?달", 90),
    (r"넉\s?달|네\s?달", 120),
    (r"다섯\s?달", 150),
    (r"여섯\s?달|반\s?년", 182),
    (r"일\s?년|한\s?해", 365),
    (r"이\s?년|두\s?해", 730),
]


# a month said as the start ("작년 3월부터 다녔어요", "올해 1월에 입사해서"): the time from then until now
_SINCE_MONTH = re.compile(
    r"(?P<when>재작년|작년|지난해|올해|올|(?P<y>\d{2}|\d{4})\s?년)?\s?(?P<m>\d{1,2})\s?월\s?(?:쯤|경|초|말)?\s?"
    r"(?:부터|에\s?(?:입사|들어가|들어와|시작|취직|취업))"
)
_UNTIL_MONTH = re.compile(r"(?P<m>\d{1,2})\s?월\s?(?:말|초|쯤)?\s?까지")
# a month named at all: a date, which is no length of time by itself ("3월에 그만뒀어요" is not 3 days)
_A_MONTH = re.compile(r"(?<!\d)\d{1,2}\s?월(?!\s?(?:급|세|급여|말고))")


def _days_since_month(m: "re.Match[str]", today: Optional[date] = None) -> Optional[int]:
    today = today or date.today()
    month = int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    when, y = m.group("when"), m.group("y")
    year = today.year
    if y:
        year = int(y) + (2000 if len(y) == 2 else 0)
    elif when in ("작년", "지난해"):
        year -= 1
    elif when == "재작년":
        year -= 2
    elif month > today.month:
        year -= 1  # "3월부터" said in December is this year; "12월부터" said in March is last year's
    start = date(year, month, 1)
    until = _UNTIL_MONTH.search(m.string[m.end() :])
    end = today
    if until and 1 <= int(until.group("m")) <= 12:  # "3월부터 10월까지": the months between, not until now
        u = int(until.group("m"))
        end = date(year + (1 if u < month else 0), u, 28)
    days = (min(end, today) - start).days
    return days if days >= 0 else None


def parse_duration_days(text: str) -> Optional[int]:
    """'3개월' -> 90, '1년 반' -> 545, '2주' -> 14, '45일' -> 45, '없어요' -> 0, '작년 3월부터' -> the days since."""
    t = text or ""
    since = _SINCE_MONTH.search(t)
    if since:
        return _days_since_month(since)
    if _A_MONTH.search(t) and not re.search(r"개월|달|년|주|일", _A_MONTH.sub("", t)):
        return None  # "3월에 그만뒀어요": a date, asked again rather than read as 3 days
    if re.search(r"없|안\s?했|연체\s?안|0일|아직", t) and not re.search(r"\d", t):
        return 0
    if not re.search(r"\d", t):
        for rx, d in _DAY_WORDS:
            if re.search(rx, t):
                return d + (15 if re.search(r"(달|개월)\s?반", t) else 182 if re.search(r"년\s?반", t) else 0)
    total = 0.0
    found = False
    for num, unit in re.findall(
        f"({korean_numbers.DIGITS_RE}|{korean_numbers.NATIVE_RE}|[일이삼사오육칠팔구십]+)\\s?(년|개월|달|주|일)", t
    ):
        v = korean_numbers.parse_number(num)
        if v is None:
            v = korean_numbers.parse_int(num)
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
    if not re.search(r"\d", t):
        return None  # "둘 다 받을 수 있어요?" at the insurance question was 2 days: a word number needs its unit
    v = korean_numbers.parse_int(t)
    return v


# Answers in the person's words for yes/no questions ("계약이 끝났어요" answers "본인 뜻이 아니었나요?").
_BOOL_ANSWERS: Dict[str, List[Tuple[bool, str]]] = {
    "left_job_involuntarily": [
        (
            False,
            ww.QUIT + r"|스스로|제\s?뜻(?!\s?(이|은)?\s?아니)",
        ),
        (
            True,
            ww.LET_GO
            + "|"
            + ww.EMPLOYER_CLOSED
            # said to the question "본인 뜻이 아니었나요?" these answer it too
            + r"|계약\s?(이\s?)?(만료|끝|종료|해지|연장\s?(안|못))|계약직|잘린|짤린|잘려|짤려|나가라|"
            r"폐업|망해서|망했|문\s?닫|부도|임금\s?체불|월급\s?(을\s?)?(못|안)\s?(받|줘)|괴롭힘|"
            r"때려서|폭력|맞아서|본인\s?뜻\s?아님|제\s?뜻\s?(이|은)?\s?아니|어쩔\s?수\s?없이|강제로|회사\s?사정",
        ),
    ],
    "career_break_woman": [
        (False, r"경력\s?단절\s?(은|이)?\s?(아니|아녜)|쉰\s?적\s?없|계속\s?일했"),
        (
            True,
            r"전업\s?주부|주부|경력\s?단절|경단|(육아|출산|애|아이|결혼).{0,8}(쉬|그만|관두|관뒀|못\s?했)|쉬었다가|다시\s?일",
        ),
    ],
    "receiving_unemployment_benefit": [
        (
            False,
            r"끝났|끝나|끝남|종료|다\s?받았|다\s?탔|안\s?받|못\s?받|안\s?나와|신청\s?(안|못)|받은\s?적\s?없|해당\s?없",
        ),
        (True, r"받고\s?있|받는\s?중|수급\s?중|타고\s?있|나오고\s?있|받아요|받습니다"),
    ],
    "debt_repayment_difficulty": [
        (False, r"(잘|꼬박꼬박|문제\s?없이)\s?갚고|갚고\s?있어요|갚을\s?수\s?있|괜찮|문제\s?없"),
        (
            True,
            r"못\s?갚|갚기\s?(가\s?)?(어렵|힘들|벅차|버거)|밀릴|연체|감당|이자도|돌려\s?막|어려워요|힘들어요|막막",
        ),
    ],
    "livelihood_recipient": [
        (False, r"(수급자?|수급)\s?(는|가|도)?\s?(아니|아녜|아님|안\s?돼|탈락)|차상위"),
        (True, r"수급자|기초\s?수급|생계\s?급여\s?(받|나와)|기초\s?생활|수급\s?받"),
    ],
    "single_parent": [
        (False, r"(" + SPOUSE + r")\s?(이랑|하고|과|랑)?\s?(같이|함께)|맞벌이|부부"),
        (True, r"혼자\s?(서\s?)?(키우|키워|길러|기르|봐요)|한부모|싱글\s?(맘|대디)|미혼(모|부)|이혼|사별|홀로"),
    ],
    "homeowner": [
        (False, r"집\s?(은|이)?\s?없|무주택|월세|전세|세\s?들어|셋방"),
        (True, r"자가|내\s?집|제\s?집|제\s?명의|집\s?(이|은)?\s?있"),
    ],
    "lives_apart_from_parents": [
        (False, r"(같이|함께)\s?(살|지내|있)|부모님\s?(집|댁)|본가|얹혀"),
        (True, r"따로|자취|혼자\s?(살|지내)|독립"),
    ],
    "caregiving_gap": [
        (
            False,
            r"제가\s?(집에|돌|봐|키)|봐\s?줄\s?(사람|분)\s?(이\s?)?있|(할머니|할아버지|친정|시댁|어머니|엄마)\s?(가|께서|이)?\s?(봐|돌봐)|집에\s?있어요",
        ),
        (True, r"(돌볼|봐\s?줄|맡길)\s?(사람|곳|데)\s?(이|가)?\s?없|맞벌이|혼자\s?(일|키우)|일\s?(하느라|나가)"),
        # the question asks "돌볼 사람이 없나요?": a bare "없어요" agrees (nobody), a bare "있어요" denies
        (True, r"^\s*(아무도\s?)?(없|업)(어요|어|음|습니다|죠|지요|네요|어유)?\s*[.!~ㅠㅜ]*\s*$"),
        (False, r"^\s*(있|잇)(어요|어|음|습니다|죠|지요|네요)?\s*[.!~]*\s*$"),
    ],
    "low_credit": [
        (True, r"신용\s?불량|신불|낮(아|은|음)|바닥|안\s?좋|[6-9]\s?등급|연체\s?중"),
        (False, r"보통|괜찮|높|좋은\s?편|[1-4]\s?등급|문제\s?없"),
    ],
    "veteran_mid_long_term": [
        (False, r"단기|일반\s?병|병장|현역\s?병|군대\s?(는|도)?\s?안|면제|미필|공익|여자"),
        (True, r"장기\s?복무|중기\s?복무|직업\s?군인|부사관|장교|(5|6|7|8|9|1\d|2\d)\s?년"),
    ],
    "disability": [
        (False, r"장애\s?(는|가)?\s?(없|아니)|비장애|등록\s?(은\s?)?안"),
        (True, r"장애|[1-6]\s?급|심한|심하지\s?않은|경증|중증"),
    ],
}
_ENUM_EXTRA: Dict[str, List[Tuple[str, str]]] = {
    "employment_status": [
        # let go or the employer closed: unemployed, before any word of the work it was ("배달 하다가 콜이 끊겼어요")
        (ww.LET_GO + "|" + ww.EMPLOYER_CLOSED, "unemployed"),
        (r"전업\s?주부|주부|취준|취업\s?준비|쉬는\s?중|일\s?없|집에\s?있", "unemployed"),
        (r"계약\s?(이\s?)?(끝|만료)", "unemployed"),
    ],
    "housing": [
        (
            r"(때려서|폭력|맞아서|쫓겨|도망).{0,10}(나왔|나와|집\s?나)|집을?\s?나왔|쫓겨났|갈\s?(곳|데)\s?(이|가)?\s?없",
            "homeless",
        ),
        (r"친구\s?(집|네)|지인\s?(집|네)", "homeless"),
    ],
    "crisis_event": [
        (r"폭력|때려(?!\s?(치|쳤|칠))|때리|맞아|맞고|폭행|학대", "domestic_violence"),  # not 때려치다 (to quit)
        # the earner died ("영감 작년에 죽고 혼자여": a few words may come between), left home or cannot be found
        (r"(?:" + EARNER + r"|아빠|엄마)" + DIED_AFTER + "|" + EARNER + GONE_AFTER, "main_earner_loss"),
        (r"병|입원|수술|다쳐|다치|사고|암\b|암이|쓰러", "illness_injury"),
        # a closing or a loss of work, also of the main earner ("남편이 잘렸어요"); never leaving by choice
        (ww.EMPLOYER_CLOSED, "job_loss"),  # the employer's closing is the person's job loss, not their shop's
        (ww.CLOSED_SHOP + r"|폐업|휴업|가게\s?(접|닫)", "business_closure"),
        ("|".join((ww.LET_GO, ww.EMPLOYER_CLOSED, ww.LOST_JOB)) + r"|계약\s?(끝|만료)", "job_loss"),
        (r"화재|불이\s?나|수해|침수|태풍|지진|재난", "disaster"),
        (r"^\s?(없어요|없음|없어|없습니다|딱히|별로|아니요|아뇨)", "none"),
    ],
}


def enum_synonyms(field: str) -> List[Tuple[str, str]]:
    """(pattern, value) of every word that answers an enum field, in the order parse_field tries them."""
    return list(_ENUM_EXTRA.get(field, [])) + [(rx, v) for rx, v in _ENUM_SYNONYMS.get(field, {}).items()]


_MIXED_AGE = re.compile(
    r"(?P<tens>[일이삼사오육칠팔구]?십)\s?(?P<ones>하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|한|두|세|네)"
)


_NOT_MY_WILL_ECHO = re.compile(
    r"^\s*(네|예|넵|응)?\s*[,.]?\s*(제\s?뜻[이은]?\s?|제가\s?원한\s?(건|게)\s?)?(아니었|아녔|아니였)"
    r"(어요|어|죠|지요|습니다|음|어용|던\s?거죠)?\s*[.!~ㅠㅜ]*\s*$"
)


def _field_bool(field: str, t: str) -> Optional[bool]:
    from bot.understand.facts import _negated_after  # local: bot.understand imports this module (a cycle)

    if field == "left_job_involuntarily" and _NOT_MY_WILL_ECHO.match(t):
        return True  # "아니었어요" echoes "본인 뜻이 아니었나요?": it was not (their will); a bare "아니요" disagrees
    for value, rx in _BOOL_ANSWERS.get(field, ()):
        for m in re.finditer(rx, t):
            if field == "left_job_involuntarily" and value is True:
                # "잘렸어요" answers it, "머리 잘렸어요" does not; "잘려서 돈이 없어요" denies nothing, while the
                # reasons only this answer has keep the looser denial ("폭력 같은 건 없었고")
                if ww.denied(t, m) or not ww.own_loss(t, m, others=True):
                    continue
                if not _LET_GO_RE.fullmatch(m.group(0)) and _negated_after(t, m.end()):
                    if not re.search(r"(못|안)\s?(받|줘)", m.group(0)):
                        continue
                return value
            if _negated_after(t, m.end()) and value is True and not re.search(r"(못|안)\s?(받|줘)", m.group(0)):
                continue
            if field == "left_job_involuntarily" and value is False and _negated_after(t, m.end()):
                continue  # "제가 그만둔 건 아니고 회사가 문을 닫았어요": not of their own will
            return value
    return None


_LET_GO_RE = re.compile(ww.LET_GO + "|" + ww.EMPLOYER_CLOSED)
# the values that say work was lost: read only where it is the person's own (the crisis event also the family's)
_WORK_LOSS_VALUES = {"unemployed": False, "business_closed": False, "job_loss": True, "business_closure": True}


def _enum_said(rx: str, value: Any, t: str) -> bool:
    if value in _WORK_LOSS_VALUES:
        return ww.find_own(re.compile(rx), t, others=_WORK_LOSS_VALUES[value]) is not None
    return re.search(rx, t) is not None


# an age said as a decade and where in it ("60대 후반" is not 60: 65+ programs turn on it) or by its feast
_DECADE_AGE = re.compile(r"(?P<d>[1-9])0\s?대\s?(?P<part>초반|중반|후반|초|중|말|끝)")
_DECADE_PART = {"초반": 2, "초": 2, "중반": 5, "중": 5, "후반": 8, "말": 8, "끝": 9}
_HANGUL_DECADE = {"이십": 2, "삼십": 3, "사십": 4, "오십": 5, "육십": 6, "칠십": 7, "팔십": 8, "구십": 9}
_HANGUL_DECADE_AGE = re.compile(r"(?P<d>이십|삼십|사십|오십|육십|칠십|팔십|구십)\s?(?P<part>초반|중반|후반|초|중|말)")
_FEAST_AGE = {"환갑": 60, "회갑": 60, "진갑": 61, "칠순": 70, "고희": 70, "팔순": 80, "구순": 90}


def _age_in_words(t: str) -> Optional[int]:
    m = _DECADE_AGE.search(t) or _HANGUL_DECADE_AGE.search(t)
    if m:
        d = m.group("d")
        decade = int(d) if d.isdigit() else _HANGUL_DECADE[d]
        return decade * 10 + _DECADE_PART[m.group("part")]
    for word, age in _FEAST_AGE.items():
        if word in t:
            return age
    return None


NOT_OVERDUE_RE = re.compile(
    r"(?:아직|한\s?번도)?\s?(?:안|않)\s?밀|밀리지\s?(?:않|는\s?않)|연체\s?(?:는|가|도)?\s?(?:안|없|아직)"
)
_BARE_YES = re.compile(r"^(네+|넵|예+|응+|ㅇㅇ|ㅇㅋ|네네|예예|넹|넴|맞아요?|그래요?|좋아요?)\s*[.!~ㅎ^]*$")


# what is said of now after what was ("…이었는데 지금은 0이요", "예전엔 300 받았고 요즘은 100"): the amount read there
_NOW_TAIL = re.compile(r"(?:었|았|였)(?:는데|지만|고)\s.*?(?:지금|현재|요즘)\s?(?:은|는|엔)?\s?(.+)$")


def parse_field(
    field: str,
    ftype: str,
    text: str,
    intent: Optional[str] = None,
    entities: Sequence[dict] = (),
    choices: Sequence[Tuple[Any, str]] = (),
) -> Tuple[bool, Any]:
    """Parse the answer to the question about `field`. Returns (ok, value)."""
    t = (text or "").strip()
    if not t:
        return False, None
    # button labels map straight to their values
    for value, label in choices or ():
        if t == label or t == str(value):
            return True, value
    if ftype not in ("bool", "enum") and _BARE_YES.match(t):
        return False, None  # "네" is a yes, not the number 4 (it was stored as 빚 4만 원)
    if field == "age":
        v = _age_in_words(t)
        if v is not None:  # "60대 후반", "올해 환갑이에요"
            return True, v
        v = korean_numbers.parse_age(t)
        m = _MIXED_AGE.search(t)
        if m and (v is None or v < 10):  # "육십셋" = 60 + 3
            v = (korean_numbers._parse_sino_small(m.group("tens")) or 0) + (
                korean_numbers.parse_native(m.group("ones")) or 0
            )
        if v is None:  # "삼십이", "마흔" read by the Sino-Korean reader: "삼십이" = 32
            m = re.match(
                r"^\s*(만\s?)?([일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)\s?(살|세)?(이에요|예요|요|입니다)?\s*$", t
            )
            if m:
                v = korean_numbers._parse_sino_small(m.group(2))
        return (v is not None and 10 <= v <= 110), v
    if field == "household_size":
        if re.search(r"\d\s?(?:천|만|억|원)", t) and not re.search(r"\d\s?(?:명|인|식구)|혼자|둘|셋|넷|다섯", t):
            return False, None  # "아 다 합치면 3천이에요": money said at the household question, not 3 people
        v = korean_numbers.parse_household_size(t)
        return (v is not None and 1 <= v <= 20), v
    if field == "children_ages" or ftype == "int_list":
        ages = [e["value"] for e in korean_entities.extract(t) if e["entity"] in ("child_age", "age")]
        if not ages:
            # bare numbers are ages ("3, 7, 12"), but not a duration or an amount ("1년 넘게 다녔어요", "30만원")
            ages = [
                int(x)
                for x in re.findall(r"(?<!\d)(\d{1,2})(?!\d)(?!\s?(?:년|개월|달|주|일|시|분|만|천|억|원|명|번))", t)
            ]
        if not ages and re.search(r"없", t) and not re.search(r"빚|대출|재산|돈|소득|수입|월세|연체|보험|집", t):
            return True, []  # "없어요" (no children), not "빚은 없어요" said at this question
        ages = [a for a in ages if 0 <= a <= 30]
        return (bool(ages), ages)
    if field == "debt_overdue_days" and NOT_OVERDUE_RE.search(t):
        return True, 0  # "카드값은 아직 안 밀렸어요": no arrears yet
    if field in ("debt_overdue_days", "insured_days_18m", "work_days_24m"):
        v = parse_duration_days(t)
        cap = {"insured_days_18m": 548, "work_days_24m": 730}.get(field)
        if v is not None and cap:
            v = min(v, cap)
        return (v is not None and v >= 0), v
    if ftype == "bool":
        v = _field_bool(field, t)
        if v is None:
            v = parse_yes_no(t, intent)
        return (v is not None), v
    if ftype == "money":
        from bot.understand.facts import read_facts, read_money  # local: bot.understand imports this module

        reading = read_facts(t, entities, field)
        if field in reading.facts and isinstance(reading.facts[field], (int, dict)):
            return True, reading.facts[field]
        if reading.past and not re.search(r"(지금|현재|요즘)", t):
            return False, None  # only a past amount was said ("일할 땐 180")
        now = _NOW_TAIL.search(t)
        if now:  # "월급은 실수령 230이었는데 지금은 0이요": what is true now, not the pay that was (it kept 230)
            v, _ = read_money(now.group(1), monthly=field.endswith("_monthly"))
            if v is not None and (isinstance(v, dict) or v >= 0):
                return True, v
            return False, None  # "작년엔 300 벌었는데 지금은 일 안해요": the 300 is not now; asked again
        v, _ = read_money(t, monthly=field.endswith("_monthly"))  # an int, or {"min","max"} for a range/bound
        return (v is not None and (isinstance(v, dict) or v >= 0)), v
    if ftype == "int":
        v = korean_numbers.parse_int(t)
        return (v is not None and v >= 0), v
    if ftype == "enum":
        for rx, value in _ENUM_EXTRA.get(field, []):
            if _enum_said(rx, value, t) and (not choices or value in [c[0] for c in choices]):
                return True, value
        for rx, value in _ENUM_SYNONYMS.get(field, {}).items():
            if _enum_said(rx, value, t):
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
    a = korean_numbers.parse_amount(text)
    if a is not None and (a.period in ("year", "hour", "day", "week") or a.value is None or not a.is_krw):
        return a.note
    return None


def resolve_region(text: str, entities: Sequence[dict] = ()) -> Optional[dict]:
    """{'sido','sigungu','emd'} for the place named in text, or None (unknown or ambiguous)."""
    for e in entities or ():
        if e.get("entity") == "region" and isinstance(e.get("place"), dict) and e["place"].get("sigungu"):
            return dict(e["place"])
    try:
        res = resolve_text(text)
    except Exception:  # a boundary: the directory may ask the Kakao geocoder
        return None
    if res.get("region") and not res.get("ambiguous"):
        return res["region"]
    return None


# Facts volunteered in any message (also corrections: "아 나이 잘못 말했어요 45살이에요")
def facts_from_message(text: str, entities: Sequence[dict] = (), requested: Optional[str] = None) -> Dict[str, Any]:
    """The stated PRESENT facts of a message under the profile slot names (bot.understand.facts reads them;
    past facts, gender and the number of children stay in bot.understand's richer result)."""
    from bot.understand.facts import read_facts  # local: bot.understand imports this module (a cycle)

    facts = read_facts(text or "", entities, requested).facts
    out = {k: v for k, v in facts.items() if k in PROFILE_FIELDS}
    if requested not in ("sido", "sigungu") and asks_for_place(text):
        # "마포구 고용센터 어디 있어요?" asks for a center: the place answers that request, it is not
        # volunteered as the person's address (the center lookup keeps it)
        out.pop("sido", None)
        out.pop("sigungu", None)
    return out


_PLACE_REQUEST_RE = re.compile(
    r"(센터|고용센터|주민센터|복지센터|행정복지|사무소|기관|지청|창구|구청|시청|군청).{0,12}(어디|위치|주소|전화|번호|가까운|찾아|알려|가는\s?길|몇\s?시)|"
    r"(가까운|근처|제일\s?가까운).{0,8}(센터|기관|사무소|주민센터)|어디\s?(에\s?)?(있|가야|가면|로\s?가)"
)


def asks_for_place(text: str) -> bool:
    """Does the message ask where a center/office is (not tell where the person lives)?"""
    return bool(_PLACE_REQUEST_RE.search(text or ""))


CORRECTION_RE = re.compile(
    r"잘못|정정|틀렸|아니\s?라|아니고|아니에요|아니예요|아녜요|다시\s?말|수정|바꿀게|바꿔|고쳐|말고|가\s?아니|이\s?아니|정확히는"
)


def is_correction(text: str) -> bool:
    return bool(CORRECTION_RE.search(text or ""))
