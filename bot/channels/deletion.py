"""'내 기록 삭제': a person deletes their own conversation.

Handled in the channel layer (before NLU), because the tracker store lives in the Rasa server:
an action cannot delete rows that the server is about to save again. What is deleted: every
stored event of the conversation (tracker store) and what staff added to it in the console
(review status, tags, notes, NLU corrections, saved stories; ``bot.staff.storage.delete_review_data``).
The web widget also forgets its copy in the browser: the answer carries
``custom: {"type": "forget"}`` and the widget clears its local/session storage.  The booking
itself is kept (it is needed for the visit) and can be cancelled with '예약 취소'.
"""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Any, Dict, List, Optional

from bot.settings import settings
from bot.staff.storage import StaffDB, default_staff_db_url

logger = logging.getLogger(__name__)

# "저 기록 지워주세요", "지금까지 얘기한거 지워줘": who, and when, may open the request
_WHO = r"(?:제가|내가|제|내|나의|저의|저희|저|나)"
_SO_FAR = r"(?:지금까지|여태(?:까지)?|아까|방금|오늘|여기서)"
_WHAT = (
    r"(?:(?:(?:대화|상담|채팅)\s?)?(?:기록|내역|대화|내용|정보|개인\s?정보|이력)"
    r"|(?:말한|얘기한|이야기한|쓴|적은)\s?(?:거|것|내용|건)|한\s?말)"
)
_PARTICLE = r"(?:을|를|은|는|좀|다|전부|모두|싹|싹다|다\s?좀|전부\s?다)"
_VERB = r"(?:삭제|지워|지우|없애|파기)"
_ENDING = (
    r"(?:해\s?주세요|해\s?줘요?|해\s?주라|해\s?주시겠어요|해\s?주실래요|해\s?주실\s?수\s?있나요|할래요?|하고\s?싶어요|"
    r"하고\s?싶습니다|해\s?주십시오|해\s?주셔요|합니다|할게요|부탁\s?드려요|부탁\s?드립니다|부탁해요|부탁합니다|"
    r"요청\s?합니다|요청\s?드려요|원해요|원합니다|주세요|줘요?|주실래요|주시겠어요|"
    r"가능한가요|가능할까요|가능하나요|가능해요|할\s?수\s?있나요|할\s?수\s?있어요|해도\s?되나요|해도\s?돼요|요|"
    # older and regional speech: "내 정보 지워주시오" got "답을 잘 알아듣지 못했어요" from a man of 67 in 청주
    r"주시오|해\s?주시오|하시오|주시게|주이소|해\s?주이소|주소|주셔유|해\s?주셔유|주세유|해\s?주세유|줘유|해\s?줘유|도라|해\s?도라|주쇼|해\s?주쇼)?"
)
_DELETE_RE = re.compile(
    r"^\s*(?:"
    + _WHO
    + r"\s?)?(?:"
    + _SO_FAR
    + r"\s?)?"
    + _WHAT
    + r"\s?(?:"
    + _PARTICLE
    + r"\s?)*"
    + _VERB
    + r"\s?"
    + _ENDING
    + r"\s*[.!?~]*\s*$"
)

DONE = (
    "대화 기록을 모두 삭제했어요. 이제 새로 시작하시면 됩니다. "
    "예약하신 상담이 있다면 예약 정보는 방문 확인을 위해 남아 있고, '예약 취소'로 취소하실 수 있어요."
)
FAILED = (
    "죄송해요, 지금은 기록을 삭제하지 못했어요. 잠시 후 다시 '내 기록 삭제'라고 말씀해 주시거나 "
    "☎1350으로 요청해 주세요."
)


def is_deletion_request(text: str) -> bool:
    return bool(_DELETE_RE.match(text or ""))


def done_messages(sender_id: str, text: str) -> List[Dict[str, Any]]:
    """REST/web answer to a deletion: the text, plus the widget's cue to forget its local copy."""
    msg: Dict[str, Any] = {"recipient_id": sender_id, "text": text}
    if text == DONE:
        msg["custom"] = {"type": "forget"}
    return [msg]


def delete_staff_data(sender_id: str) -> int:
    """Remove tags, notes, corrections, saved stories and review status of one conversation."""
    url = settings().staff_db_url
    url = url or default_staff_db_url()
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if path and path != ":memory:" and not Path(path).exists():
            return 0  # no console database yet: nothing was added by staff
    db = StaffDB(url)
    try:
        return db.delete_review_data([sender_id])
    finally:
        db.dispose()


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
            await asyncio.get_running_loop().run_in_executor(None, delete_staff_data, sender_id)
            return DONE
    except Exception:  # noqa: BLE001 - the person still gets a clear answer
        logger.exception("deleting a conversation failed")
        return FAILED
    logger.warning("tracker store %r cannot delete conversations", type(store).__name__)
    return FAILED
