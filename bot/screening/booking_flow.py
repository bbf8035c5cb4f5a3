"""Booking in the dialogue, as plain functions over a slot dict (no Rasa imports).

A booking asks: (consent) -> center_name -> booking_slot -> booking_name -> booking_phone -> booking_confirm;
a look-up asks booking_code -> booking_phone for check, cancel and reschedule. The dialogue
(bot/dialogue/booking_steps.py, lookup_steps.py) owns the conversation; these functions read one answer,
word the questions and submit. Slot values are strings (booking_slot is an ISO datetime in Asia/Seoul;
the name and phone are sealed).
"""

from __future__ import annotations

import logging
import re
import threading
from datetime import datetime, timedelta
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot import booking, catalogue, directory, sealed
from bot.booking import KST, BookingStore, format_slot_ko, guard, ko_datetime, mask_name, mask_phone, slot_choice
from bot.booking.display import format_day_ko
from bot.booking.store import normalize_code
from bot.korean import numbers as korean_numbers
from bot.screening import core, flow, texts
from bot.screening.centers import center_messages
from bot.screening.booking_names import parse_name
from bot.screening.messages import bot_message
from bot.screening.program_results import evaluate, only_target_group, sorted_results

logger = logging.getLogger(__name__)

_store = None
_store_lock = threading.Lock()


# a mobile number inside an answer ("010-2345-6789이요", "제 번호는 01023456789입니다", read out as
# "공일공 이삼사오 육칠팔구")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)")


def phone_in(text: str) -> str:
    """The normalised mobile number the answer gives; raises booking.BookingError (its Korean message) if none."""
    for candidate in (text, korean_numbers.spoken_digits(text)):
        m = _MOBILE_IN_TEXT.search(candidate or "")
        if m:
            return booking.normalize_phone(m.group(0))
    return booking.normalize_phone(text)


def store():
    """The process-wide BookingStore (SQLite by default; DATABASE_URL/BOOKING_DB_URL for PostgreSQL)."""
    global _store
    with _store_lock:
        if _store is None:
            _store = BookingStore()
        return _store


def set_store(s) -> None:  # tests
    global _store
    with _store_lock:
        _store = s


def kst_now() -> datetime:
    """Now in Asia/Seoul, by the store's clock (tests set it)."""
    return store().now()


def _parse_iso(s: Optional[str]) -> Optional[datetime]:
    if not s:
        return None
    try:
        dt = datetime.fromisoformat(s)
        return dt if dt.tzinfo else dt.replace(tzinfo=KST)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------------------------
def next_booking_slot(slots: Dict[str, Any]) -> Optional[str]:
    if slots.get("consent") != "given":
        return "consent" if slots.get("consent") is None else None
    for name in ("center_name", "booking_slot", "booking_name", "booking_phone", "booking_confirm"):
        if slots.get(name) is None:
            if name in ("booking_name", "booking_phone") and slots.get("booking_action") == "reschedule":
                continue
            return name
    return None


