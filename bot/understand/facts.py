"""Facts a person STATES in their own words, under the eligibility profile's field names (no Rasa).

    read_facts(text, entities=(), requested=None) -> Reading(facts, past, notes)

Rules of the reading:
  * only what is said counts: "40대" is not an age, "애 둘" is num_children=2 without children_ages;
  * the past is kept apart: "지금은 없고요 일할땐 월 180" -> personal_income_monthly=0,
    past["income_monthly"]=1_800_000;
  * a negated statement is read as such ("한부모는 아니에요" -> single_parent False, "빚은 없어요" -> 0);
  * a place name is a fact (sido/sigungu), never a request to find a center.
Extra keys next to the profile fields (the planner may use them, the slots do not hold them):
  gender ("female"/"male"), num_children, spouse_income_monthly (a spouse's pay, not the household income).

Size: one reader per profile field (22 small functions) sharing the masks that keep past and negated
statements apart; they run in one order over one text, which is easier to follow in one module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from bot.korean import entities as korean_entities
from bot.korean import numbers as ko_numbers
from bot.korean import work_words as ww
from bot.korean.family_words import DIED_AFTER, EARNER, GONE_AFTER, SPOUSE
from bot.korean.work_words import FAMILY_MEMBER
from bot.screening.core import parse_duration_days, resolve_region

EXTRA_FACTS = ("gender", "num_children", "spouse_income_monthly", "parents_income_monthly")


@dataclass
class Reading:
    facts: Dict[str, Any] = field(default_factory=dict)
    past: Dict[str, Any] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- money
_YEARLY_RE = re.compile(r"(연봉|연\s?소득|연\s?수입|1년에|일\s?년에|한\s?해에|(?<![가-힣])연(?=\s?\d))")


def read_money(text: str, monthly: bool = False) -> Tuple[Union[int, Dict[str, Optional[int]], None], str]:
    """The ONE place understanding reads an amount of money: (value, note) from bot.korean.numbers.read_money.
    With monthly=True a yearly amount ("연봉 3600") becomes monthly and the note says so; a range or bound
    is {"min","max"}; foreign money is (None, a note asking for 원)."""
    if text is None:
        return None, ""
    return ko_numbers.read_money(text, monthly=monthly)


def _man(v: int) -> str:
    if v >= 100_000_000 and v % 100_000_000 == 0:
        return f"{v // 100_000_000}억 원"
    if v >= 10_000:
        m = v / 10_000
        return f"{m:,.0f}만 원" if m == int(m) else f"{m:,.1f}만 원"
    return f"{v:,}원"


# ---------------------------------------------------------------------------------------------- helpers
# the earner died, left home or cannot be found (family_words: read by the crisis question's answer too)
_EARNER_LOST = re.compile(EARNER + "(?:" + DIED_AFTER + "|" + GONE_AFTER + ")")
_NEG_AFTER = re.compile(r"^.{0,6}?(없|아니|아녜|아닌|안\s?(받|해|했|돼|됐|되)|못\s?받|아님)")
_CLAUSE_BEFORE_NEG = re.compile(r"[가-힣](?:고|는데|은데|어서|아서|해서|지만)\s")
_PAST_MARK = re.compile(
    r"(일할\s?(때|땐|적)|다닐\s?(때|땐|적)|회사\s?다닐|예전에?|옛날|전에는|전엔|원래는?|그때는?|그\s?땐|작년|재작년|"
    r"퇴사\s?전|그만두기\s?전|그만\s?두기\s?전|일하던\s?때|받았었|벌었었|였었|했었|었을\s?(때|땐))"
)
_NOW_MARK = re.compile(r"(지금|현재|요즘|요새|이제는?|당장)")
_CLAUSE_END = re.compile(
    r"[.!?\n]|[,;]|(?:고요|는데요?|지만|었고|았고|인데|은데|구요|니까|어서|아서|이고|[요다죠음임])\s"
    # a verb joined by -고 ends its clause too ("작년에 회사 잘리고 빚이 3천": last year is the job, not the
    # debt); not the nouns 사고, 창고, 광고, 최고, 신고, 보고, 경고, 참고, 재고
    r"|(?<![사창광최신보경참재])(?<=[가-힣])고\s"
)


def _clause_bounds(text: str, start: int, end: int) -> Tuple[int, int]:
    s = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        s = m.end()
    m = _CLAUSE_END.search(text, end)
    e = m.start() if m else len(text)
    return s, e


def _is_past(text: str, start: int, end: int) -> bool:
    """Is the span at start..end said about the past ("일할땐 월 180", "작년엔 300 벌었어요")?"""
    s, e = _clause_bounds(text, start, end)
    before, after = text[s:start], text[end:e]
    pm = None
    for pm in _PAST_MARK.finditer(before):  # noqa: B007 - keeps the last past marker before the amount
        pass
    if pm is not None:
        # "예전엔 ... 지금은 X" -> a NOW marker after the past marker wins
        if not _NOW_MARK.search(before[pm.end() :]):
            return True
    if _NOW_MARK.search(before):
        return False
    return bool(
        re.search(
            r"(었었|았었|였었|벌었어|받았어|받았었|벌었|받았는데|였는데|^\s?원?\s?(이었|였)(어|고|는데|지만|습니다|다))",
            after[:14],
        )
    ) and not re.search(r"(받고\s?있|벌고\s?있)", after[:14])


def _negated_after(text: str, end: int) -> bool:
    if text[end - 1 : end] in ("요", "다") and text[end : end + 1].isspace():
        return False  # the sentence ended: "와이프랑 둘이요 애는 없고" denies the children, not the two
    m = _NEG_AFTER.match(text[end : end + 14])
    # "고시원 살고 돈이없음": a clause ended ("살고 ") before the 없, which then denies the money, not the 고시원
    return bool(m) and not _CLAUSE_BEFORE_NEG.search(text[end : end + m.start(1)])


def _search_affirmed(rx: "re.Pattern[str]", text: str) -> Optional[re.Match]:
    for m in rx.finditer(text):
        if not _negated_after(text, m.end()):
            return m
    return None


def _c(rx: str) -> "re.Pattern[str]":
    return re.compile(rx)


# ---------------------------------------------------------------------------------------------- gender
_FEMALE = _c(
    r"(엄마|어머니|주부|아내|며느리|여자|여성|경단녀|임산부|임신|싱글\s?맘|미혼모|딸\s?가진\s?엄마|"
    r"시집|시댁|남편|신랑|애\s?아빠|애들\s?아빠|아이\s?아빠|전\s?남편|남친)"
)
_FEMALE_SELF = _c(
    r"(엄마|어머니|주부|아내|며느리|여자|여성|경단녀|임산부|싱글\s?맘|미혼모|할머니|아줌마|아주머니|직장\s?맘|워킹\s?맘)\s?(에요|예요|이에요|입니다|인데|이고|고\s|구\s?[여요]|라서|이라|요|로서|인)|"
    r"(남편|신랑|전\s?남편|애\s?아빠|애들\s?아빠|아이\s?아빠)\s?(이|은|는|가|하고|이랑|랑|과|한테|에게|의|때문|이\s?때|도|외도|바람|폭력|도박|월급|벌이|회사|명의)|직장\s?맘|워킹\s?맘|"
    r"시집|시댁|임신|출산\s?(했|하고|후)|경력\s?단절\s?여성|전업\s?주부"
)
_MALE_SELF = _c(
    r"(아빠|아버지|남자|남성|가장|싱글\s?대디|미혼부|아들\s?가진\s?아빠|할아버지|아저씨)\s?(에요|예요|이에요|입니다|인데|이고|고\s|라서|이라|요|로서|인)|"
    r"장가|(아내|와이프|마누라|집사람|애\s?엄마|애들\s?엄마|아이\s?엄마|전\s?처|여친)\s?(가|는|이|하고|이랑|랑|과|한테|에게|의|도|때문|병원비|월급|벌이|명의|회사|직장)|"
    r"처가|군\s?(전역|제대)한\s?남자"
)


def _gender(t: str) -> Optional[str]:
    f = _FEMALE_SELF.search(t)
    m = _MALE_SELF.search(t)
    if f and not m:
        return "female"
    if m and not f:
        return "male"
    return None


# ---------------------------------------------------------------------------------------------- employment
# losing or leaving work: the one vocabulary (bot/korean/work_words.py), read here for why and whether the job
# ended; only the words of looking for work are this reader's own (someone looking for work has none now)
_INVOLUNTARY = _c(ww.LET_GO + "|" + ww.EMPLOYER_CLOSED)
_VOLUNTARY = _c(ww.QUIT)
_SEEKING_WORK = (
    r"일자리\s?(찾|구)|일\s?(을\s?)?(찾|구하)|다시\s?일\s?(을\s?)?(하고|하려|시작|해\s?보려)|재취업|실업\s?급여|구직\s?급여|"
    r"일\s?(이\s?)?끊|일\s?(을\s?)?못\s?(구|찾)|(알바|일)(도|마저|조차)?\s?못\s?(해|하)|그것도\s?못\s?해"
)
_BENEFIT_NAMED = _c(r"실업\s?급여|구직\s?급여")
_OUT_OF_WORK = (ww.LET_GO, ww.EMPLOYER_CLOSED, ww.LOST_JOB, ww.LEFT_JOB, ww.NOT_WORKING, ww.RESTING, ww.HOMEMAKER)
_UNEMPLOYED = _c("|".join(_OUT_OF_WORK + (_SEEKING_WORK,)))
_SEEKING_RE = _c(_SEEKING_WORK)


def _not_so(t: str, m: "re.Match[str]") -> bool:
    return _negated_after(t, m.end()) if _SEEKING_RE.fullmatch(m.group(0)) else ww.denied(t, m)


# said plainly these end the job even when a negation follows ("해고돼서 실업급여도 못 받아요")
_PLAIN_LOSS = _c(r"실직|해고|잘렸|짤렸|퇴사|그만\s?뒀|" + ww.LET_GO_DIALECT)
_EMPLOYED = _c(
    r"재직\s?중|다니고\s?있|다니는\s?중|회사\s?다녀요|직장\s?다녀요|(회사|직장)\s?(는|은|도)?\s?다니(는데|지만|면서|고\s?있)|일하고\s?있|근무\s?중|근무하고\s?있|알바\s?(하고\s?있|중|해요|뛰고)|"
    r"직장인(이|입니다|에요|예요)|출근\s?(하고|해요)|월급\s?(받고\s?있|이\s?나와)|일은\s?하는데|일은\s?하고\s?있|직장\s?맘|워킹\s?맘|"
    r"알바\s?(로|해서|하면서|뛰면서)|일해서\s?(월|한\s?달)|계약직이라|계약직으로\s?(일|다니)|에서\s?일하(는데|고\s?있|고\s|면서|는\s?중)|"
    # part-time work, however named ("저는 파트타임으로 월 80 벌어요", "시간제로 일해요"; not the wish of it:
    # "시간제로라도 일하고 싶어요", "파트타임 자리 찾아요")
    r"(파트\s?타임|시간제|단시간\s?근로)\s?"
    r"(?:(으로|로)(?!라도)(?!\s?(일\s?)?(하고\s?싶|하려|할\s?수|할\s?만|구하|구해|찾|알아보))|이고|이라서?|이에요|예요|해요|"
    r"하고\s?있|근무\s?(중|해|하고))"
)
# someone in the family (FAMILY_MEMBER, with the dialogue's "남편 출근했어요" check and "남편이 잘렸어요");
# named just before a word of working, the work is theirs
_OTHER_WORKER = re.compile(FAMILY_MEMBER + r"\s?(이|가|은|는|도)?\s?\S{0,4}\s?$")
_SELF_EMPLOYED = _c(
    r"자영업|장사\s?(하고|해요|를\s?하)|가게\s?(하고|를?\s?운영|해요)|사업\s?(하고|을?\s?하|자)|프리랜서|배달\s?(일|하고|해요)|"
    r"택시\s?(하|몰)|대리\s?운전|노점|식당\s?(하고|운영)"
)
_BUSINESS_CLOSED = _c(ww.CLOSED_SHOP)
_EMPLOYER_CLOSED = _c(ww.EMPLOYER_CLOSED)
_STUDENT = _c(r"(대학생|대학원생|고등학생|학생)\s?(이에요|예요|입니다|인데|이고|이라)|재학\s?중|휴학\s?중")
_NEVER = _c(r"일해\s?본\s?적\s?(이\s?)?없|취업\s?(경험|해\s?본\s?적)\s?(이\s?)?없|한\s?번도\s?(일|취업)")


# a child at school ("고등학생 아들", "애가 중학생이라"): the student is not the person writing
CHILD_AT_SCHOOL = re.compile(
    r"(초등|중|고등|대)학생\s?(인\s?)?(아들|딸|자녀|애|아이|막내|첫째|둘째)|"
    r"(아들|딸|자녀|애|아이|애들|아이들|막내|첫째|둘째)\s?(은|는|이|가|도)?\s?\S{0,4}\s?(초등|중|고등|대)?학생|"
    # children counted by their school ("중학생 하나 초등학생 하나")
    r"(초등학생|중학생|고등학생|초딩|중딩|고딩)\s?(하나|둘|셋|한\s?명|두\s?명|세\s?명)"
)


_COUNTED_OR_RAISED = re.compile(
    r"\s?(하나|둘|셋|넷|한\s?명|두\s?명|세\s?명|\d\s?명)|\s?(\S{1,4}\s)?(혼자\s?)?(키우|키워|길러|기르|돌보|돌봐|보살피)"
)


def family_subject(t: str, pos: int) -> bool:
    """The sentence around `pos` is about a family member (it opens with one, or one is named just before)
    and the person writing is not named between them."""
    start = max(t.rfind(c, 0, pos) for c in ".!?\n") + 1
    before = t[start:pos]
    # "엄마예요", "두 아이 엄마인데" describe the writer: a family word followed by a copula is no subject
    found = [
        m
        for m in re.finditer(FAMILY_MEMBER + r"(?:\s?(?:이|가|은|는|도|께서))?", before)
        if not re.match(r"\s?(예요|이에요|에요|입니다|인데|이고|라서|이라|랍니다|로서|인\s)", before[m.end() :])
        # "아들이랑 둘이 살아요 카페에서 일하는데": with the son, not the son's work
        and not re.match(r"(랑|하고|와|과|한테|에게|을|를|의|\s?(이랑|하고|데리고|키우))", before[m.end() :])
        # "초등학생 아들 둘 혼자 키우고 있는데 다니던 물류센터가 문을 닫아서": counted and raised, not the subject
        and not _COUNTED_OR_RAISED.match(before[m.end() :])
    ]
    m = found[-1] if found else None
    if m is None or re.search(r"(?<![가-힣])(저|제가|나|내가|전|난)(?![가-힣])|저는|저도", before[m.end() :]):
        return False
    return m.start() == len(before) - len(before.lstrip()) or len(before) - m.end() <= 24


def _employment(t: str, r: Reading) -> None:
    # the person's own job ("잘린 건 아니고" is not being let go); a family member's ("남편이 잘려서 제가 나가야
    # 해요") is a crisis for the household
    lost = [m for m in _INVOLUNTARY.finditer(t) if ww.own_loss(t, m, others=True) and not ww.denied(t, m)]
    inv = next((m for m in lost if ww.whose(t, m) is None and not family_subject(t, m.start())), None)
    if lost and inv is None and family_subject(t, lost[0].start()):
        r.facts.setdefault("crisis_event", "job_loss")
    vol = _VOLUNTARY.search(t)
    if inv and vol:
        r.notes.append("퇴사 사유가 엇갈림(" + inv.group(0) + " / " + vol.group(0) + "): 확인 필요")
    elif inv:
        r.facts["left_job_involuntarily"] = True
    elif vol:
        r.facts["left_job_involuntarily"] = False
    status = None
    if _NEVER.search(t):
        status = "never_worked"
    elif _STUDENT.search(t) and not _is_past(t, *_STUDENT.search(t).span()) and not CHILD_AT_SCHOOL.search(t):
        status = "student"
    elif ww.find_own(_BUSINESS_CLOSED, t) and not _EMPLOYER_CLOSED.search(t):
        status = "business_closed"
    else:
        emp = None
        for m in _EMPLOYED.finditer(t):
            if _OTHER_WORKER.search(t[max(0, m.start() - 10) : m.start() + 1]) or family_subject(t, m.start()):
                continue  # "남편 출근했어요", "와이프는 마트 알바해서 120 벌어요": someone else's work
            if not _is_past(t, m.start(), m.end()) and not _negated_after(t, m.end()):
                emp = m
                break
        # looking for work is read as it is said ("다시 일하고 싶은데"); losing it only when it is one's own and done
        # ("남편이 실직했어요", "남편 공장에서 다쳤어요 일 못해요": the husband's)
        own = [
            m
            for m in _UNEMPLOYED.finditer(t)
            if ww.own_loss(t, m, wishes=bool(_SEEKING_RE.fullmatch(m.group(0)))) and not family_subject(t, m.start())
        ]
        # a loss is denied only right after it ("백수는 아니에요"; "잘리고 돈도 없어요" denies nothing)
        une = next((m for m in own if not _not_so(t, m)), None) or (own[0] if own and _PLAIN_LOSS.search(t) else None)
        if une and emp and _BENEFIT_NAMED.fullmatch(une.group(0)):
            une = None  # "아직 재직 중이에요. 실업급여 받을 수 있을까요?": naming the benefit ends no job
        if une and not (emp and emp.start() > une.start()):
            status = "unemployed"
        elif emp:
            status = "employed"
        elif any(not _is_past(t, *m.span()) and not family_subject(t, m.start()) for m in _SELF_EMPLOYED.finditer(t)):
            status = "self_employed"  # not "남편이 … 대리운전 하는데": the husband's work
        elif _STUDENT.search(t) and not CHILD_AT_SCHOOL.search(t):
            status = "student"
    idle = _IDLE_FOR.search(t)
    if status is None and idle and not family_subject(t, idle.start()) and not _negated_after(t, idle.end()):
        status = "unemployed"  # "십년 넘게 일을 못했고", "10년 넘게 일 안했다니까요": out of work for that long
    if status:
        r.facts["employment_status"] = status
    if status in ("unemployed", "business_closed"):
        _left_when(t, r)
    if status == "business_closed":
        r.facts.setdefault("crisis_event", "business_closure")
    # 실업급여 now / ended
    ub = re.search(r"(실업\s?급여|구직\s?급여|실업\s?수당|실급)", t)
    if ub:
        after = t[ub.end() : ub.end() + 24]
        if re.search(r"(끝났|끝나고|끝나서|끝남|종료|다\s?받았|다\s?탔|끊겼|끊기고|만료)", after):
            r.facts["receiving_unemployment_benefit"] = False
            r.past["receiving_unemployment_benefit"] = True
            r.past["benefit_ended_recently"] = bool(
                re.search(r"(지난\s?(달|주)|얼마\s?전|최근|이번\s?달|며칠\s?전|방금)", t)
            )
            r.notes.append("실업급여 수급이 끝남" + (" (최근)" if r.past["benefit_ended_recently"] else ""))
        elif re.search(
            r"^.{0,6}(받고\s?있|받는\s?중|수급\s?중|타고\s?있|받으면서|받는데|나오고\s?있|나와요|들어오고)", after
        ) and not _ASKS.search(after):  # "실업급여는 얼마나 나와요?" asks; it does not say it is being paid
            r.facts["receiving_unemployment_benefit"] = True
        elif re.search(
            r"^.{0,8}(못\s?받|안\s?받|안\s?나와|못\s?타|대상\s?이?\s?아니|안\s?된대)", after
        ) and not _ASKS.search(after):
            r.facts["receiving_unemployment_benefit"] = False


# a question about the benefit, not a statement of receiving it
_ASKS = re.compile(r"^.{0,12}(나요|까요|까\?|는지|을까|는\s?건가|되나|인가요|\?)|^.{0,6}(얼마|언제|어떻게|몇)")


# ---------------------------------------------------------------------------------------------- family
_SINGLE_PARENT = _c(
    r"한부모|싱글\s?(맘|대디)|미혼모|미혼부|(혼자|홀로|혼자서|혼자\s?몸으로)\s?(\S{0,6}\s?)?(키우|키워|기르|양육|애들?\s?보)|"
    r"이혼(하고|했고|한\s?뒤|후|해서|하고\s?나서).{0,20}(애|아이|딸|아들|자녀).{0,10}(키우|데리고|양육|살아|살고)|"
    r"(남편|아내|애\s?아빠|애\s?엄마)\s?(이|가|는|은)?\s?(없|떠나|돌아가|사별|집\s?나가|연락\s?(이\s?)?(끊|안))|"
    r"사별|(애|아이|딸|아들).{0,10}혼자\s?(키우|키워|기르)|이혼\s?(소송|조정)?\s?중.{0,20}(애|아이|딸|아들|자녀).{0,12}(데리고|키우|양육)"
)
_NOT_SINGLE_PARENT = _c(
    r"한부모\s?(는|가|가정은|는\s?아니)\s?(아니|아녜)|맞벌이|("
    + SPOUSE
    + r")\s?(이랑|하고|과|랑)\s?(같이|함께)?\s?(키우|살)"
)
_HAS_CHILD = re.compile(ko_numbers.CHILD_WORD + r"|첫째|둘째|막내|초등|중학생|고등학생|유치원|어린이집|엄마|아빠")
_SCHOOL_KIDS = re.compile(
    r"(초딩|중딩|고딩|초등학생|중학생|고등학생|유치원생|어린이집\s?다니는)\s?(아들|딸|애|아이)?\s?(이|가)?\s?"
    r"(?P<n>하나|둘|셋|한\s?명|두\s?명|세\s?명)(?=$|[^가-힣]|예요|에요|이에요|요|이요|이고|고|랑|하고|입니다|씩)"
)
_MORE_THAN_ONE = re.compile(r"막내|애들|아이들|자녀들|애기들|큰\s?(애|아이|놈)|첫째|둘째")
_SELF_WORDS = re.compile(r"(저|나|제가|내가)\s?(랑|하고|까지|포함|포함해서|빼고|와)")


def _family(t: str, ents: List[dict], requested: Optional[str], r: Reading) -> None:
    # children: count (num_children) and ages only when said
    counts: List[Tuple[str, int]] = []
    for e in ents:
        if e.get("entity") == "num_children":
            if re.search(r"(초|중|고)\s?$", t[max(0, int(e["start"]) - 2) : int(e["start"])]):
                continue  # "초2 아이" is a school grade, not two children
            s0 = int(e["start"])
            if (
                len(str(e.get("text") or "")) == 1
                and s0 > 0
                and re.match(r"[가-힣]", t[s0 - 1])
                and not re.search(r"(애|아이|자녀|아들|딸|남매|애들|아이들)(이|가|는|은|도)?$", t[max(0, s0 - 4) : s0])
            ):
                continue  # the "서" of "때려서" is no count of children ("자녀 3명" was said back to her)
            word = t[max(0, int(e["start"]) - 6) : int(e["start"])]
            cw = re.findall(r"아들|딸|애들?|아이들?|자녀|남매|쌍둥이", word)
            counts.append((cw[-1] if cw else "", int(e["value"])))
    for m in re.finditer(
        ko_numbers.CHILD_WORD + r"\s?(?P<n>하나|둘|셋|넷|한\s?명|두\s?명|세\s?명)\s?(랑|하고|이랑|와|과|데리고)", t
    ):
        counts.append(("", ko_numbers.parse_native(m.group("n").replace("명", "").strip()) or 0))
    school = [ko_numbers.parse_native(re.sub(r"\s?명", "", m.group("n"))) or 0 for m in _SCHOOL_KIDS.finditer(t)]
    if school:  # "애는 고딩하나", "중학생 딸 둘", "고딩 하나 초딩 하나" (two children)
        counts.append(("", sum(school)))
    for m in re.finditer(r"(?<![가-힣])(두|세|네|다섯)\s?(아이|자녀|애들|남매|딸|아들)", t):
        counts.append(("", {"두": 2, "세": 3, "네": 4, "다섯": 5}[m.group(1)]))
    if re.search(r"큰\s?(애|아이|딸|아들|놈)", t) and re.search(r"작은\s?(애|아이|딸|아들|놈)|막내", t):
        counts.append(("", 2))  # "큰애는 고등학생이고 작은애는 중학생": two at least (둘째·셋째 below count more)
    ordinals = [o for o, w in ((2, "둘째"), (3, "셋째"), (4, "넷째")) if w in t]
    if ordinals:
        counts.append(("", max(ordinals)))
    if not counts and re.search(r"(딸|아들)\s?(이랑|하고|과|와|,|랑)\s?\S{0,6}\s?(아들|딸)", t):
        counts.append(("", 2))
    n_children: Optional[int] = None
    if counts:
        kinds = {w for w, _ in counts if w in ("아들", "딸")}
        if len(kinds) == 2:
            n_children = sum(v for w, v in counts if w in ("아들", "딸"))
        else:
            n_children = max(v for _, v in counts)
    if n_children is None:
        # 애 as a word ("장애는 없어요", "연애는 없고" name no child)
        m = re.search(r"((?<![가-힣])애|아이|자녀|자식)\s?(는|가|도)?\s?없|무자녀|아이\s?안\s?낳", t)
        if m:
            n_children = 0
    for e in ents:  # "20살인데 아기 낳고" -- a self introduction, not the child's age
        if (
            e.get("entity") == "child_age"
            and int(e["value"]) >= 15
            and re.match(r"\s?(인데|이고|이에요|예요|입니다|이라|이요)", t[int(e["end"]) : int(e["end"]) + 5])
            # "딸은 고3이에요": a school year said of a named child stays the child's age
            and not (
                korean_entities.SCHOOL_GRADE_RE.fullmatch(str(e.get("text", "")))
                and re.search(
                    ko_numbers.CHILD_WORD + r"\s?(은|는|이|가|도)\s", t[max(0, int(e["start"]) - 16) : int(e["start"])]
                )
            )
        ):
            e["entity"] = "age"
    ages = [int(e["value"]) for e in ents if e.get("entity") == "child_age"]
    adult_ages = [e for e in ents if e.get("entity") == "age" and not str(e.get("text", "")).endswith("대")]
    # a run of ages after a child word ("애가 셋인데 열살 일곱살 네살") are the children's ages
    if (n_children or re.search(ko_numbers.CHILD_WORD, t)) and len(adult_ages) + len(ages) >= 2:
        first_child = re.search(ko_numbers.CHILD_WORD + r"|첫째", t)
        for e in list(adult_ages):
            if first_child and int(e["start"]) > first_child.start() and int(e["value"]) <= 19:
                ages.append(int(e["value"]))
                adult_ages.remove(e)
        ages.sort(reverse=True)
    if requested == "children_ages" and not ages:
        ages = [int(e["value"]) for e in adult_ages if int(e["value"]) <= 30]
    if ages:
        r.facts["children_ages"] = ages
        if n_children is None and len(ages) == 1 and _MORE_THAN_ONE.search(t):
            n_children = -1  # "애들 키우느라 … 막내가 일곱살": more than the one age said; asked, not "자녀 1명"
        else:
            n_children = max(n_children or 0, len(ages))
    elif n_children == 0:
        r.facts["children_ages"] = []
    if n_children is not None and n_children >= 0:
        r.facts["num_children"] = n_children
    # single parent
    if _NOT_SINGLE_PARENT.search(t) or _lives_with_spouse(t):
        r.facts["single_parent"] = False
    else:
        m = _SINGLE_PARENT.search(t)
        if m and (_HAS_CHILD.search(t) or "한부모" in m.group(0) or "맘" in m.group(0) or "미혼" in m.group(0)):
            r.facts["single_parent"] = True
    # household size from who one lives with ("남편이랑 애 둘이랑 사는데" = 1 + 1 + 2)
    mates = _named_housemates(t, n_children) if "household_size" not in r.facts else None
    if mates:
        r.facts["household_size"] = 1 + mates  # the summary says it back as 가구원 수
    # household size from "저랑 애들 셋이요" = 1 + 3
    if "household_size" not in r.facts and n_children:
        if re.search(r"(?<![가-힣])(저|나)\s?(랑|하고|포함|까지)", t) and not re.search(
            r"(" + SPOUSE + r"|부모님|엄마|아빠|어머니|아버지|할머니)\s?(이랑|하고|랑|과|와|까지)", t
        ):
            r.facts["household_size"] = 1 + n_children
            r.notes.append(f"본인 + 자녀 {n_children}명 → {1 + n_children}인 가구")
        elif (
            r.facts.get("single_parent")
            and re.search(r"(둘이|셋이|넷이|같이)\s?(살|지내)", t) is None
            and re.search(r"(키우|살아|살고)", t)
            and not re.search(r"(부모님|엄마|아빠|어머니|아버지|할머니|친정|시댁).{0,6}(같이|함께|랑|하고)", t)
        ):
            pass  # a single parent may live with others: ask instead of guessing


# who the writer lives with, named before the verb of living: "남편이랑 애 둘이랑 사는데", "시어머니랑 남편하고
# 같이 살아요" (the members, not a count: a count is read by _household)
_LIVES_WITH_RE = re.compile(
    r"(?P<who>[^.!?\n]{1,40}?)(?:이랑|랑|하고|와|과)\s?(?:같이\s?|함께\s?)?"
    r"(?:살아요|살고|사는데|사는|살아|삽니다|살며|살거든요|살아서|지내요|지내고|지내는데)"
)
_CHILD_ORDER = r"첫째|둘째|셋째|넷째|막내|큰\s?(?:애|아이|딸|아들)|작은\s?(?:애|아이|딸|아들)"
_PARENT_ONE = re.compile(r"시어머니|시아버지|장모님?|장인어른|할머니|할아버지|(?<!시)(?:엄마|어머니|아빠|아버지)")


def _housemates_said(t: str) -> Optional[str]:
    """The people named before the verb of living ("남편이랑 애 둘" of "남편이랑 애 둘이랑 사는데"), or None when none
    are, or when they live apart or are someone else's household ("엄마는 아빠랑 살아요")."""
    m = _LIVES_WITH_RE.search(t)
    if not m:
        return None
    who = re.split(r"(?:는데|어서|아서|고|며|,)\s", m.group("who"))[-1]
    if re.search(r"따로|떨어져|별거|빼고|없이|말고|전\s?남편|전\s?아내|전처", who):
        return None
    if re.search(FAMILY_MEMBER + r"\s?(은|는|이|가|께서)\s", who + " "):
        return None
    return who


