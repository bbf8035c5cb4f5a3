"""find_center in the dialogue: place text, region entities, or coordinates -> center card (no Rasa)."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Sequence, Tuple

from bot import directory
from bot.screening import texts
from bot.screening.messages import bot_message

logger = logging.getLogger(__name__)


def _center_custom(c: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "type": "center",
        "center": {
            "name": c.get("welfare_plus_name") or c.get("name"),
            "address": c.get("address"),
            "phone": c.get("phone"),
            "hours": c.get("hours"),
            "map_url": c.get("map_url"),
            "verified": bool(c.get("verified")),
            "desks": c.get("desks") or [],
        },
    }


def center_messages(
    slots: Dict[str, Any], text: str, entities: Sequence[dict], metadata: Dict[str, Any]
) -> Tuple[List[Dict[str, Any]], Dict[str, Any]]:
    """Messages for a center request and the slot updates (center_name, sido, sigungu)."""
    needs = list(slots.get("needs") or [])
    need = "unemployment_benefit" if "employment" in needs else None
    loc = (metadata or {}).get("location") or {}
    res = None
    try:
        if isinstance(loc, dict) and loc.get("lat") is not None and loc.get("lon") is not None:
            res = directory.resolve_coords(float(loc["lat"]), float(loc["lon"]), need=need)
        else:
            place = (metadata or {}).get("location_text") or _place_text(text, entities)
            if not place and (slots.get("sido") or slots.get("sigungu")):
                place = " ".join(p for p in (slots.get("sido"), slots.get("sigungu")) if p)
            if place:
                res = directory.resolve_text(place, need=need)
    except (TypeError, ValueError) as exc:
        logger.info("bad location %r: %s", loc, exc)
        res = None
    if res is None:
        return (
            [bot_message(texts.ASK_REGION_FOR_CENTER, custom={"type": "location_request"})],
            {"center_pending": True},
        )
    if res.get("ambiguous"):
        opts = res["ambiguous"][:6]
        return (
            [
                bot_message(
                    "같은 이름의 지역이 여러 곳이에요. 어느 곳인가요?",
                    [(o.get("label") or "", f"{o.get('label')} 센터 찾기") for o in opts],
                )
            ],
            {"center_pending": True},
        )
    c = res.get("center")
    if not c:
        return (
            [
                bot_message(
                    (res.get("message") or "그 지역을 찾지 못했어요.") + " " + texts.ASK_REGION_FOR_CENTER,
                    custom={"type": "location_request"},
                )
            ],
            {"center_pending": True},
        )
    name = c.get("welfare_plus_name") or c["name"]
    said = "방문 전 전화로 확인" in (res.get("message") or "")  # the line above says it already: not twice
    note = "" if c.get("verified") or said else " 방문 전 전화로 확인해 주세요."
    basis = " (가장 가까운 센터예요. 관할 센터는 전화로 확인해 주세요.)" if c.get("basis") == "nearest" else ""
    # one short line for text-only clients (terminal, screen readers); the card carries the details
    msgs = [
        bot_message(f"{name} ☎ {c.get('phone') or '-'} · {c.get('address') or ''}{basis}{note}"),
        bot_message("", custom=_center_custom(c)),
    ]
    if c.get("basis") == "nearest" or res.get("message"):
        if res.get("message"):
            msgs.insert(0, bot_message(res["message"]))
    alts = res.get("alternatives") or []
    if alts:
        alt_txt = " / ".join(
            f"{a['name']} ({a.get('distance_km', '?')}km, ☎ {a.get('phone') or '-'})" for a in alts[:2]
        )
        msgs.append(bot_message(f"가까운 다른 센터: {alt_txt}", [("상담 예약", "상담 예약하고 싶어요")]))
    updates: Dict[str, Any] = {"center_name": c["name"], "center_pending": False}
    region = res.get("region") or {}
    if region.get("sido") and slots.get("consent") == "given":
        updates["sido"] = region.get("sido")
        if region.get("sigungu"):
            updates["sigungu"] = region.get("sigungu")
    return msgs, updates


def _place_text(text: str, entities: Sequence[dict]) -> str:
    regions = [e for e in entities or () if e.get("entity") == "region"]
    if regions:
        return " ".join(
            str(e.get("value") if not e.get("candidates") else (text or "")[e["start"] : e["end"]]) for e in regions
        )
    found = directory.find_in_text(text or "")
    if found:
        return " ".join(f["text"] for f in found)
    return ""
