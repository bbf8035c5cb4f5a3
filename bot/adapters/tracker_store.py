"""Rasa adapter: an SQL tracker store that masks PII before it is written.

This module imports rasa on purpose (it is the tracker-store adapter).  Use it
from endpoints.yml::

    tracker_store:
      type: bot.adapters.tracker_store.MaskingSQLTrackerStore
      dialect: sqlite
      db: var/rasa.db

(PostgreSQL: ``dialect: postgresql``, ``url: <host>``, ``port``, ``db``,
``username``, ``password`` exactly as for Rasa's ``type: SQL`` store.)

Rasa 3.6 builds custom stores in
``rasa.core.tracker_store._load_from_module_name_in_endpoint_config`` as
``cls(host=<url>, domain=..., event_broker=..., **other_keys)``, which is the
``SQLTrackerStore.__init__`` signature, so every SQL option keeps working.

What changes compared with ``SQLTrackerStore``: every event dict is passed
through :func:`bot.privacy.pii.mask_obj` (user text, ``parse_data`` text and
entity values, bot text, slot values, metadata) before the row is built, and
before events go to an event broker.  Raw values therefore never reach the
database.  Note for dialogue code: the processor reloads the tracker from the
store on every message, so a slot that held a phone number is read back
masked in later turns; anything that needs the raw value must use it in the
turn it was given.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any, Dict, List, Optional, Text, Union

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.privacy import retention
from bot.privacy.events import EventMasker, requested_slot_before

logger = logging.getLogger(__name__)

_LAST_ROWID = sa.text("SELECT last_insert_rowid()")

# Opaque identifiers that are copied unmasked (hex ids can contain long
# digit runs that would otherwise look like account numbers).
SKIP_KEYS = frozenset({"message_id"})
# Values the dialogue already encrypted (bot/sealed.py: "sealed:<Fernet token>")
# are kept intact: masking a digit run inside the token would corrupt it.
SEALED_PREFIXES = ("sealed:",)


def mask_event_dict(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """Masked copy of one serialised Rasa event (entities and coordinates too)."""
    return EventMasker().mask(data)


class MaskingSQLTrackerStoreUncached(SQLTrackerStore):
    """``SQLTrackerStore`` that stores masked events and supports retention (no cache)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        dialect = kwargs.get("dialect", "sqlite")
        db = kwargs.get("db", "rasa.db")
        host = kwargs.get("host")
        if (dialect or "sqlite") == "sqlite" and not host and db and db != ":memory:":
            parent = os.path.dirname(os.path.abspath(db))
            os.makedirs(parent, exist_ok=True)
        super().__init__(*args, **kwargs)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the events that are not stored yet, masked."""
        await self.stream_events(tracker)

        with self.session_scope() as session:
            events = list(self._additional_events(session, tracker))
            # the masker knows the form's requested slot, so a name answer is masked whole
            masker = EventMasker(requested_slot_before(tracker.events, skip_last=len(events)))
            # Core INSERTs (the ORM's unit of work cost ~6 % of Rasa's CPU for the same rows); the
            # tracker cache needs the id the database gave each row
            insert = self.SQLEvent.__table__.insert()
            rows = []
            for event in events:
                data = masker.mask(event.as_dict())
                intent = ((data.get("parse_data") or {}).get("intent", {}) or {}).get(INTENT_NAME_KEY)
                rows.append(
                    {
                        "sender_id": tracker.sender_id,
                        "type_name": event.type_name,
                        "timestamp": data.get("timestamp"),
                        "intent_name": intent,
                        "action_name": data.get("name"),
                        "data": json.dumps(data),
                    }
                )
            written = []
            if len(rows) > 1 and self.engine.dialect.name == "sqlite":
                # SQLite: one executemany; the transaction holds the write lock from its first INSERT
                # to the commit, so its rows get consecutive ids ending at last_insert_rowid()
                session.execute(insert, rows)
                last = int(session.execute(_LAST_ROWID).scalar())
                first = last - len(rows) + 1
                written = [(first + i, r["type_name"], r["data"]) for i, r in enumerate(rows)]
            else:  # one INSERT per row, each returning its id (PostgreSQL: ids from a shared sequence)
                for row in rows:
                    result = session.execute(insert, row)
                    written.append((int(result.inserted_primary_key[0]), row["type_name"], row["data"]))
            session.commit()
        self._rows_written(tracker.sender_id, written)
        logger.debug("Tracker '%s' stored (masked)", tracker.sender_id)

    def _rows_written(self, sender_id: Text, rows: List[Any]) -> None:
        """Called after a commit with the (id, type_name, JSON data) of the rows just written."""

    async def _stream_new_events(
        self,
        event_broker: EventBroker,
        new_events: List[Event],
        sender_id: Text,
    ) -> None:
        for event in new_events:
            body: Dict[Text, Any] = {"sender_id": sender_id}
            body.update(mask_event_dict(event.as_dict()))
            event_broker.publish(body)

    # ---- retention -----------------------------------------------------
    def delete_older_than(self, days: Union[int, float], now: Optional[float] = None) -> Dict[str, object]:
        """Delete sessions that ended more than `days` days ago.

        Returns ``{"events": n, "senders": [...], "trimmed": [...]}``.
        """
        return retention.delete_older_than(self.engine, days, now=now)

    def delete_conversation(self, sender_id: Text) -> int:
        """Delete every event of `sender_id`; returns the number of rows."""
        return retention.delete_conversation(self.engine, sender_id)


from bot.adapters.tracker_cache import TrackerCacheMixin  # noqa: E402  (kept here: the cache is a separate layer)


class MaskingSQLTrackerStore(TrackerCacheMixin, MaskingSQLTrackerStoreUncached):
    """The store endpoints.yml names: masked SQL storage plus an in-memory tracker cache that
    only reads the rows added since the last turn (bot/adapters/tracker_cache.py;
    ``BOT_TRACKER_CACHE_SIZE=0`` turns the cache off)."""

    def delete_older_than(self, days: Union[int, float], now: Optional[float] = None) -> Dict[str, object]:
        self.forget()
        return super().delete_older_than(days, now=now)

    def delete_conversation(self, sender_id: Text) -> int:
        self.forget(sender_id)
        return super().delete_conversation(sender_id)
