"""The words the dialogue recognises in any state: restart, rating, consent, commands (상담원, 예약, 취소,
센터 …), yes/no, "I am safe", thanks; and the referral lines for topics the screening does not cover."""

from __future__ import annotations

import re
from typing import Optional

from bot.korean.family_words import SPOUSE
from bot.korean.questions import HOW
from bot.screening import texts

# ------------------------------------------------------------------------------ recognisers
RESTART_RE = re.compile(
    r"^\s*(처음\s?부터\s?(다시|시작)|처음\s?으로|다시\s?시작|새로\s?시작|리셋|초기화|restart)"
    r"(\s?(할게요|할래요?|해\s?주세요|해줘|하고\s?싶어요|요))?\s*[.!~]*\s*$",
    re.I,
)
RATING_RE = re.compile(r"^\s*(?:만족도\s*)?([1-5])\s*(?:점|/\s*5)?\s*(?:이요|요|입니다|줄게요|드릴게요)?\s*[.!]*\s*$")
CONSENT_WORD_RE = re.compile(
    # any ending of 동의하다 without a no in it: "동의하오", "동의합니더", "동의하겠습니다", "동의혀요"
    # (a yes first, in dialect too: "야 동의하요", "하모 동의합니더", "아 네 동의해요")
    r"^\s*((아|어|음|야|네|넵|넹|예|응|웅|ㅇㅇ|ㅇㅋ|오케이|좋아요|좋아|그래요|그래|그럼요|하모|하모예|그려)[,.\s~]*){0,2}동의\s?"
    r"((?:하|해|허|혀|합|할|함|헙|했|한)(?:(?![않안못싫말])[가-힣]){0,4}|하고\s?살펴보기)?"
    r"\s*(ㅇㅇ|요)?\s*[.!~]*\s*$"
)
HUMAN_RE = re.compile(
    r"상담원|상담사\s?(연결|랑|와|하고|통화)|사람\s?(이랑|과|하고|한테|으로)?\s?(연결|상담|통화|얘기|이야기)|"
    r"직원\s?(연결|통화)|전화\s?상담"
)
BOOK_RE = re.compile(
    r"예약\s?(하고|할래|할게|해\s?주|하려|잡아|잡고|부탁|가능|원해|하기|하고\s?싶|이어)|상담\s?예약|방문\s?예약"
)
CHECK_RE = re.compile(r"예약\s?(확인|조회|내역|했던|한\s?거|어떻게\s?됐)|예약번호")
CANCEL_RE = re.compile(r"(예약|상담).{0,6}취소|취소\s?(할게|하고|해\s?주|해줘|할래|하려)")
RESCHEDULE_RE = re.compile(
    r"(시간|날짜|예약|일정).{0,6}(바꾸|바꿀|바꿔|변경|옮기|옮겨|미루|미룰)"
    # "목요일 오전으로 바꿀 수 있을까요": the new day or time said with the change
    r"|(요일|오전|오후|아침|저녁|내일|모레|주|\d\s?시|\d\s?일|반)\s?(으로|로)\s?(좀\s?)?(바꾸|바꿀|바꿔|변경|옮기|옮겨|미루|미룰|당기|당길)"
)
# a day or time named in a message ("목요일 오전으로", "다음 주 3시")
WANTED_TIME_RE = re.compile(
    r"[월화수목금토일]요일|오전|오후|아침|저녁|점심|내일|모레|다음\s?주|이번\s?주|\d{1,2}\s?시|\d{1,2}\s?월\s?\d{1,2}\s?일"
)
# a window of days for the booking ("다음 달 안에요", "이달 말까지", "월말쯤"): a time, at the booking step
BOOKING_WINDOW_RE = re.compile(
    r"(다음|이번|이|담)\s?(달|주)|월말|월초|주말|말\s?(까지|쯤)|초\s?(까지|쯤)|중순|\d{1,2}\s?월"
)
# "센터" as people type it too: 쎈터, 샌터, 센타
CENTER_WORD = r"[센쎈샌쌘][터타]"
CENTER_WORD_RE = re.compile(CENTER_WORD)
CENTER_RE = re.compile(
    CENTER_WORD + r"\s?(찾|어디|위치|주소|알려|전화|번호|가는|어떻게\s?가)|가까운\s?" + CENTER_WORD + r"|"
    r"고용\s?" + CENTER_WORD + r"\s?(어디|위치|주소)|어디로\s?가(야|면)|(어디|위치)\s?(있|에\s?있)"
)
# where to go in person, asked without naming a center or a need ("그럼 그냥 어디로 가면 돼요?")
WHERE_TO_GO_RE = re.compile(
    r"^\s*(?:그럼|그러면|그냥|그래서|근데)?\s*(?:그냥\s?)?(?:어디로|어디에|어디\s?가서)\s?(?:가|찾아가|방문)\S{0,4}\s?(?:돼요|되나요|되죠|될까요|하나요|해요)?\s*[?.!]*\s*$"
)
# "감사합니다 안녕히 계세요": thanks before the goodbye (mid-form it was a failed answer, and the next question came)
GOODBYE_RE = re.compile(
    r"^\s*(?:(?:감사|고맙|고마워)[가-힣]*[\s,.!~]*)?(안녕히|잘\s?있어|수고하세요|수고하셨|그만\s?할게요|이만|bye|끝낼게요|종료)",
    re.I,
)
GREET_RE = re.compile(r"^\s*(안녕|하이|반가워|hello|hi\b|헬로|ㅎㅇ|안뇽|하잉|방가)", re.I)  # "ㅎㅇ": hi
YES_RE = re.compile(r"^\s*(네|넹|넵|예|응|웅|ㅇㅇ|좋아요|그래요|이어|계속)")
NO_RE = re.compile(r"^\s*(아니|아뇨|노|ㄴㄴ|싫|나중|먼저)")
SAFE_RE = re.compile(
    r"괜찮|안전해|이어서|계속\s?(할|해)|이제\s?(괜찮|좀\s?나)|진정|나아졌|걱정\s?마|"
    r"그런\s?(뜻|의미|거|게)\s?아니|오해(에요|예요|하셨|입니다)|그냥\s?한\s?말|농담"
)
NOT_SAFE_RE = re.compile(r"도움이\s?필요|안\s?괜찮|안\s?안전|위험해|못\s?참|지금\s?(죽|뛰어)|살려")
# with a booking made, a day or time said as where it goes ("화요일은 안되겠네요 수요일로 같은 시간 돼요?", "오후로
# 될까요"): the booking moves (it read as a question about programs and got 새일센터's "어려울 수 있음")
MOVE_TO_RE = re.compile(
    r"(?:[월화수목금토일]\s?요일|\d{1,2}\s?일|\d{1,2}\s?시(?:\s?반)?|내일|모레|오전|오후|다음\s?주)\s?(?:으로|로)(?!\s?(?:가|와|오|갈|올))|"
    r"같은\s?시간"
)

