"""Korean texts of the dialogue (존댓말, short). Kept apart from code so staff can review wording."""

from bot import catalogue as _catalogue
from bot.privacy.policy import COLLECTED_LINE, RETENTION_LINE  # one source of truth (SECURITY.md)

DISCLAIMER = _catalogue.disclaimer()

CONSENT = (
    "상담을 위해 몇 가지 여쭤봐도 될까요?\n"
    + COLLECTED_LINE
    + "• 쓰는 곳: 받을 수 있을 것 같은 지원을 살펴보고, 예약하시면 상담사에게 요약을 전달\n"
    + RETENTION_LINE
    + "동의하지 않으셔도 일반 안내는 드려요."
)
CONSENT_BUTTONS = [("동의합니다", "동의합니다"), ("동의하지 않습니다", "동의하지 않습니다")]
CONSENT_DECLINED = (
    "알겠습니다. 개인 정보는 받지 않을게요. 대신 말씀하신 고민에 맞는 제도와 상담 창구를 일반적으로 안내해 드릴게요."
)

ASK_NEEDS = "어떤 도움이 필요하세요? 여러 개를 함께 말씀하셔도 돼요."

RETRY_PREFIX = "죄송해요, 답을 잘 알아듣지 못했어요."
EXPLAIN_PREFIX = "이 질문을 드리는 이유: "
SKIP_OFFER = "답하기 어려우시면 '건너뛰기'를 눌러 주세요. 그 항목은 '추가 확인 필요'로 남겨 둘게요."
SKIP_LABEL = "건너뛰기"
STOP_LABEL = "그만하기"
STOPPED = "알겠습니다. 지금까지 말씀하신 내용으로 정리해 드릴게요."

HUMAN = (
    "사람 상담이 필요하시면 아래로 연락해 주세요.\n"
    "☎ 1350 고용노동부 고객상담센터 (실업급여·취업지원, 평일 9~18시)\n"
    "☎ 129 보건복지상담센터 (긴급복지·기초생활, 24시간)\n"
    "☎ 1397 서민금융통합콜센터 (빚·채무조정·서민금융, 평일 9~18시)"
)

FALLBACK = (
    "죄송해요, 제가 잘 이해하지 못했어요. 저는 일자리·실업급여, 빚, 육아·돌봄, 주거, 생활비 지원을 "
    "살펴보고, 가까운 고용복지+센터 안내와 상담 예약을 도와드려요. 한 문장으로 다시 말씀해 주시겠어요?"
)
FALLBACK_AGAIN = (
    "한 가지만 말씀해 주셔도 돼요. 예를 들어 '일을 그만뒀어요', '빚 때문에 힘들어요', '월세가 밀렸어요'처럼요. "
    "아래에서 골라 주셔도 제가 이어서 여쭤볼게요."
)
FALLBACK_HUMAN = (
    "제가 잘 돕지 못하고 있네요. 사람과 이야기하시는 게 편하시면 고용노동부 고객상담센터(☎1350)나 "
    "보건복지상담센터(☎129)에 전화하시거나, 아래에서 상담 예약을 해 주세요."
)
LOW_MOOD_ACK = "많이 지치신 것 같아요. 천천히 하셔도 괜찮아요."
FALLBACK_BUTTONS = [
    ("받을 수 있는 지원", "받을 수 있는 지원이 궁금해요"),
    ("센터 찾기", "센터 찾기"),
    ("상담 예약", "상담 예약하고 싶어요"),
    ("상담원 연결", "상담원 연결"),
]

GOODBYE = "이용해 주셔서 감사합니다. 도움이 필요하시면 언제든 다시 말씀해 주세요."
ASK_RATING = "오늘 상담은 어떠셨어요? 1~5점으로 알려 주시면 서비스 개선에 큰 도움이 돼요."
RATING_BUTTONS = [(f"{n}점", f"만족도 {n}점") for n in (5, 4, 3, 2, 1)]
RATING_THANKS = "소중한 평가 감사합니다. 언제든 다시 찾아 주세요."

ACTION_ERROR = (
    "죄송해요, 잠시 시스템에 문제가 생겼어요. 말씀하신 내용은 그대로 있으니 잠시 후 다시 "
    "말씀해 주세요. 급하시면 ☎1350(고용노동부), ☎129(보건복지상담)로 연락해 주세요."
)

ASK_REGION_FOR_CENTER = (
    "어느 지역의 센터를 찾으세요? '서울 마포구', '분당'처럼 사시는 곳을 알려 주시거나 '내 위치로 찾기'를 눌러 주세요."
)