def _lives_with_spouse(t: str) -> bool:
    """A spouse is named among the people the writer lives with ("남편이랑 애 둘이랑 사는데"): no single parent."""
    who = _housemates_said(t)
    return bool(who and re.search(SPOUSE, who))


_ONE_CHILD_RE = re.compile(
    r"(?:아\s|그리고\s|저는\s|전\s)*(?:우리\s?)?(?:큰|작은|막내)?\s?(?:딸|아들)\s?(?:하나|한\s?명)?\s?(?:이랑|랑|하고|과|와)?"
    r"\s?(?:같이|함께|둘이|단둘이)?"
)


def _named_housemates(t: str, n_children: Optional[int]) -> Optional[int]:
    """How many people the writer names as living with them (a spouse, the counted children, parents), or None when
    that is not said plainly: no spouse or parent named, children named but not counted, a sibling (how many?), a
    separation ("남편이랑 따로 살아요"), or someone else as the subject ("엄마는 아빠랑 살아요")."""
    who = _housemates_said(t)
    if who is None:
        return None
    # only people it can count: anyone else ("동생", "손주", "친구", a pet) and the count is not said plainly
    known = re.sub(
        SPOUSE
        + "|부모님|"
        + _PARENT_ONE.pattern
        + "|"
        + ko_numbers.CHILD_WORD
        + "|"
        + _CHILD_ORDER
        + r"|하나|둘|셋|넷|\d+\s?명|[한두세네]\s?명|이랑|랑|하고|와|과|같이|함께|우리|저|제가|나|도|요",
        " ",
        who,
    )
    if re.search(r"[가-힣]", known):
        return None
    spouse = len(re.findall(SPOUSE, who)) > 0
    rest = re.sub(SPOUSE, " ", who)
    parents = 2 * len(re.findall("부모님", rest)) + len(_PARENT_ONE.findall(rest))
    if not spouse and not parents:
        # one son or daughter named alone ("딸이랑 같이 살아요"): one more; children not counted stay unsaid
        return 1 if _ONE_CHILD_RE.fullmatch(who.strip()) else None
    n = int(spouse) + parents
    if re.search(ko_numbers.CHILD_WORD + "|" + _CHILD_ORDER, rest):
        if not n_children or n_children < 1:
            return None
        n += n_children
    return n


