"""Narrow ordinary contexts that still explain a sign away whatever the classifier says (detector.firmly_explained).

Until the tenth round one ordinary WORD anywhere beside a sign was a firm veto (patterns.EVERYDAY, TASK_FIRM,
ORDINARY_USE, TRIP, OUTING_FUN, SAVINGS): grouped cross-validation by author found that such a word silenced a sure
classifier on most of a fresh author's missed signs (an orchard or a shop closed "and me with it", a window or a
morgue passed while cleaning, a contract for the niche beside a son's, funeral songs played, savings cashed out for a
mother). Those words are now a weak veto (detector._ordinary_word). What stays firm is a PHRASE, a word together with
what is done with it, that makes the whole sentence ordinary: a task that itself ends or is handed in, a song one
wants to hear forever, a plane one will be on, a bus waited for, a pot on the rail, a coupon counted. Each phrase was
written for a look-alike in tests/safety/test_detector.py and checked against the read sets' positives that the one
word used to veto (none of them is covered).
"""

import re

# A task (work, school, a form, the weather) that is itself what ends, is handed in or is left: the activity, then
# within a few characters what happens to it (공사 다 끝날 거래요, 숙제가 영원히 안 끝날 것 같아, 서류는 다 냈고, 상담
# 받으러 갈 일 없을, 휴가 가면 회사로 안 돌아오고, 이 회사에 제 자리는 없는, 학교 가라고). Unlike patterns.TASK_FIRM,
# "끝나면" alone is a time ("학교 끝나면 … 높은 데 갈래": after school) and only "다 끝나면" a task done; there is no
# bare 제자리 ("납골당 옆 칸 계약했어요 제 자리예요") and no "마지막 + task" ("그게 제 마지막 숙제 같아서").
_ACTIVITY = (
    r"서류|신청|작성|상담|업무|공부|숙제|작업|등록|절차|계약|접수|예약|회사|알바|학기|방학|프로젝트|보고서|논문|원서|면접|"
    r"발표|시험|과제|수업|학교|공사|운동|다이어트|휴가|출장|훈련|야근|장마|더위|추위|폭염|한파"
)
TASK_ENDS = re.compile(
    r"(?<!세상)(?<!인생)(?<!이생)(?<!삶의)(?:" + _ACTIVITY + r")"
    r"(?:이|가|은|는|을|를|도|만|까지|서|서까지|에|에서|로|으로|이랑)?(?:\S{0,10}?)"
    r"(?:끝나(?!면|는날|고)|다끝나면|끝날(?!때|날)|끝났|끝내|끝낼|마치|마쳤|마무리|냈어|냈고|제출|받으러|빠지|안돌아|자리는없|자리가없|가라고)"
)

# Phrases of everyday life that explain the whole sentence (no death word guards them, as patterns.EVERYDAY before).
EVERYDAY_PHRASE = re.compile(
    # phrase alternatives of patterns.EVERYDAY, kept firm as they were
    r"짐(?:을|좀)?(?:\S{0,2})(?:들어|옮겨|싸|맡겨|부쳐)|이불(?:을)?덮어|책(?:을)?읽어줘|책읽어주|"
    r"요양원(?:\S{0,4})가고싶|(?:돈관리|살림)(?:\S{0,10})(?:편해|편하고|좋아)|"
    r"(?:회의|단톡|채팅방|모임|동아리|팀|자리)(?:\S{0,12})(?:빠지는게|나가는게|빠져주는게)맞|"
    r"(?:회식|모임|술자리|단톡|수업|회의)(?:에서|방에서)?(?:\S{0,4})(?:조용히)?(?:빠져도|빠지면|나가도|나가면)|"
    r"(?:마음|감정)(?:을|도|좀)?정리(?:\S{0,16})(?:헤어|이별|전남친|전여친|전애인)|"
    r"(?:노래|음악|앨범|곡|플리)(?:\S{0,6})(?:듣고싶|계속듣)|쓰레기(?:는|를)?(?:\S{0,4})치우는|"
    # a reason to live found, gratitude for being alive, a good night's sleep wished for
    r"(?:살아야하는|살아있는|살|사는)이유를찾았|이유가생겼|살아있는게감사|살아있어서감사|아침까지푹|푹잤으면|"
    # someone else's words or deeds (he says he cannot live without me, flowers given, God keeping me)
    r"없으면못산대|꽃(?:을)?줬|(?:하나님|하느님|주님|부처님)(?:이|께서)?(?:\S{0,4})지켜주|합격하게|"
    # a photo, a bus, a coupon of fun; food eaten; a pot on the rail; spending feared
    r"사진찍으려|사진찍으러|버스기다|치킨(?:\S{0,4})(?:먹|두마리|한마리|시켜)|(?:먹을거|먹으려)(?:\S{0,4})치킨|"
    r"화분(?:이|을|도)?(?:\S{0,6})(?:걸쳐|놨|죽어|시들|새로사)|충동구매(?:\S{0,4})(?:할까|할까봐|또)|"
    r"과자로갔|간식사러|(?:내|제)(?:개그|드립|유머)|마지막영업|다른방법찾아|게을러요|게을러서|창의적으로|"
    r"새해(?:엔|에는|부터)(?:\S{0,4})새롭게|은퇴했|정년퇴직했|비행기안|기내에|학원늦|늦을것같|"
    r"만큼(?:뛰었|달렸|뛰어서)|뛰었(?:어요|다)?마라톤|"
    r"긁(?:\S{0,20})(?:아토피|가려워|가려움|습진|두드러기|피부염)|(?:아토피|가려워|가려움|습진|두드러기|피부염)(?:\S{0,20})긁"
)

