"""Read conversations from Rasa's SQL tracker-store ``events`` table.

Rasa-free: the table is read with SQLAlchemy Core (layout of Rasa 3.6's
``SQLTrackerStore``; the ``data`` column is the JSON of the event).  Data is
already masked by ``bot.adapters.tracker_store.MaskingSQLTrackerStore``; the console masks
again on display as a second line of defence.

A *conversation* is everything stored for one ``sender_id`` (all sessions).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import catalogue
from bot.booking import format_slot_ko
from bot.screening.handoff import FACT_LABELS, _fact_value
from bot.screening.handoff import channel_label as _label
from bot.privacy.pii import mask_obj, mask_text
from bot.privacy.retention import EVENTS, senders_with_booking_code
from bot.staff.storage import make_engine as make_staff_engine

REPO_ROOT = Path(__file__).resolve().parents[2]
KST = timezone(timedelta(hours=9))

# need labels from the one catalogue (bot/catalogue/catalogue.yml), as the citizen saw them
NEED_LABELS = {n: spec["short_label"] for n, spec in catalogue.needs().items()}
FALLBACK_INTENTS = frozenset({"nlu_fallback"})
FALLBACK_ACTIONS = frozenset({"action_default_fallback", "utter_default"})
CRISIS_ACTION = "action_crisis"
# parse_data["crisis"] = {"level", "kind", "evidence"} set on every raised user message by
# bot.adapters.nlu.CrisisFlagger (bot.safety.assess). Highest level first.
CRISIS_RANK = {"imminent": 3, "risk": 2, "check": 1}
CRISIS_LEVEL_LABELS = {"imminent": "긴급", "risk": "위험", "check": "확인 필요"}
CRISIS_KIND_LABELS = {"suicide": "자살·자해", "self_harm": "자해", "violence": "폭력 피해"}
TRACKED_SLOTS = ("needs", "consent", "screening_done", "booking_code", "satisfaction", "center_name")


def default_tracker_db_url() -> str:
    return f"sqlite:///{REPO_ROOT / 'var' / 'rasa.db'}"


def make_engine(url: str) -> Engine:
    return make_staff_engine(url, foreign_keys=False)


def fmt_ts(ts: Optional[float]) -> str:
    if ts is None:
        return ""
    return datetime.fromtimestamp(float(ts), KST).strftime("%Y-%m-%d %H:%M")


def day_start(day: str) -> float:
    """'YYYY-MM-DD' (KST) -> epoch seconds."""
    return datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=KST).timestamp()


def _flag_dict(v: Any) -> Optional[Dict[str, str]]:
    """The crisis flag of a stored message: a dict (current) or True (models trained before)."""
    if isinstance(v, dict) and v.get("level") in CRISIS_RANK:
        return {
            "level": str(v["level"]),
            "kind": str(v.get("kind") or ""),
            "evidence": mask_text(str(v.get("evidence") or ""))[:300],
            "level_label": CRISIS_LEVEL_LABELS[v["level"]],
            "kind_label": CRISIS_KIND_LABELS.get(str(v.get("kind") or ""), ""),
        }
    if v is True:
        return {
            "level": "risk",
            "kind": "suicide",
            "evidence": "",
            "level_label": CRISIS_LEVEL_LABELS["risk"],
            "kind_label": CRISIS_KIND_LABELS["suicide"],
        }
    return None


def _crisis_of(data: Any):
    try:
        d = json.loads(data)
    except (TypeError, ValueError):
        return None, ""
    pd = d.get("parse_data") or {}
    return _flag_dict(pd.get("crisis")), str(d.get("text") or pd.get("text") or "")


def _as_bool(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes", "y", "예", "네")
    return bool(v)


def _as_rating(v: Any) -> Optional[int]:
    try:
        n = int(float(v))
    except (TypeError, ValueError):
        return None
    return n if 1 <= n <= 5 else None


def _as_needs(v: Any) -> List[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v] if v else []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if x]
    return []


SEALED_LABEL = "(암호화된 값)"


def _hide_sealed(obj: Any) -> Any:
    """Show encrypted slot values (bot/sealed.py "sealed:" tokens) as a label."""
    if isinstance(obj, str):
        return SEALED_LABEL if obj.startswith("sealed:") else obj
    if isinstance(obj, dict):
        return {k: _hide_sealed(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_hide_sealed(v) for v in obj]
    return obj


class ConversationRepository:
    """Queries over the tracker ``events`` table."""

    def __init__(self, url: Optional[str] = None, engine: Optional[Engine] = None) -> None:
        self.url = url or default_tracker_db_url()
        self.engine = engine or make_engine(self.url)

    def dispose(self) -> None:
        self.engine.dispose()

    def _has_table(self) -> bool:
        return sa.inspect(self.engine).has_table("events")

    # ---- inbox -------------------------------------------------------------
    def summaries(self, sender_id: Optional[str] = None) -> List[Dict[str, Any]]:
        """One summary dict per sender (or only `sender_id`), newest first."""
        if not self._has_table():
            return []
        e = EVENTS.c
        only = [e.sender_id == sender_id] if sender_id is not None else []
        convs: Dict[str, Dict[str, Any]] = {}
        with self.engine.connect() as c:
            rows = c.execute(
                sa.select(e.sender_id, e.type_name, e.timestamp, e.intent_name, e.action_name)
                .where(*only)
                .order_by(e.sender_id, e.id)
            )
            for sender, type_name, ts, intent, action in rows:
                s = convs.get(sender)
                if s is None:
                    s = convs[sender] = {
                        "sender_id": sender,
                        "channel": "",
                        "start": ts,
                        "end": ts,
                        "turns": 0,
                        "fallbacks": 0,
                        "crisis": False,
                        "needs": [],
                        "crisis_level": "",
                        "crisis_kind": "",
                        "crisis_text": "",
                        "crisis_event_id": None,
                        "consent": None,
                        "screening_done": False,
                        "booking_code": "",
                        "booked": False,
                        "satisfaction": None,
                        "last_intent": "",
                        "_turn_fb": False,
                    }
                if ts is not None:
                    if s["start"] is None or ts < s["start"]:
                        s["start"] = ts
                    if s["end"] is None or ts > s["end"]:
                        s["end"] = ts
                if type_name == "user":
                    s["turns"] += 1
                    s["_turn_fb"] = False
                    s["last_intent"] = intent or ""
                    if intent in FALLBACK_INTENTS:
                        s["fallbacks"] += 1
                        s["_turn_fb"] = True
                elif type_name == "action":
                    if action in FALLBACK_ACTIONS and not s["_turn_fb"]:
                        s["fallbacks"] += 1
                        s["_turn_fb"] = True
                    if action == CRISIS_ACTION:
                        s["crisis"] = True
            # slot values (last one wins; restart/reset clears)
            slot_rows = c.execute(
                sa.select(e.sender_id, e.type_name, e.data)
                .where(e.type_name.in_(("slot", "restart", "reset_slots")), *only)
                .order_by(e.sender_id, e.id)
            )
            slots: Dict[str, Dict[str, Any]] = defaultdict(dict)
            for sender, type_name, data in slot_rows:
                if type_name != "slot":
                    slots[sender] = {}
                    continue
                try:
                    d = json.loads(data)
                except (TypeError, ValueError):
                    continue
                if d.get("name") in TRACKED_SLOTS:
                    slots[sender][d["name"]] = d.get("value")
            # crisis flags on user messages (the message that raised the highest level is kept)
            flag_rows = c.execute(
                sa.select(e.id, e.sender_id, e.data)
                .where(e.type_name == "user", e.data.like('%"crisis"%'), *only)
                .order_by(e.sender_id, e.id)
            )
            for eid, sender, data in flag_rows:
                s = convs.get(sender)
                flag, text = _crisis_of(data)
                if s is None or not flag:
                    continue
                s["crisis"] = True
                if CRISIS_RANK.get(flag["level"], 0) > CRISIS_RANK.get(s["crisis_level"], 0):
                    s["crisis_level"], s["crisis_kind"] = flag["level"], flag["kind"]
                    s["crisis_text"], s["crisis_event_id"] = mask_text(text)[:300], eid
            # channel = input_channel of the first user message
            first_ids = (
                sa.select(sa.func.min(e.id)).where(e.type_name == "user", *only).group_by(e.sender_id)
            ).scalar_subquery()
            for sender, data in c.execute(sa.select(e.sender_id, e.data).where(e.id.in_(first_ids))):
                try:
                    ch = json.loads(data).get("input_channel") or ""
                except (TypeError, ValueError):
                    ch = ""
                if sender in convs:
                    convs[sender]["channel"] = ch
        for sender, s in convs.items():
            s.pop("_turn_fb", None)
            s["channel_label"] = channel_label(s["channel"], sender)
            v = slots.get(sender, {})
            s["needs"] = _as_needs(v.get("needs"))
            s["consent"] = v.get("consent")
            s["screening_done"] = _as_bool(v.get("screening_done")) if v.get("screening_done") is not None else False
            s["booking_code"] = mask_text(str(v.get("booking_code") or ""))
            s["booked"] = bool(v.get("booking_code"))
            s["satisfaction"] = _as_rating(v.get("satisfaction"))
            # the 센터 the conversation was routed to (chosen or booked); counselors see only theirs
            s["center"] = v.get("center_name") if isinstance(v.get("center_name"), str) else ""
        # crisis conversations first (highest level first), then newest first
        return sorted(
            convs.values(),
            key=lambda s: (s["crisis"], CRISIS_RANK.get(s["crisis_level"], 0), s["start"] or 0),
            reverse=True,
        )

    def search_text(self, q: str) -> set:
        """Sender ids whose user messages (or sender id) contain `q`."""
        if not q or not self._has_table():
            return set()
        # `data` is json.dumps output (non-ASCII escaped): search the same form.
        needle = json.dumps(q)[1:-1]
        esc = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        e = EVENTS.c
        with self.engine.connect() as c:
            rows = c.execute(
                sa.select(e.sender_id).where(e.type_name == "user", e.data.like(f"%{esc}%", escape="\\")).distinct()
            )
            return {r[0] for r in rows}

    def summary(self, sender_id: str) -> Optional[Dict[str, Any]]:
        got = self.summaries(sender_id)
        return got[0] if got else None

    def exists(self, sender_id: str) -> bool:
        if not self._has_table():
            return False
        with self.engine.connect() as c:
            return c.execute(sa.select(EVENTS.c.id).where(EVENTS.c.sender_id == sender_id).limit(1)).first() is not None

    # ---- transcript --------------------------------------------------------
    def transcript(self, sender_id: str) -> Optional[Dict[str, Any]]:
        """Items in order plus the final slots; None if the sender is unknown."""
        if not self._has_table():
            return None
        e = EVENTS.c
        with self.engine.connect() as c:
            rows = list(
                c.execute(
                    sa.select(e.id, e.type_name, e.timestamp, e.data).where(e.sender_id == sender_id).order_by(e.id)
                )
            )
        if not rows:
            return None
        items: List[Dict[str, Any]] = []
        slots: Dict[str, Any] = {}
        for eid, type_name, ts, data in rows:
            try:
                d = _hide_sealed(mask_obj(json.loads(data), skip_keys={"message_id"}))
            except (TypeError, ValueError):
                d = {}
            item: Dict[str, Any] = {"id": eid, "type": type_name, "ts": ts, "time": fmt_ts(ts)}
            if type_name == "user":
                pd = d.get("parse_data") or {}
                intent = pd.get("intent") or {}
                item.update(
                    text=d.get("text") or pd.get("text") or "",
                    intent=intent.get("name") or "",
                    confidence=intent.get("confidence"),
                    entities=[
                        {
                            "entity": x.get("entity"),
                            "value": x.get("value"),
                            "start": x.get("start"),
                            "end": x.get("end"),
                            "extractor": x.get("extractor"),
                        }
                        for x in (pd.get("entities") or [])
                    ],
                    channel=d.get("input_channel") or "",
                    fallback=intent.get("name") in FALLBACK_INTENTS,
                    crisis_flag=_flag_dict(pd.get("crisis")),
                )
            elif type_name == "bot":
                dd = d.get("data") or {}
                item.update(
                    text=d.get("text") or "",
                    buttons=[b.get("title", "") for b in (dd.get("buttons") or []) if isinstance(b, dict)],
                )
            elif type_name == "action":
                item.update(
                    name=d.get("name") or "",
                    policy=d.get("policy") or "",
                    confidence=d.get("confidence"),
                    fallback=d.get("name") in FALLBACK_ACTIONS,
                    crisis=d.get("name") == CRISIS_ACTION,
                )
            elif type_name == "slot":
                item.update(name=d.get("name"), value=d.get("value"))
                slots[d.get("name")] = d.get("value")
            elif type_name in ("restart", "reset_slots"):
                slots = {}
            elif type_name == "active_loop":
                item.update(name=d.get("name"))
            items.append(item)
        return {
            "sender_id": sender_id,
            "items": items,
            "slots": slots,
            "turns": readable_turns(items),
            "channel_label": channel_label(
                next((i.get("channel") for i in items if i["type"] == "user"), ""), sender_id
            ),
        }

    def user_message(self, sender_id: str, event_id: int) -> Optional[Dict[str, Any]]:
        t = self.transcript(sender_id)
        if not t:
            return None
        for it in t["items"]:
            if it["id"] == event_id and it["type"] == "user":
                return it
        return None

    # ---- lookups / deletion support ----------------------------------------
    def senders_with_booking_code(self, code: str) -> List[str]:
        """Senders whose ``booking_code`` slot was ever set to `code` (bot.privacy.retention)."""
        return senders_with_booking_code(self.engine, code)


# ---- readable transcript ---------------------------------------------------
def channel_label(channel: str = "", sender_id: str = "") -> str:
    """ "웹" for web chats (sender "web-…", even though they arrive over REST), "카카오톡" for KakaoTalk."""
    return _label(channel, sender_id)


# slots the counselor reads as facts (profile fields get their labels from the 연계 plan)
_SLOT_LABELS = {
    "needs": "필요",
    "consent": "동의",
    "booking_code": "예약번호",
    "center_name": "센터",
    "booking_slot": "예약 시간",
    "satisfaction": "만족도",
    "screening_done": "사전 확인",
}
_CONSENT_KO = {"given": "동의함", "declined": "동의 안 함"}


def fact_of_slot(name: str, value: Any) -> Optional[Dict[str, str]]:
    """{"label", "value"} in Korean for a slot the bot filled, or None for internal slots."""
    if value is None or value == "__skipped__" or name == "skipped_fields":
        return None
    if isinstance(value, str) and (value == SEALED_LABEL or value.startswith("sealed:")):
        return None
    if name == "needs":
        vals = _as_needs(value)
        return {"label": "필요", "value": ", ".join(NEED_LABELS.get(n, n) for n in vals) or "-"}
    if name == "consent":
        return {"label": "동의", "value": _CONSENT_KO.get(str(value), str(value))}
    if name == "screening_done":
        return {"label": "사전 확인", "value": "끝남" if _as_bool(value) else "진행 중"} if _as_bool(value) else None
    if name == "satisfaction":
        r = _as_rating(value)
        return {"label": "만족도", "value": f"{r}점"} if r else None
    if name == "booking_slot":
        try:
            dt = datetime.fromisoformat(str(value))
            return {"label": "예약 시간", "value": format_slot_ko(dt if dt.tzinfo else dt.replace(tzinfo=KST))}
        except (ImportError, TypeError, ValueError):
            return {"label": "예약 시간", "value": str(value)}
    if name in _SLOT_LABELS:
        return {"label": _SLOT_LABELS[name], "value": str(value)}
    if name in FACT_LABELS:
        try:
            return {"label": FACT_LABELS[name], "value": _fact_value(name, value)}
        except (TypeError, ValueError):
            return {"label": FACT_LABELS[name], "value": str(value)}
    return None


def readable_turns(items: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The conversation as a counselor reads it: citizen and bot lines in order, with the facts the bot understood
    from each citizen line beside it (Korean labels); actions, policies and raw slot names stay in the trace."""
    turns: List[Dict[str, Any]] = []
    current: Optional[Dict[str, Any]] = None
    for it in items:
        t = it.get("type")
        if t == "user":
            current = {
                "who": "citizen",
                "id": it["id"],
                "time": it.get("time", ""),
                "text": it.get("text", ""),
                "facts": [],
                "fallback": bool(it.get("fallback")),
                "crisis": False,
            }
            turns.append(current)
        elif t == "bot":
            if it.get("text") or it.get("buttons"):
                turns.append(
                    {
                        "who": "bot",
                        "id": it["id"],
                        "time": it.get("time", ""),
                        "text": it.get("text", ""),
                        "buttons": list(it.get("buttons") or []),
                    }
                )
        elif t == "slot" and current is not None:
            f = fact_of_slot(str(it.get("name") or ""), it.get("value"))
            if f:
                current["facts"] = [x for x in current["facts"] if x["label"] != f["label"]] + [f]
        elif t == "action" and it.get("crisis") and current is not None:
            current["crisis"] = True
        elif t == "session_started":
            turns.append({"who": "session", "id": it["id"], "time": it.get("time", "")})
    # a new session right at the start says nothing
    while turns and turns[0]["who"] == "session":
        turns.pop(0)
    return turns


def now() -> float:
    return time.time()
