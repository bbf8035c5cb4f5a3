"""Fixtures for conversations held in-process through bot.dialogue.turn (no model, no servers)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.dialogue import Conversation
from bot.screening import booking_flow


def text_of(msgs) -> str:
    return Conversation.text_of(msgs)


def asked_until_results(c, answers, default="몰라요", limit=14):
    """Answers each open question (by the field asked, else `default`) until the results; the fields asked."""
    asked = []
    for _ in range(limit):
        if c.state.results_shown or c.state.question is None:
            break
        asked.append(c.state.question)
        c.say(answers.get(c.state.question, default))
    return asked


def booked(c, center, name, phone, ask="상담 예약할게요"):
    """The person asks for a consultation, picks the center, gives name and phone and confirms; the conversation."""
    for said in (ask, center, name, phone, "네"):
        c.say(said)
    assert c.state.booking.get("booking_code"), c.state.booking
    return c


def answer_until(c, field, answers, default="몰라요", limit=8) -> bool:
    """Answers each open question (by the field asked, else `default`) until `field` is asked; whether it was."""
    for _ in range(limit):
        if c.state.question == field:
            return True
        if c.state.results_shown or c.state.question is None:
            return False
        c.say(answers.get(c.state.question, default))
    return c.state.question == field


def later(c) -> None:
    """The person comes back to a conversation well after booking (a browser reopened days later): the booking
    is no longer "just made", so its code and phone are asked again. Only the dialogue sets this turn."""
    c.state.booking["booked_turn"] = c.state.turns - 100


@pytest.fixture
def store(tmp_path, monkeypatch):
    from bot.booking import KST, BookingStore

    monkeypatch.setenv("BOT_SECRET_FILE", str(tmp_path / "secret.key"))
    import bot.sealed as sealed

    sealed._fernet = None
    now = datetime(2026, 11, 23, 9, 0, tzinfo=KST)  # Monday morning
    s = BookingStore(f"sqlite:///{tmp_path / 'b.db'}", clock=lambda: now)
    booking_flow.set_store(s)
    from bot.booking import guard

    monkeypatch.setattr(guard, "QUOTA", guard.BookingQuota())  # each test starts with no bookings today
    yield s
    booking_flow.set_store(None)
    sealed._fernet = None