# Things in ordinary use, trips and outings, savings for someone: firm only as a phrase and, as before, only without a
# death word (patterns.DEATH_CUE) beside it.
USE_PHRASE = re.compile(
    r"장부(?:만|를|도)?정리|쿠폰(?:\S{0,4})(?:세어|모아|만료|써|쓰)|(?:이|그|모아둔|모은|할인)쿠폰|"
    r"빨래(?:를)?(?:너|널|개|돌리|걷)|(?:비타민|영양제|유산균)(?:\S{0,24})(?:버려|버리|유통기한)|"
    r"(?:반|한|두)알(?:\S{0,20})처방받|(?:텃밭|밭|과수원|논)(?:\S{0,8})(?:뿌려|뿌리|살포|방제)|"
    r"(?:야경|불꽃|구경)(?:을)?보(?:면|러|니)|(?:갈거예요|갈게요|가요)모임에|모임에(?:\S{0,4})갈|"
    r"(?:애들|아이|아기|자식|딸|아들)(?:\S{0,4})앞으로(?:\S{0,4})(?:적금|저축|청약)|"
    r"용돈(?:이랑|하고|과)?(?:\S{0,6})(?:넣어|챙겨|줬|주고)|숙소에(?:\S{0,2})(?:있|머물|묵)|"
    r"이민(?:이요|이에요|가요|갑니다|준비|비자)|이사(?:가면|하면|간|가요|들어가)"
)

# Away for a named reason when something comes or is due (저는 출장이라 없을 거라서, 해외에 있어서 못 받을 거라,
# 입원해서 못 받을 테니), told among instructions to others ("누나 주라고 했어요" is no cover story); the same sentence
# without the reason ("저는 없을 거라서") stays a sign.
AWAY_FOR_A_REASON = re.compile(
    r"(?:출장|해외|입원|여행|연수|교육|훈련|야근|근무|당직|지방)(?:이라|라서|이어서|중이라|가서|가있어서|에있어서|해서|때문에)"
    r"(?:\S{0,6})(?:없을|없으니|없어서|못받|못가)"
    # ... or the absence first and the reason then, with the date moved (그 주는 제가 없어요 어머니 장례 치르고 올라오는
    # 날이라서 그다음 주로 해주세요; eleventh round, blind22): the date asked for again is what makes it a schedule
    r"|(?:제가|저는|전|저)없(?:어요|을거|습니다|어서|을테니)(?:\S{0,30})(?:이라서|라서|이라|날이라|때문에)(?:\S{0,10})"
    r"(?:다음주로|그다음주로|다음달로|바꿔|미뤄|변경|옮겨|평일로|주말로)"
)

# ... unless the same message says the self ends, lets go, leaves or is not there (집 계약 끝나는 날 저도 끝낼
# 생각이에요, 서류 제출 완료 이제 남은 일은 조용히 사라지는 것뿐, 제 자리가 없는 것 같아요 그러니 떠나야지요): then the
# task is the occasion, not the explanation.
SELF_ENDS = re.compile(
    r"사라지|사라질|없어지|없어질|죽|놓으|놓을|놓겠|떠나|떠날|살아있을|살아있는지|세상|버티|버틸|안다닐|저도끝|나도끝|"
    r"안돌아올|돌아오지않"
)
# A cover story told to others (사진 찍으러 간다고 하고 나갈 거야, 등산 간다고 하고 나갈 겁니다): an everyday phrase
# in it explains nothing.
COVER_STORY = re.compile(r"(?:간다고|한다고|이라고|라고)(?:\S{0,2})(?:하고|했|말하|둘러)|안돌아올|돌아오지않")
# ... nor (thirteenth round, blind25/blind26) what no everyday phrase explains beside it: agreeing that
# one's own death or accident would be better (엄마가 차라리 내가 교통사고 나는 게 낫겠대 나도 그게 낫겠다
# 싶음, beside 짐 싸서), a drug's count wished to be one's own share (마약류 장부 정리하는데 저 숫자가 전부
# 제 몫이면 좋겠다, beside 장부 정리)
COVER_STORY = re.compile(
    COVER_STORY.pattern
    + r"|(?:교통사고|사고|죽는게|죽는거|없어지는게|사라지는게)(?:\S{0,12})(?:낫겠|나을|낫다)(?:\S{0,16})"
    r"(?:나도|저도)(?:\S{0,4})(?:그게|그편이)?(?:\S{0,2})(?:낫겠|나을|낫다)"
    r"|(?:마약류|향정|마약|모르핀|펜타닐|진통제|수면제|약품|약)(?:\S{0,30})(?:제몫|내몫|제거|내거)"
    r"(?:이면|였으면|이었으면|라면|면)(?:\S{0,2})좋겠"
)