# ------------------------------------------------------------------ the conversation engine (bot/dialogue)
GREET = (
    "안녕하세요. 고용복지+센터 온라인 초기상담 도우미입니다 🙂\n"
    "일자리·실업급여, 빚, 육아·돌봄, 주거, 생활비 고민을 함께 살펴보고, 받을 수 있을 것 같은 지원과 "
    "가까운 고용복지+센터를 안내하고 상담 예약까지 도와드려요.\n어떤 일로 오셨어요? 편하게 말씀해 주세요."
)
GREET_BUTTONS = [
    ("일자리·실업급여", "일자리·실업급여 상담 받고 싶어요"),
    ("빚·대출", "빚·대출 때문에 상담 받고 싶어요"),
    ("육아·돌봄", "육아·돌봄 지원이 궁금해요"),
    ("집·월세", "집·월세 문제로 도움이 필요해요"),
    ("생활비·긴급지원", "생활비·긴급지원이 필요해요"),
    ("센터 찾기", "센터 찾기"),
]
GREET_AGAIN = "안녕하세요! 하던 이야기를 이어서 할게요."
THANK = "천만에요. 더 궁금한 점이 있으면 말씀해 주세요."
BOT_CHALLENGE = (
    "저는 사람이 아니라 자동 상담 도우미(챗봇)예요. 안내는 참고용이고, 최종 결정은 담당 기관에서 합니다. "
    "사람 상담이 필요하시면 '상담원 연결'이라고 말씀해 주세요."
)
OUT_OF_SCOPE = (
    "그 질문은 제가 도와드리기 어려워요. 저는 일자리·실업급여, 빚, 육아·돌봄, 주거, 생활비 지원 안내와 "
    "고용복지+센터 찾기·상담 예약을 도와드려요."
)
OUT_OF_SCOPE_BUTTONS = [
    ("받을 수 있는 지원", "받을 수 있는 지원이 궁금해요"),
    ("센터 찾기", "센터 찾기"),
    ("상담원 연결", "상담원 연결"),
]
WHAT_NEXT = "네. 무엇을 도와드릴까요?"
RESTARTED = "처음부터 다시 시작할게요. 앞에서 말씀하신 내용은 지웠어요."
HELP_BUTTONS = [(SKIP_LABEL, SKIP_LABEL), ("상담원 연결", "상담원 연결"), ("처음으로", "처음으로")]
GIVE_UP_FIELD = "이 질문은 건너뛰고 다음으로 넘어갈게요. 나중에 상담사와 확인하시면 돼요."
GIVE_UP_GENERIC = "이 부분은 넘어갈게요. 필요하시면 아래 버튼을 눌러 주세요."

