"""What the bot says to a raised crisis signal, and how it reads the answer (no Rasa imports).

Lines (tests/../shared/reference/safety-lines.md): 109 자살예방상담 first for any sign of suicide or
self-harm, then 1577-0199 정신건강위기상담 and 129 보건복지상담센터; 112/119 when a method, place or time
is named; 1366 여성긴급전화 for domestic/sexual/dating violence, and -- before anything alarming --
that a 가정폭력 피해자 can ask the 주민센터 to restrict access to their resident-registration
records (주민등록법 제29조). Every reply is at most two messages of at most 400 characters and ends
with the safety check question and quick replies; the dialogue then reads the answer with followup().
"""

from __future__ import annotations

import re
from typing import Any, Dict, List

SAFE_BUTTON = "지금은 안전해요, 이어서 할게요"
NOT_SAFE_BUTTON = "지금 안전하지 않아요"
COUNSELOR_BUTTON = "상담원 연결"
CHECK_OK_BUTTON = "괜찮아요, 이어서 할게요"
CHECK_HARD_BUTTON = "사실 많이 힘들어요"

SAFETY_QUESTION = "지금 안전한 곳에 계신가요? 괜찮으시면 이야기를 이어가도 돼요."
CHECK_QUESTION = "지금은 괜찮으세요? 괜찮으시면 하던 이야기를 이어가도 돼요."

LINES_SUICIDE = "☎ 109 자살예방상담전화 (24시간, 무료)\n☎ 1577-0199 정신건강위기상담 (24시간)\n☎ 129 보건복지상담센터"

TEXTS = {
    "risk": (
        "말씀해 주셔서 고마워요. 지금 많이 힘드신 것 같아요. 혼자 견디지 않으셔도 돼요.\n"
        "지금 바로 이야기 나눌 수 있는 곳이 있어요.\n" + LINES_SUICIDE
    ),
    "imminent": (
        "말씀해 주셔서 고마워요. 지금 혼자 계시지 말고 바로 전화해 주세요.\n"
        "☎ 109 자살예방상담전화 (24시간) — 위급하면 바로 구조로 연결돼요\n"
        "☎ 지금 위험하면 112(경찰)·119(구조)에 바로 전화해 주세요\n"
        "☎ 1577-0199 정신건강위기상담 · 129 보건복지상담센터\n"
        "약이나 위험한 물건이 가까이 있다면 잠시 멀리 두고, 곁에 있어 줄 사람에게 연락해 주세요."
    ),
    "check": (
        "요즘 많이 지치고 힘드셨던 것 같아요. 그런 마음이 드는 건 이상한 일이 아니에요.\n"
        "마음이 너무 힘들 때는 언제든 ☎109(자살예방상담, 24시간), ☎1577-0199(정신건강위기상담)나 "
        "☎129(보건복지상담)에 이야기하실 수 있어요."
    ),
    "violence": (
        "말씀해 주셔서 고마워요. 잘못하신 건 하나도 없어요.\n"
        "가정폭력 피해자는 주민센터에 신청하면 가해자가 내 주민등록표를 열람·발급받지 못하게 제한할 수 있어요"
        "(주민등록법 제29조).\n"
        "☎ 1366 여성긴급전화 (24시간) — 가정폭력·성폭력·데이트폭력 상담, 보호시설 연결"
    ),
    # the person speaks of hurting someone else: no "잘못하신 건 없어요", no 1366 victim text
    "threat": (
        "말씀해 주셔서 고마워요. 지금 화와 억울함이 아주 크신 것 같아요. 그 마음을 혼자 감당하지 않으셔도 돼요.\n"
        "☎ 1577-0199 정신건강위기상담 (24시간) — 분노나 충동이 너무 클 때도 바로 이야기할 수 있어요\n"
        "☎ 109 자살예방상담전화 (24시간) — 내 마음까지 무너질 것 같을 때"
    ),
    "threat_now": "누군가 다칠 것 같은 상황이면 지금 112에 전화해 주세요. 잠시 그 자리를 떠나 있는 것도 도움이 돼요.",
    # a child or young person hurt by other pupils
    "bullying": (
        "말씀해 주셔서 고마워요. 맞거나 괴롭힘을 당하는 건 절대 본인 잘못이 아니에요.\n"
        "☎ 1388 청소년상담 (24시간) — 학교나 친구 관계에서 겪는 폭력도 상담하고 도와줘요\n"
        "☎ 지금 위험하면 112에 바로 전화해 주세요"
    ),
    "violence_now": "지금 위험하면 112에 바로 전화해 주세요. 문자(112)로도 신고할 수 있어요.",
    # not happening right now: 112 is still named, as the line to keep at hand
    "violence_later": "위험할 땐 언제든 112에 전화하거나 문자(112)로 신고할 수 있어요.",
    "violence_self": "혹시 죽고 싶은 마음까지 드신다면 109(자살예방상담, 24시간)에도 바로 이야기하실 수 있어요.",
}