def ask_messages(field: str, slots: Dict[str, Any], failures: float = 0) -> List[Dict[str, Any]]:
    if field == "consent":
        return [bot_message(texts.CONSENT, texts.CONSENT_BUTTONS)]
    if field == "center_name":
        return [
            bot_message(
                "어느 지역 센터로 예약할까요? 사시는 곳(예: 서울 마포구, 분당)을 알려 주세요.",
                custom={"type": "location_request"},
            )
        ]
    if field == "booking_slot":
        try:
            free = store().free_slots(slots["center_name"], limit=6)
        except Exception as exc:  # a boundary: the booking database
            logger.warning("free_slots failed: %s", exc)
            return [
                bot_message("지금 예약 시스템에 연결할 수 없어요. 잠시 후 다시 시도해 주시거나 센터로 전화해 주세요.")
            ]
        if not free:
            return [bot_message("앞으로 2주 안에 빈 시간이 없어요. 센터로 전화해 주시면 안내해 드려요.")]
        retry = f"{texts.RETRY_PREFIX} " if failures else ""
        return [
            bot_message(
                f"{retry}{slots['center_name']} 상담 가능한 가장 빠른 시간이에요. 원하시는 시간을 누르거나 "
                "'내일 오후 2시'처럼 말씀해 주세요. (평일 9~18시, 점심 12~13시 제외)",
                [(format_slot_ko(s), format_slot_ko(s)) for s in free],
            )
        ]
    if field == "booking_name":
        return [
            bot_message(
                (
                    "성함을 다시 알려 주세요. (예: 홍길동)"
                    if failures
                    else "예약하실 분의 성함을 알려 주세요. 상담사가 방문하실 때 확인하는 데만 써요."
                )
            )
        ]
    if field == "booking_phone":
        return [
            bot_message(
                (
                    "휴대전화 번호를 다시 알려 주세요. (예: 010-1234-5678)"
                    if failures
                    else texts.LOOKUP_PHONE_ASK
                    if slots.get("booking_action") in ("check", "cancel", "reschedule")
                    else "연락 받으실 휴대전화 번호를 알려 주세요. (예: 010-1234-5678)"
                )
            )
        ]
    if field == "booking_confirm":
        start = _parse_iso(slots.get("booking_slot"))
        when = format_slot_ko(start) if start else "-"
        who = (
            ""
            if slots.get("booking_action") == "reschedule"
            else f"\n· 예약자: {mask_name(sealed.unseal(slots.get('booking_name')) or '')} "
            f"({mask_phone(sealed.unseal(slots.get('booking_phone')) or '')})"
        )
        if slots.get("booking_action") == "reschedule":
            return [
                bot_message(
                    f"이 시간으로 바꿀까요? 바꾸기 전까지 기존 예약은 그대로예요.\n· 센터: {slots.get('center_name')}"
                    f"\n· 새 일시: {when}",
                    [("네, 바꿀게요", "네"), ("다른 시간 고르기", "아니요")],
                )
            ]
        return [
            bot_message(
                f"이대로 예약할까요?\n· 센터: {slots.get('center_name')}\n· 일시: {when}{who}",
                [("네, 예약할게요", "네"), ("시간 바꾸기", "아니요")],
            )
        ]
    if field == "booking_code":
        return [bot_message("예약번호 6자리를 알려 주세요. (예: AB3K7Q)")]
    return [bot_message("알려 주세요.")]


def apply_booking_answer(
    slots: Dict[str, Any], requested: Optional[str], text: str, intent: Optional[str], entities: Sequence[dict]
) -> Tuple[str, Dict[str, Any], List[Dict[str, Any]]]:
    """('accepted'|'failed'|'offer'|'stop', updates, messages) for one answer in the booking form.
    'offer': the answer was a window or a time bound ("다음 달 안에", "오후 2시까지"); the messages offer the
    earliest free slots inside as buttons -- show them and keep the question open (not a failed answer).
    Whether a failed answer is a request instead (상담원, 센터 찾기 …) is the dialogue's decision."""
    text = (text or "").strip()
    if core.wants_stop(text):
        return (
            "stop",
            {"booking_action": None},
            [bot_message("예약을 멈췄어요. 필요하시면 언제든 '상담 예약'이라고 말씀해 주세요.")],
        )
    if requested == "center_name":
        cm, updates = center_messages(slots, text, entities, {})
        if updates.get("center_name"):
            updates.pop("center_pending", None)
            return "accepted", updates, cm
        return "failed", {}, cm[:1]
    if requested == "booking_slot":
        return _slot_answer(slots, text, intent)
    if requested == "booking_name":
        name = parse_name(text)
        if name:
            return "accepted", {"booking_name": sealed.seal(name)}, []
        return "failed", {}, []
    if requested == "booking_phone":
        try:
            phone = phone_in(text)
        except booking.BookingError as exc:
            return "failed", {}, [bot_message(exc.message_ko)]
        return "accepted", {"booking_phone": sealed.seal(phone)}, []
    if requested == "booking_confirm":
        yes = core.parse_yes_no(text, intent)
        if yes is True:
            return "accepted", {"booking_confirm": True}, []
        if yes is False or re.search(r"바꾸|변경|다른\s?시간", text):
            return (
                "accepted",
                {"booking_slot": None, "booking_confirm": None},
                [bot_message("그럼 시간을 다시 골라 주세요.")],
            )
        return "failed", {}, []
    if requested == "booking_code":
        ents = [e for e in entities or () if e.get("entity") == "booking_code"]
        code = normalize_code(str(ents[0]["value"])) if ents else normalize_code(text)
        if not code:  # e.g. "ABCDEF 010-1234-5678": look at each word
            code = next((c for c in (normalize_code(w) for w in re.findall(r"[A-Za-z0-9]{6}", text)) if c), None)
        if code:
            updates = {"booking_code": code}
            phone_ents = [e for e in entities or () if e.get("entity") == "phone"]
            if phone_ents:
                try:
                    updates["booking_phone"] = sealed.seal(booking.normalize_phone(str(phone_ents[0]["value"])))
                except booking.BookingError:
                    pass
            return "accepted", updates, []
        return (
            "failed",
            {},
            [bot_message("예약번호는 영문과 숫자 6자리예요. 예약 확정 메시지에서 확인해 주세요.")],
        )
    return "failed", {}, []


