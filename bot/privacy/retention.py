"""Retention deletes on Rasa's SQL tracker-store ``events`` table (Rasa-free).

The table layout is the one Rasa 3.6's ``SQLTrackerStore`` creates
(``events``: id, sender_id, type_name, timestamp, intent_name, action_name,
data).  Both the tracker store adapter (bot/adapters/tracker_store.py) and the staff console
use these functions, so the deletion rule is defined once:

* ``delete_conversation(engine, sender_id)`` removes every event of one
  sender (a person's request to delete their conversation).
* ``senders_with_booking_code(engine, code)`` finds the conversations that
  booked `code` (a person who asks by booking number to be forgotten).
* ``delete_older_than(engine, days)`` removes whole conversation *sessions*
  that ended before the cut-off.  A session runs from one ``session_started``
  event to the next.  A sender whose latest event is older than the cut-off
  is removed completely; for a sender who is still active, only the sessions
  that started before the session containing the first recent event are
  removed, so Rasa never reads back a session cut in half.
"""

from __future__ import annotations

import json
import time
from typing import Dict, List, Optional, Union

import sqlalchemy as sa

_metadata = sa.MetaData()

EVENTS = sa.Table(
    "events",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)

SESSION_STARTED = "session_started"


def delete_conversation(engine: sa.engine.Engine, sender_id: str) -> int:
    """Delete every stored event of `sender_id`; returns the number of rows."""
    with engine.begin() as conn:
        res = conn.execute(EVENTS.delete().where(EVENTS.c.sender_id == sender_id))
        return int(res.rowcount or 0)


def senders_with_booking_code(engine: sa.engine.Engine, code: str) -> List[str]:
    """Senders whose ``booking_code`` slot was ever set to `code` (case-insensitive)."""
    if not code or not sa.inspect(engine).has_table("events"):
        return []
    e = EVENTS.c
    needle = json.dumps(code)[1:-1].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    out: List[str] = []
    with engine.connect() as c:
        rows = c.execute(
            sa.select(e.sender_id, e.data).where(e.type_name == "slot", e.data.like(f"%{needle}%", escape="\\"))
        )
        for sender, data in rows:
            try:
                d = json.loads(data)
            except (TypeError, ValueError):
                continue
            if d.get("name") == "booking_code" and str(d.get("value") or "").strip().upper() == code.strip().upper():
                if sender not in out:
                    out.append(sender)
    return out


def delete_older_than(
    engine: sa.engine.Engine,
    days: Union[int, float],
    now: Optional[float] = None,
) -> Dict[str, object]:
    """Delete conversation sessions that ended more than `days` days ago.

    Returns ``{"events": <rows deleted>, "senders": [sender ids removed
    completely], "trimmed": [sender ids of which older sessions were
    removed]}``.
    """
    if days is None or float(days) < 0:
        raise ValueError("days must be >= 0")
    now = time.time() if now is None else float(now)
    cutoff = now - float(days) * 86400.0
    deleted = 0
    fully: List[str] = []
    trimmed: List[str] = []
    with engine.begin() as conn:
        # senders having at least one event before the cut-off
        old_senders = [
            r[0] for r in conn.execute(sa.select(EVENTS.c.sender_id).where(EVENTS.c.timestamp < cutoff).distinct())
        ]
        for sender in old_senders:
            first_recent = conn.execute(
                sa.select(sa.func.min(EVENTS.c.timestamp)).where(
                    EVENTS.c.sender_id == sender, EVENTS.c.timestamp >= cutoff
                )
            ).scalar()
            if first_recent is None:
                res = conn.execute(EVENTS.delete().where(EVENTS.c.sender_id == sender))
                deleted += int(res.rowcount or 0)
                fully.append(sender)
                continue
            # start of the session that contains the first recent event
            boundary = conn.execute(
                sa.select(sa.func.max(EVENTS.c.timestamp)).where(
                    EVENTS.c.sender_id == sender,
                    EVENTS.c.type_name == SESSION_STARTED,
                    EVENTS.c.timestamp <= first_recent,
                )
            ).scalar()
            if boundary is None:
                continue  # one long session still in use: keep it whole
            # the boundary session_started row itself has timestamp == boundary;
            # its preceding action_session_start shares (almost) the same time,
            # so cut on the id of that session_started row to keep the pair.
            boundary_id = conn.execute(
                sa.select(sa.func.max(EVENTS.c.id)).where(
                    EVENTS.c.sender_id == sender,
                    EVENTS.c.type_name == SESSION_STARTED,
                    EVENTS.c.timestamp == boundary,
                )
            ).scalar()
            prev_action_id = conn.execute(
                sa.select(sa.func.max(EVENTS.c.id)).where(
                    EVENTS.c.sender_id == sender,
                    EVENTS.c.id < boundary_id,
                    EVENTS.c.type_name == "action",
                    EVENTS.c.action_name == "action_session_start",
                )
            ).scalar()
            last_before = conn.execute(
                sa.select(sa.func.max(EVENTS.c.id)).where(EVENTS.c.sender_id == sender, EVENTS.c.id < boundary_id)
            ).scalar()
            cut_id = prev_action_id if (prev_action_id is not None and prev_action_id == last_before) else boundary_id
            res = conn.execute(EVENTS.delete().where(EVENTS.c.sender_id == sender, EVENTS.c.id < cut_id))
            n = int(res.rowcount or 0)
            if n:
                deleted += n
                trimmed.append(sender)
    return {"events": deleted, "senders": fully, "trimmed": trimmed}
