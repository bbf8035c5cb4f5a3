"""The one vocabulary for losing or leaving work, by meaning, read by every reader that needs it, so a new way
of saying it ("계약 끊겨부렀어요", "알바 짤림") is learnt once and no reader asks again what another understood.

Who reads what, and what each decides with it:

  * bot/screening/core.py, detect_needs: the need 일자리 -- LET_GO, EMPLOYER_CLOSED, LOST_JOB, LEFT_JOB, QUIT,
    NOT_WORKING, AT_RISK, someone else's loss and a wish to quit included (and its own bare words 실업, 그만두,
    잘리, 짤리, 폐업 and job-seeking words: 일자리, 취업, 구직 …). Not CLOSED_SHOP, RESTING or HOMEMAKER: a
    shopkeeper whose shop closed may mean to start again or to stop, someone resting may be ill or caring,
    a homemaker may not look for work -- the need comes from what else is said.
  * bot/screening/core.py, parse_field("employment_status"), the answer to "지금 일하세요?": LET_GO,
    EMPLOYER_CLOSED, LOST_JOB, LEFT_JOB, NOT_WORKING, RESTING -> unemployed, CLOSED_SHOP -> business_closed (and words
    that answer only that question: 주부, 집에 있어요, 폐업이요).
  * bot/screening/core.py, parse_field("left_job_involuntarily"), the answer to "본인 뜻이 아니었나요?":
    LET_GO, EMPLOYER_CLOSED -> yes, QUIT -> no (and reasons that answer only that question: 계약직, 임금체불,
    괴롭힘, 폭력, 어쩔 수 없이).
  * bot/screening/core.py, parse_field("crisis_event"): LET_GO, EMPLOYER_CLOSED, LOST_JOB -> job_loss,
    CLOSED_SHOP (and 휴업) -> business_closure. Never LEFT_JOB or QUIT: leaving by choice is no crisis event,
    and a spouse's job loss IS one (긴급복지 counts the main earner's), so others are not ruled out there.
  * bot/understand/facts.py, _employment: left_job_involuntarily (LET_GO, EMPLOYER_CLOSED yes; QUIT no) and
    employment_status (LET_GO, EMPLOYER_CLOSED, LOST_JOB, LEFT_JOB, NOT_WORKING, RESTING, HOMEMAKER, and its
    own job-seeking words -> unemployed; CLOSED_SHOP -> business_closed).
  * bot/understand/facts.py, _left_when: when the job ended -- LEAVING, ENDED_SINCE.
  * bot/understand/facts.py, crisis events: a spouse let go (LET_GO, EMPLOYER_CLOSED, LOST_JOB said of 남편,
    아내 …, see whose()) -> job_loss, the household's crisis, while the person's status and reason stay unsaid.
  * bot/dialogue/reading.py, read_message: left_job_involuntarily and unemployed when understand() read
    neither -- LET_GO, EMPLOYER_CLOSED (and a bare 폐업, which this reader has always counted as against
    one's will).

The patterns (regular-expression source strings, to be combined with "|"):

  LET_GO           the person was let go against their will: 해고, 권고사직, 잘렸/짤림/짤리가꼬, "나오지 말래요",
                   계약 만료/끊김 (WORK_CUT_OFF), 구조조정, 희망·명예퇴직, quitting over unpaid wages or harassment
  WORK_CUT_OFF     the work, the contract or the orders were cut off (platform, delivery and day workers)
  EMPLOYER_CLOSED  the employer closed: 회사가 망했어요, 다니던 공장이 폐업해서, 알바하던 가게가 문 닫아서
  CLOSED_SHOP      the person's own business closed: 가게 접었어요, 장사 망해서, 폐업했어요
  LOST_JOB         the job was lost, the reason unsaid: 실직, 일자리를 잃었어요
  LEFT_JOB         the person left, the reason unsaid: 그만뒀어요, 퇴사했어요, 관뒀어, 회사를 나왔어요
  QUIT             the person left of their own will: 자진퇴사, 제가 그만뒀어요, 사표 냈어요
  NOT_WORKING      the state of not working: 백수, 무직, 구직 중, 취준생, 일이 없어요
  RESTING          resting or unable to work: 쉬고 있어요, 쉬는 중, 일 못 하고 있어요 (no sign of looking for work)
  HOMEMAKER        전업주부 (likewise)
  NOT_WORKING_NOW  "not working now", however it came: LOST_JOB, LEFT_JOB, NOT_WORKING, RESTING, HOMEMAKER,
                   실업, 놀고, 일 안 해 (the answer "unemployed" to "지금 일하세요?", and in reading.py the words
                   that, said of a family member, are someone else's state)
  AT_RISK          the work may end soon: 잘릴 것 같아요, 계약이 곧 끝나요 (a need, not yet a loss)
  LEAVING          every way a job ends (for when it ended)
  ENDED_SINCE      a job's end said before 지, "since" (관둔 지 한 달, 해고된 지 3개월)

A match is the person's own loss of work only where `own_loss()` says so: never a cut that is no work ("머리
잘렸어요", "전세 계약이 끝나서", "가게 문 닫는 시간"), and for the status readers not someone else's ("남편이
잘렸어요", `whose()`) nor a wish or a fear ("회사 그만두고 싶어요", "잘릴까 봐요"). `denied()` is the one
denial these words take ("해고는 아니고", "잘린 건 아니에요"; "잘려서 돈이 없어요" denies nothing).
"""

