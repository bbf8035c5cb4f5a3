"""The one vocabulary of the bot (no Rasa imports): bot/catalogue/catalogue.yml.

needs (id, label, short_label, button, desks, programs), desks, programs (name, aliases, desk, where,
how, documents, sources), profile fields (type, values, limits, label, question, why, examples,
priority, ask_when), verdicts (label, marker, order), statuses, shared texts (disclaimer, retention);
reasons.yml holds the eligibility reason texts per program (filled from the parameters).
Question/why texts may name figures as ``{group.name}`` or ``{group.name:won}``; ``fill()`` takes
them from the parameters in force, so a figure is never typed twice.
"""

from __future__ import annotations

import os
import string
from functools import lru_cache
from typing import Any, Mapping

import yaml

from bot.korean.particles import josa
from bot.privacy.policy import retention_days as _days

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalogue.yml")
REASONS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reasons.yml")


@lru_cache(maxsize=None)
def load() -> dict:
    with open(PATH, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


@lru_cache(maxsize=None)
def reasons() -> dict[str, dict[str, str]]:
    """Reason/amount texts of the eligibility rules: {program id | "common": {reason id: template}}."""
    with open(REASONS_PATH, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


def needs() -> dict[str, dict]:
    return load()["needs"]


def programs() -> dict[str, dict]:
    return load()["programs"]


def program_mentions() -> dict[str, dict]:
    """Names the bot recognises in a message without screening them as one program (aliases only)."""
    return load().get("program_mentions") or {}


def fields() -> dict[str, dict]:
    return load()["fields"]


def verdicts() -> dict[str, dict]:
    return load()["verdicts"]


def text(key: str) -> Any:
    return load()["texts"][key]


def verdict_label(verdict: str) -> str:
    """Korean label of a verdict id ("need_info" → "정보 더 필요"); unknown ids pass through."""
    v = verdicts().get(verdict)
    return v["label"] if v else verdict


def verdict_marker(verdict: str) -> str:
    v = verdicts().get(verdict)
    return v["marker"] if v else "•"


def program_name(pid: str) -> str:
    p = programs().get(pid)
    return p["name"] if p else pid


def retention_days() -> int:
    """The one retention period lives in bot/privacy/policy.py (STAFF_RETENTION_DAYS overrides it)."""
    return _days()


def disclaimer() -> str:
    return text("disclaimer")


def retention_text() -> str:
    return text("retention").format(retention_days=retention_days())


def won(n: int | float | None, spaced: bool = False) -> str:
    """Korean money text: 4억원, 2억4,100만원, 300만원, 3,215,422원; spaced=True writes it as the
    messages do (4억 원, 2억 4,100만 원, 300만 원, 164만 4,000원)."""
    if n is None:
        return "?"
    n = int(round(n))
    sp = " " if spaced else ""
    if n >= 100_000_000 and n % 10_000 == 0:
        eok, man = divmod(n // 10_000, 10_000)
        return f"{eok:,}억{sp}원" if man == 0 else f"{eok:,}억{sp}{man:,}만{sp}원"
    if n >= 10_000 and n % 10_000 == 0:
        return f"{n // 10_000:,}만{sp}원"
    if spaced and n >= 100_000:
        return f"{n // 10_000:,}만 {n % 10_000:,}원"  # as news and notices write it: 164만 4,000원
    return f"{n:,}원"


class _Formatter(string.Formatter):
    """``{x:won}`` money text; ``{x:을/를}``, ``{x:으로/로}`` … the value with the right particle."""

    def format_field(self, value, spec):
        if spec == "won":
            return won(value)
        if "/" in spec:
            return josa(str(value), spec)
        return super().format_field(value, spec)


class _Lookup(Mapping):
    """Template names: explicit values first, then parameter groups (``{group.name}``)."""

    def __init__(self, params, values: Mapping[str, Any]):
        self.params, self.values = params, values

    def __getitem__(self, k):
        if k in self.values:
            return self.values[k]
        if self.params is None:
            raise KeyError(k)
        return getattr(self.params, k)

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)


_FMT = _Formatter()


def fill(template: str, params=None, **values) -> str:
    """Fill ``{name}``, ``{name:won}`` and ``{group.figure}`` from ``values`` and the parameters."""
    if "{" not in template:
        return template
    if params is None:
        from bot.eligibility.parameters import parameters  # local: bot.eligibility imports this catalogue

        params = parameters()
    try:
        return _fill_cached(template, params, tuple(sorted(values.items())))
    except TypeError:  # an unhashable value: no cache
        return _FMT.vformat(template, (), _Lookup(params, values))


@lru_cache(maxsize=4096)
def _fill_cached(template: str, params, items: tuple) -> str:
    return _FMT.vformat(template, (), _Lookup(params, dict(items)))