COMMAND_INTENTS = {
    "greet",
    "goodbye",
    "thank",
    "bot_challenge",
    "out_of_scope",
    "request_human",
    "find_center",
    "book_consultation",
    "check_booking",
    "cancel_booking",
}

# a number with a unit that is no money; a month too ("작년 3월부터 다녔어요" at the income question is no 3만 원)
UNIT_NOT_MONEY_RE = re.compile(r"\d\s?(명|인|살|세|개월|년|달|주|일|식구|가구|월(?!\s?(급|세)))")
# a count of people ("3명", "세 식구", "4인") where days or an age were asked
PEOPLE_COUNT_RE = re.compile(
    r"(\d|한|두|세|네|다섯|여섯|일곱|여덟)\s?(명|식구|가구)|\d\s?인(\s?가구)?\s?(이요|요|입니다|이에요)?\s*[.!~]*$"
)
NOT_A_COUNT_UNIT_RE = re.compile(r"\d\s?(일|개월|달|년|주|살|세)|며칠|하루|이틀|사흘|한\s?달|두\s?달|세\s?달")
# a single digit with no unit ("1", "3이요") where an amount of money was asked
BARE_DIGIT_RE = re.compile(r"^\s*[1-9]\s*(이요|요|이에요|예요|입니다)?\s*[.!~]*\s*$")
MONEY_CUE_RE = re.compile(r"원|만|천|억|없|0|영|\d")


