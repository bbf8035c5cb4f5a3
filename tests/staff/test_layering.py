"""bot.staff, bot.privacy and bot.dialogue are Rasa-free (only bot/stores.py adapts Rasa)."""
import subprocess
import sys


def test_staff_and_privacy_do_not_import_rasa():
    code = ("import sys, bot.staff, bot.staff.__main__, bot.privacy, bot.privacy.pii, bot.privacy.retention, bot.dialogue, bot.dialogue.engine, bot.dialogue.state; "
            "bad = [m for m in sys.modules if m == 'rasa' or m.startswith(('rasa.', 'rasa_sdk'))]; "
            "assert not bad, bad")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_cli_help_runs():
    out = subprocess.run([sys.executable, "-m", "bot.staff", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "create-admin" in out.stdout and "purge" in out.stdout
