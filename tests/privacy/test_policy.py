"""One source of truth for the retention period and an honest list of what is collected (issue 13)."""

import subprocess
import sys
from pathlib import Path

from bot.privacy.policy import DEFAULT_RETENTION_DAYS, RETENTION_DAYS, retention_days
from bot.screening.texts import CONSENT
from bot.staff.web import load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_consent_says_the_real_period_and_that_the_booking_asks_name_and_phone(monkeypatch):
    monkeypatch.delenv("STAFF_RETENTION_DAYS", raising=False)
    assert DEFAULT_RETENTION_DAYS == 180
    assert f"{RETENTION_DAYS}일 뒤 자동 삭제" in CONSENT and "30일" not in CONSENT
    assert "이름" in CONSENT and "휴대폰 번호" in CONSENT  # the booking asks both
    assert "이름·주민번호는 받지 않아요" not in CONSENT
    assert len(CONSENT) <= 400


def test_console_purge_uses_the_same_period(monkeypatch):
    monkeypatch.delenv("STAFF_RETENTION_DAYS", raising=False)
    assert load_settings()["retention_days"] == retention_days() == 180
    monkeypatch.setenv("STAFF_RETENTION_DAYS", "90")
    assert load_settings()["retention_days"] == retention_days() == 90
    monkeypatch.setenv("STAFF_RETENTION_DAYS", "abc")
    assert retention_days() == 180


def test_consent_follows_the_environment():
    out = subprocess.run(
        [sys.executable, "-c", "from bot.screening.texts import CONSENT; print(CONSENT)"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(ROOT),
        env={"PYTHONPATH": str(ROOT), "STAFF_RETENTION_DAYS": "90", "PATH": "/usr/bin:/bin"},
    )
    assert "90일 뒤 자동 삭제" in out.stdout, out.stderr