def _slot_answer(slots: Dict[str, Any], text: str, intent: Optional[str]):
    center = slots.get("center_name")
    st = store()
    now = st.now()
    # exact quick-reply label
    try:
        free = st.free_slots(center, limit=40)
    except Exception as exc:  # a boundary: the booking database
        logger.warning("free_slots failed: %s", exc)
        return (
            "failed",
            {},
            [
                bot_message(
                    "지금 예약 시스템에 연결할 수 없어요. 잠시 후 다시 시도해 주세요. 급하시면 센터로 전화해 주세요."
                )
            ],
        )
    for s in free:
        if format_slot_ko(s) == text:
            return "accepted", {"booking_slot": s.isoformat()}, []
    parsed = ko_datetime.parse_when(text, now)
    if parsed.get("error") and not parsed.get("date") and not parsed.get("time"):
        return "failed", {}, [bot_message(parsed["error"])]
    moving = slots.get("moving_from")  # the booking being moved: "오후로", "2시로" keep its day
    # said before what is offered: how a day was read ("오늘(목요일)로 이해했어요. 다음 주 목요일이면 말씀해 주세요.":
    # "목요일 오후 3시" typed on a Thursday booked that afternoon without a word)
    note = f"{parsed['note']} " if parsed.get("note") else ""
    if (
        moving
        and parsed.get("date") == datetime.fromisoformat(moving).date()
        and _WEEKDAY_ONLY.search(text)
        and _DAY_REFUSED.search(text)
        and not _DATE_SAID.search(text)
    ):
        # "그날 안되겄네 금요일로 바꿀 수 있어?" with the booking on a Friday: the Friday after, said so
        parsed = dict(parsed, date=parsed["date"] + timedelta(days=7))
        note = texts.RESCHEDULE_SAME_WEEKDAY.format(day=format_day_ko(parsed["date"])) + " "
    if moving and _SAME_TIME.search(text) and parsed.get("date") and not parsed.get("time"):
        # "목요일로 바꿀래요 같은 시간": the day said, the booked time kept
        booked = datetime.fromisoformat(moving)
        if (parsed.get("note") or "").startswith("오늘(") and not _DATE_SAID.search(text):
            # a weekday that is today, said to move a booking: people say "오늘" for today
            parsed = dict(parsed, date=parsed["date"] + timedelta(days=7), note="")
            note = ""
        parsed = dict(parsed, time=booked.time().replace(tzinfo=None), kind="exact")
    if moving and not parsed.get("date") and parsed.get("kind") in ("part", "time"):
        parsed = dict(parsed, date=datetime.fromisoformat(moving).date())
        if parsed.get("kind") == "part":
            parsed["kind"] = "day"  # that day's free times in the part said, offered as buttons
    choice = slot_choice.choose_slot(parsed, st, center)
    if choice.get("slot") is not None and parsed.get("kind") in ("window", "bound", "day"):
        # "7일 안에", "다음 달", "오후 2시까지": offer the earliest free slots inside, the person picks one;
        # "다음주 화요일 오후" (a day, no time): that day's free times, never one picked silently
        opts = [choice["slot"]] + list(choice.get("alternatives") or [])
        if parsed.get("kind") == "day":
            opts = [s for s in opts if s.date() == choice["slot"].date()] or opts
        return (
            "offer",
            {},
            [
                bot_message(
                    note + "그날 예약할 수 있는 시간이에요. 골라 주세요."
                    if parsed.get("kind") == "day"
                    else note + "말씀하신 때에 예약할 수 있는 가장 빠른 시간이에요. 골라 주세요.",
                    [(format_slot_ko(s), format_slot_ko(s)) for s in opts[:4]],
                )
            ],
        )
    if choice.get("slot") is not None:
        return "accepted", {"booking_slot": choice["slot"].isoformat()}, [bot_message(note.strip())] if note else []
    options = choice.get("alternatives") or []
    reason = choice.get("reason") or "그 시간은 예약할 수 없어요."
    buttons = [(format_slot_ko(s), format_slot_ko(s)) for s in options[:6]]
    return (
        "failed",
        {},
        [bot_message(note + reason + (" 이 시간은 어떠세요?" if buttons else ""), buttons)],
    )


