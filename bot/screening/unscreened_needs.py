"""Needs the bot does not screen, with the right line first: violence (1366, 112, the address-disclosure
block), alcohol, drugs and gambling (1577-0199, 1336), reading and writing (문해교육, 자활), medical costs
(the medical parts of 긴급복지 and 기초생활보장), and a benefit outside the catalogue (129, 1350).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from bot.korean.particles import josa
from bot.korean.questions import asks_about
from bot.screening.messages import bot_message
from bot.screening.program_results import (
    DISCLAIMER,
    MAX_CHARS,
    MARKERS,
    clip,
    evaluate,
    rule_figure,
    verdict_label,
    won,
)


# violence, addictions, reading and writing: things the bot does not screen, with the right line first
VIOLENCE_RE = re.compile(
    r"가정\s?폭력|성\s?폭력|데이트\s?폭력|폭행|손찌검|스토킹|접근\s?금지|가해자|"
    r"(남편|전\s?남편|애\s?아빠|아이\s?아빠|애들?\s?아빠|배우자|아내|전\s?남친|남자\s?친구|그\s?사람|시댁|동거인)"
    r".{0,30}(찾아|알아내|알아낼|알게|주소|연락\s?(가|갈|오|할)|무서|때리|때려|때렸|맞|폭력|위협|협박|쫓아|숨어|도망)|"
    r"주소.{0,10}(알아낼|알아내|알게\s?될|찾아|노출|숨기)|맞고\s?살|때려요|때렸어요"
)
ALCOHOL_RE = re.compile(
    r"(술|알코올|알콜|음주|주사).{0,15}(끊|중독|못\s?끊|치료|도와|도움|문제|줄이|끊을)|알코올\s?중독|알콜\s?중독|"
    r"술독|술\s?때문|마약|약물\s?중독"
)
GAMBLING_RE = re.compile(r"도박|토토|카지노|경마|경륜|불법\s?베팅|바카라|슬롯\s?머신|사행성|홀덤")
LITERACY_RE = re.compile(
    r"글(을|씨를|자를)?\s?(잘\s?)?(못|모르|몰라)\s?(읽|써|쓰)|글(을|자를)?\s?몰라|한글(을|를)?\s?(잘\s?)?(못|모르|몰라)|"
    r"까막눈|읽을\s?줄\s?(몰|모)|쓸\s?줄\s?(몰|모)|학교(를|도|는)?\s?(못|안|제대로\s?못)\s?(다녔|나왔|갔|다님)|"
    r"초등학교(도|만|밖에|\s?중퇴)|중학교(도|만|밖에|\s?중퇴)|중졸|초졸|학력이?\s?(낮|없|짧)|가방끈|"
    r"배운\s?게\s?없|공부를?\s?못\s?했|문해|검정\s?고시"
)

LITERACY_SOURCE = "https://www.ktv.go.kr/content/view?content_id=103141"


def violence_answer(profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    first = (
        "많이 무서우셨겠어요. 먼저 알려 드릴게요.\n"
        "• 가정폭력 피해자는 주민센터에 신청해서 가해자가 내 주민등록표(주소)를 열람하거나 떼지 못하게 막을 수 "
        "있어요(주민등록 열람·교부 제한, 주민등록법 제29조).\n"
        "• ☎1366 여성긴급전화(24시간)에서 이 신청, 안전한 곳, 상담을 함께 도와드려요.\n"
        "• 지금 위험하면 바로 ☎112에 전화하세요."
    )
    second = (
        "지원을 신청할 때 가족에게 연락이 가는지는 제도마다 달라서 제가 확실히 말씀드릴 수 없어요. "
        "신청 전에 1366이나 주민센터 담당자에게 가정폭력 피해 사실을 먼저 말씀하시고 상의하세요. "
        "가정폭력은 긴급복지지원의 위기 사유이기도 해요(☎129, 24시간)."
    )
    return [
        bot_message(clip(first, MAX_CHARS)),
        bot_message(
            clip(second, MAX_CHARS),
            [("자세히: 긴급복지", "자세히 긴급복지지원"), ("상담 예약", "상담 예약하고 싶어요")],
        ),
    ]


def addiction_answer(text: str, profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    gambling = bool(GAMBLING_RE.search(text or ""))
    alcohol = bool(ALCOHOL_RE.search(text or "")) or not gambling
    where = profile.get("sigungu") or ""
    local = f"{where} 정신건강복지센터" if where else "사시는 시·군·구 정신건강복지센터"
    lines = ["도움받을 수 있는 곳이 있어요. 혼자 끊기 어려운 건 의지 문제가 아니에요."]
    if alcohol:
        lines.append(
            f"• 술·약물: 지역 중독관리통합지원센터에서 상담과 치료 연계를 도와요. 번호는 지역마다 달라서 "
            f"☎1577-0199(정신건강 위기상담, 24시간)나 {local}에 물어보시면 연결해 줘요."
        )
    if gambling:
        lines.append("• 도박: ☎1336 한국도박문제예방치유원 헬프라인에서 상담받을 수 있어요.")
    lines.append("※ 지역 센터 번호와 운영은 확인 필요 — 먼저 전화로 확인해 주세요.")
    buttons = [("상담 예약", "상담 예약하고 싶어요")]
    if gambling:
        buttons.insert(0, ("자세히: 채무조정", "자세히 채무조정"))
    return [bot_message(clip("\n".join(lines), MAX_CHARS), buttons)]


def literacy_answer(profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    first = (
        "말씀해 주셔서 고마워요. 글 읽기가 어려우시면 전화 상담이 편할 수 있어요(☎129 복지, ☎1350 일자리). "
        "센터에 오시면 '글 읽기가 어렵다'고 먼저 말씀해 주세요.\n"
        "• 자활사업: 일할 수 있는 기초생활 수급자나 차상위(기준 중위소득 50% 이하) 분이 지역자활센터에서 일하고 "
        "급여를 받는 제도예요. 주민센터에서 신청해요(2026년 단가 등은 확인 필요)."
    )
    second = (
        "• 한글·기초 공부: 성인 문해교육 — 평생학습관·평생학습센터 등에서 배우고, 과정을 마치면 검정고시 없이 "
        "초·중학교 학력을 인정받을 수 있어요(평생교육법). 가까운 곳은 시·군·구청이나 주민센터에 물어보세요.\n"
        f"출처: KTV 국민방송 {LITERACY_SOURCE}"
    )
    return [
        bot_message(clip(first, MAX_CHARS)),
        bot_message(
            clip(second, MAX_CHARS), [("자세히: 자활근로", "자세히 자활"), ("상담 예약", "상담 예약하고 싶어요")]
        ),
    ]


# hospital and medicine costs: no program of their own here, but parts of two that are screened
MEDICAL_RE = re.compile(r"병원비|의료비|치료비|수술비|입원비|약값|약\s?값|진료비|간병비|병원\s?(다니|비용|에\s?드는)")


def medical_answer(profile: Dict[str, Any]) -> List[Dict[str, Any]]:
    """ "와이프 병원비 지원되는 건 없어요?": the medical support of 긴급복지 and 의료급여, with the person's
    verdicts for those programs, and ☎129 for the rest (재난적 의료비 and others are not screened here)."""
    by_id = {r["program"]: r for r in evaluate(profile, ["livelihood"])}
    lines = ["병원비는 이렇게 알아볼 수 있어요."]
    ew = by_id.get("emergency_welfare")
    if ew is not None:
        most = rule_figure("emergency_welfare.medical_support_max")
        cap = f" 1회 최대 {won(most)}(확인 필요)" if most else ""
        lines.append(
            f"{MARKERS[ew['verdict']]} 긴급복지 의료지원 — 갑자기 아프거나 다쳐 치료비를 감당하기 어려울 때{cap}, "
            f"시·군·구청·주민센터 또는 ☎129 ({verdict_label(ew['verdict'])})"
        )
    bl = by_id.get("basic_livelihood")
    if bl is not None:
        lines.append(
            f"{MARKERS[bl['verdict']]} 의료급여(기초생활보장) — 소득·재산 기준에 맞으면 병원비 대부분을 지원, "
            f"주민센터에서 신청 ({verdict_label(bl['verdict'])})"
        )
    lines.append("그 밖의 의료비 지원은 ☎129 보건복지상담센터(24시간)에서 안내받을 수 있어요. " + DISCLAIMER)
    return [bot_message(clip("\n".join(lines), MAX_CHARS), [("상담 예약", "상담 예약하고 싶어요")])]


# a benefit named that the screening does not cover ("기초연금 받을 수 있나요?")
OTHER_BENEFIT_RE = re.compile(r"([가-힣]{2,10}(?:연금|수당|급여|지원금|장려금|바우처|보조금|감면|보험료|환급|공제))")
# where the best-known of them are asked about (general public information, not screened here)
WHERE_TO_ASK = {
    "기초연금": "만 65세 이상이면 주소지 주민센터나 국민연금공단 지사(☎1355)에서 신청해요",
    "국민연금": "국민연금공단(☎1355)에 물어보세요",
    "장애인연금": "주소지 주민센터에서 신청해요(☎129에서 안내)",
    "아동수당": "주민센터나 복지로(bokjiro.go.kr)에서 신청해요",
    "부모급여": "주민센터나 복지로(bokjiro.go.kr)에서 신청해요",
    "근로장려금": "국세청(☎126, 홈택스)에서 신청해요",
    "자녀장려금": "국세청(☎126, 홈택스)에서 신청해요",
}


# programs people ask about by a name the pattern above does not catch; where they are decided (only lines
# and numbers the references give; the rest says 확인 필요)
NAMED_OUTSIDE = [  # (pattern, key in WHERE_TO_ASK, how to name it back; None: as written)
    (re.compile(r"산재|산업\s?재해|업무\s?상\s?재해"), "산재보험", "산재보험"),
    (re.compile(r"(노인|어르신|시니어|노년)\s?(일자리|공익\s?활동|공공\s?근로)"), "노인일자리", None),
    (re.compile(r"청년\s?도약\s?계좌|청년\s?희망\s?적금|청년\s?내일\s?저축\s?계좌"), "청년 자산형성 통장", None),
    (re.compile(r"전세\s?사기|전세\s?피해|깡통\s?전세"), "전세사기 피해 지원", "전세사기 피해 지원"),
    (
        re.compile(r"출산\s?(전후\s?)?휴가|산전\s?후?\s?휴가|육아\s?휴직|육휴|출산\s?급여|모성\s?보호"),
        "출산휴가·육아휴직 급여",
        "출산휴가·육아휴직 급여",
    ),
]
WHERE_TO_ASK.update(
    {
        "산재보험": (
            "일하다 다치거나 병을 얻었을 때의 보상은 근로복지공단이 판단해요. 일용직이셨어도 물어보실 수 있으니 "
            "상담 예약 때 말씀해 주시면 상담사가 함께 확인해요(근로복지공단 번호·절차는 확인 필요)"
        ),
        "노인일자리": (
            "보통 주소지 주민센터나 시·군·구청, 노인복지관에서 신청해요(모집 시기와 자격은 확인 필요). "
            "일반 일자리는 고용센터 상담에서도 함께 찾을 수 있어요"
        ),
        "청년 자산형성 통장": "청년 저축 상품은 서민금융진흥원(☎1397)이나 취급 은행에 물어보세요(확인 필요)",
        "출산휴가·육아휴직 급여": (
            "출산전후휴가 급여와 육아휴직 급여는 고용보험에서 나와서 고용센터(☎1350)에서 신청해요(조건·금액은 확인 "
            "필요). 임신 중에 회사에서 나가라고 했다면 부당할 수 있으니 고용노동부(☎1350)에 상담해 보세요"
        ),
        "전세사기 피해 지원": (
            "주택도시보증공사(HUG, ☎1566-9009)나 시·도 전세피해지원센터에 물어보세요(확인 필요). "
            "법률 상담은 대한법률구조공단(☎132)에서 받을 수 있어요"
        ),
    }
)


def named_outside(text: str) -> Optional[str]:
    """The key in WHERE_TO_ASK of a program the screening never covers, named in the text."""
    return next((name for rx, name, _ in NAMED_OUTSIDE if rx.search(text or "")), None)


# a benefit named as received ("기초연금 34만원 받는게 다여", "기초연금 받고 있어요"): an income, not asked about
_RECEIVED_AFTER = re.compile(
    r"^\S*\s?(?:\S+\s?){0,2}?(?:받는\s?(?:게|거|건|데)|받고\s?있|받고|받아요|받어|받습니다|타고\s?있|나와요)"
)


def outside_benefit(text: str) -> Optional[str]:
    """A program outside the screening, as the person wrote it ("청년도약계좌", "기초연금"); not one the person says
    they receive ("기초연금 34만원 받는게 다여")."""
    t = text or ""
    for rx, _, shown in NAMED_OUTSIDE:
        m = rx.search(t)
        if m:
            return None if _received(t[m.end() :]) else shown or re.sub(r"\s+", " ", m.group(0))
    m = OTHER_BENEFIT_RE.search(t)
    return m.group(1) if m and not _received(t[m.end(1) :]) else None


def _received(after: str) -> bool:
    """What follows a benefit's name says it is received, not asked about ("는 어디서 받아요" asks)."""
    m = _RECEIVED_AFTER.match(after)
    return bool(m) and not asks_about(m.group(0))