_HOUSEHOLD_EXTRA = [
    (
        re.compile(
            r"(저|나|제)\s?(포함|포함해서|까지)\s?(해서\s?)?(?P<n>\d{1,2}|" + ko_numbers.NATIVE_RE + r")\s?(명|식구|인)"
        ),
        "n",
    ),
    (
        re.compile(
            r"(가족|식구|가구원?)\s?(이|은|는|수는?)?\s?(총\s?|모두\s?)?(?P<n>\d{1,2}|"
            + ko_numbers.NATIVE_RE
            + r")\s?(명|인|식구)"
        ),
        "n",
    ),
    (re.compile(r"(?P<n>\d{1,2}|" + ko_numbers.NATIVE_RE + r")\s?인\s?(가구|가족)"), "n"),
    (re.compile(r"(?P<n>\d{1,2}|" + ko_numbers.NATIVE_RE + r")\s?명\s?(이서|이\s?같이|이\s?살|가족|가구)"), "n"),
    # who, then the count: "부모님이랑 셋이요", "엄마하고 둘이에요", "손주들이랑 셋이서요" (the count of people living
    # together, not of children: "애가 둘이에요" names no one it is with)
    (
        re.compile(
            r"(이랑|랑|하고|와|과)\s?(?P<n>둘|셋|넷|다섯|여섯)(이서|이)?\s?(요|이요|에요|이에요|예요|입니다|이고|인데|[.,!~]|$)"
        ),
        "n",
    ),
]


