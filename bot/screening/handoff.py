"""The 연계 plan a booking carries to the counselor (so nobody retells their story).

Contract used by the dialogue's booking submit:
    build_handoff(profile, needs, *, flags=(), quotes=(), notes=(), channel="") -> dict
        JSON-serialisable summary stored with the booking (situation, needs, programs per desk,
        documents, flags such as crisis/violence, the person's own words, masked).
The first version wraps the older booking summary.
"""
from __future__ import annotations

from typing import Any, Dict, Sequence


def build_handoff(profile: Dict[str, Any], needs: Sequence[str], *, flags: Sequence[Dict[str, Any]] = (),
                  quotes: Sequence[str] = (), notes: Sequence[str] = (), channel: str = "") -> Dict[str, Any]:
    from bot.screening import booking_flow

    summary = booking_flow.summary_for({**profile, "needs": list(needs), "consent": "given"})
    if flags:
        summary["flags"] = [dict(f) for f in flags]
    return summary
