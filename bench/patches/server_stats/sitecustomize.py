"""Bench only (``BENCH_SERVER_STATS=1``; bench/run.py puts this folder on the servers' PYTHONPATH):
every second, a Rasa server process writes ``$BENCH_STATS_DIR/<pid>.json`` with

* the garbage collector: collections per generation (``gc.get_stats``) and the wall seconds spent in
  them (``gc.callbacks``: two clock reads per collection), objects collected;
* the tracker cache of every ``TrackerCacheMixin`` store in the process: hits, misses, stale reloads,
  rows applied, entries held.

bench/run.py reads the files before and after each level and reports the differences. Nothing here
changes what the server does; the writer thread sleeps between samples."""

from __future__ import annotations

import gc
import json
import os
import threading
import time
import weakref

_DIR = os.environ.get("BENCH_STATS_DIR")
_gc_time = [0.0, 0.0, 0.0]
_gc_collected = [0, 0, 0]
_gc_max = [0.0, 0.0, 0.0]
_started = [0.0]
_stores: "weakref.WeakSet" = weakref.WeakSet()


def _on_gc(phase: str, info: dict) -> None:
    if phase == "start":
        _started[0] = time.perf_counter()
        return
    g = info.get("generation", 0)
    dt = time.perf_counter() - _started[0]
    _gc_time[g] += dt
    _gc_max[g] = max(_gc_max[g], dt)
    _gc_collected[g] += info.get("collected", 0)


def _register_stores() -> None:
    try:
        from bot.adapters import tracker_cache
    except Exception:  # noqa: BLE001 - not a bot server (no stats then)
        return
    cls = tracker_cache.TrackerCacheMixin
    orig = cls.__init__

    def __init__(self, *a, **kw):
        orig(self, *a, **kw)
        _stores.add(self)

    cls.__init__ = __init__


def _snapshot() -> dict:
    cache = {"hits": 0, "misses": 0, "stale": 0, "applied_rows": 0, "entries": 0}
    for s in list(_stores):
        for k, v in getattr(s, "cache_stats", {}).items():
            cache[k] = cache.get(k, 0) + v
        cache["entries"] += len(getattr(s, "_cache", ()))
    return {
        "t": time.time(),
        "gc_collections": [st["collections"] for st in gc.get_stats()],
        "gc_seconds": [round(x, 6) for x in _gc_time],
        "gc_max_s": [round(x, 6) for x in _gc_max],
        "gc_collected": list(_gc_collected),
        "gc_frozen": gc.get_freeze_count(),
        "tracker_cache": cache,
    }


def _writer() -> None:
    path = os.path.join(_DIR, f"{os.getpid()}.json")
    tmp = path + ".tmp"
    while True:
        time.sleep(1.0)
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(_snapshot(), f)
            os.replace(tmp, path)
        except OSError:
            pass


if _DIR and os.path.isdir(_DIR):
    gc.callbacks.append(_on_gc)
    _register_stores()
    threading.Thread(target=_writer, name="bench-stats", daemon=True).start()