# detector rules (Signal.extra) where the person threatens someone else, not where they are hurt
_THREAT_RULES = frozenset({"threat_plan", "threat_wish"})


def _buttons(*titles: str) -> List[Dict[str, str]]:
    # payload = title: the dialogue reads the click with followup(text) like any typed answer
    return [{"title": t, "payload": t} for t in titles]


def messages_for(signal) -> List[Dict[str, Any]]:
    if not getattr(signal, "raised", False):
        return []
    level, kind = signal.level, signal.kind
    extra = tuple(getattr(signal, "extra", ()) or ())
    if kind == "violence":
        rules = set(extra)
        victim = rules - _THREAT_RULES - {"also:suicide"}
        first, now = TEXTS["violence"], TEXTS["violence_now"]
        if rules & _THREAT_RULES and not victim:
            first, now = TEXTS["threat"], TEXTS["threat_now"]
        elif victim and victim <= {"bullying"}:
            first = TEXTS["bullying"]
        second_lines = []
        if level == "imminent":
            second_lines.append(now)
        elif first == TEXTS["violence"]:
            second_lines.append(TEXTS["violence_later"])
        if "also:suicide" in extra:
            second_lines.append(TEXTS["violence_self"])
        second_lines.append(SAFETY_QUESTION)
        return [
            {"text": first},
            {"text": "\n".join(second_lines), "buttons": _buttons(SAFE_BUTTON, NOT_SAFE_BUTTON, COUNSELOR_BUTTON)},
        ]
    if level == "check":
        return [
            {"text": TEXTS["check"]},
            {"text": CHECK_QUESTION, "buttons": _buttons(CHECK_OK_BUTTON, CHECK_HARD_BUTTON, COUNSELOR_BUTTON)},
        ]
    first = TEXTS["imminent" if level == "imminent" else "risk"]
    second = SAFETY_QUESTION
    if "also:violence" in extra:
        second = "폭력 피해가 있다면 1366 여성긴급전화(24시간)도 도와드려요.\n" + SAFETY_QUESTION
    return [{"text": first}, {"text": second, "buttons": _buttons(SAFE_BUTTON, NOT_SAFE_BUTTON, COUNSELOR_BUTTON)}]


# ----------------------------------------------------------------------------- the answer
_NOT_SAFE = re.compile(
    r"안전하지\s?않|안전하지가|안\s?안전|안\s?괜찮|괜찮지\s?않|안\s?괜찮|위험|무서|두려|살려|도와\s?주|도움이?\s?필요|"
    r"상담원|상담사|사람이랑|연결|전화\s?(해|할|주)|힘들어요|힘들어|많이\s?힘들|못\s?하겠|못\s?버티|못\s?견디|"
    r"혼자\s?있|옥상|다리\s?위|한강|계속\s?(생각|나|들)"
)
_NO = re.compile(r"^\s*(아니|아뇨|아니요|아니오|노|ㄴㄴ|no)\b|^\s*(아니|아뇨)")
_SAFE = re.compile(
    r"안전해|안전한\s?(곳|데)|안전하게|괜찮아|괜찮습니다|괜찮을|괜찮네|괜찮은\s?(것|거)|괜춘|괜찮|"
    r"이어서|계속\s?(할|해|하|진행|이야기|얘기)|진행해|넘어가|다시\s?(할|해)|하던\s?(거|것|얘기|이야기)|"
    r"집이에요|집에\s?있|좀\s?나아|나아졌|진정됐|진정됐어"
)
_YES = re.compile(r"^\s*(네+|넵|넹|예|응+|어+|ㅇㅇ|ㅇㅋ|오케이|ok|yes|그럼요|그래요|좋아요)\s*[.!~]*\s*$")


def followup(text: str) -> str:
    """Reads the answer to the safety check question: "safe_continue" | "not_safe" | "unclear".

    Another crisis message, a "no", fear, a wish for a person to talk to -> not_safe. A stated "safe",
    "괜찮아요", "이어서/계속 할게요" or a bare "네" (to "안전한 곳에 계신가요?") -> safe_continue.
    Anything else (e.g. a new question "실업급여요") -> unclear: the dialogue asks again, gently,
    and never resumes the earlier flow on its own.
    """
    from bot.safety import assess  # local: bot.safety imports this module (cycle)

    t = (text or "").strip()[:500]
    if not t:
        return "unclear"
    sig = assess(t)
    if sig.raised and sig.level != "check":
        return "not_safe"
    low = t.lower()
    if _NOT_SAFE.search(low) or _NO.search(low):
        if _SAFE.search(low) and not _NOT_SAFE.search(low):
            return "safe_continue"  # "아니요, 괜찮아요 계속해요": 아니요 = "no worries"
        return "not_safe"
    if sig.raised:
        return "not_safe"
    if _SAFE.search(low) or _YES.match(low):
        return "safe_continue"
    return "unclear"