def _household(t: str, ents: List[dict], r: Reading) -> None:
    cands: List[Tuple[int, int]] = []  # (position, value) of affirmed statements
    for rx, g in _HOUSEHOLD_EXTRA:
        for m in rx.finditer(t):
            raw = m.group(g)
            v = int(raw) if raw.isdigit() else ko_numbers.parse_native(raw)
            if v and 1 <= v <= 20 and not _negated_after(t, m.end()):
                cands.append((m.start(), v))
    for e in ents:
        if e.get("entity") == "household_size" and not _negated_after(t, int(e["end"])):
            cands.append((int(e["start"]), int(e["value"])))
    for m in re.finditer(r"(?<![가-힣])(둘|셋|넷|다섯|여섯)이서?\s?(살|사는|삽니다|지내)", t):
        cands.append((m.start(), {"둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6}[m.group(1)]))
    if not cands:  # "부모님이랑 살아요 4명": a count right after saying who one lives with
        m = re.search(
            r"(이랑|하고|랑|와|과|같이|함께)\s?(살아요|살고\s?있어요|살고요?|살아|삽니다|지내요)[,.\s]*(총\s?)?(?P<n>\d{1,2})\s?(명|식구)",
            t,
        )
        if m and 1 <= int(m.group("n")) <= 20:
            cands.append((m.start(), int(m.group("n"))))
    alone = _LIVES_ALONE.search(t)
    if not cands and alone and not re.search(FAMILY_MEMBER + r"\s?(은|는|이|가|께서|도)?\s?$", t[: alone.start()]):
        cands.append((0, 1))  # "저는 혼자 서울 송파에 살아요" (but "엄마는 혼자 시골에 살아요" is her household)
    own = re.search(r"자취", t)
    shared = r"(랑|하고|와|과|같이|함께|룸메|동거|셋|둘|넷)\s?\S{0,3}\s?자취|자취\s?(방\s?)?(을|를)?\s?(같이|함께)"
    if not cands and own and not re.search(shared, t) and not re.search(r"자취\S{0,2}었|부모|본가", t):
        cands.append((0, 1))  # "자취하고 월세 45": living on one's own (a friend named with it is not alone)
    room = re.search(r"고시원|쪽방|원룸텔", t)
    if not cands and room and not re.search(FAMILY_MEMBER + "|" + ko_numbers.CHILD_WORD + r"|같이|함께|둘이|셋이", t):
        cands.append((0, 1))  # "고시원 살고 돈이없음": a room for one (a family named with it is not alone)
    if cands:
        # a negated figure ("3인가구 아니에요") is dropped above; of the rest the first stated wins
        r.facts["household_size"] = sorted(cands)[0][1]


# ---------------------------------------------------------------------------------------------- housing, debt, other
_HOUSING = [
    (
        "homeless",
        _c(
            r"노숙|거리에서|길에서\s?(자|살)|찜질방|피시방|PC방|쉼터|잘\s?곳이?\s?없|살\s?곳이?\s?없|지낼\s?곳이?\s?없|집\s?(이\s?)?없(이|어서|는)\s?(떠돌|지내)|"
            r"고시원|쪽방|여인숙|모텔\s?(에서|전전)|차에서\s?(자|살)"
        ),
    ),
    (
        "monthly_rent",
        _c(
            r"월세\s?\S{0,4}\s?(밀|늦|못\s?내|날이)|월세\s?(보증금|낼|내기|내야|값|비)|월세\s?(살|로\s?살|방|집|에\s?살|내고|사는|예요|요|입니다|인데|고|이고|라서|살이|가|도|를|밀|못|가\s?밀|비|\d)|반\s?전세|사글세"
        ),
    ),
    (
        "jeonse",
        _c(
            r"(?<!반)전세\s?(로\s?)?(들어|얻|구해|계약했)|(?<!반)전세\s?(살|로\s?살|방|집|에\s?살|사는|예요|요|입니다|인데|고|이고|라서|살이|금|보증금|대출|계약|만기|사기)|(?<!반)전세예요"
        ),
    ),
    (
        "with_parents",
        _c(
            r"(부모님|엄마|아빠|어머니|아버지)\s?(집|댁)에\s?(살|얹혀|있|들어)|본가\s?(에서|살)|(부모님|부모)\s?(이랑|하고|과|랑)\s?(같이|함께)\s?(살|지내)|(부모님|엄마|아빠)\s?(한테|께|에게)\s?얹혀"
        ),
    ),
    (
        "owner",
        _c(
            r"자가\s?(예요|에요|입니다|에\s?살|고|인데)|내\s?집\s?(이|에\s?살|있)|(제|내)\s?명의\s?(로\s?된\s?)?(집|아파트)|집\s?(을\s?)?(한\s?채|소유)"
        ),
    ),
]


def _housing(t: str, ents: List[dict], r: Reading) -> None:
    for value, rx in _HOUSING:
        m = _search_affirmed(rx, t)
        if m and not _is_past(t, m.start(), m.end()):
            r.facts["housing"] = value
            break
    if re.search(r"무주택|집\s?(이|은)?\s?없|(제|내)\s?집\s?(은|이)?\s?없", t):
        r.facts["homeowner"] = False
    elif r.facts.get("housing") == "owner":
        r.facts["homeowner"] = True
    if re.search(r"자취|(혼자|따로)\s?(살|나와\s?살|지내)|독립해서", t) and r.facts.get("housing") != "with_parents":
        r.facts["lives_apart_from_parents"] = True
    elif r.facts.get("housing") == "with_parents":
        r.facts["lives_apart_from_parents"] = False


_N = r"(\d{1,2}|한|두|세|석|서|네|넉|너|다섯|여섯|일곱|여덟|아홉|열|반|이십|십오|십)"
# the ways a job ends, for "when did it end" ("지난달 권고사직", "2년 전에 그만두고"): the shared LEAVING words
_LEAVE_WORDS = "(" + ww.LEAVING + ")"
_LEFT_AGO = _c(_N + r"\s?(년|개월|달)\s?(쯤|정도|가량|넘게)?\s?전에?\s?[^.?!]{0,14}?" + _LEAVE_WORDS)
_IDLE_FOR = _c(
    r"(쉰|논|놀고\s?있은|쉬고\s?있은|집에만\s?있은|집에\s?있은|백수로\s?지낸|일\s?안\s?한|일\s?못\s?한|"
    + ww.ENDED_SINCE
    + r")\s?(지|지가)\s?(벌써\s?)?"
    + _N
    + r"\s?(년|개월|달)"
    r"|(백수|무직|실직|쉰\s?지|놀고\s?있은\s?지)\s?[^.?!]{0,6}?" + _N + r"\s?(년|개월|달)\s?째"
    r"|" + _N + r"\s?(년|개월|달)\s?(째|넘게)\s?(쉬|놀|백수|집에만|집에|일\s?(을\s?)?못|일\s?(을\s?)?안)"
    r"|" + _N + r"\s?(년|개월|달)\s?(동안|간|정도|가까이|이나)?\s?(쉬다가|쉬었|쉬고\s?있|놀다가|집에만\s?있다가|육아만)"
)
_RECENT_LEFT = _c(
    r"(지난\s?달|저번\s?달|이번\s?달|이번에|지난\s?주|저번\s?주|며칠\s?전|얼마\s?전|엊그제|어제|최근)\s?(에|에요|에는)?\s?[^.?!]{0,12}?"
    + _LEAVE_WORDS
)
# "3년 다녔고", "5년 근무했는데": the years at the job that ended, said without the workplace word (only read with a
# job lost in the same message, _left_when)
_TENURE_ENDED = _c(  # (group 2 holds the years, as in _TENURE)
    r"()(\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른)\s?년\s?(넘게|가까이|정도|동안|이상|간)?\s?"
    r"(다녔|다니다가|다니던|일했|일하다가|근무했|근무하다가)"
)
_SCHOOLING = re.compile(r"학교|대학|대학원|학원|고등|중학|초등|유치원|어린이집|군대|교회|병원")
_TENURE = _c(
    r"(회사|공장|직장|현장|사무실|정규직|계약직|회사원)[^.?!]{0,10}?(\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|[이삼사오육칠팔구]?십[일이삼사오육칠팔구]?|[이삼사오육칠팔구])\s?년"
    r"\s?(넘게|가까이|정도|동안|이상|간)?\s?(일하|다니|근무|있)"
)


# a job's end dated on the calendar: "작년 말에 계약 끝나부렀소", "올해 3월에 잘렸어요", "9월에 그만뒀어요"
_YEAR_WORDS = {"재작년": 2, "작년": 1, "지난해": 1, "올해": 0, "올": 0}
_SEASON_MONTH = {"연초": 1, "초": 1, "봄": 4, "여름": 7, "가을": 10, "말": 12, "연말": 12, "겨울": 12}
_DATED = (
    r"(?:(?P<year>재작년|작년|지난\s?해|올해|올)\s?(?:(?P<season>연말|연초|초|말|봄|여름|가을|겨울)|(?P<m1>\d{1,2})\s?월)"
    r"|(?<![\d가-힣])(?P<m2>\d{1,2})\s?월(?!\s?(?:급|세|소득|수입|\d)))"
    r"\s?(?:에|쯤|경|달)?\s?(?:에|는)?\s?"
)
_DATED_LEFT = _c(_DATED + r"[^.?!]{0,14}?" + _LEAVE_WORDS)
# the same date at the question about the job's end, where "끝났어요" can only be the job
_DATED_ENDED = _c(_DATED + r"[^.?!]{0,8}?(끝났|끝나|끝남|끝이|그만|관뒀|나왔)")


def _today():
    """The date in Korea (a function, so tests can fix it)."""
    return datetime.now(timezone(timedelta(hours=9))).date()


def _months_since(m: "re.Match[str]") -> Optional[int]:
    """Whole months between the dated end and today; None for a date in the future or no month."""
    today = _today()
    year_word = re.sub(r"\s", "", m.group("year") or "")
    month = m.group("m1") or m.group("m2")
    n = int(month) if month else _SEASON_MONTH.get(m.group("season") or "")
    if not n or not 1 <= n <= 12:
        return None
    year = today.year - _YEAR_WORDS.get(year_word, 0)
    if not year_word and n > today.month:
        year -= 1  # "9월에 그만뒀어요" said in March: last September
    months = (today.year * 12 + today.month) - (year * 12 + n)
    return months if months >= 0 else None


def _months(num: str, unit: str) -> Optional[int]:
    sino = {"십": 10, "십오": 15, "이십": 20}  # "십년 넘게 일을 못했고"
    n = 0.5 if num == "반" else (int(num) if num.isdigit() else sino.get(num) or ko_numbers.parse_native(num))
    if not n:
        return None
    return int(round(n * 12)) if unit == "년" else int(round(n))


def _left_when(t: str, r: Reading) -> None:
    """When the job ended: "2년 전에 그만두고", "집에만 있은지 2년째", "지난달에 잘렸어요"; and a long tenure that
    ended recently counts as the insured period ("공장에서 20년 일하다가 지난달에 잘렸어요")."""
    m = _LEFT_AGO.search(t)
    if m:
        months = _months(m.group(1), m.group(2))
    else:
        m = _IDLE_FOR.search(t)
        months = None
        if m:
            nums = [g for g in m.groups() if g]
            for i, g in enumerate(nums):
                if g in ("년", "개월", "달") and i > 0:
                    months = _months(nums[i - 1], g)
                    break
    if months is None:
        dated = _DATED_LEFT.search(t)
        months = _months_since(dated) if dated else None
    if months is None and _RECENT_LEFT.search(t):
        months = 1 if re.search(r"지난\s?달|저번\s?달", t) else 0
    if months is not None:
        r.facts["left_job_months_ago"] = months
    # the years at the job that ended ("권고사직해서 그만뒀어요 3년 다녔고": when it ended is not said) are its
    # insured days, the 18 months before the end
    tenure = _TENURE.search(t)
    ended = _TENURE_ENDED.search(t) if not tenure else None
    if ended and not _SCHOOLING.search(t[max(0, ended.start() - 12) : ended.start()]):
        tenure = ended  # not "학교 3년 다녔고"
    recent = months is None or months <= 3
    if tenure and recent and "insured_days_18m" not in r.facts and not _SELF_EMPLOYED.search(t):
        years = tenure.group(2)
        n = int(years) if years.isdigit() else ko_numbers.parse_native(years) or ko_numbers.parse_int(years + "년")
        if n and n >= 2:
            r.facts["insured_days_18m"] = 548
            r.notes.append("고용보험 충분(추정)")  # N years at a job that just ended; the counselor confirms it


# "월세 1000에 50", "월세 보증금 500/40": deposit then rent, in 만 원 (the bare numbers of a 월세 said this way)
_RENT_PAIR = re.compile(
    r"월세\s?(?:는|가|집|방)?\s?(?:보증금\s?)?(?P<a>\d[\d,]{0,5})\s?(?:만\s?원?)?\s?(?:에|/|,)\s?(?:월\s?)?"
    r"(?P<b>\d{1,3})\s?(?:만\s?원?)?(?![\d천억])"
)
# a part of a debt named after the whole ("빚이 2천인데 그중 카드빚이 500이에요")
_PART_OF = re.compile(r"그\s?중|중에|그것\s?중|포함|까지\s?해서|합쳐|합치|합해|총|전부|다\s?해서")


def _debt_total(t: str, debts: List[Tuple[int, int]]) -> int:
    """The debt of one message: several loans named one after another are added up ("소상공인 대출 5천이랑
    카드빚 천만원" is 6천만 원); a part named after the whole, or a total after the parts, is not added."""
    if len(debts) == 1:
        return debts[0][1]
    debts = sorted(debts)
    between = t[debts[0][0] : debts[-1][0]]
    if _PART_OF.search(between):
        return max(v for _, v in debts)  # the whole (or the total said after its parts)
    return sum(v for _, v in debts)


def _amounts(t: str, ents: List[dict], requested: Optional[str], r: Reading) -> None:
    debts: List[Tuple[int, int]] = []
    for e in ents:
        name = e.get("entity")
        s, en = int(e.get("start", 0)), int(e.get("end", 0))
        try:
            value = int(e.get("value"))
        except (TypeError, ValueError):
            continue
        past = _is_past(t, s, en) if en else False
        if name == "monthly_income":
            if re.search(r"(실업|구직)\s?급여\s?$|실업\s?수당\s?$|실급\s?$", t[max(0, s - 8) : s]):
                r.notes.append(f"실업급여 월 {_man(value)} (소득으로 보지 않음)")
                continue
            if _parents_earn(t, s) and not past:
                r.facts["parents_income_monthly"] = value
                r.notes.append(_parents_note(value))
                continue
            if value == 0 and family_subject(t, s):
                # "남편은 소득 없어요": the husband has none (not the household, nor the person writing)
                if re.search(SPOUSE, t[max(0, s - 24) : s]):
                    r.facts.setdefault("spouse_income_monthly", 0)
                continue
            key = _income_key(t, s, requested)
            if past:
                r.past["income_monthly"] = value
                continue
            raw = t[max(0, s - 8) : en + 2]
            v, note = read_money(raw, monthly=True)
            if note and v is not None:
                value = v
                r.notes.append(note)
            r.facts[key] = value
        elif name == "amount":
            if not re.search(r"[원만천억]", str(e.get("text") or t[s:en])) and re.match(
                r"\s?(달|개월|년|주|일|살|세|명|시|번|차|회)", t[en : en + 3]
            ):
                continue  # "연체 3달": a bare number before a unit of time or count is no amount of money
            role = e.get("role")
            key = {"debt": "debt_total", "deposit": "deposit", "rent": "rent_monthly", "assets": "assets"}.get(role)
            if key is None and requested in ("debt_total", "deposit", "rent_monthly", "assets", "financial_assets"):
                key = requested
            if key:
                if past:
                    r.past[key] = value
                elif key == "debt_total":
                    debts.append((s, value))
                else:
                    r.facts[key] = value
    if debts:
        r.facts["debt_total"] = _debt_total(t, debts)
    m = _RENT_PAIR.search(t)
    if m:  # "월세 1000에 50", "월세 보증금 1000에 50": the usual way to say deposit and rent, larger first
        a, b = (int(m.group(g).replace(",", "")) for g in ("a", "b"))
        if a > b and 0 < b <= 500 and not _is_past(t, *m.span()):
            r.facts["deposit"], r.facts["rent_monthly"] = a * 10_000, b * 10_000
    if "debt_total" not in r.facts:
        m = re.search(
            r"(빚|대출|카드론|현금\s?서비스|카드\s?값|사채|채무|부채|마통|마이너스\s?통장)[^.?!]{0,18}?"
            r"(\d+(?:\.\d+)?\s?(?:억|천)(?:\s?\d+\s?천)?(?:\s?만)?\s?(?:원)?)",
            t,
        )
        if m and not _is_past(t, *m.span(2)) and not re.match(r"\s?(명|살|세|개월|달|년)", t[m.end(2) : m.end(2) + 3]):
            v, _ = read_money(m.group(2))
            if isinstance(v, int) and v >= 1_000_000:
                r.facts["debt_total"] = v
    if "assets" not in r.facts:
        m = re.search(
            r"(집|아파트|빌라|주택|땅|토지|건물)\s?(한\s?채|하나|한\s?개)?[^.?!]{0,12}?"
            r"(\d+(?:\.\d+)?\s?억(?:\s?\d+\s?천)?(?:\s?만)?|\d+\s?천\s?만?)\s?(원|정도|쯤|가량|짜리)?",
            t,
        )
        if m and not re.search(r"대출|빚|융자|담보|전세|보증금|월세", m.group(0)):
            v, _ = read_money(m.group(3))
            if isinstance(v, int) and v >= 1_000_000:
                r.facts["assets"] = v
                r.notes.append("집·땅 등 재산 " + _man(v))
    # "빚은 없어요", "재산 하나도 없어요"
    for key, rx in (
        ("debt_total", r"(빚|채무|대출|부채)\s?(은|는|이|도)?\s?(하나도|전혀|아예|딱히)?\s?없(?!는)"),
        (
            "assets",
            r"(재산|모아둔\s?돈|모은\s?돈|저축|예금|적금)\s?(같은\s?(?:거|건|것)|은|는|이|도)?\s?(하나도|전혀|아예|거의)?\s?없(?!는)",
        ),
    ):
        if key not in r.facts and re.search(rx, t):
            r.facts[key] = 0
    # "적금 같은건 없어요": no savings is the 금융재산 긴급복지 asks about (and no assets at all only when no home or
    # deposit is known: the dialogue keeps a deposit told earlier)
    if re.search(
        r"(모아둔\s?돈|모은\s?돈|저축|예금|적금|통장에\s?돈)\s?(같은\s?(?:거|건|것)|은|는|이|도)?\s?(하나도|전혀|아예|거의)?\s?없(?!는)",
        t,
    ):
        r.facts.setdefault("financial_assets", 0)
    # overdue: "연체된 지 석 달", "3개월째 못 갚고"
    m = re.search(r"(연체|못\s?갚|밀린\s?지|밀려서|밀렸).{0,12}", t)
    # a debt's payments behind ("카드값도 두달째 밀리고", "대출 이자 석 달 밀렸어요"; not 월세, a housing arrear)
    behind = re.search(
        r"(카드\s?값|카드\s?대금|카드론|대출|이자|할부|빚|원리금)\s?(이|가|도|은|는)?\s?"
        r"((?:\d+|[가-힣]{1,3})\s?(?:년|개월|달|주|일))\s?(?:째|넘게|이상|정도|가량|쯤)?\s?밀",
        t,
    )
    if behind and parse_duration_words(behind.group(3)) is not None:
        r.facts["debt_overdue_days"] = parse_duration_words(behind.group(3))
    elif (
        m
        and re.search(r"연체|못\s?갚", m.group(0))
        or re.search(r"(개월|달|년|주|일)\s?(째|넘게|이상|정도)?\s?(연체|못\s?갚)", t)
    ):
        w = re.search(
            r"((?:\d+|[가-힣]{1,3})\s?(?:년|개월|달|주|일|열흘|보름))\s?(?:째|넘게|이상|정도|가량|쯤)?\s?(?:연체|못\s?갚|밀)|(연체|못\s?갚)[^.?!]{0,12}?((?:\d+|[가-힣]{1,3})\s?(?:년|개월|달|주|일)|열흘|보름)",
            t,
        )
        if w:
            span = w.group(1) or w.group(3)
            d = parse_duration_words(span)
            if d is not None:
                r.facts["debt_overdue_days"] = d
    if re.search(r"연체\s?(는|은|가|도)?\s?(아직|전혀|한\s?번도|지금은)?\s?(없|안\s?했|한\s?적\s?없|안\s?됐)", t):
        r.facts["debt_overdue_days"] = 0
    if re.search(
        r"신용\s?(불량|불량자|회복\s?중)|신불자|신용\s?(점수|등급)\s?(이|가)?\s?(낮|바닥|안\s?좋|[6-9]\s?등급|엉망)", t
    ):
        r.facts["low_credit"] = True
    # insured period only when 고용보험 is named
    m = re.search(r"고용\s?보험.{0,16}?((?:\d+|[가-힣]{1,3})\s?(?:년|개월|달|일)(?:\s?반)?)", t) or re.search(
        r"((?:\d+|[가-힣]{1,3})\s?(?:년|개월|달|일)(?:\s?반)?)\s?(?:동안|정도|가량|쯤)?\s?고용\s?보험", t
    )
    if not m and re.search(r"고용\s?보험\s?(은|도|을|를)?\s?(다|모두|계속|쭉|꼬박)?\s?(들었|들어|가입|냈|넣었)", t):
        # "3년 다녔어요 고용보험 다 들었고": the years at the job, with 고용보험 paid throughout
        m = re.search(
            r"((?:\d+|[가-힣]{1,3})\s?(?:년|개월|달)(?:\s?반)?)\s?(?:동안|정도|가량|쯤)?\s?(?:다녔|근무|일했|있었)", t
        )
    if m:
        d = parse_duration_words(m.group(1))
        if d is not None:
            r.facts["insured_days_18m"] = min(d, 548)
            if d > 548:
                r.notes.append("고용보험 기간이 18개월을 넘어 548일로 봄")


_PARENT = r"(부모님|엄마\s?아빠|아빠\s?엄마|어머니|아버지|어머님|아버님|엄마|아빠|양친)"
_LIVES_WITH_PARENTS = re.compile(
    r"(같이|함께|모시고)\s?(살|지내|사는|삽니다)|(부모님|본가|엄마|아빠)\s?(집|댁)에?\s?(서|살|얹혀|있)|얹혀\s?살"
)


def _parents_earn(t: str, pos: int) -> bool:
    """ "부모님은 대구에 계세요 두분 합쳐서 월 400정도 버세요": the parents' pay, not the household's (unless the
    person lives with them) - 청년월세's 원가구 test reads it; the household income question stays open."""
    window = t[max(0, pos - 28) : pos]
    found = list(re.finditer(_PARENT, window))
    if not found or _LIVES_WITH_PARENTS.search(t):
        return False
    between = window[found[-1].end() :]
    return not _SELF_OR_FAMILY.search(between)


_SELF_OR_FAMILY = re.compile(
    r"(?<![가-힣])(저|제|나|내)\s?(는|가|도|월급|소득|수입|벌이|랑)|우리\s?(집|가족)|가족\s?(전체|다)"
)


def _parents_note(v: int) -> str:
    return f"부모님 소득 월 {_man(v)} (따로 사시면 가구 소득 아님, 청년월세 원가구 기준: 확인 필요)"


def _income_key(t: str, pos: int, requested: Optional[str]) -> str:
    window = t[max(0, pos - 16) : pos]
    if re.search(r"(가구|가족|식구|우리\s?집|집\s?전체|합쳐서|합치면|" + SPOUSE + r"|부부)", window):
        return "household_income_monthly"
    if requested in ("personal_income_monthly", "household_income_monthly"):
        return requested
    if re.search(
        r"(월급|제\s?(소득|수입|월급)|내\s?(소득|수입|월급)|알바|벌|일해서|받는\s?돈)", window + t[pos : pos + 12]
    ):
        return "personal_income_monthly"
    if re.search(r"(가구|가족|식구|" + SPOUSE + r"|부부|우리\s?집)", t):
        return "household_income_monthly"
    return "personal_income_monthly"


_SPOUSE = r"(?P<who>" + SPOUSE + r")"
_SALARY_RE = re.compile(
    _SPOUSE + r"?\s?(?P<ctx>연봉|월급|월\s?소득|소득|수입|벌이|급여)\s?(?:은|는|이(?![십백천만억])|가)?\s?"
    r"(?:한\s?)?(?:약\s?)?"
    r"(?P<money>" + ko_numbers.MONEY_RE + r")"
)


# "와이프는 마트에서 일해서 한 180 벌어요", "남편이 한 달에 300 받아요": the spouse, then what they earn
_SPOUSE_EARNS_RE = re.compile(
    # up to 40 characters of what he does ("남편이 작년에 공장 그만두고 대리운전 하는데 한 달에 150 벌어요"), never
    # across the speaker's own clause ("남편은 … 저는 알바로 50 벌어요": hers)
    _SPOUSE
    + r"\s?(?:은|는|이|가)?\s?(?:(?!(?<![가-힣])(?:저는|제가|전\s|나는|내가|난\s|저도|나도))[^.?!]){0,40}?"
    + r"(?:한\s?|약\s?)?"
    r"(?P<money>" + ko_numbers.MONEY_RE + r")\s?(?:정도|쯤|가량|좀)?\s?(?:벌|받|나와|나오)"
)


# "기초연금 30만원 받는게 다라": a pension paid every month is income (기초생활보장 counts it)
_PENSION_RE = re.compile(
    r"(기초\s?연금|국민\s?연금|노령\s?연금|장애인\s?연금|유족\s?연금|연금)\s?(으로|을|를|만|이|은|는)?\s?"
    r"(한\s?달에?|매달|월)?\s?(?:한\s?|약\s?)?(?P<money>" + ko_numbers.MONEY_RE + r")\s?(정도|쯤|가량)?\s?"
    r"(받|나와|나오|들어와|들어오|타)"
)


# "국민연금 쬐끔 나오는디 한 40만원": the pension paid, then how much
_PENSION_THEN_AMOUNT_RE = re.compile(
    r"(기초\s?연금|국민\s?연금|노령\s?연금|장애인\s?연금|유족\s?연금|연금)\s?(?:으로|을|를|만|이|은|는|도)?\s?"
    r"(?:쬐끔|쪼끔|조금|쪼금|좀|약간|얼마)?\s?(?:받|나와|나오|들어와|들어오|타)[가-힣]{0,4}\s?"
    r"(?:한\s?달에?|매달|월)?\s?(?:한\s?|약\s?|대략\s?)?(?P<money>" + ko_numbers.MONEY_RE + r")"
)


def _pension(t: str, requested: Optional[str], r: Reading) -> None:
    m = _PENSION_RE.search(t) or _PENSION_THEN_AMOUNT_RE.search(t)
    if not m or "personal_income_monthly" in r.facts or "household_income_monthly" in r.facts:
        return
    if _ASKS.search(t[m.end() : m.end() + 14]) or _is_past(t, m.start("money"), m.end("money")):
        return  # "연금 30만원 받을 수 있나요?" asks; "예전엔 연금 받았는데" is past
    v, _ = read_money("월 " + m.group("money"), monthly=True)
    if isinstance(v, int) and v > 0:
        r.facts[_income_key(t, m.start("money"), requested)] = v
        r.notes.append(f"{m.group(1)} 월 {_man(v)}을 소득으로 봄")


# the spouse died or left for good: "영감 작년에 가고", "남편 먼저 보내고", "남편이 돌아가시고"
_SPOUSE_GONE = re.compile(
    DIED_AFTER
    + r"|\s?(?:이|가|은|는)?\s?(?:작년|재작년|올해|몇\s?년\s?전|\d+\s?년\s?전|지난\s?해)에?\s?"
    + r"(?:가고|갔|떠나|떠났|보내|보냈)"
    + r"|\s?(?:을|를)?\s?(?:먼저\s?)?(?:보내고|보냈|여의)"
)


def _salaries(t: str, requested: Optional[str], r: Reading) -> None:
    """Amounts after 월급/연봉/소득 the entity rules leave out ("남편 월급 250이고", "연봉 3600인데")."""
    m = _SPOUSE_EARNS_RE.search(t)
    if m and (r.facts.get("household_size") == 1 or _SPOUSE_GONE.match(t, m.end("who"))):
        m = None  # "혼자 사는디 영감 작년에 가고 기초연금 30 받는게 다여": her pension; he died, she lives alone
    if m and "spouse_income_monthly" not in r.facts and not _is_past(t, m.start("money"), m.end("money")):
        v, _ = read_money("월급 " + m.group("money"), monthly=True)
        if isinstance(v, int) and v > 0:
            r.facts["spouse_income_monthly"] = v
            r.notes.append(f"배우자 소득 월 {_man(v)} (가구 소득은 확인 필요)")
            if r.facts.get("personal_income_monthly") == v and t.count(m.group("money").strip()) == 1:
                r.facts.pop("personal_income_monthly")  # the one amount was read as hers too: it is his
    for m in _SALARY_RE.finditer(t):
        if m.group("ctx").startswith("월") and t[m.end("ctx") - 1 : m.end("ctx") + 1].startswith("월세"):
            continue
        if re.search(r"(실업|구직)\s?$", t[max(0, m.start("ctx") - 3) : m.start("ctx")]):
            continue
        v, note = read_money(m.group("ctx") + " " + m.group("money"), monthly=True)
        if v is None or (isinstance(v, int) and v <= 0) or _is_past(t, m.start("money"), m.end("money")):
            continue
        if m.group("who"):
            if not isinstance(v, int):
                continue
            r.facts.setdefault("spouse_income_monthly", v)
            r.notes.append(f"배우자 소득 월 {_man(v)} (가구 소득은 확인 필요)")
            continue
        if "personal_income_monthly" in r.facts or "household_income_monthly" in r.facts:
            continue
        if _parents_earn(t, m.start("money")) and isinstance(v, int):
            r.facts.setdefault("parents_income_monthly", v)
            r.notes.append(_parents_note(v))
            continue
        key = _income_key(t, m.start("money"), requested)
        r.facts[key] = v
        if note:
            r.notes.append(note)


_ZERO_NOW = re.compile(
    r"(지금은?|현재는?|요즘은?|이제는?)\s?(소득|수입|벌이|월급|돈\s?들어오는\s?(게|건))?\s?(이|은|는|가)?\s?(하나도|전혀|아예|한\s?푼도)?\s?(없|0원|제로|못\s?벌)"
)


def _zero_income(t: str, requested: Optional[str], r: Reading) -> None:
    m = _ZERO_NOW.search(t)
    if not m:
        return
    has_word = (
        bool(m.group(2))
        or requested in ("personal_income_monthly", "household_income_monthly")
        or bool(re.search(r"(일할|벌|월급|소득|수입)", t))
    )
    if not has_word:
        return
    key = (
        requested
        if requested in ("personal_income_monthly", "household_income_monthly")
        else (
            "household_income_monthly"
            if re.search(r"(가구|가족|식구|우리\s?집)", t[max(0, m.start() - 10) : m.end()])
            else "personal_income_monthly"
        )
    )
    if key not in r.facts or r.facts[key] != 0:
        r.facts[key] = 0


_OTHER_BOOLS = [
    (
        "disability",
        _c(
            r"장애\s?(인|(가\s?)?있|등급|\d\s?급|판정|진단|인\s?등록|를\s?갖|가\s?있어)|(청각|시각|지체|지적|뇌병변|정신|발달|신장|언어)\s?장애|장애\s?\d급"
        ),
        _c(r"장애\s?(는|가|도)?\s?(없|아니|아녜)|비장애"),
    ),
    (
        "veteran_mid_long_term",
        _c(
            r"(장기|중기)\s?복무|직업\s?군인.{0,10}(전역|제대)|(부사관|장교|하사|중사|상사|원사|대위|소령|중령).{0,10}(전역|제대)|"
            r"(5|6|7|8|9|\d\d|오|육|칠|팔|구|십)\s?년\s?(이상\s?)?(복무|군\s?생활)"
        ),
        _c(r"(단기\s?복무|일반\s?병|병장\s?(전역|제대)|군대\s?(는|도)?\s?안\s?갔|현역\s?병)"),
    ),
    (
        "livelihood_recipient",
        _c(
            r"(?<!실업\s)(?<!실업)(?<!구직\s)(?<!구직)(?<!급여\s)(기초\s?(생활\s?)?수급|생계\s?급여|의료\s?급여|수급자|기초\s?생활\s?보장\s?(받|대상))"
        ),
        _c(
            r"(수급자|기초\s?수급|기초\s?생활\s?수급)\s?(는|가|도)?\s?(아니|아녜|아님|안\s?돼|탈락|에서\s?탈락|못\s?됐)|수급\s?탈락"
        ),
    ),
    (
        # "다음달부턴 못갚을거 같아요", "이자도 감당이 안 돼요": repaying is hard, in arrears or not yet
        "debt_repayment_difficulty",
        _c(
            r"(못\s?갚|갚기\s?(가\s?)?(어렵|힘들|벅차|버거)|갚을\s?(길|방법|수가?)\s?(이\s?)?없|연체될|"
            r"(빚|대출|이자|카드|사채|할부|원금)[^.?!]{0,8}(밀릴\s?(것|거)|감당이?\s?(이\s?)?안)|이자도\s?(못|버거|벅차)|돌려\s?막|"
            # "대출이자 때문에 숨막혀요", "카드값에 허덕여요": the payments choke the month
            r"(빚|대출|이자|카드\s?값|사채|할부|원금)[^.?!]{0,10}(숨\s?(이\s?)?막|허덕|쪼들))"
        ),
        _c(r"(잘|꼬박꼬박|문제\s?없이)\s?갚고\s?있|갚는\s?(건|데)\s?문제\s?(는\s?)?없"),
    ),
    (
        "career_break_woman",
        _c(
            r"경력\s?단절|경단녀|경단|(육아|출산|(?:애|아이)들?(?:\s?(?:둘|셋|넷|하나|[가-힣\d]{1,2}\s?명))?\s?키우(?:느라|면서|다\s?보니)|결혼하고|결혼\s?후|결혼하면서|애\s?낳고|아이\s?낳고).{0,22}(쉬었|쉬다|그만\s?뒀|그만두고|일을?\s?못|경력|관뒀|쉬고)|"
            r"(\d+|[가-힣]{1,3})\s?년\s?(을|동안|간)?\s?(애|아이|애들|아이들)\s?(만|들만)?\s?(키웠|보고|키우)|"
            r"전업\s?주부.{0,10}(\d+|[가-힣]{1,3})\s?년|(\d+|[가-힣]{1,3})\s?년.{0,6}전업\s?주부"
        ),
        _c(r"경력\s?단절\s?(은|이)?\s?(아니|아녜)"),
    ),
]


# "자영업자라 고용보험 없었어요", "고용보험 안 들었어요", "4대보험 가입 안 된 알바": no insured days
_NO_INSURANCE = _c(
    r"(고용\s?보험|4대\s?보험|사대\s?보험)\s?(은|이|도|을|를)?\s?(없었|없어|없고|없는|없음|안\s?들|가입\s?(이\s?)?(안|못)|미가입|안\s?돼|안\s?된|안\s?됐)"
)


def _no_insurance(t: str, r: Reading) -> None:
    if "insured_days_18m" not in r.facts and _search_affirmed(_NO_INSURANCE, t):
        r.facts["insured_days_18m"] = 0
        r.notes.append("고용보험 가입 안 함")


# a family member named right after what is said of them ("장애 있는 서른살 아들", "장애인 딸", "지적장애인
# 동생을"): a relative clause and a few words (an age) before the family word
_OF_FAMILY_AFTER = re.compile(
    r"^(?:는|으신|\s?(?:가|이)?\s?(?:있는|인|가진|있으신))?\s?(?:[^\s.?!,]{1,4}\s?(?:살|세)\s?)?"
    + FAMILY_MEMBER
    + r"(?!\s?(?:입니다|이에요|예요|에요|인데|이고))"
)


def _said_of_family(t: str, m: "re.Match[str]") -> bool:
    """Is what `m` found said of a family member ("아들이 발달장애가 있어요", "장애 있는 서른살 아들")?"""
    return family_subject(t, m.start()) or bool(_OF_FAMILY_AFTER.match(t[m.end() : m.end() + 24]))


def _other(t: str, r: Reading) -> None:
    for key, yes, no in _OTHER_BOOLS:
        if no.search(t):
            r.facts[key] = False
        else:
            m = _search_affirmed(yes, t)
            if m and key == "disability" and _said_of_family(t, m):
                continue  # "발달장애 있는 서른살 아들을 돌보느라": the son's disability, not the person's
            if m:
                r.facts[key] = True
    if (
        r.facts.get("livelihood_recipient")
        and re.search(r"실업\s?급여\s?수급", t)
        and not re.search(r"기초|생계\s?급여", t)
    ):
        r.facts.pop("livelihood_recipient", None)
    # crisis events that are stated plainly
    if re.search(
        r"("
        + SPOUSE
        + r"|전\s?남편|동거인|아버지|아빠|부모|가족|엄마|어머니|형|오빠)\s?(이|가|한테|에게|의)?\s?.{0,6}(때려|"
        r"때리|폭력|맞아|맞고|맞았|폭행|학대)|가정\s?폭력|데이트\s?폭력|"
        r"("
        + SPOUSE
        + r"|전\s?남편|동거인|아버지|아빠)\s?(이|가)?\s?.{0,16}(저를?|나를?|절|날)\s?(밀쳐|밀치|밀어|걷어차|"
        r"발로\s?차|목을?\s?졸|멱살)",
        t,
    ):
        r.facts["crisis_event"] = "domestic_violence"
    elif _EARNER_LOST.search(t):
        r.facts["crisis_event"] = "main_earner_loss"  # 긴급복지: the earner died, left home or went missing
    elif re.search(
        r"(암|뇌출혈|뇌졸중|교통사고|산재|큰\s?병|수술|입원|쓰러져|쓰러지|다쳐서|다쳤\S{0,3}|디스크|사고가?\s?나서|"
        r"아파서|아프셔서|병으로|병이\s?나서|편찮으셔서).{0,20}(일을?\s?못|일을?\s?그만|못\s?나가|입원|수술|치료|병원비|"
        r"병수발|간병|수발|돌봐|돌보)",
        t,
    ) and not re.search(r"오늘|어제|하루|이틀|감기|몸살|배가|머리가", t):  # a day off sick is no crisis
        r.facts["crisis_event"] = "illness_injury"
    elif "crisis_event" not in r.facts and _earner_lost_work(t):
        r.facts["crisis_event"] = "job_loss"  # "남편이 회사에서 잘렸어요": the household's earner lost the job
    elif (
        "crisis_event" not in r.facts
        and r.facts.get("left_job_involuntarily")
        and r.facts.get("employment_status") in (None, "unemployed")
    ):
        # let go and out of work now, however it was said (잘렸어요, 식당이 문을 닫아서, 계약이 끝나서)
        r.facts["crisis_event"] = "job_loss"


_EARNER = re.compile(SPOUSE + r"|가장")
_LOST_WORK = _c(ww.LET_GO + "|" + ww.EMPLOYER_CLOSED + "|" + ww.LOST_JOB)


def _earner_lost_work(t: str) -> bool:
    """A spouse let go or out of work by the employer's closing: the crisis event of the household (긴급복지
    counts the main earner's job loss), though the person's own status and reason stay unsaid."""
    for m in _LOST_WORK.finditer(t):
        who = ww.whose(t, m)
        if who and _EARNER.fullmatch(who) and ww.own_loss(t, m, others=True) and not ww.denied(t, m):
            return True
    return False


# "남편이 쉰다섯": an age right after a family word is that person's, not the speaker's
_FAMILY_BEFORE = re.compile(r"(" + SPOUSE + r"|엄마|아빠|아들|딸|어머니|아버지)\s?(이|가|은|는)?\s?$")


# an age in native-Korean tens, with the ones: 스물한, 마흔다섯, 예순하나 (the age readers here and the
# correction reader of bot.understand)
NATIVE_DECADE_AGE = (
    r"(?:스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)(?:\s?(?:하나|한|둘|두|셋|세|넷|네|다섯|여섯|일곱|여덟|아홉))?"
)


_FAMILY_AFTER_AGE = re.compile(r"\s?(먹은\s?|된\s?)?" + FAMILY_MEMBER + r"(?!\s?(입니다|이에요|예요|에요|인데|이고))")


def _age(t: str, ents: List[dict], r: Reading) -> None:
    m = ko_numbers._BORN_RE.search(t)
    if m:  # "85년생 남자예요": the year of birth ("애가 15년생" is the child's)
        v = ko_numbers.born_in(m.group(0))
        before = t[max(0, m.start() - 10) : m.start()]
        if v and 14 <= v <= 110 and not re.search(r"(아들|딸|애|아이|자녀|남편|아내|와이프|엄마|아빠|손주)", before):
            r.facts["age"] = v
            return
    for e in ents:
        if e.get("entity") != "age":
            continue
        txt = str(e.get("text", ""))
        if txt.endswith("대"):
            r.notes.append(f"'{txt}'는 나이로 보지 않음(연령대)")
            continue
        s, en = int(e["start"]), int(e["end"])
        after = t[en : en + 10]
        if _FAMILY_AFTER_AGE.match(after):  # "서른살 아들을 돌보느라": the son's age
            continue
        if re.match(r"\s?(때|적|부터|에\s?(입사|결혼|시작|취업|들어|처음)|까지|짜리|된\s?(아들|딸|아이|애))", after):
            continue  # "20살 때부터" is not the age now
        if re.match(r"\s?(이\s?넘|넘|가\s?넘)", after) or re.search(
            r"(아들|딸|애|아이|남편|아내|엄마|아빠|어머니|아버지|부모님|할머니|할아버지|동생|형|누나|언니|오빠)\s?(이|가|는|은)?\s?$",
            t[max(0, s - 8) : s],
        ):
            continue  # "쉰 넘어서" is vague; "남편이 45살" is not the speaker
        if 14 <= int(e["value"]) <= 110:
            r.facts["age"] = int(e["value"])
            return
    m = re.search(
        r"(?:^|\s)(?:저|나|전|난|제가|저는|나는)\s?(?P<n>\d{2}|"
        + ko_numbers.NATIVE_RE
        + r")\s?(?:이고|인데|이에요|예요|입니다|이구요|이요)",
        t,
    )
    if m:
        v = int(m.group("n")) if m.group("n").isdigit() else ko_numbers.parse_native(m.group("n"))
        if v and 14 <= v <= 110:
            r.facts["age"] = v
            return
    # a decade word standing alone is an age ("마흔다섯이고", "일흔둘이라"); counts (셋이, 둘이) are below 20
    m = re.search(
        r"(?:^|[\s.,!?])(?P<n>" + NATIVE_DECADE_AGE + r")"
        r"\s?(?:살\s?)?(?:이고|이라|이라서|이에요|이예요|예요|에요|이야|인데|이구요|입니다|이요|"
        # "예순하나 된 할망", "올해 일흔 됐어요": the age one has reached (not "여섯 살 된 딸")
        r"(?:이\s?)?(?:된|됐|되었|되어|먹었)(?!\s?(?:아들|딸|아이|애|손자|손녀|남편|아내|동생)))"
        r"(?![가-힣]{0,2}\s?(넘|때|적))",
        t,
    )
    if m:
        v = ko_numbers.parse_native(m.group("n"))
        if v and 20 <= v <= 110 and not _FAMILY_BEFORE.search(t[max(0, m.start() - 8) : m.start() + 1]):
            r.facts["age"] = v
            return
    # a decade word opening the story, then the rest of it: "서른둘 혼자 살고 알바하다 그만뒀어요"
    m = re.match(
        r"^\s*(?:저는\s?|나는\s?|전\s|난\s)?(?P<n>" + NATIVE_DECADE_AGE + r")"
        r"(?=[\s,.])(?![\s,.]*(?:명|개|번|만|원|년|달|일|시간|평|장|권|마리|군데|곳|통|회|차례|넘|가까|이상|남짓|정도|쯤|여))",
        t,
    )
    if m:
        v = ko_numbers.parse_native(m.group("n"))
        if v and 20 <= v <= 110:
            r.facts["age"] = v
            return
    # an age said with who the speaker is: "쉰여덟 남자입니다", "서른둘 여자인데", "마흔살 가장이에요"
    m = re.search(
        r"(?:^|[\s.,!?])(?P<n>\d{2}|" + NATIVE_DECADE_AGE + r")\s?(?:살|세)?\s?(?:먹은\s?)?"
        r"(?:남자|여자|남성|여성|아저씨|아줌마|주부|가장|싱글맘|싱글대디|미혼모|청년|노인|할머니|할아버지|할망|할매|영감|아재)"
        r"(?:입니다|이에요|예요|이고|인데|이구요|이요|이야|야|고|고요|에요|요|라서|이라서|\b|\s|$)",
        t,
    )
    if m:
        n = m.group("n")
        v = int(n) if n.isdigit() else ko_numbers.parse_native(n)
        before = t[max(0, m.start() - 8) : m.start() + 1]
        if v and 20 <= v <= 110 and not _FAMILY_BEFORE.search(before):
            r.facts["age"] = v


def parse_duration_words(text: str) -> Optional[int]:
    """Durations with the native day words: 열흘 10, 보름 15, 이틀 2, 한 달 30, 석 달 90, '1년 반' 545."""
    if not text:
        return None
    t = text
    for w, d in (
        ("하루", 1),
        ("이틀", 2),
        ("사흘", 3),
        ("나흘", 4),
        ("닷새", 5),
        ("엿새", 6),
        ("이레", 7),
        ("일주일", 7),
        ("여드레", 8),
        ("아흐레", 9),
        ("열흘", 10),
        ("보름", 15),
        ("한\\s?달", 30),
        ("석\\s?달", 90),
        ("넉\\s?달", 120),
    ):
        if re.search(w, t) and not re.search(r"\d", t):
            extra = 15 if re.search(r"(달|개월)\s?반", t) else 0
            return d + extra
    return parse_duration_days(t)


# ---------------------------------------------------------------------------------------------- region
def without_amounts(
    t: str, ents: Sequence[dict] = (), found: Optional[Sequence[dict]] = None
) -> Tuple[str, List[dict]]:
    """The text with its amounts of money blanked out, and the entities that do not overlap them, for
    reading places: "사채 이천 있는데" is 2,000만 원, not 이천시. ``found``: the text's entities when the
    caller already extracted them (read_facts did)."""
    money = [
        (int(e["start"]), int(e["end"]))
        for e in (korean_entities.extract(t) if found is None else found)
        if e.get("entity") in ("amount", "monthly_income") and e.get("end") is not None
    ]
    if not money:
        return t, list(ents)
    chars = list(t)
    for s, en in money:
        chars[s:en] = " " * (en - s)
    kept = [e for e in ents if not any(s < int(e.get("end") or 0) and int(e.get("start") or 0) < en for s, en in money)]
    return "".join(chars), kept


# what follows a place that is not where the person lives now ("대구에서 올라왔어요", "부산 출신", "광주 살다가")
FROM_ELSEWHERE = r"\S{0,4}\s?(?:에서\s?(?:올라|내려|이사|왔|오)|출신|이\s?고향|가\s?고향|에\s?살다가|살다가)"
# "달서구 아니고 수성구예요", "부평 말고 계양이요": the place after the denial is the one meant
_PLACE_DENIED = _c(r"(?:아니고|아니구|아니라|말고|아닌데요?|아니에요)[,.]?\s?")


def _region(t: str, ents: Sequence[dict], found: Sequence[dict], r: Reading) -> None:
    t, ents = without_amounts(t, ents, found)
    denied = list(_PLACE_DENIED.finditer(t))
    place = resolve_region(t[denied[-1].end() :], ()) if denied else None
    place = place or resolve_region(t, ents)
    if place:
        names = [n for n in (place.get("sigungu"), place.get("sido")) if n]
        shorts = {n[:2] for n in names} | {n[:-1] for n in names if len(n) > 2 and n.endswith(("시", "구", "군", "도"))}
        for sh in shorts:
            if re.search(re.escape(sh) + FROM_ELSEWHERE, t):
                r.notes.append(f"'{sh}'는 전에 살던 곳/고향으로 봄(사는 곳 아님)")
                return
        if place.get("sido"):
            r.facts["sido"] = place["sido"]
        if place.get("sigungu"):
            r.facts["sigungu"] = place["sigungu"]


# ---------------------------------------------------------------------------------------------- main
# living alone, a place between allowed ("혼자 원룸에서 살아요", "혼자 서울 송파에 살아요")
_LIVES_ALONE = _c(r"(?:혼자|홀로)\s?(?:[^.?!,]{0,14}?(?:에서|에)\s?)?(?:살|지내|사는|삽니다|자취)|1인\s?가구|독거")
_ASKED_ABOUT_THE_JOB = ("insured_days_18m", "left_job_months_ago", "left_job_involuntarily", "employment_status")


def read_facts(text: str, entities: Sequence[dict] = (), requested: Optional[str] = None) -> Reading:
    t = (text or "").strip()
    r = Reading()
    if not t:
        return r
    ents = [
        dict(e)
        for e in entities or ()
        if e.get("entity") not in ("age", "household_size", "monthly_income", "amount", "child_age", "num_children")
    ]
    ents += korean_entities.extract(t)
    _age(t, ents, r)
    _household(t, ents, r)
    _family(t, ents, requested, r)
    _employment(t, r)
    if requested in _ASKED_ABOUT_THE_JOB and "left_job_months_ago" not in r.facts:
        dated = _DATED_ENDED.search(t)  # "작년 말에 끝났어라" at a question about the job that ended
        months = _months_since(dated) if dated else None
        if months is not None:
            r.facts["left_job_months_ago"] = months
    _housing(t, ents, r)
    _amounts(t, ents, requested, r)
    _salaries(t, requested, r)
    _pension(t, requested, r)
    _zero_income(t, requested, r)
    _other(t, r)
    _no_insurance(t, r)
    g = _gender(t)
    if g:
        r.facts["gender"] = g
    if r.facts.get("career_break_woman") and r.facts.get("gender") == "male":
        r.facts.pop("career_break_woman")
    if r.facts.get("career_break_woman") and "gender" not in r.facts:
        r.facts["gender"] = "female"
    if r.facts.get("single_parent") and "gender" not in r.facts:
        if re.search(r"엄마|맘|미혼모|어머니", t):
            r.facts["gender"] = "female"
        elif re.search(r"아빠|대디|미혼부|아버지", t):
            r.facts["gender"] = "male"
    _married_or_alone(t, r)
    _region(t, list(entities or ()), ents, r)
    _own_none_spouse_earns(t, r)
    _own_earnings(t, r)
    if "assets" not in r.facts and isinstance(r.facts.get("deposit"), int) and _DEPOSIT_IS_ALL.search(t):
        r.facts["assets"] = r.facts["deposit"]  # "재산이요? 전세 보증금 3천이 다예요": the deposit is all there is
    assets, deposit = r.facts.get("assets"), r.facts.get("deposit")
    if (
        requested != "assets"  # the assets question adds up what is named itself (screening_steps)
        and isinstance(assets, int)
        and isinstance(deposit, int)
        and assets < deposit
        and _SAVINGS_NAMED.search(t)
    ):
        # "통장에 100만원이랑 보증금 1000이요" at another question: the savings and the deposit together (the assets
        # were the 100만 alone)
        r.facts["assets"] = assets + deposit
    return r


_SAVINGS_NAMED = re.compile(r"통장|예금|적금|저축|모아\s?둔|모은\s?돈|현금")


# the deposit said to be everything owned: "재산은 보증금 3천이 다예요", "보증금 말고는 없어요"
_DEPOSIT_IS_ALL = re.compile(r"재산[^.?!]{0,20}보증금|보증금[^.?!]{0,12}(다예요|다에요|다야|전부|뿐|말고는?\s?없)")


# "저는 (요즘) 수입이 없고": the writer's own income, told beside a spouse's pay
_SELF_NO_INCOME = _c(
    r"(?:저는|전|나는|난|본인은)\s?(?:요즘은?|지금은?|현재는?)?\s?(?:소득|수입|벌이|월급)\s?(?:이|은|는|가)?\s?"
    r"(?:하나도|전혀|아예)?\s?없"
)


def _own_none_spouse_earns(t: str, r: Reading) -> None:
    """ "저는 요즘 수입이 없고 집사람이 식당 설거지 알바로 한 70 벌어요": his own income is none and the household's is
    the spouse's pay, not a household income of 0."""
    spouse = r.facts.get("spouse_income_monthly")
    if isinstance(spouse, int) and r.facts.get("household_income_monthly") in (None, 0) and _SELF_NO_INCOME.search(t):
        r.facts["personal_income_monthly"] = 0
        r.facts["household_income_monthly"] = spouse


# "저는 알바로 50 벌어요", "저는 대리운전으로 120 정도": the writer's own pay, told beside a spouse's or alone
_SELF_EARNS = re.compile(
    r"(?:^|\s)(?:저는|전(?=\s)|나는|난(?=\s)|제가|내가|본인은)\s?(?P<how>[^.?!\d]{0,16}?)\s?(?:한\s?|약\s?)?"
    r"(?P<money>" + ko_numbers.MONEY_RE + r")\s?(?:정도|쯤|가량|좀)?\s?(?=벌|받|나와|나오|이요|요|$|[.,!]|정도|쯤)"
)


def _own_earnings(t: str, r: Reading) -> None:
    """The writer's own pay in a "저는 …로 50 벌어요" clause; beside a spouse's pay, the household earns both."""
    m = _SELF_EARNS.search(t)
    if not m or "personal_income_monthly" in r.facts or _is_past(t, m.start("money"), m.end("money")):
        return
    if re.search(r"빚|대출|월세|전세|보증금|예금|적금|재산|차|집|나이|살|명|[십백천만억]", m.group("how")):
        return  # "저는 빚이 500", "저는 월세 40": not pay
    v, _ = read_money("월 " + m.group("money"), monthly=True)
    if not isinstance(v, int) or v <= 0 or v > 20_000_000:
        return
    r.facts["personal_income_monthly"] = v
    spouse = r.facts.get("spouse_income_monthly")
    if isinstance(spouse, int) and r.facts.get("household_income_monthly") in (None, spouse):
        r.facts["household_income_monthly"] = spouse + v


_MARRIED = _c(
    r"(" + SPOUSE + r")\s?(이랑|하고|랑|과|와|이)?\s?[^.?!]{0,10}?(결혼|같이|함께|살|있)"
    r"|(한국|중국|베트남|필리핀)?\s?(남편|아내)\s?(이랑|하고|랑|과|와)?\s?결혼|결혼\s?(했|해서|하고)"
    # the spouse's pay or work: "남편 월급 350", "와이프가 벌어오는"
    r"|(?<!전\s)(?<!전)("
    + SPOUSE
    + r")\s?(의\s?)?(월급|벌이|수입|소득|연봉|회사|직장)|("
    + SPOUSE
    + r")\s?(이|가)\s?(벌|일해|일하|다녀|다니)"
    # the spouse's health or work told in passing: "마누라도 아프고", "집사람이 식당 하다가 그만둠"
    r"|(?<!전\s)(?<!전)("
    + SPOUSE
    + r")\s?(도|가|이|는|랑)?\s?\S{0,6}\s?(아프|아파|편찮|입원|다쳤|다쳐|일하|다니|그만|식당|벌)"
    r"|결혼\s?이민"
)
_APART = _c(
    r"이혼|사별|별거|돌아가|죽고|떠났|집을?\s?나|가출|행방|잠적|폭력|때려|도망|연락이?\s?(끊|두절|안\s?되)|"
    r"혼자\s?(키우|살|애)|한부모|미혼모|미혼부"
)
_SPOUSE_AND_CHILDREN = _c(
    r"(" + SPOUSE + r")\s?(이랑|랑|하고|과|와)\s?[^.?!]{0,12}?(애|아이|자녀|아들|딸|아기)|"
    # the spouse told as someone at home, then the children: "마누라도 아프고 … 애는 고딩하나"
    r"(?<!전\s)(?<!전)("
    + SPOUSE
    + r")\s?(도|가|이|는)?\s?[^?!]{0,40}?(애|아이|자녀|아들|딸)\s?(는|은|이|가|도)?\s?\S{0,4}\s?(하나|둘|셋|"
    r"[1-5]\s?명|한\s?명|두\s?명|세\s?명)"
)
_RELATIVES = r"부모님|친정|시댁|시어머니|시아버지|장모|장인|할머니|할아버지|동생|언니|오빠|형이랑|누나"
_OTHER_RELATIVES = _c(_RELATIVES)
_OTHER_FAMILY = _c(_RELATIVES + r"|같이\s?살")  # a single parent "living with" anyone else


def _married_or_alone(t: str, r: Reading) -> None:
    """Said married (and nothing of a divorce or separation): not a single parent. A single parent with n
    children and no other family named lives in a household of n + 1 (said back, so it can be corrected)."""
    spouse_earns = isinstance(r.facts.get("spouse_income_monthly"), int)  # "와이프는 마트에서 파트로 월 110 벌어요"
    if "single_parent" not in r.facts and (_MARRIED.search(t) or spouse_earns) and not _APART.search(t):
        r.facts["single_parent"] = False
        if "gender" not in r.facts and re.search(r"(?<!애\s)(?<!애)남편|신랑", t):
            r.facts["gender"] = "female"
    n = r.facts.get("num_children")
    if r.facts.get("single_parent") and isinstance(n, int) and n > 0 and "household_size" not in r.facts:
        if not _OTHER_FAMILY.search(t):
            r.facts["household_size"] = n + 1
    # "와이프랑 애 둘 있고": the person, the spouse and n children, when no other family is named
    if (
        r.facts.get("single_parent") is False
        and isinstance(n, int)
        and n > 0
        and "household_size" not in r.facts
        and (_SPOUSE_AND_CHILDREN.search(t) or spouse_earns)
        and not _OTHER_RELATIVES.search(t)
    ):
        r.facts["household_size"] = n + 2
