"""Compatibility fix: aiohttp 3.9.5 + yarl >= 1.10 (both installed by rasa's deps).

aiohttp 3.9.5 builds ``request.url`` with ``URL.build(host=request.host)``; the
Host header usually carries a port ("localhost:8000") and newer yarl rejects
that with ``ValueError: Host ... cannot contain ':'``.  Anything that reads
``request.url`` then fails with a 500 - notably aiohttp's router when a
sub-application (the /staff console) is mounted, for every /staff request and
every unknown path.  aiohttp 3.10 fixed it by using ``authority=``; we apply the
same one-line change, only when the installed combination is affected.
Applied by bot.startup.apply_patches() (called from bot.web.app.create_app), never on import.
"""

from __future__ import annotations

import logging

from aiohttp import web_request
from aiohttp.helpers import reify
from yarl import URL

logger = logging.getLogger(__name__)


def _needs_fix() -> bool:
    try:
        URL.build(scheme="http", host="localhost:8000")
    except ValueError:
        return True
    return False


def _url(self: web_request.BaseRequest) -> URL:
    return URL.build(scheme=self.scheme, authority=self.host).join(self._rel_url)


_url.__name__ = "url"


_APPLIED = False


def apply() -> bool:
    """Patch ``BaseRequest.url`` if needed; returns True when patched now (idempotent)."""
    global _APPLIED
    if _APPLIED or not _needs_fix():
        return False
    web_request.BaseRequest.url = reify(_url)  # type: ignore[assignment]
    _APPLIED = True
    logger.info("applied aiohttp request.url fix for yarl >= 1.10")
    return True