THANKS_RE = re.compile(
    r"^\s*(정말\s?|너무\s?|진짜\s?)?(고마워요?|고맙습니다|감사해요|감사합니다|감사|땡큐|ㄱㅅ|ㄳ|고마워|도움\s?(이\s?)?(됐|되었)어요)[.!~ㅎ^ ]*$"  # noqa: E501
)
BARE_NO_RE = re.compile(
    r"^\s*(아니요?|아뇨|아니에요|괜찮아요|없어요|됐어요|ㄴㄴ(\s?없음)?|없음|아니|(잘\s?)?모르겠어요|(잘\s?)?몰라요?|몰루|모름|몰러|모르것어|모르겄어|"
    r"글쎄요?)[.!~ ㅠㅜ]*$"
)
CONSENT_AGAIN_RE = re.compile(r"^\s*(ㅇㅇ\s?)?(동의(합니다|해요|할게요|함|요)?|동의\s?합니다)\s*[.!~]*\s*$")


ADDICTION_RE = re.compile(r"술\s?(을|좀)?\s?(끊|못\s?끊|마시|중독)|알코올|알콜|음주|도박|중독")
VIOLENCE_RE = re.compile(
    r"(남편|아내|애인|남친|전남편|가해자).{0,20}(때리|때려|맞|폭력|무서|주소|찾아|알아낼)|가정\s?폭력|데이트\s?폭력"
)
YOUTH_RE = re.compile(r"청소년|고등학생|중학생|(1[3-8])\s?살")


def referral(text: str) -> Optional[str]:
    """The right line for a question outside the screening, or None."""
    t = text or ""
    if VIOLENCE_RE.search(t):
        return texts.REFERRAL_VIOLENCE
    if ADDICTION_RE.search(t):
        return texts.REFERRAL_ADDICTION
    if YOUTH_RE.search(t):
        return texts.REFERRAL_YOUTH
    return None


def text_is_story(text: str) -> bool:
    """Long enough to be someone telling their situation rather than answering a short question."""
    t = re.sub(r"\s+", "", text or "")
    return len(t) >= 12


# a question about applying, documents, amounts or time asked in the middle of the screening
MIDFORM_QUESTION_RE = re.compile(
    r"어디서|어디에서|어디로|"
    + HOW
    + r"\s?신청|신청\s?(방법|은|는|하려면)|서류|준비물|얼마\s?(나|정도|쯤)?\s?(받|나와|나오|줘|주|지원)|"
    r"언제\s?(나와|받)|받을\s?수\s?(있|있는)|(해당|대상)\s?(이\s?)?(돼|되|인가|일까)|"
    # "언제까지 신청해요?", "신청 기한은요?": when to apply (it got "답을 잘 알아듣지 못했어요" at a yes/no question)
    r"언제\s?(까지\s?)?(신청|접수|해야)|신청\s?(기한|기간|마감)|마감\s?(이|은|언제|일)"
)
# a program or kind of help named in a question ("사채도 채무조정 되나요?", "국취는 어때요?")
BENEFIT_WORD_RE = re.compile(
    r"급여|수당|지원금?|채무\s?조정|워크\s?아웃|회생|파산|대출|제도|혜택|국취|취업\s?지원|긴급\s?복지|바우처|장려금|"
    r"양육비|돌봄|월세\s?지원|주거\s?급여|생계\s?급여|새일|내일\s?센터|내일\s?배움|배움\s?카드|햇살론|미소\s?금융|"
    r"자활|기초\s?연금|버팀목"
)

