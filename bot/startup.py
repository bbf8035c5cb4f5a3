"""The one start-up hook: every patch of a third-party library, applied explicitly, never on import.

Two patches exist, both idempotent and both no-ops when the installed library does not need them:

``rasa``     bot/adapters/speedups.py - Rasa 3.6 rebuilt a JSON-Schema validator for every action-server
             response (about half of the Rasa process's CPU under load); the patch builds it once. It
             also sends action_turn a trimmed tracker (bot/adapters/turn_payload.py) instead of the
             whole one plus the domain, and with BOT_ACTIONS_IN_PROCESS=1 runs action_turn in the
             Rasa process itself (no action-server round trip).
``aiohttp``  bot/web/compat.py - aiohttp 3.9.5 with yarl >= 1.10 answers 500 for ``request.url`` when the
             Host header carries a port; the patch applies aiohttp 3.10's one-line fix.

Who calls ``apply_patches``:

* the Rasa process: our graph components' ``create``/``load`` classmethods (bot/adapters/nlu.py,
  bot/adapters/policy.py). Rasa imports and builds them itself when it loads the model, before it
  serves the first message and so before the first action call - the earliest place our code runs
  there for every entry point (``rasa run``, ``rasa shell``, tests). The stock comparison model
  (config_stock.yml) has none of our components and stays unpatched, as before.
* the web server: ``bot.web.app.create_app`` (the app factory), for aiohttp only - the web process
  never imports Rasa.

Importing a module never patches anything (tests/foundation/test_startup.py checks it).
"""

from __future__ import annotations

import logging
from typing import Dict, Iterable

logger = logging.getLogger(__name__)

PATCHES = ("rasa", "aiohttp")
_applied: Dict[str, bool] = {}


def _apply_rasa() -> bool:
    # imported here: bot.adapters.speedups imports Rasa, which the web process must not load
    from bot.adapters import speedups

    return speedups.apply()


def _apply_aiohttp() -> bool:
    from bot.web import compat  # here: only the web process patches aiohttp, and only when it starts

    return compat.apply()


_APPLY = {"rasa": _apply_rasa, "aiohttp": _apply_aiohttp}


def apply_patches(which: Iterable[str] = PATCHES) -> Dict[str, bool]:
    """Apply the named patches (default: all) once per process; returns {name: patched now}."""
    done = {}
    for name in which:
        if name not in _APPLY:
            raise ValueError(f"unknown patch {name!r} (known: {', '.join(PATCHES)})")
        if _applied.get(name):
            done[name] = False
            continue
        done[name] = bool(_APPLY[name]())
        _applied[name] = True
        if done[name]:
            logger.info("start-up patch applied: %s", name)
    return done


def applied() -> Dict[str, bool]:
    """Which patches this process has run (whether or not the library needed them)."""
    return {name: bool(_applied.get(name)) for name in PATCHES}