def outside_question(text: str) -> Optional[str]:
    """The name of a program outside the screening that the message asks about: a name the screening never
    covers is asked about whenever it is named ("산재는 안되나"); another benefit only in a question (so
    "기초연금 30만원 받는게 다라" stays an income)."""
    t = text or ""
    if named_outside(t):
        return outside_benefit(t)
    other = outside_benefit(t)
    return other if other and asks_about(t) else None


def outside_answer(thing: str, buttons: bool = True) -> List[Dict[str, Any]]:
    key = named_outside(thing)
    where = WHERE_TO_ASK[key] if key else next((w for name, w in WHERE_TO_ASK.items() if name in thing), None)
    if where:
        body = f"{josa(thing, '은/는')} 제가 살펴보는 제도에 없지만, {where}."
    else:
        body = (
            f"{josa(thing, '은/는')} 제가 살펴보는 제도에 없어서 정확히 답하기 어려워요. "
            "☎129 보건복지상담센터(복지 전반, 24시간)나 ☎1350 고용노동부 고객상담센터(일자리·실업급여)에 "
            "물어보시면 알려 드려요."
        )
    return [
        bot_message(
            clip(body, MAX_CHARS),
            [("상담 예약", "상담 예약하고 싶어요"), ("센터 찾기", "센터 찾기")] if buttons else (),
        )
    ]