# a housing trouble named mid-screening (a home merely named, "전세 2억이요", is no housing need)
HOUSING_TROUBLE_RE = re.compile(
    r"밀리|밀렸|밀려|연체|쫓겨|나가라|비싸|부담|못\s?내|못\s?갚|구해야|구하고|구할|이사\s?(가야|해야)|만료|끝나|깡통|"
    r"사기|못\s?돌려|안\s?돌려|집이\s?없|살\s?곳|노숙|고시원|쪽방|찜질방|곰팡이|쫓겨나"
)

# the person's own body keeps them from some work ("허리가 안좋아서 힘든일은 못하오"): a fact for the counselor
HEALTH_LIMIT_RE = re.compile(
    r"(허리|무릎|다리|어깨|손목|관절|몸|눈|귀|건강|디스크)\s?(가|이|도|는|은)?\s?(안\s?좋|아프|아파|불편|성치|망가|나빠)|"
    r"(아파서|다쳐서|편찮아서|병\s?때문에).{0,12}(일|일을|일은)\s?(못|어렵|힘들)|힘든\s?일(은|을)?\s?(못|어렵)"
)

# "일용직이라 잘 모르겠는데" after the results: an answer taken back, and which one (the field it names)
UNSURE_RE = re.compile(r"모르겠|몰라|모름|몰러|모르것|모르겄|기억\s?(이\s?)?안|확실하지\s?않|확실치\s?않|헷갈|가물가물")
UNSURE_TOPICS = (
    ("insured_days_18m", re.compile(r"고용\s?보험|가입\s?(기간|일)|일한\s?날|일용|4대\s?보험|근무\s?일수|피보험")),
    ("debt_overdue_days", re.compile(r"연체")),
    ("debt_total", re.compile(r"빚|대출|채무")),
    ("assets", re.compile(r"재산|보증금|예금|시세|집\s?값")),
    ("household_income_monthly", re.compile(r"소득|수입|월급|벌이")),
    ("personal_income_monthly", re.compile(r"소득|수입|월급|벌이")),
)

# the person needs another language or simpler Korean ("한국말 잘 못해요 통역 있어요?")
LANGUAGE_HELP_RE = re.compile(
    r"통역\s?(이|은|는|도|사)?\s?(있|돼|되|필요|해\s?주|가능|부탁|없)|"
    r"(한국말|한국어|한글)\s?(을|를|이|은|는)?\s?(잘\s?|많이\s?|조금\s?|조금밖에\s?)?(못|몰라|모르|어려|서툴)|"
    r"(베트남어|중국어|영어|러시아어|태국어|캄보디아어|몽골어|우즈베크어|네팔어|필리핀어|타갈로그어)\s?(로|으로)?\s?(상담|얘기|말|설명|돼|되|가능)"
)

# "새일센터는 뭐하는 데예요?", "국취가 뭐예요?": what a program is
WHAT_IS_RE = re.compile(r"뭐\s?(하는|예요|에요|야|지|죠|임|인가요|인데)|무엇|뭔가요|뭔데|어떤\s?(곳|데|제도)|뭘\s?해")

# a count of children, not of the household ("애는 둘이요", "아이 셋이에요"), unless the household is named too
CHILDREN_NOT_HOUSEHOLD_RE = re.compile(
    # (not when the others are named with them: "남편이랑 애 둘" is the household, counted person by person)
    r"^(?!.*(가족|식구|명이서|저\s?(까지|포함)|포함|우리\s?집|다\s?해서|모두|"
    r"(남편|아내|와이프|신랑|마누라|엄마|아빠|부모님|어머니|아버지|할머니|할아버지|저|나)\s?(이랑|랑|하고|와|과|,))).*"
    r"(애|아이|자녀|아들|딸|자식)(들)?\s?(은|는|이|가|도)?\s?(하나|둘|셋|넷|한\s?명|두\s?명|세\s?명|네\s?명|[1-6]\s?명)"
)