from __future__ import annotations

import re
from typing import Optional

from bot.korean import family_words

# the work, the contract or the orders were cut off (the one who cut them is the employer or client);
# 일 may end a compound ("택배일", "현장일") but not 내일, 매일, 생일, 요일, 휴일, 평일, 기일
WORK_CUT_OFF = (
    r"(?:(?<![내매생요휴평기])일|일감|일거리|계약|일자리|현장|콜|오더)\s?(?:이|가|도|은|는|마저)?\s?(?:뚝\s?)?"
    r"끊(?:겼|겨|김|기고|긴|기는|어졌|어져|어지고|어짐)"
)

# 잘리다/짤리다 in the past, standard, typed fast and in dialect ("잘렸어요", "짤렷음", "짤리가꼬", "잘려뿟다")
LET_GO_DIALECT = r"(?:잘|짤)리(?:가꼬|가지고|갖고|삐|뿌)|(?:잘|짤)려(?:가꼬|가지고|갖고|뿟|부렀|버렸|뿌렀|삣)"
_CUT_PASSIVE = (
    r"(?:잘|짤)(?:렸|렷|림|리고(?!\s?싶)|리게\s?(?:됐|되|돼)|리는\s?바람|린\s?(?:지|거|뒤|후|다음|이후|게|건데))|"
    r"(?:잘|짤)려\s?(?:서|요|버|부|뿌|써|갖|가지|짜나|ㅠ|ㅜ|[.!~]|$)|" + LET_GO_DIALECT
)
# the employer did it ("사장이 나 짤랐어", "저를 잘랐어요")
_CUT_ACTIVE = r"(?:날|나를|저를|절|나|저)\s?(?:잘랐|짤랐|잘라\s?버|짤라\s?버|짤랏|잘랏|자르더|짜르더|짜르대|자른대)"
# the contract ended (a job's; a lease or a phone contract is ruled out by own_loss)
CONTRACT_ENDED = (
    r"계약(?:\s?기간)?\s?(?:이|도)?\s?(?:만료|끝났|끝나서|끝나고|끝남|끝나\s?버|끝나\s?부|끝이\s?나|끝난\s?(?:지|뒤|후|다음)|종료|해지|연장\s?(?:이\s?)?(?:안|못)|"
    r"갱신\s?(?:이\s?)?(?:안|못))|계약직.{0,4}끝|재계약\s?(?:이\s?)?(?:안|못)\s?(?:됐|돼|되|해)"
)
# told to go or not to come back ("나오지 말래요", "사장이 나가래", "그만 나오라네요"); a landlord's "나가래요" is
# ruled out by own_loss
_SENT_AWAY = (
    r"나가라고|나가\s?달라|(?:회사|사장|팀장|부장|상사|공장|가게|점장)\S{0,4}\s?(?:\S{0,6}\s)?나가(?:래|라더|라네)|"
    r"(?:그만|이제|내일부터|다음\s?(?:주|달)부터)\s?나오지\s?말|나오지\s?말라|그만\s?나오(?:래|라|라고|라네)|"
    r"(?:회사|사장|팀장|부장|상사|공장|가게|점장|매니저)\S{0,4}\s?(?:\S{0,6}\s)?나오지\s?말"
)
LET_GO = "|".join(
    (
        r"(?:부당\s?|정리\s?)?해고|권고\s?(?:사직|퇴직)|(?:퇴사|퇴직|짤림|잘림)\s?(?:을\s?)?(?:당했|당함|당해|당하고)|구조\s?조정|희망\s?퇴직|명예\s?퇴직|명퇴|경영\s?악화",
        _CUT_PASSIVE,
        _CUT_ACTIVE,
        r"(?:회사|공장|직장|가게|알바|편의점|식당|현장)\S{0,3}\s?(?:잘려|짤려)|(?<![가-힣])(?:목|모가지)\s?(?:이|가|도)?\s?(?:잘렸|잘림|잘리고|짤렸|짤림|짤리고|날아갔|날아감)",
        CONTRACT_ENDED,
        WORK_CUT_OFF,
        _SENT_AWAY,
        # leaving over unpaid wages or harassment counts as being pushed out (a 정당한 이직 사유)
        r"임금\s?체불.{0,8}(?:그만|나왔|퇴사)|직장\s?내\s?괴롭힘.{0,10}(?:그만|나왔|퇴사)",
    )
)
# the employer closed down ("다니던 공장이 폐업해서", "회사가 망했어요", "알바하던 가게가 문 닫아서")
EMPLOYER_CLOSED = (
    r"(?:다니던|일하던|근무하던|알바\s?하던)[^.?!,]{0,16}?(?:폐업|망해|망했|망함|문\s?(?:을\s?)?닫|부도|도산)|"
    # "공장 다니다 6개월 전에 폐업해서 실직했고": where one worked closed while one worked there (not across an own
    # business begun in between: "10년 일하다 가게 차렸는데 폐업했어요" is his shop)
    r"(?:다니다가?|일하다가?|근무하다가?)(?:(?!차렸|차려|창업|개업|열었)[^.?!,]){0,16}?"
    r"(?:폐업|망해|망했|망함|문\s?(?:을\s?)?닫|부도|도산)|"
    r"(?:회사|공장|직장)\S{0,3}\s?.{0,6}?(?:폐업|망(?!설|원|가|상|사|신|년|치|각|명|라|고)|문\s?(?:을\s?)?닫|부도|도산)"
)
# the person's own business closed ("가게 접었어요", "장사 망해서", "폐업했어요", "치킨집 문 닫았어요")
CLOSED_SHOP = (
    r"(?:사업|장사|가게|식당|매장|카페|치킨집|음식점|점포|가계|호프집).{0,16}"
    r"(?:접었|접고|접게|접어\s?버|닫았|망했|망해서|망함|폐업했|폐업하고|폐업해서)|"
    r"(?:가게|장사|사업|식당|매장|카페|점포|영업|가계)\s?(?:을|를|도|은|는)?\s?(?:접|닫(?!는|을)|폐업|망|그만)|"
    r"폐업\s?(?:했|하고|해서|함|신고|처리|하게|했었)|(?:제|내|우리)\s?가게.{0,6}(?:폐업|망)|장사\s?(?:접|망)"
)
# the job was lost, the reason unsaid
LOST_JOB = r"실직|(?:일자리|직장|일|회사|직업)\s?(?:을|를|도)?\s?(?:잃|날렸|날아갔)"
# the person left, the reason unsaid (a wish to leave is ruled out by own_loss)
LEFT_JOB = (
    r"그만\s?(?:뒀|두었|둠|두고|두게|둔\s?(?:지|뒤|후|다음|이후)|둬서|둬\s?버|뒀슴|뒀음)|"
    r"관(?:뒀|두고|둠|둬서|둔\s?(?:지|뒤|후))|퇴사|퇴직\s?(?:했|하고|해서|후|함|하게)|"
    r"때려\s?(?:치|쳤)|(?:회사|직장|공장)\s?(?:를|을|도|는)?\s?나왔"
)
# of the person's own will (read before LEFT_JOB: "제가 그만뒀어요" is voluntary, "그만뒀어요" says no reason)
QUIT = (
    r"자진\s?퇴사|자발적|제가\s?(?:먼저\s?)?(?:그만|관두|관뒀|나왔|사표)|스스로\s?(?:그만|관|나왔)|제\s?발로|"
    r"이직\s?하려고|개인\s?사정으로\s?(?:그만|퇴사)|(?:그냥|힘들어서|적성에\s?안\s?맞아)\s?(?:그만|관)\s?(?:뒀|둔|두었)|"
    r"사표\s?(?:냈|내고|썼|던졌)"
)
# the state of not working
NOT_WORKING = (
    r"무직|백수|실업자|실업\s?상태|일\s?안\s?하고|일을?\s?안\s?해|구직\s?중|취준생|취업\s?준비|(?<![가-힣])일\s?(?:이\s?)?없(?:어|고|음|는데|습니다)|"
    r"일감\s?(?:이\s?)?없|안\s?써\s?줘"
)
# resting or unable to work, and keeping the home: not working, but no sign of looking for work ("허리 다쳐서
# 쉬고 있어요", "석달째 일못하고있음", "저는 전업주부예요")
RESTING = r"쉬고\s?있|놀고\s?있|노는\s?중|쉬는\s?중|일\s?(?:을\s?)?못\s?하고"
HOMEMAKER = r"전업\s?주부"
# "not working now", however it came about: the answer "unemployed" to "지금 일하세요?" and the words that, said
# of a family member ("남편이 실직했어요"), are someone else's state
# (실업 alone, never 실업급여/실업수당: "아직 재직 중이에요. 실업급여 받을 수 있을까요?" names the benefit, not a loss)
NOT_WORKING_NOW = "|".join(
    (LOST_JOB, LEFT_JOB, NOT_WORKING, RESTING, HOMEMAKER, r"실업(?!\s?급여|\s?수당)|놀고|일\s?안\s?(?:하|해)")
)
# the work may end soon: a need to talk about work, not yet a loss
AT_RISK = (
    r"(?:잘|짤)릴|(?:잘|짤)리면|(?:잘|짤)리기|해고\s?(?:될|당할)|계약\s?(?:이\s?)?곧\s?끝|계약\s?만료\s?(?:예정|앞)"
)
# every way a job ends, for when it ended ("지난달 권고사직", "2년 전에 그만두고", "작년에 가게 접었어요")
_LEAVING_BARE = r"그만|관두|잘리|짤리|폐업|문\s?닫|접었|나왔|퇴직|계약\s?(?:이\s?)?(?:만료|끝)"
LEAVING = "|".join((LET_GO, EMPLOYER_CLOSED, CLOSED_SHOP, LOST_JOB, LEFT_JOB, _LEAVING_BARE))

