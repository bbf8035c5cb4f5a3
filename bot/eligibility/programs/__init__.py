"""One module per program: ``ID``, named ``CONDITIONS`` (each records likely / unlikely / refer or a
missing field on the Screen, naming the parameters it used) and ``amount(s)``."""

from __future__ import annotations

import importlib
from types import ModuleType

from bot import catalogue as _catalogue


def _load() -> dict[str, ModuleType]:
    mods = {}
    for pid in _catalogue.programs():
        m = importlib.import_module(f"{__name__}.{pid}")
        assert m.ID == pid and m.CONDITIONS and callable(m.amount), pid
        mods[pid] = m
    return mods


#: program id -> module, in catalogue order
MODULES: dict[str, ModuleType] = _load()
