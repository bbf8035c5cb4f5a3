"""Every safety test reads the rules and the classifier as they are at that moment: some tests replace
them (monkeypatch), so the remembered signals of bot.safety.assess are forgotten before each test."""

import pytest

from bot import safety


@pytest.fixture(autouse=True)
def _fresh_assess_cache():
    safety.clear_cache()
    yield
    safety.clear_cache()