# a job's end said before 지 ("since"): "관둔 지 한 달", "해고된 지 3개월", "계약 끝난 지", "가게 접은 지 2년"
ENDED_SINCE = (
    r"(?:그만\s?둔|관둔|퇴사한|퇴직한|실직한|폐업한|잘린|짤린|해고\s?(?:된|당한)|권고\s?사직\s?(?:된|당한|받은)|"
    r"계약\s?(?:이\s?)?끝난|끊긴|(?:가게|장사|사업)\s?(?:을|를)?\s?접은|문\s?(?:을\s?)?닫은|백수\s?된)"
)

# someone in the family (the same words tell whose work a sentence about going to work is)
FAMILY_MEMBER = family_words.FAMILY_MEMBER
_SOMEONE_ELSE = re.compile(
    r"(?P<who>" + FAMILY_MEMBER + r"|친구|동료|지인|옆집|아는\s?(?:사람|분|언니|형|동생)|사촌|시아버지|시어머니|"
    r"장인|장모)"
    r"(?!\s?(?:입니다|이에요|예요|에요|인데|이고|이라|라서|로서|인\s))\s?(?:이|가|은|는|도|께서|네|의)?\s?(?:\S{0,6}\s?){0,2}$"
)
_SELF = re.compile(r"(?<![가-힣])(?:저|나|제|내|전|난)(?:가|는|도|까지|마저)?\s")
_HEARSAY_AFTER = re.compile(r"^(?:대요|대|댔|다더라|다네|다던데|다고\s?(?:하더|하네|들었))")
# a cut, a contract or a closing that is no work ("머리 잘렸어요", "전세 계약 끝나서", "집주인이 나가래요")
_NOT_WORK_BEFORE = re.compile(
    r"(?<![가-힣])(?:머리|머리카락|앞머리|뒷머리|손톱|발톱|손가락|나무|가지|끈|종이|사진|영상|동영상|화면|글|댓글|문장|카톡|"
    r"전세|월세|집|방|임대|보증금|휴대폰|핸드폰|폰|통신|인터넷|렌트|렌탈|보험|적금|헬스|헬스장|학원|집주인|주인)"
    r"(?:이|가|을|를|은|는|도|에서|의|까지|마저|카락)?(?:\s(?:\S{1,4}\s)?|\s?)$"
)
# ... or named right after ("잘린 머리", "짤린 사진")
_NOT_WORK_AFTER = re.compile(r"^\s?(?:머리|머리카락|손톱|손가락|나무|가지|부분|사진|영상|동영상|화면|글|종이)")
# the words a cut, a contract or a closing is said with (only these can be about something else than work)
_CUT_WORDS = re.compile(r"잘|짤|자르|짜르|계약|닫|나가|끊|접")
_WORKPLACE = re.compile(r"회사|직장|공장|알바|일자리")
# a closing hour, not a closing down ("가게 문 닫는 시간", "가게 닫고 퇴근")
_CLOSING_TIME_AFTER = re.compile(r"^\S{0,2}\s?(?:시간|시각|때|무렵|길|준비|퇴근|집에)")
# a wish, a plan or a fear: the work has not ended ("그만두고 싶어요", "퇴사 예정", "잘릴까 봐요")
_NOT_YET_AFTER = re.compile(
    r"^\S{0,3}?\s?(?:싶|할까|할지|하려|할\s?(?:까|지|거|생각|예정)|될까|될지|당할까|당할지|까\s?봐|까봐|"
    r"(?:것|거)\s?같|예정|위기|고민|생각\s?(?:중|이에요|있))"
)