# cancelling named without the word 예약, once a booking exists ("취소는 어떻게 해요?", "취소해 주세요");
# "아까 한 말 취소할게요" takes back what was said and is no cancellation
CANCEL_HOW_RE = re.compile(r"^\s*(그\s?)?취소|취소\s?(는|하려면|하는\s?(법|방법)|방법|" + HOW + ")")

# the person keeps the booking after all ("아니요 그냥 둘게요", "취소 안 할게요", "됐어요 그대로 할게요")
KEEP_BOOKING_RE = re.compile(
    r"^\s*(아니요|아뇨|아니|ㄴㄴ|됐어요|괜찮아요)|그냥\s?(둘|두세요|놔|냅|유지)|그대로|취소\s?(안|하지\s?않|말)|안\s?바꿀|유지할"
)

# shame or secrecy about one's situation ("빚 얘기는 좀 창피하네요 부모님은 모르세요")
SHAME_RE = re.compile(
    r"창피|부끄럽|부끄러|쪽팔|민망|남사스럽|챙피|"
    r"(가족|부모님?|남편|아내|와이프|식구)\S{0,3}\s?(은|는|이|가|도)?\s?(몰라|모르|몰래)"
)

# caring for a family member ("치매 있는 어머니를 모시고", "장기요양 등급은 어머니가 4등급이에요")
FAMILY_CARE_RE = re.compile(
    r"치매|장기\s?요양|요양\s?등급|간병|병\s?수발|수발|모시고\s?(살|있)|"
    r"(부모님|어머니|아버지|엄마|아빠)\S{0,3}\s?(돌보|돌봐|모셔)"
)

