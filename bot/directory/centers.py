"""The 고용센터 list (bot/directory/data/centers.csv): jurisdiction, nearest centre,
Kakao Map links and the Korean card text."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from . import place_names
from .geo import haversine_km

CENTERS_PATH = Path(__file__).resolve().parent / "data" / "centers.csv"
CARD_MAX = 400
HOURS_NOTE = "일반 기준, 센터별 미확인"


class Center:
    __slots__ = ("row", "name", "lat", "lon", "coord_source", "areas", "routable", "ub")

    def __init__(self, row: dict):
        self.row = row
        self.name = row["name"]
        self.lat = self.lon = None
        self.coord_source = ""
        self.areas: list[tuple] = []  # gazetteer keys this centre serves
        # a unit with neither phone nor address cannot be offered as a destination
        self.routable = bool(row["phone"] or row["address"])
        self.ub = row["handles_unemployment_benefit"].strip().lower() == "true"

    @property
    def verified(self) -> bool:
        return self.row["confidence"] == "high"

    @property
    def exact_coords(self) -> bool:
        return self.coord_source == "source"


def _resolve_area(token: str, sido: str, g) -> tuple:
    """A served_areas token -> gazetteer key (prefers the centre's own 시도)."""
    forms = g.forms.get(re.sub(r"\s+", "", token), [])
    keys = [f.key for f in forms if f.kind in ("sido", "city", "sigungu") and f.key[2] is None]
    own = [k for k in keys if k[0] == sido]
    pick = own or keys
    if len(pick) != 1:
        raise ValueError(f"served area {token!r} ({sido}) is ambiguous or unknown: {pick}")
    return pick[0]


def _center_point(row: dict, g) -> tuple[float, float, str]:
    if row["lat"] and row["lon"]:
        return float(row["lat"]), float(row["lon"]), "source"
    sido = row["sido"]
    sg_key = (sido, row["sigungu"], None)
    if sg_key not in g.points:
        sg_key = _resolve_area(row["sigungu"], sido, g)
    # a 읍/면/동 named in the address narrows the approximation
    for word in re.findall(r"[가-힣]+(?:읍|면|동)\b", row["address"]):
        for f in g.forms.get(word, []):
            if f.key[0] == sido and f.key[1] and place_names._compatible(f.key, sg_key) and f.key[2]:
                lat, lon = g.points[f.key]
                return lat, lon, "emd representative point (approximate)"
    lat, lon = g.points[sg_key]
    return lat, lon, "시군구 representative point (approximate)"


@lru_cache(maxsize=1)
def load() -> tuple[Center, ...]:
    g = place_names.get()
    with open(CENTERS_PATH, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for row in rows:
        c = Center(row)
        c.lat, c.lon, c.coord_source = _center_point(row, g)
        c.areas = [_resolve_area(t.strip(), row["sido"], g) for t in row["served_areas"].split(";") if t.strip()]
        out.append(c)
    return tuple(out)


def _covers(area: tuple, key: tuple) -> int:
    """Specificity (1..3) with which a served area covers a 시군구 key, 0 if not."""
    if area[0] != key[0]:
        return 0
    if area[1] is None:
        return 1
    if key[1] == area[1]:
        return 3
    if key[1] and key[1].startswith(area[1] + " "):
        return 2
    return 0


def jurisdiction(key: tuple) -> list[Center]:
    """Centres whose served_areas cover this 시군구 key, most specific first (empty if none)."""
    best, found = 0, []
    for c in load():
        score = max((_covers(a, key) for a in c.areas), default=0)
        if score and c.routable:
            if score > best:
                best, found = score, [c]
            elif score == best:
                found.append(c)
    return found


def nearest(
    lat: float, lon: float, n: int = 3, exclude: tuple = (), need_ub: bool = False
) -> list[tuple[Center, float]]:
    cands = [
        (c, haversine_km(lat, lon, c.lat, c.lon))
        for c in load()
        if c.routable and c.name not in exclude and (c.ub or not need_ub)
    ]
    cands.sort(key=lambda x: (x[1], x[0].name))
    return cands[:n]


def map_url(c: Center) -> str:
    if c.exact_coords:
        return f"https://map.kakao.com/link/map/{quote(c.name)},{c.lat},{c.lon}"
    return f"https://map.kakao.com/link/search/{quote(c.row['welfare_plus_name'] or c.name)}"


def to_dict(c: Center, basis: str | None = None, distance_km: float | None = None) -> dict:
    r = c.row
    notes = " | ".join(x for x in (r["notes"], r["corrections"]) if x)
    return {
        "name": c.name,
        "welfare_plus_name": r["welfare_plus_name"] or None,
        "address": r["address"] or None,
        "phone": r["phone"] or None,
        "hours": f"{r['hours']} ({HOURS_NOTE})" if r["hours"] else None,
        "confidence": r["confidence"],
        "verified": c.verified,
        "basis": basis,
        "distance_km": None if distance_km is None else round(distance_km, 1),
        "map_url": map_url(c),
        "desks": [d.strip() for d in r["desks"].split(";") if d.strip()],
        "handles_unemployment_benefit": c.ub,
        "source_url": r["source_url"],
        "homepage_url": r["homepage_url"] or None,
        "notes": notes,
        "lat": c.lat,
        "lon": c.lon,
        "coords_approximate": not c.exact_coords,
    }


def by_name(name: str) -> Center | None:
    def norm(s: str) -> str:
        s = re.sub(r"[\s()]", "", s or "")
        return (
            s.replace("고용복지플러스센터", "고용센터")
            .replace("고용복지+센터", "고용센터")
            .replace("고용복지센터", "고용센터")
        )

    want = norm(name)
    if not want:
        return None
    for c in load():
        if want in (norm(c.name), norm(c.row["welfare_plus_name"])):
            return c
    # "서울강남" / "강남고용센터" -> unique partial match only
    hits = [c for c in load() if want.replace("고용센터", "") and want.replace("고용센터", "") in norm(c.name)]
    return hits[0] if len(hits) == 1 else None


def card_text(center: dict) -> str:
    """Korean card (≤ 400 chars) for a center dict from to_dict()/resolve_*()."""
    lines = [f"[{center['name']}]"]
    if center.get("welfare_plus_name") and center["welfare_plus_name"] != center["name"]:
        lines[0] += f" ({center['welfare_plus_name']})"
    lines.append(f"주소: {center.get('address') or '확인되지 않음'}")
    lines.append(f"전화: {center.get('phone') or '확인되지 않음'}")
    if center.get("hours"):
        lines.append(f"운영: {center['hours']}")
    if center.get("desks"):
        lines.append("함께 있는 창구: " + ", ".join(center["desks"]))
    if center.get("handles_unemployment_benefit") is False:
        lines.append("※ 이 센터는 실업급여 업무를 하지 않습니다.")
    if center.get("basis") == "nearest" and center.get("distance_km") is not None:
        lines.append(f"거리: 약 {center['distance_km']}km")
    tail = []
    if center.get("map_url"):
        tail.append(f"지도: {center['map_url']}")
    if not center.get("verified"):
        tail.append("방문 전 전화로 확인해 주세요.")
    text = "\n".join(lines + tail)
    while len(text) > CARD_MAX and len(lines) > 3:
        lines.pop(-1)  # drop optional lines (distance, desks, ...) before the essentials
        text = "\n".join(lines + tail)
    if len(text) > CARD_MAX:
        text = "\n".join(lines[:3] + tail[-1:])
    return text[:CARD_MAX]