SAFE_CHECK = "지금 안전하신가요? 괜찮으시면 하던 이야기를 이어서 도와드릴게요."
SAFE_CHECK_BUTTONS = [
    ("괜찮아요, 이어서 할게요", "괜찮아요, 이어서 할게요"),
    ("지금 도움이 필요해요", "지금 도움이 필요해요"),
]
SAFE_CHECK_AGAIN = (
    "걱정돼서 한 번 더 여쭤봐요. 힘드시면 지금 바로 ☎109(24시간)에 전화해 주세요. "
    "괜찮으시면 '괜찮아요'라고 말씀해 주시면 이어서 도와드릴게요."
)
VIOLENCE_RESUME = "이어서 도와드릴게요. 위험하면 언제든 ☎112(긴급), ☎1366(24시간)에 연락하세요."
RESCHEDULED = (
    "예약 시간을 바꿨어요.\n· 센터: {center}\n· 새 일시: {when}\n· 예약번호: {code}\n"
    "예약 확인·변경·취소에는 예약번호와 휴대전화 번호가 필요합니다."
)
LOOKUP_PHONE_ASK = "예약하실 때 알려 주신 휴대전화 번호를 알려 주세요. (예: 010-1234-5678)"
AFTER_RESULTS_NOTED = "네, 알겠어요. 궁금한 지원이나 다른 고민이 있으면 말씀해 주세요."
AFTER_RESULTS_CLOSE = (
    "더 궁금한 게 없으시면 여기서 마치셔도 돼요. 상담 예약이나 센터 찾기는 아래 버튼으로 언제든 하실 수 있어요."
)
FACT_ALREADY_USED = "네, 말씀하신 내용은 이미 반영되어 있어요. 궁금한 점이 있으면 물어봐 주세요."
# a single parent living only with their children, their own income told: the household's is theirs, said back
HOUSEHOLD_IS_OWN_INCOME = (
    "자녀와 사시니 가족 전체 소득은 본인 소득(월 {own})으로 볼게요. 다른 가족 소득이 있으면 말씀해 주세요."
)
ASK_INCOME_ALONE = "혼자 사시니 본인 소득만 여쭤볼게요. 한 달 소득은 대략 얼마인가요? (일하지 않으면 0원)"
ASK_INCOME_NOT_WORKING = (
    "본인의 한 달 소득(알바·실업급여·연금 등)은 대략 얼마인가요? "
    "지금 일을 하지 않아 소득이 없으면 '없어요'를 눌러 주세요."
)
NO_INCOME_LABEL = "없어요"
HOUSEHOLD_WITH_OWN_INCOME = (
    "가구 소득은 배우자 월 {spouse}에 본인 월 {own}을 더해 월 {total}으로 볼게요. 다르면 말씀해 주세요."
)
UNPAID_BILLS_OTHER_CRISIS = (
    "월세·공과금이 밀린 것도 시·군·구가 조례·고시에 따라 위기사유로 볼 수 있어요. "
    "'기타'로 적어 두고, 129나 주민센터에서 확인하시도록 안내할게요."
)
HOUSEHOLD_IS_OWN_INCOME_SPOUSE_NONE = (
    "배우자 소득이 없으니 가구 소득은 본인 소득 월 {own}으로 볼게요. 다르면 말씀해 주세요."
)
HOUSEHOLD_IS_OWN_INCOME_OTHERS_NONE = (
    "다른 가족 소득이 없으니 가구 소득은 본인 소득 월 {own}으로 볼게요. 다르면 말씀해 주세요."
)
HOUSEHOLD_IS_SPOUSE_INCOME = "가족 전체 소득은 배우자 소득 {spouse}으로 볼게요. 다르면 말씀해 주세요."
DEBT_ADDED = "말씀하신 {added}까지 더해 빚은 모두 {total}으로 볼게요. 다르면 말씀해 주세요."
ASSETS_WITH_SAVINGS = "말씀하신 예금·저축 {savings}까지 더해 재산은 {total}으로 볼게요. 다르면 말씀해 주세요."
ASSETS_WITH_DEPOSIT = "말씀하신 보증금 {deposit}까지 더해 재산은 {total}으로 볼게요. 다르면 말씀해 주세요."
HOUSEHOLD_BUTTONS = (
    ("혼자 살아요", "혼자 살아요"),
    ("2명", "2명"),
    ("3명", "3명"),
    ("4명", "4명"),
    ("5명 이상", "5명 이상"),
)
INCOME_TOO_LARGE = (
    "한 달 소득이 {amount}이 맞는지 확인할게요. 집값이나 모아 둔 돈이라면 재산을 여쭐 때 말씀해 주세요. "
    "한 달에 들어오는 돈은 대략 얼마인가요? (맞으면 같은 금액을 한 번 더 적어 주세요)"
)
MIDFORM_ANSWER = (
    "좋은 질문이에요. 어디서·어떻게 신청하는지, 준비물과 금액은 몇 가지만 더 여쭤본 뒤 결과와 함께 제도별로 "
    "알려 드릴게요. 먼저 이것만 여쭤볼게요."
)
BACK_TO_QUESTION = "아까 여쭤본 것으로 돌아갈게요. 모르시면 대략이라도 괜찮아요.\n"
SAFE_RESUME = "말씀해 주셔서 고마워요. 힘들 땐 언제든 ☎109(24시간)에 전화하실 수 있어요. 이어서 도와드릴게요."
NOT_SAFE = "지금 바로 ☎109 또는 위급하면 ☎119·112에 전화해 주세요. 혼자 있지 마시고 가까운 사람에게 알려 주세요."
NOT_SAFE_VIOLENCE = (
    "지금 위험하면 바로 ☎112에 전화해 주세요(말하기 어려우면 112로 문자도 돼요). "
    "☎1366 여성긴급전화(24시간)는 안전한 곳으로 피하는 것도 도와드려요."
)
NOT_ALONE = "혼자 있지 마시고 가까운 사람에게 지금 알려 주세요."
CRISIS_GOODBYE = "힘드실 때 언제든 ☎109(24시간)나 ☎1577-0199로 전화해 주세요. 저도 여기 있을게요."

