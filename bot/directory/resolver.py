"""resolve_text / resolve_coords: place -> the 고용센터 that serves it."""

from __future__ import annotations

import math

from . import centers
from . import geo, kakao_local
from . import place_names

NEED_UB = "unemployment_benefit"
KNOWN_NEEDS = (None, NEED_UB)
MAX_AMBIGUOUS = 40

MSG_UNKNOWN = (
    "입력하신 내용에서 지역을 찾지 못했어요. 시·군·구나 동 이름으로 다시 알려 주세요(예: 서울 마포구, 분당, 정읍)."
)
MSG_OUTSIDE = (
    "이 좌표는 대한민국 육지 경계 밖(바다 또는 국외)이라 관할 센터를 찾을 수 없어요. 사시는 시·군·구를 알려 주세요."
)
MSG_BAD_COORDS = "좌표 형식이 올바르지 않아요(위도 -90~90, 경도 -180~180)."


def _empty(query, message, region=None) -> dict:
    return {"query": query, "region": region, "center": None, "alternatives": [], "ambiguous": [], "message": message}


def _point(key: tuple) -> tuple[float, float]:
    g = place_names.get()
    sido, sg, emd = key
    tries = [key, (sido, sg, None)]
    if sg and " " in sg:
        tries += [(sido, sg.split(" ")[0], emd), (sido, sg.split(" ")[0], None)]
    tries.append((sido, None, None))
    for k in tries:
        if k in g.points:
            return g.points[k]
    raise KeyError(key)


def _decide(key: tuple, lat: float, lon: float):
    """(center, basis, distance) for a 시군구-level key and a query point."""
    juris = centers.jurisdiction((key[0], key[1], None))
    if juris:
        c = juris[0]
        return c, "jurisdiction", geo.haversine_km(lat, lon, c.lat, c.lon)
    ((c, d),) = centers.nearest(lat, lon, n=1)
    return c, "nearest", d


def _ambiguous_items(keys: list[tuple]) -> list[dict]:
    return [{**place_names.as_dict(k), "label": place_names.label(k)} for k in keys[:MAX_AMBIGUOUS]]


def _ask_back(query, keys, region=None, reason="") -> dict:
    labels = [place_names.label(k) for k in keys]
    shown = ", ".join(labels[:6]) + (f" 외 {len(labels) - 6}곳" if len(labels) > 6 else "")
    msg = f"{reason}어느 지역인지 알려 주세요: {shown}"
    out = _empty(query, msg, region)
    out["ambiguous"] = _ambiguous_items(keys)
    return out


def _region_text(key: tuple) -> str:
    return place_names.label(key) or "해당 지역"


def _finish(query, region_key, center, basis, dist, lat, lon, need, place=None) -> dict:
    routed_from = None
    if need == NEED_UB and not center.ub:  # e.g. 당진: only 국민취업지원제도·취업알선 (see corrections)
        routed_from = center
        ((center, dist),) = centers.nearest(lat, lon, n=1, need_ub=True)
        basis = "nearest"
    cdict = centers.to_dict(center, basis, dist)
    alts = [
        centers.to_dict(c, "nearest", d)
        for c, d in centers.nearest(
            lat,
            lon,
            n=2,
            exclude=(center.name,) + ((routed_from.name,) if routed_from else ()),
            need_ub=need == NEED_UB,
        )
    ]
    place = place or _region_text(region_key)
    if routed_from is not None:
        msg = (
            f"{place}{place_names.josa(place, '은', '는')} {routed_from.name} 관할이지만, 이 센터는 실업급여 업무를 "
            f"하지 않는 것으로 안내되어 있어 실업급여는 가장 가까운 {center.name}(약 {cdict['distance_km']}km)로 "
            f"안내해 드려요."
        )
        cdict["routed_from"] = {
            "name": routed_from.name,
            "reason": routed_from.row["corrections"] or "handles_unemployment_benefit=false",
        }
    elif basis == "jurisdiction":
        msg = f"{place}{place_names.josa(place, '은', '는')} {center.name} 관할이에요."
    else:
        msg = (
            f"{place}의 관할 센터 정보가 없어, 가장 가까운 {center.name}(약 {cdict['distance_km']}km)를 "
            f"안내해 드려요. 관할 센터는 아닐 수 있어요."
        )
    if not center.verified:
        msg += " 센터 정보가 검증되지 않았으니 방문 전 전화로 확인해 주세요."
    return {
        "query": query,
        "region": place_names.as_dict(region_key),
        "center": cdict,
        "alternatives": alts,
        "ambiguous": [],
        "message": msg,
    }


