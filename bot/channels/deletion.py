"""'내 기록 삭제': a person deletes their own conversation from the transcript database.

Handled in the channel layer (before NLU), because the tracker store lives in the Rasa server:
an action cannot delete rows that the server is about to save again. The booking itself is kept
(it is needed for the visit) and can be cancelled with '예약 취소'.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Optional

logger = logging.getLogger(__name__)

_DELETE_RE = re.compile(
    r"^\s*(?:제\s?|내\s?|나의\s?|저의\s?)?(?:대화\s?|상담\s?|채팅\s?)?(?:기록|내역|대화|정보)\s?(?:을|를|좀|다|전부|모두)?\s?"
    r"(?:삭제|지워|지우|없애)(?:해\s?주세요|해줘|해\s?주라|할래요?|하고\s?싶어요|요|주세요|줘)?\s*[.!]?\s*$"
)

DONE = ("대화 기록을 모두 삭제했어요. 이제 새로 시작하시면 됩니다. "
        "예약하신 상담이 있다면 예약 정보는 방문 확인을 위해 남아 있고, '예약 취소'로 취소하실 수 있어요.")
FAILED = ("죄송해요, 지금은 기록을 삭제하지 못했어요. 잠시 후 다시 '내 기록 삭제'라고 말씀해 주시거나 "
          "☎1350으로 요청해 주세요.")


def is_deletion_request(text: str) -> bool:
    return bool(_DELETE_RE.match(text or ""))


async def delete_conversation(app: Any, sender_id: str) -> Optional[str]:
    """Deletes the sender's conversation through the server's tracker store; returns the reply."""
    store = None
    try:
        agent = getattr(getattr(app, "ctx", None), "agent", None)
        store = getattr(agent, "tracker_store", None)
        store = getattr(store, "_tracker_store", store)  # Rasa wraps stores in AwaitableTrackerStore
        if store is not None and hasattr(store, "delete_conversation"):
            result = store.delete_conversation(sender_id)
            if hasattr(result, "__await__"):
                await result
            return DONE
    except Exception:  # noqa: BLE001 - the person still gets a clear answer
        logger.exception("deleting a conversation failed")
        return FAILED
    logger.warning("tracker store %r cannot delete conversations", type(store).__name__)
    return FAILED
