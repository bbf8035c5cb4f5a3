"""Fuzz of the custom NLU components (bot.adapters.nlu) and the Korean parsers behind them:
no exception on any text, token offsets point into the text, entity spans are in range."""

from __future__ import annotations

import math
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.korean import numbers
from bot.adapters.nlu import CRISIS_KEY, CrisisFlagger, KoreanEntityExtractor, KoreanTokenizer
from tests.fuzz.strategies import user_text

N_NLU = 3500
PER_INPUT_SECONDS = 3  # one message through every component; far above the normal ~10 ms
# no shrinking: a pathological input can take seconds per run, and the failing input is printed anyway
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
    max_examples=N_NLU,
    phases=[Phase.explicit, Phase.generate],
)


class TooSlow(Exception):
    pass


@contextmanager
def time_bound(seconds: int, what: str):
    """Fail (instead of hanging the suite) when one input takes pathological time, e.g. regex
    backtracking: on the real server that input would block every conversation of the worker."""

    def on_alarm(signum, frame):
        raise TooSlow(f"{what} took more than {seconds}s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_nlu_components_fuzz():
    tokenizer = KoreanTokenizer(KoreanTokenizer.get_default_config())
    extractor = KoreanEntityExtractor(KoreanEntityExtractor.get_default_config())
    flagger = CrisisFlagger()
    seen = {"n": 0, "entities": 0}

    @FUZZ
    @given(text=user_text)
    def one(text):
        # what the channels hand to Rasa is <= 1000 chars (longer input: test_long_inputs below)
        text = text[:1000]
        seen["n"] += 1
        with time_bound(PER_INPUT_SECONDS, f"NLU on {text[:60]!r} ({len(text)} chars)"):
            check(text)

    def check(text):
        msg = Message(data={TEXT: text})
        tokens = tokenizer.tokenize(msg, TEXT)
        for t in tokens:
            assert 0 <= t.start <= t.end <= len(text), (t.text, t.start, t.end)
            assert text[t.start : t.end] == t.text, (t.text, t.start, t.end)
        if text.strip():
            assert tokens, repr(text[:40])
        extractor.process([msg])
        flagger.process([msg])
        for e in msg.get(ENTITIES) or []:
            assert 0 <= e["start"] < e["end"] <= len(text), e
            assert e["entity"] and "value" in e
            seen["entities"] += 1
        flag = msg.get(CRISIS_KEY)  # None, or {"level", "kind", "evidence", "source"} (CrisisFlagger)
        assert flag is None or (flag["level"] in ("check", "risk", "imminent") and isinstance(flag["evidence"], str))
        for parse in (
            numbers.parse_number,
            numbers.parse_money,
            numbers.parse_int,
            numbers.parse_age,
            numbers.parse_household_size,
            numbers.parse_num_children,
        ):
            v = parse(text)
            assert v is None or (isinstance(v, (int, float)) and math.isfinite(v)), (parse.__name__, v)

    one()
    assert seen["n"] >= N_NLU and seen["entities"] > 0


LONG_INPUTS = [
    "가나다라 " * 5000,
    "a" * 100_000,
    "가" * 34_000,
    "9" * 20_000,
    "👨‍👩‍👧‍👦🙂" * 2000,
    "실업급여 월 150만원 45살 마포구 " * 600,
    "\ud800가" * 5000,
    ("빚 " * 3000) + "죽고 싶어요",
]
LONG_SECONDS = 20  # one very long message through every component; normal is ~10 ms per message


@pytest.mark.parametrize("text", LONG_INPUTS, ids=lambda t: f"{len(t)}chars")
def test_long_inputs(text):
    """Longer than any channel delivers (they cut at 1000): the components still finish, in
    bounded time, with correct offsets - in case a caller skips the channel layer."""
    tokenizer = KoreanTokenizer(KoreanTokenizer.get_default_config())
    extractor = KoreanEntityExtractor(KoreanEntityExtractor.get_default_config())
    flagger = CrisisFlagger()
    with time_bound(LONG_SECONDS, f"NLU on {len(text)} chars"):
        msg = Message(data={TEXT: text})
        tokens = tokenizer.tokenize(msg, TEXT)
        assert tokens and all(text[t.start : t.end] == t.text for t in tokens)
        extractor.process([msg])
        flagger.process([msg])
        for e in msg.get(ENTITIES) or []:
            assert 0 <= e["start"] < e["end"] <= len(text), e
        for parse in (numbers.parse_money, numbers.parse_age, numbers.parse_household_size):
            v = parse(text)
            assert v is None or (isinstance(v, (int, float)) and math.isfinite(v))
    if "죽고 싶어요" in text:  # at the end: the detector reads the first 2,000 and the last 500 characters
        assert msg.get(CRISIS_KEY)["level"] in ("risk", "imminent")


def test_crisis_flag_survives_noise():
    flagger = CrisisFlagger()
    for noisy in ("빚 때문에 죽고 싶어요", "\u200b빚 때문에 죽고 싶어요 🙏", "죽고 싶어요" + "ㅠ" * 500):
        msg = Message(data={TEXT: noisy})
        flagger.process([msg])
        assert msg.get(CRISIS_KEY)["level"] in ("risk", "imminent"), noisy


def test_long_digit_runs_are_handled_quickly():
    """Regression: a citizen pasting a long number (account, card, '9999…') must not stall the NLU.
    The channels pass up to 1000 characters."""
    extractor = KoreanEntityExtractor(KoreanEntityExtractor.get_default_config())
    for text in ("9" * 25, "빚이 " + "9" * 60 + "원", "1" * 1000):
        with time_bound(PER_INPUT_SECONDS, f"entity extraction on {len(text)} digits"):
            extractor.extract(text)


def test_huge_numbers_do_not_raise():
    for text in ("9" * 800 + "원", "월 " + "9" * 400 + "만원", "1e309 만원", "9" * 400 + "명"):
        for parse in (
            numbers.parse_number,
            numbers.parse_money,
            numbers.parse_int,
            numbers.parse_age,
            numbers.parse_household_size,
            numbers.parse_num_children,
        ):
            with time_bound(PER_INPUT_SECONDS, f"{parse.__name__} on a huge number"):
                v = parse(text)
            assert v is None or (isinstance(v, (int, float)) and math.isfinite(v)), (parse.__name__, text[:20], v)
