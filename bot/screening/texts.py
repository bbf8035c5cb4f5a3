"""Korean texts of the dialogue (존댓말, short). Kept apart from code so staff can review wording."""

from bot import catalogue as _catalogue
from bot.privacy.policy import COLLECTED_LINE, RETENTION_LINE  # one source of truth (SECURITY.md)

DISCLAIMER = _catalogue.disclaimer()

CONSENT = (
    "상담을 위해 몇 가지 여쭤봐도 될까요?\n"
    + COLLECTED_LINE +
    "• 쓰는 곳: 받을 수 있을 것 같은 지원을 살펴보고, 예약하시면 상담사에게 요약을 전달\n"
    + RETENTION_LINE +
    "동의하지 않으셔도 일반 안내는 드려요."
)
CONSENT_BUTTONS = [("동의합니다", "동의합니다"), ("동의하지 않습니다", "동의하지 않습니다")]
CONSENT_DECLINED = ("알겠습니다. 개인 정보는 받지 않을게요. 대신 말씀하신 고민에 맞는 제도와 "
                    "상담 창구를 일반적으로 안내해 드릴게요.")

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

FALLBACK = ("죄송해요, 제가 잘 이해하지 못했어요. 저는 일자리·실업급여, 빚, 육아·돌봄, 주거, 생활비 지원을 "
            "살펴보고, 가까운 고용복지+센터 안내와 상담 예약을 도와드려요. 한 문장으로 다시 말씀해 주시겠어요?")
FALLBACK_BUTTONS = [("받을 수 있는 지원", "받을 수 있는 지원이 궁금해요"), ("센터 찾기", "센터 찾기"),
                    ("상담 예약", "상담 예약하고 싶어요"), ("상담원 연결", "상담원 연결")]

GOODBYE = "이용해 주셔서 감사합니다. 도움이 필요하시면 언제든 다시 말씀해 주세요."
ASK_RATING = "오늘 상담은 어떠셨어요? 1~5점으로 알려 주시면 서비스 개선에 큰 도움이 돼요."
RATING_BUTTONS = [(f"{n}점", f"만족도 {n}점") for n in (5, 4, 3, 2, 1)]
RATING_THANKS = "소중한 평가 감사합니다. 언제든 다시 찾아 주세요."

ACTION_ERROR = ("죄송해요, 잠시 시스템에 문제가 생겼어요. 말씀하신 내용은 그대로 있으니 잠시 후 다시 "
                "말씀해 주세요. 급하시면 ☎1350(고용노동부), ☎129(보건복지상담)로 연락해 주세요.")

ASK_REGION_FOR_CENTER = ("어느 지역의 센터를 찾으세요? '서울 마포구', '분당'처럼 사시는 곳을 알려 주시거나 "
                         "'내 위치로 찾기'를 눌러 주세요.")
