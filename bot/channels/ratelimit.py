"""In-memory token buckets for the public endpoints (Rasa-free, also used by the web proxy).

One :class:`RateLimiter` per endpoint; ``allow(key)`` is called once per request for each key
that identifies the caller (client IP, sender id).  A bucket holds ``burst`` tokens and refills at
``rate`` tokens per second, so a person typing normally (a message every few seconds, a quick
double tap) is never limited, while a script is slowed to ``rate`` requests per second.

Limits per process (a scale-out deployment multiplies them by the replica count; documented in
SECURITY.md).  Environment (requests per minute / burst):

* ``RATE_LIMIT_PER_MINUTE`` (default 30) and ``RATE_LIMIT_BURST`` (default 10) per sender,
* ``RATE_LIMIT_IP_PER_MINUTE`` (default 120) and ``RATE_LIMIT_IP_BURST`` (default 40) per IP
  (several people can share one NAT address, so the IP bucket is wider),
* ``RATE_LIMIT_PER_MINUTE=0`` turns limiting off (load tests).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Callable, Iterable, Optional, Tuple

from bot.settings import settings

__all__ = ["RateLimiter", "RATE_LIMITED_TEXT", "limiters_from_env"]

RATE_LIMITED_TEXT = "메시지가 너무 빠르게 많이 오고 있어요. 잠시 후 다시 말씀해 주세요."


class RateLimiter:
    def __init__(
        self, rate_per_minute: float, burst: float, max_keys: int = 50_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = max(0.0, float(rate_per_minute)) / 60.0
        self.burst = max(1.0, float(burst))
        self.max_keys = int(max_keys)
        self._clock = clock
        self._buckets: "OrderedDict[str, Tuple[float, float]]" = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def allow(self, key: Optional[str], cost: float = 1.0) -> bool:
        """Take `cost` tokens from `key`'s bucket; False when there are not enough."""
        if not self.enabled or not key:
            return True
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            ok = tokens >= cost
            if ok:
                tokens -= cost
            self._buckets[key] = (tokens, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_keys:  # oldest idle callers first
                self._buckets.popitem(last=False)
            return ok

    def allow_all(self, keys: Iterable[Optional[str]]) -> bool:
        """Every key must have a token (each is charged only if all have one)."""
        keys = [k for k in keys if k]
        if not self.enabled or not keys:
            return True
        now = self._clock()
        with self._lock:
            states = []
            for k in keys:
                tokens, last = self._buckets.get(k, (self.burst, now))
                states.append(min(self.burst, tokens + (now - last) * self.rate))
            if any(t < 1.0 for t in states):
                for k, t in zip(keys, states):
                    self._buckets[k] = (t, now)
                return False
            for k, t in zip(keys, states):
                self._buckets[k] = (t - 1.0, now)
                self._buckets.move_to_end(k)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return True


def limiters_from_env() -> Tuple[RateLimiter, RateLimiter]:
    """(per-sender limiter, per-IP limiter) configured from the environment."""
    env = settings()
    per_sender = RateLimiter(env.rate_limit_per_minute, env.rate_limit_burst)
    per_ip = RateLimiter(env.rate_limit_ip_per_minute if per_sender.enabled else 0, env.rate_limit_ip_burst)
    return per_sender, per_ip
