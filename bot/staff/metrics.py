"""Inbox filters and dashboard measures over conversation summaries (ConversationRepository.summaries)
and booking dicts; pure functions, no database."""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, Iterable, List, Optional

from bot.staff.conversations import channel_label, day_start


# ---- filtering -------------------------------------------------------------
def filter_summaries(
    items: Iterable[Dict[str, Any]],
    review: Dict[str, Dict[str, Any]],
    *,
    channel: str = "",
    need: str = "",
    booked: str = "",
    fallback: str = "",
    crisis: str = "",
    status: str = "",
    tag: str = "",
    date_from: str = "",
    date_to: str = "",
    text_hits: Optional[set] = None,
    q: str = "",
) -> List[Dict[str, Any]]:
    """Apply inbox filters; also attaches review status/tags to each item."""
    t_from = day_start(date_from) if date_from else None
    t_to = day_start(date_to) + 86400 if date_to else None
    out = []
    for s in items:
        r = review.get(s["sender_id"], {})
        s = dict(s, status=r.get("status", "unreviewed"), tags=list(r.get("tags", [])), notes=r.get("notes", 0))
        if channel and s["channel"] != channel:
            continue
        if need and need not in s["needs"]:
            continue
        if booked == "yes" and not s["booked"]:
            continue
        if booked == "no" and s["booked"]:
            continue
        if fallback == "yes" and not s["fallbacks"]:
            continue
        if fallback == "no" and s["fallbacks"]:
            continue
        if crisis == "yes" and not s["crisis"]:
            continue
        if crisis == "no" and s["crisis"]:
            continue
        if status and s["status"] != status:
            continue
        if tag and tag not in s["tags"]:
            continue
        if t_from is not None and (s["start"] or 0) < t_from:
            continue
        if t_to is not None and (s["start"] or 0) >= t_to:
            continue
        if q:
            hit = q.lower() in s["sender_id"].lower() or (text_hits is not None and s["sender_id"] in text_hits)
            if not hit:
                continue
        out.append(s)
    return out


# ---- dashboard -------------------------------------------------------------
def compute_metrics(
    summaries: List[Dict[str, Any]],
    bookings: Optional[List[Dict[str, Any]]] = None,
) -> Dict[str, Any]:
    """Measures the centers report, from conversation summaries (already
    filtered to the period) and booking dicts (``Booking.to_dict()``)."""
    convs = [s for s in summaries if s["turns"] > 0]
    turns = sum(s["turns"] for s in convs)
    fallbacks = sum(s["fallbacks"] for s in convs)
    ratings = [s["satisfaction"] for s in convs if s["satisfaction"] is not None]
    dist = {i: 0 for i in range(1, 6)}
    for r in ratings:
        dist[r] += 1
    needs = Counter(n for s in convs for n in s["needs"])
    channels = Counter(s.get("channel_label") or channel_label(s["channel"], s["sender_id"]) or "(없음)" for s in convs)
    m: Dict[str, Any] = {
        "conversations": len(convs),
        "user_turns": turns,
        "screenings_completed": sum(1 for s in convs if s["screening_done"]),
        "bookings_in_conversations": sum(1 for s in convs if s["booked"]),
        "crisis": sum(1 for s in convs if s["crisis"]),
        "fallback_turns": fallbacks,
        "fallback_rate": (fallbacks / turns) if turns else 0.0,
        "satisfaction_count": len(ratings),
        "satisfaction_avg": (sum(ratings) / len(ratings)) if ratings else None,
        "satisfaction_dist": dist,
        "needs": dict(needs.most_common()),
        "channels": dict(channels.most_common()),
    }
    if bookings is not None:
        status = Counter(b.get("status") or "" for b in bookings)
        desks: Counter = Counter()
        for b in bookings:
            if b.get("status") == "visited":
                for d in _linked_desks(b):
                    desks[d] += 1
        m["bookings"] = {
            "total": len(bookings),
            "booked": status.get("booked", 0),
            "visited": status.get("visited", 0),
            "no_show": status.get("no_show", 0),
            "cancelled": status.get("cancelled", 0),
        }
        m["linked_by_desk"] = dict(desks.most_common())
        m["linked_total"] = sum(1 for b in bookings if b.get("status") == "visited" and _linked_desks(b))
    return m


def _linked_desks(b: Dict[str, Any]) -> List[str]:
    v = b.get("linked_desks")
    if v is None:
        v = (b.get("outcome") or {}).get("linked_desks") if isinstance(b.get("outcome"), dict) else None
    return [str(x) for x in (v or [])]


def in_period(s: Dict[str, Any], date_from: str = "", date_to: str = "") -> bool:
    t = s.get("start") or 0
    if date_from and t < day_start(date_from):
        return False
    if date_to and t >= day_start(date_to) + 86400:
        return False
    return True
