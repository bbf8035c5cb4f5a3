"""Words for a job that ended against the person's will, shared by every reader that needs them (the needs,
the work status, why the job ended, the recent crisis event, when it ended), so a new way of saying it is
learnt once.

"일이 끊겼어요", "택배 하다가 계약 끊겨부렀어요", "일감이 뚝 끊겨서": the work or the contract was cut off —
what a platform, delivery or day worker says instead of 해고.
"""

from __future__ import annotations

# the work, the contract or the orders were cut off (the one who cut them is the employer or client);
# 일 may end a compound ("택배일", "현장일") but not 내일, 매일, 생일, 요일, 휴일, 평일, 기일
WORK_CUT_OFF = (
    r"(?:(?<![내매생요휴평기])일|일감|일거리|계약|일자리|현장|콜|오더)\s?(?:이|가|도|은|는|마저)?\s?(?:뚝\s?)?"
    r"끊(?:겼|겨|김|기고|긴|기는|어졌|어져|어지고|어짐)"
)