# a weekday named alone ("금요일로 바꿀 수 있어?"), no date, week or relative day with it
_WEEKDAY_ONLY = re.compile(r"[월화수목금토일]요일")
# the day booked does not suit ("그날 안되겄네"): the same weekday named then is another week's ("수요일 오전 10시로
# 바꿔 주세요" without it keeps the day and changes the time)
_DAY_REFUSED = re.compile(r"안\s?되|안\s?돼|못\s?가|못\s?갈|어렵|힘들|곤란|일이\s?생겨|일이\s?있")
# the booked time kept when the day changes ("같은 시간", "시간은 그대로", "그 시간에")
_SAME_TIME = re.compile(r"같은\s?시간|같은\s?시각|시간\s?(은|는)?\s?(그대로|똑같이|같게)|그\s?시간\s?(에|으로|그대로)")
_DATE_SAID = re.compile(
    r"\d{1,2}\s?일(?!요일)|\d{1,2}\s?/\s?\d{1,2}|\d{1,2}\s?월|다음\s?주|이번\s?주|담주|다다음|오늘|내일|모레"
)


def summary_for(slots: Dict[str, Any]) -> Dict[str, Any]:
    """What the counselor sees: needs, per-program verdicts, desks, documents (no raw contact data)."""
    needs = list(slots.get("needs") or [])
    summary: Dict[str, Any] = {
        "needs": [core.NEED_LABELS.get(n, n) for n in needs],
        "desks": [core.NEED_DESKS[n][0] for n in needs if n in core.NEED_DESKS],
    }
    if slots.get("consent") == "given" and needs:
        # a program waiting only on a group nobody named (제대군인, 장애) is no desk to visit
        # in the order the results showed them (most likely first, 실업급여 before 국취)
        ranked = sorted_results(evaluate(flow.profile_from_slots(slots), needs))
        results = [r for r in ranked if not only_target_group(r)]
        summary["programs"] = [
            {
                "program": r.get("name") or r["program"],
                "id": r["program"],
                "verdict": r["verdict"],
                "reason": r.get("reason"),
                "need": r.get("need"),
            }
            for r in results
            if r["verdict"] != "unlikely"
        ][:12]
        docs: List[str] = []
        for r in results:
            if r["verdict"] in ("likely", "need_info", "refer"):
                for d in (r.get("apply") or {}).get("documents") or []:
                    if d not in docs:
                        docs.append(d)
        summary["documents"] = docs[:10]
        prof = flow.profile_from_slots(slots)
        summary["profile"] = {
            k: prof[k] for k in ("age", "household_size", "employment_status", "housing") if k in prof
        }
    return summary


def _validate_before_submit(slots: Dict[str, Any]) -> Optional[str]:
    """Re-validate what the dialogue set (until SECURITY's server-side validator lands): the center is a
    real one from the directory and the slot is a well-formed future time on the grid."""
    center = slots.get("center_name")
    if slots.get("booking_action") != "reschedule":
        if not center or not directory.center_by_name(center):
            return "센터 정보를 확인하지 못했어요. 센터를 다시 골라 주세요."
    start = _parse_iso(slots.get("booking_slot"))
    if start is None:
        return "예약 시간을 확인하지 못했어요. 시간을 다시 골라 주세요."
    return None