# ... or a time still to come named just before ("다음 달에 계약 만료예요", "곧 폐업해요")
_FUTURE_BEFORE = re.compile(
    r"(?:다음\s?(?:달|주|해|년)|내년|내달|곧|이번\s?달\s?말|월말|연말)(?:에|에는|이면|쯤|쯤에)?\s?(?:\S{1,4}\s)?$"
)


# a loss named only to deny it ("잘린 건 아니고", "해고는 아니에요", "괴롭힘은 없었어요"); "잘려서 돈이 없어요"
# denies nothing
_DENIED_AFTER = re.compile(
    r"^\s?(?:은|는|이|가|도|건|거|거는|것은|게|지|진|지는|된\s?건|당한\s?건|당한\s?게|당한\s?거)?\s?"
    r"(?:아니|아녜|아닌|않|없|안\s?(?:당|됐|했))"
)


def denied(text: str, m: "re.Match[str]") -> bool:
    """Is the loss at m named only to deny it ("해고는 아니고 계약이 끝났어요")?"""
    return bool(_DENIED_AFTER.match(text[m.end() : m.end() + 12]))


def own_loss(text: str, m: "re.Match[str]", others: bool = False, wishes: bool = False) -> bool:
    """Is the match a loss of the person's own work? Never a cut that is no work ("머리 잘렸어요", "전세 계약이
    끝나서", "가게 문 닫는 시간"); unless `others`, not someone else's ("남편이 잘렸어요", "친구가 짤렸대요");
    unless `wishes`, not a wish, plan or fear ("회사 그만두고 싶어요", "퇴사 예정이에요", "잘릴까 봐요")."""
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end() : m.end() + 12]
    said = m.group(0)
    if (
        _CUT_WORDS.search(said)
        and (_NOT_WORK_BEFORE.search(before) or _NOT_WORK_AFTER.match(after))
        and not _WORKPLACE.search(said)
    ):
        return False
    if "닫" in said and _CLOSING_TIME_AFTER.match(after):
        return False
    if not wishes and (_NOT_YET_AFTER.match(after) or _FUTURE_BEFORE.search(before)):
        return False
    return others or whose(text, m) is None


def whose(text: str, m: "re.Match[str]") -> Optional[str]:
    """Who else the loss at m is said of ("남편이 잘렸어요" -> "남편", "친구가 짤렸대요" -> "친구"), or None when it
    is the person's own ("남편도 잘리고 저도 잘렸어요" at the second)."""
    before = text[max(0, m.start() - 12) : m.start()]
    o = _SOMEONE_ELSE.search(before)
    if o and not _SELF.search(before[o.start() :] + " "):
        return o.group("who")
    if _HEARSAY_AFTER.match(text[m.end() : m.end() + 12]):
        return "someone"
    return None


def find_own(rx: "re.Pattern[str]", text: str, others: bool = False, wishes: bool = False) -> Optional[re.Match]:
    """The first match of rx that is the person's own loss of work (see own_loss)."""
    for m in rx.finditer(text or ""):
        if own_loss(text, m, others=others, wishes=wishes):
            return m
    return None