def _resolve_keys(query: str, keys: list[tuple], need, point=None) -> dict:
    """keys: candidate places (any level).  point: exact query coordinates, if known."""
    g = place_names.get()
    decided = []  # (leaf, center, basis, lat, lon)
    for k in keys:
        if k[2] is None and g.level.get(k) in ("sido", "city"):
            leaves = [(leaf, _point(leaf)) for leaf in g.expand(k)]
        else:
            leaves = [((k[0], k[1], None), _point(k))]
        for leaf, pt in leaves:
            lat, lon = point or pt
            c, basis, _ = _decide(leaf, lat, lon)
            decided.append((leaf, c, basis, lat, lon))
    if len({(d[1].name, d[2]) for d in decided}) == 1:
        if len(keys) == 1:
            region = keys[0]
            lat, lon = point or _point(region)
        else:  # e.g. 일산 = 일산동구/일산서구, both 고양고용센터
            region = place_names._common(keys)
            if region[0] is None:
                region = keys[0]
            pts = [_point(k) for k in keys]
            lat, lon = point or (_mean([p[0] for p in pts]), _mean([p[1] for p in pts]))
        c, basis = decided[0][1], decided[0][2]
        place = None
        if len(keys) > 1:  # "일산" -> "일산(경기도 고양시 일산동구·일산서구)"
            place = f"{query}({'·'.join(place_names.label(k) for k in keys)})"
        return _finish(query, region, c, basis, geo.haversine_km(lat, lon, c.lat, c.lon), lat, lon, need, place)
    # different centres: ask back at the level the person used
    if len(keys) > 1:
        common = place_names._common(keys)
        region = place_names.as_dict(common) if common[0] else None
        what = f"'{query}'" if len(query) <= 12 else "말씀하신 지역"
        return _ask_back(query, keys, region, f"{what}에 해당하는 곳이 여러 곳 있어요. ")
    k = keys[0]
    return _ask_back(
        query,
        [d[0] for d in decided],
        place_names.as_dict(k),
        f"{place_names.label(k)}에는 관할 센터가 여러 곳이에요. ",
    )


def _mean(xs):
    return sum(xs) / len(xs)


def _check_need(need):
    if need not in KNOWN_NEEDS:
        raise ValueError(f"unknown need {need!r}; expected one of {KNOWN_NEEDS}")


def resolve_text(text: str, need: str | None = None) -> dict:
    """Free text ("서울 마포구 합정동", "분당 사는데", "중구") -> center / ask-back / unknown."""
    _check_need(need)
    query = (text or "").strip()
    keys, _ = place_names.candidate_keys(query)
    if keys:
        result = _resolve_keys(query, keys, need)
        if result["ambiguous"] and kakao_local.enabled():
            hit = kakao_local.geocode(query)
            if hit:
                at = geo.region_at(hit["lat"], hit["lon"])
                if at and any(place_names._compatible(at, k) for k in keys):
                    r = resolve_coords(hit["lat"], hit["lon"], need)
                    r["query"] = query
                    r["geocoder"] = hit["source"]
                    return r
        return result
    if query and kakao_local.enabled():
        hit = kakao_local.geocode(query)
        if hit:
            r = resolve_coords(hit["lat"], hit["lon"], need)
            r["query"] = query
            r["geocoder"] = hit["source"]
            if r["center"] is not None:
                r["message"] = f"카카오 지도 검색 결과({hit['address_name']}) 기준: " + r["message"]
            return r
    return _empty(
        query, MSG_UNKNOWN if query else "사시는 지역(시·군·구나 동)을 알려 주세요(예: 서울 마포구, 분당, 정읍)."
    )


def resolve_coords(lat: float, lon: float, need: str | None = None) -> dict:
    """WGS84 coordinates -> center.  Outside Korea / at sea -> center None with a message."""
    _check_need(need)
    query = f"{lat},{lon}"
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return _empty(query, MSG_BAD_COORDS)
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return _empty(query, MSG_BAD_COORDS)
    key = geo.region_at(lat, lon)
    if key is None:
        return _empty(query, MSG_OUTSIDE)
    return _resolve_keys(query, [key], need, point=(lat, lon))
