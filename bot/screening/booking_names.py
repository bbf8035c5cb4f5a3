"""The name a person gives at the booking's name question, read from what they type (no Rasa imports)."""

from __future__ import annotations

import re
from typing import Optional

NAME_RE = re.compile(r"^(?:제\s?이름은|이름은|성함은|저는|전|나는|난)?\s*([가-힣]{2,5}|[A-Za-z][A-Za-z .'-]{1,29})$")
_NAME_ENDING = re.compile(r"\s*(?:이에요|예요|입니다|이구요|이고요|이요|요|임|이야|야)\s*[.!~]*$")


# a name written in hangul with spaces: "응우옌 티 란", "남궁 민수", "왕 리화" (it got "답을 잘 알아듣지 못했어요 (예:
# 홍길동)" and the booking stopped); not words of a sentence ("그냥 할게", "나중에 다시")
_SPACED_NAME_RE = re.compile(r"^(?:제\s?이름은|이름은|성함은|저는|전)?\s*([가-힣]{1,4}(?:\s[가-힣]{1,4}){1,3})$")
_NOT_A_NAME_PART = re.compile(
    r"^(?:그냥|나중|나중에|다시|예약|취소|상담|센터|시간|안|못|왜|뭐|언제|어떻게|모르|몰라|싫|네|아니|아니요|제|저|이름|성함|"
    r"진짜|정말|좀|잠깐|아|어|음)$|[게다까지요죠해줘서네래데]$"
)


def parse_name(text: str) -> Optional[str]:
    t = _NAME_ENDING.sub("", (text or "").strip())
    m = NAME_RE.match(t)
    if not m:
        spaced = _SPACED_NAME_RE.match(t)
        parts = spaced.group(1).split() if spaced else []
        if (
            parts
            and not any(len(p) >= 2 and _NOT_A_NAME_PART.search(p) for p in parts)
            and not any(_NOT_A_NAME_PART.match(p) for p in parts)
        ):
            return " ".join(parts)
        return None
    name = m.group(1).strip()
    if name in ("네", "아니요", "아니", "몰라요", "건너뛰기", "그만", "싫어"):
        return None
    return name
