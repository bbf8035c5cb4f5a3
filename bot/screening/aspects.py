"""Which aspect of a program a follow-up question asks about (time, deadline, amount, documents, where to
apply, what was not checked, why, credit, detail), and the answer about one's credit record, which the
catalogue gives per program ("credit"); where it gives none the answer says 확인 필요.
"""

from __future__ import annotations

import re
from typing import Any, List, Tuple

from bot import catalogue
from bot.korean.questions import HOW
from bot.screening.program_results import MAX_CHARS, clip, verdict_label, year_tail

_ASPECTS: Tuple[Tuple[str, str], ...] = (
    # "채무조정 하면 신용 어떻게 돼요?": what it does to one's credit record (before "why", which reads 되)
    (
        "credit",
        r"신용\s?(이|은|는|에|점수|등급|기록|불량|어떻게|떨어|문제)|신용도|불이익|연체\s?기록|금융\s?거래\s?(제한|못)",
    ),
    (
        "time",
        r"얼마나\s?걸|오래\s?걸|며칠\s?걸|언제\s?(나와|받|들어|돼|되|부터)|처리\s?(기간|시간)|기간이?\s?얼마|빨리\s?(받|나와)|바로\s?(받|나와)|걸려요|걸리나",
    ),
    # "얼마동안?", "몇 달 받아요?", "언제까지 받아요?": how long it is paid (before "deadline" and "amount")
    (
        "duration",
        r"얼마\s?동안|몇\s?(달|개월|일|년)\s?(동안|간|이나|까지|받|나와|줘)|며칠\s?(동안|간|이나|받|나와)|"
        r"(받는|지급|수급)\s?기간|언제\s?까지\s?(받|나와|줘|주)",
    ),
    ("deadline", r"언제\s?까지|마감|기한|늦게\s?(신청|하면)|늦으면|지나면\s?(못|안)"),
    ("amount", r"얼마|금액|액수|몇\s?만|얼마큼|최대|받을\s?수\s?있는\s?돈|월\s?몇|하루에\s?몇|계산"),
    ("documents", r"서류|준비물|챙겨|가져가|가지고\s?가|뭐\s?(가져|필요|준비)|필요한\s?(거|것|게)|증빙|준비해"),
    (
        "apply",
        r"어디|"
        + HOW
        + r"\s?(신청|받|해)|신청\s?(방법|하려면|해야|하면|은|는|할|하나|해요|하죠)|방법|접수|온라인|인터넷|"
        r"방문해야|가야\s?(돼|하|해)",
    ),
    (
        "unchecked",
        r"확인\s?안|안\s?본|빠진|못\s?본|다른\s?(건|거|지원|제도|혜택)|또\s?(뭐|다른|받을)|그\s?밖|나머지|더\s?(없|있)",
    ),
    (
        "why",
        r"왜|안\s?되|안돼|못\s?받|조건|자격|대상|해당|가능(해|한|할|성)|될까|되나|되는|돼요\?|받을\s?수\s?있(나|어|을|는)",
    ),
    ("detail", r"자세히|자세하게|설명|알려\s?줘|알려\s?주|뭐예요|뭔가요|뭐에요|뭐야|란\s?뭐|가\s?뭐|이\s?뭐"),
)
_ASPECT_RES = [(name, re.compile(rx)) for name, rx in _ASPECTS]
ASPECT_RES_BY_NAME = dict(_ASPECT_RES)


def aspects_of(text: str) -> List[str]:
    return [name for name, rx in _ASPECT_RES if rx.search(text or "")]


def credit_answer(r: Any) -> List[str]:
    """ "채무조정 하면 신용 어떻게 돼요?": what the catalogue says, with the person's verdict."""
    pid = r.get("program")
    prog = catalogue.programs().get(pid) or {}
    credit = str(prog.get("credit") or "").strip()
    name = r.get("name") or catalogue.program_name(pid)
    if not credit:
        credit = "신용 기록에 어떻게 남는지는 제가 확인한 자료가 없어요(확인 필요). 신청 창구에서 꼭 물어보세요."
    text = f"신용 기록({name}): {credit}\n지금 정보로는 {verdict_label(r.get('verdict'))}. {year_tail(r)}"
    return [clip(text, MAX_CHARS)]