# ------------------------------------------------------------------------------ answers at the screening steps
# "자진퇴사도 받을 수 있는 경우 있다던데": what one has heard, said to be confirmed (a question without its ending)
HEARSAY_END_RE = re.compile(
    r"(?:다|라|대)(?:던데|더라|더라고|더라구|면서|며|는데|던데요|더라고요|더라구요|면서요)\s*[?.~!]*\s*$"
)
# the spouse's pay named where one's own was asked, as all there is ("와이프 110이 다예요", "남편 월급뿐이에요")
SPOUSE_PAY_ONLY_RE = re.compile(
    r"(?:" + SPOUSE + r")\s?(?:의\s?)?(?:월급|벌이|수입|소득|알바비?)?\s?"
    r"(?:\d+|[일이삼사오육칠팔구백천만]+)?\s?(?:만\s?원|원)?\s?"
    r"(?:이|가|만)?\s?(?:다예요|다에요|다야|다임|다입니다|전부|뿐|밖에|말고는?\s?없)"
)
# "저는 (수입이) 없어요", "저도 없어요": the person has none of the money asked about (not "I am not")
_SELF_HAS_NONE = (
    r"(?:저는|저도|전|나는|나도|난|본인은?|본인도|제\s?거는?)\s?(?:소득|수입|벌이|돈|월급|재산)?\s?(?:은|는|이|도)?\s?"
    r"(?:하나도|전혀|아예)?\s?없"
)
SELF_NONE_RE = re.compile(_SELF_HAS_NONE)
HAS_NONE_RE = re.compile(_SELF_HAS_NONE + r"(?:어요|어|음|습니다|죠|지요|네요)?\s*[.!~ㅠㅜ]*\s*$")  # ending the answer
SELF_SAID_RE = re.compile(r"(?:저는|전|나는|난|제가|내가|본인은?)\s?\S{0,8}\s?(?:\d|벌|받)")
# "남편은 지금 일 안하고 소득 없어요" at the household-income question: the others have none, so the household's income
# is the person's own (not "the household has nothing"); "저도 남편도 없어요" names the person too
OTHERS_HAVE_NONE_RE = re.compile(
    r"(?:" + SPOUSE + r"|다른\s?(?:가족|식구|사람)|나머지|부모님|엄마|아빠)\s?(?:은|는|도|이|가|쪽은?)?\s?"
    r"[^.?!]{0,14}?(?:소득|수입|벌이|월급|돈)?\s?(?:이|은|도)?\s?(?:없|0|영\b|못\s?벌|안\s?벌)"
)
SELF_NAMED_RE = re.compile(r"(?<![가-힣])(?:저|제|나|내|전|난)(?:는|도|가|랑)?(?![가-힣])|저는|저도|나도|본인")
# "애들 셋이랑 살아요": the children counted, and the person lives with them (no one else named)
LIVES_WITH_THEM_RE = re.compile(r"(?:이랑|랑|하고|와|과)\s?(?:같이\s?|함께\s?|만\s?)?(?:살|지내|사는)")
OTHERS_AT_HOME_RE = re.compile(
    r"부모|엄마|아빠|어머니|아버지|친정|시댁|할머니|할아버지|동생|언니|오빠|형|누나|" + SPOUSE
)
# the money questions (where "저는 없어요" answers, see HAS_NONE_RE)
MONEY_FIELDS = frozenset(
    ("household_income_monthly", "personal_income_monthly", "spouse_income_monthly", "assets", "financial_assets")
)
# tired of it all, said instead of a request ("그냥 다 귀찮아요"): heard before anything is asked again
LOW_MOOD_RE = re.compile(r"귀찮|지쳤|지치|의욕|막막|답답|우울|기운이?\s?없|힘이?\s?없|아무것도\s?하기\s?싫")
# bills left unpaid or cut off ("월세도 두 달 밀렸고", "관리비 체납", "전기 끊겼어요"): not a 위기사유 the law names,
# but one a 시·군·구 may count under its 조례 or the minister's 고시 (단전 is one), so a "해당 없음" to the crisis
# question beside it is sent to the office to decide (확인 필요), not read as "no crisis"
_RENT_WORDS = r"월세|관리비|임대료|방세"
_BEHIND = r"(?:(?<!안\s)(?<!안)밀[렸려린리림]|체납|연체|못\s?내|못\s?냈)"  # behind on a payment (not "안 밀렸어요")
# a pension is all the income there is ("기초연금 30만원 받는게 다라", "국민연금 40 나오는 게 전부예요"): not working
PENSION_ONLY_RE = re.compile(
    r"연금[^.?!]{0,20}?(?:받는\s?(?:게|거|것이)\s?(?:다|전부)|나오는\s?(?:게|거)\s?(?:다|전부)|뿐|밖에|이\s?다(?:라|예요|에요|요|임))"
)
UNPAID_BILLS_RE = re.compile(
    r"(?:" + _RENT_WORDS + r"|공과금|전기\s?(?:요금|세)|가스\s?(?:요금|비)|수도\s?(?:요금|세))\S{0,3}\s?"
    r"(?:(?!카드|대출|빚|할부|이자|폰|학원)\S{1,5}\s?){0,4}" + _BEHIND + r"(?!\S*\s?(?:거|건|적)\S?\s?없)"
    r"|단전|단수|(?:전기|가스|수도)\s?(?:가|도|까지)?\s?(?:끊[겼기어]|나갔|안\s?들어)"
)
# savings named alone at the assets question, without the deposit or a total ("적금 200", "통장에 300 있어요")
SAVINGS_ONLY_RE = re.compile(
    r"^(?!.*(?:보증금|전세|합쳐|합치|다\s?해서|전부|모두|총)).*(?:적금|예금|통장|저축|모은\s?돈|모아\s?둔)"
)
# "두달째 밀렸어요" with nothing named: behind on what the message before named (RENT_WORD_RE: the rent)
ELLIPTICAL_ARREARS_RE = re.compile(
    r"^\s*(?:벌써\s?|그것도\s?|그거\s?|그게\s?)?(?:한|두|세|네|석|넉|\d+)\s?(?:달|개월)\s?(?:째|이나|넘게|정도|쯤)?\s?"
    + _BEHIND
)
RENT_WORD_RE = re.compile(_RENT_WORDS)