BOOKING_RESUME_Q = "예약을 이어갈까요?"
BOOKING_RESUME_BUTTONS = [("예약 이어가기", "예약 이어갈게요"), ("지원 먼저 살펴보기", "지원 먼저 볼게요")]
BOOKING_STOPPED = "예약을 멈췄어요. 필요하시면 언제든 '상담 예약'이라고 말씀해 주세요."
BOOKING_NEEDS_CONSENT = "예약에는 성함과 연락처가 필요해서 동의 없이는 진행하지 않을게요. 센터로 직접 전화하셔도 돼요."
CONFIRM_CANCEL = "이 예약을 취소할까요?"
CONFIRM_BUTTONS = [("네", "네"), ("아니요", "아니요")]
CANCEL_KEPT = "예약은 그대로 두었어요."
RESCHEDULE_PICK = "예약을 확인했어요. 기존 예약은 새 시간이 확정될 때까지 그대로 유지돼요. 새 시간을 골라 주세요."
RESCHEDULE_WANTED = "예약을 확인했어요. 기존 예약은 새 시간이 확정될 때까지 그대로 유지돼요. 말씀하신 때로 찾아볼게요."
# the weekday the booking is already on, asked as the new day: the same weekday of the week after, said so
RESCHEDULE_SAME_WEEKDAY = "지금 예약이 그 요일이라 그다음 주 {day} 시간을 찾았어요(다른 날이면 날짜로 말씀해 주세요)."
RATING_ASK_AFTER_BOOKING = "마지막으로, 오늘 상담은 어떠셨어요? 1~5점으로 알려 주세요."
FOLLOWUP_NOTED = "네, 말씀해 주셔서 고마워요. 상담하실 때 도움이 되도록 상담사께 전해 둘게요."
FOLLOWUP_UNKNOWN = (
    "그 질문은 제가 정확히 답하기 어려워요. ☎1350(고용노동부, 평일 9~18시)이나 ☎129(보건복지상담, 24시간)에 "
    "물어보시면 정확히 알려 드려요."
)
CONSENT_AGAIN_BUTTON = ("동의하고 살펴보기", "동의합니다")

# Referrals for questions outside the screening (shared/reference/safety-lines.md; local numbers unverified
# are named by office, not by number)
REFERRAL_ADDICTION = (
    "술이나 도박 같은 중독 문제는 가까운 중독관리통합지원센터에서 무료로 상담받을 수 있어요. "
    "☎1577-0199(정신건강 위기상담, 24시간)로 전화하시면 가까운 센터로 연결해 드려요."
)
REFERRAL_VIOLENCE = (
    "가정폭력 피해자는 주민센터에 가해자가 내 주민등록표를 열람·발급받지 못하게 제한해 달라고 신청할 수 "
    "있어요(주민등록법 제29조). 지원 신청 사실이 가해자에게 통보되지 않도록 상담사에게 먼저 말씀해 주세요. "
    "☎1366 여성긴급전화(24시간)에서도 도와드려요."
)
REFERRAL_YOUTH = "청소년(9~24세)이라면 ☎1388 청소년상담전화에서도 도와드려요."
INTERPRETER_NOTE = ("한국어가 서툴러 통역·쉬운 말 안내가 필요하다고 하심",)  # on the counselor's card
LANGUAGE_HELP = (
    "천천히, 쉬운 말로 도와드릴게요. 짧게 써 주셔도 돼요. 예약하시면 통역이 필요하다고 상담사께 전해 둘게요"
    "(센터 통역 지원은 확인 필요). 다문화가족은 다누리콜센터 ☎1577-1366에서 여러 나라 말로 상담받을 수 있어요"
    "(확인 필요)."
)
# a work tenure told at another question ("1년 반 다녔어"), kept for the 고용보험 question and said back
TENURE_HEARD = (
    "네, 일하신 기간으로 보면 최근 18개월 중 고용보험 가입 기간은 약 {days}일로 볼게요. "
    "고용보험에 가입하지 않았다면 말씀해 주세요."
)
SHAME_REASSURE = (
    "말씀하기 쉽지 않으셨을 텐데 고마워요. 빚이나 일 문제로 상담받는 분이 많아요. "
    "여기서 하신 이야기는 지원을 살펴보고 예약을 전하는 데만 쓰고, 가족에게 연락하지 않아요."
)

# a fact told after the results that changes no verdict: said back, not the results again
RESULTS_UNCHANGED = "살펴본 결과는 달라지지 않아요. 궁금한 제도가 있으면 물어봐 주세요."
