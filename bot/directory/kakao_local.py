"""Optional online geocoding through the Kakao Local API.

Used only when the environment variable KAKAO_REST_API_KEY is set.  Base URL can be
overridden with KAKAO_LOCAL_BASE_URL (tests point it at a loopback fake server).
Every failure (timeout, connection error, HTTP error, bad JSON, no result) returns
None so callers fall back to the offline gazetteer.  Queries are not logged.
"""

from __future__ import annotations

import logging
import time

import requests

from bot.settings import settings

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://dapi.kakao.com"
MAX_TIMEOUT_S = 3.0
RETRIES = 2  # extra attempts after the first, on timeouts / connection errors / 5xx
BACKOFF_S = 0.2


def enabled() -> bool:
    return bool(settings().kakao_rest_api_key)


def _timeout() -> float:
    return max(0.05, min(settings().kakao_timeout_s, MAX_TIMEOUT_S))


def _get(path: str, query: str) -> dict | None:
    env = settings()
    key = env.kakao_rest_api_key
    if not key:
        return None
    base = (env.kakao_local_base_url or DEFAULT_BASE_URL).rstrip("/")
    for attempt in range(RETRIES + 1):
        try:
            resp = requests.get(
                f"{base}{path}",
                params={"query": query, "size": 1},
                headers={"Authorization": f"KakaoAK {key}"},
                timeout=_timeout(),
            )
            if resp.status_code >= 500:
                raise requests.HTTPError(f"server error {resp.status_code}")
            if resp.status_code != 200:
                log.warning("kakao local: HTTP %s on %s (no retry)", resp.status_code, path)
                return None
            return resp.json()
        except (requests.RequestException, ValueError) as exc:
            log.warning("kakao local: %s on %s (attempt %d/%d)", type(exc).__name__, path, attempt + 1, RETRIES + 1)
            if attempt < RETRIES:
                time.sleep(BACKOFF_S * (attempt + 1))
    return None


def _first(doc_json: dict | None) -> dict | None:
    try:
        docs = doc_json["documents"]
        if not docs:
            return None
        d = docs[0]
        lat, lon = float(d["y"]), float(d["x"])
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    name = d.get("address_name") or d.get("road_address_name") or d.get("place_name") or ""
    return {"lat": lat, "lon": lon, "address_name": name}


def geocode(query: str) -> dict | None:
    """Address search, then keyword search.  -> {"lat","lon","address_name","source"} or None."""
    if not enabled() or not (query or "").strip():
        return None
    for path, source in (
        ("/v2/local/search/address.json", "kakao-address"),
        ("/v2/local/search/keyword.json", "kakao-keyword"),
    ):
        hit = _first(_get(path, query.strip()))
        if hit:
            hit["source"] = source
            return hit
    return None
