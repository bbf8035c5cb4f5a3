"""Is this message a question? One reading, at three strengths, for every reader that must tell a question
from a statement ("지원금 받을 수 있나요" is asked; "기초연금 30만원 받는게 다라" is told).

Korean marks a question by its ending, not by word order, and people typing often leave out the "?". The
endings that only a question has (나요, 까요, 는지, 되나, 인가요, 어때요, 있나, 없나, 냐 …) are strong; the
plain polite ending 요/죠 ends most statements as well ("월세 40만원이에요"), so it counts only where a
question is likely anyway; an interrogative word (어디, 언제, 어떻게, 얼마) or a request to be told (궁금,
알려, 자세히) asks without any ending.

  * is_question: "?" or a question-only ending at the end. The strict reading, for a step where a
    statement is the usual answer (results, a check-in): "…지원은 없어요?", "…받을 수 있나요", "…어때요".
  * has_question_ending: "?" or a question-only ending anywhere ("되나 해서요", "받을 수 있는지 궁금해서").
  * may_be_question: is_question, or a question-only ending anywhere, or a polite ending at the end
    ("취소는 어떻게 해요", "이것도 돼요"). For a message that names a program or a task, where the polite
    ending is more likely asked than told.
  * asks_about: "?", a question-only ending anywhere, or an interrogative (어디, 뭐가, 왜, 몇 …) or request
    word ("산재는 어디서", "노인일자리 궁금한데"). For a name that is asked about rather than reported, and
    after the results, to tell a question from something told ("남편 다친지는 두달 됐어요").

Who reads it: bot/dialogue (safety_steps keeps a question asked with a check-in; results_steps tells a
question from a taken-back answer or shame; screening_steps tells a mid-form question from an answer),
bot/screening/followup_answers (a question about a program after the results) and
bot/screening/unscreened_needs (a program outside the screening asked about).
"""

from __future__ import annotations

import re

from bot.korean import dialect

_MARK = r"[?？]"
# endings only a question has; not 니 (어머니, 할머니, 아니) and not 요/죠, which statements end with too
_ENDINGS = (
    r"(?:나요|까요|을까|는지|은지|되나|받나|인가|건가|는가|어때|없나|있나|냐"
    # 반말 asked with an interrogative ("국취는 뭐야", "내일배움카드는 뭔데", "얼마임", "어디야")
    r"|(?:뭐|얼마|어디|언제)(?:야|임|지)(?![가-힣])|뭔데|뭔지)"
)
_POLITE_END = r"(?:요|죠|돼)"
# "how", as typed: the slang and misspelt forms of 어떻게 ("월세 지원은 어케 받아", "어떡케 신청해요")
HOW = r"(?:어떻게|어케|어캐|어떠케|어떻케|어떡케|어뜨케|어떻해)"
_ASKING_WORDS = r"(?:어디|언제|" + HOW + r"|얼마|뭐가|뭘|무엇|무슨|왜|누가|누구|몇|궁금|알려|자세히)"

_STRICT_RE = re.compile(rf"{_MARK}|{_ENDINGS}\s*$")
_ENDING_RE = re.compile(rf"{_MARK}|{_ENDINGS}")
# "어디로 가면 되는데", "얼마 받는데": an interrogative word and a 는데 ending ask in speech
_WH_NDE = rf"{_ASKING_WORDS}.*(?:는데|은데|던데)\s*$"
_LOOSE_RE = re.compile(rf"{_MARK}|{_ENDINGS}|{_POLITE_END}\s*$|{_WH_NDE}")
_ASKS_ABOUT_RE = re.compile(rf"{_MARK}|{_ENDINGS}|{_ASKING_WORDS}")


def is_question(text: str) -> bool:
    """ "?" or a question-only ending at the end of the message."""
    return bool(_STRICT_RE.search(dialect.standard(text)))


def has_question_ending(text: str) -> bool:
    """ "?" or a question-only ending anywhere ("사채도 채무조정 되나 해서요")."""
    return bool(_ENDING_RE.search(dialect.standard(text)))


def may_be_question(text: str) -> bool:
    """A question, or a polite ending at the end where a question is likely anyway."""
    return bool(_LOOSE_RE.search(dialect.standard(text)))


def asks_about(text: str) -> bool:
    """A question, or an interrogative or request word anywhere."""
    return bool(_ASKS_ABOUT_RE.search(dialect.standard(text)))