def submit_booking(
    slots: Dict[str, Any], handoff: Optional[Dict[str, Any]] = None, sender_id: str = ""
) -> Tuple[List[Dict[str, Any]], Dict[str, Any], bool]:
    """(messages, slot updates, retry_slot). retry_slot=True: the answer must be given again (slot taken
    meanwhile, or the server-side check refused a value). `handoff` (bot.screening.handoff.build_handoff) is
    stored with the booking for the counselor."""
    if slots.get("booking_confirm") is not True:
        return [], {}, False
    problem = _validate_before_submit(slots)
    if problem:
        if "센터" in problem:
            return [bot_message(problem)], {"center_name": None, "booking_slot": None, "booking_confirm": None}, True
        return [bot_message(problem)], {"booking_slot": None, "booking_confirm": None}, True
    start = _parse_iso(slots.get("booking_slot"))
    st = store()
    phone = sealed.unseal(slots.get("booking_phone")) or ""
    if slots.get("booking_action") != "reschedule":
        # nothing a client sent is trusted: center, slot, needs and the per-day quota are checked again here
        check = guard.validate_submission(
            slots, st, sender_id=sender_id or None, phone=phone or None, quota=guard.QUOTA
        )
        if not check.ok:
            if check.field in ("center_name", "booking_slot", "booking_name"):
                reset = {"booking_slot": None, "booking_confirm": None}
                if check.field != "booking_slot":
                    reset[check.field] = None
                return [bot_message(check.message_ko)], reset, True
            return (
                [bot_message(check.message_ko, [("상담원 연결", "상담원 연결")])],
                {"booking_confirm": None, "booking_action": None, "error": "refused"},
                False,
            )
        slots = {**slots, "center_name": check.center}
        start = check.start or start
    try:
        if slots.get("booking_action") == "reschedule":
            b = st.reschedule(slots["booking_code"], phone, start)
        else:
            b = st.book(
                slots["center_name"],
                start,
                sealed.unseal(slots.get("booking_name")) or "",
                phone,
                handoff if handoff is not None else summary_for(slots),
            )
    except booking.SlotUnavailable as exc:
        opts = [(booking.format_slot_ko(s), booking.format_slot_ko(s)) for s in (exc.next_free or [])[:6]]
        return (
            [bot_message(f"{error_text(exc)} 다른 시간을 골라 주세요.", opts)],
            {"booking_slot": None, "booking_confirm": None},
            True,
        )
    except booking.BookingError as exc:
        text = error_text(exc)
        if "이미 예약이 있습니다" in text:  # the person can see the booking they already have
            return (
                [bot_message(text, [("예약 확인", "예약 확인"), ("다른 시간 고르기", "상담 예약하고 싶어요")])],
                {"booking_confirm": None, "booking_action": None, "error": "duplicate"},
                False,
            )
        return [bot_message(text)], {"booking_confirm": None, "booking_action": None, "error": "refused"}, False
    if slots.get("booking_action") != "reschedule":
        guard.QUOTA.record(b.center, sender_id=sender_id or None, phone=phone or None)  # the per-center daily cap
    if slots.get("booking_action") == "reschedule":
        # a moved booking: what changed, in a few lines (the documents and the summary were shown at booking)
        msgs = [bot_message(texts.RESCHEDULED.format(center=b.center, when=format_slot_ko(b.start), code=b.code))]
        summ: Dict[str, Any] = {}
    else:
        msgs = [bot_message(booking.booking_confirmation_text(b))]
        summ = summary_for(slots)
    if summ.get("programs"):
        # up to six lines, every need represented (a second need was cut off after six job programs): the most
        # likely program of each need first, then the next of each, so 실업급여 is not dropped for 국취
        by_need: Dict[Any, List[Dict[str, Any]]] = {}
        for p in summ["programs"]:
            by_need.setdefault(p.get("need"), []).append(p)
        groups = list(by_need.values())
        shown: List[Dict[str, Any]] = []
        for rank in range(max((len(g) for g in groups), default=0)):
            for g in groups:
                if rank < len(g) and len(shown) < 6 and g[rank]["program"] not in {x["program"] for x in shown}:
                    shown.append(g[rank])
        lines = [f"· {p['program']}: {_VERDICT.get(p['verdict'], p['verdict'])}" for p in shown]
        msgs.append(bot_message("상담사에게 전달되는 요약이에요. 다시 설명하지 않으셔도 돼요.\n" + "\n".join(lines)))
    # the contact now lives only in the booking table; keep just the sealed phone for look-ups
    return (
        msgs,
        {"booking_code": b.code, "booking_confirm": None, "booking_action": "check", "booking_name": None},
        False,
    )


_VERDICT = {v: catalogue.verdict_label(v) for v in ("likely", "need_info", "refer", "unlikely")}


def error_text(exc: booking.BookingError) -> str:
    """The polite Korean sentence a booking error carries."""
    return exc.message_ko or "요청을 처리하지 못했어요."


def next_lookup_slot(slots: Dict[str, Any]) -> Optional[str]:
    for name in ("booking_code", "booking_phone"):
        if not slots.get(name):
            return name
    return None
