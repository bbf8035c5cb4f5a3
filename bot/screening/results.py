"""What the person reads after the screening, and the answers to their follow-up questions.

Contract used by the dialogue (bot/dialogue):
    summary_message(profile, needs, notes=()) -> Msg     one short "정리해 보면 …" after consent
    overview_messages(profile, needs) -> [Msg]           ≤ 3 short messages, likely programs first
    answer_followup(text, profile, needs, entities=()) -> [Msg] | None
        a question about the results ("실업급여 얼마나 받아요?", "어디서 신청해요?", "자세히 …"):
        the answer for that program and aspect; None when the text is not a follow-up question.
The first versions wrap the older flow functions; this module replaces them.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from bot.screening import core


def _flow():
    from bot.screening import flow

    return flow


def summary_message(profile: Dict[str, Any], needs: Sequence[str], notes: Sequence[str] = ()) -> Dict[str, Any]:
    labels = ", ".join(core.NEED_LABELS.get(n, n) for n in needs)
    return {"text": f"정리해 보면: {labels}. 틀린 곳은 말씀해 주세요."}


def overview_messages(profile: Dict[str, Any], needs: Sequence[str]) -> List[Dict[str, Any]]:
    return _flow().result_messages({**profile, "needs": list(needs), "consent": "given"})


def answer_followup(text: str, profile: Dict[str, Any], needs: Sequence[str],
                    entities: Sequence[dict] = ()) -> Optional[List[Dict[str, Any]]]:
    if "자세히" not in (text or ""):
        return None
    return _flow().detail_messages({**profile, "needs": list(needs), "consent": "given"}, text, entities)
