"""domain.yml's profile slots are generated from the catalogue: a new profile fact needs no hand edit."""

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_domain_profile_slots_are_up_to_date():
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_domain.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr


def test_every_mirrored_slot_is_declared_once():
    from bot.catalogue import fields
    from bot.dialogue import MIRRORED_SLOTS

    text = (ROOT / "domain.yml").read_text(encoding="utf-8")
    slots = yaml.safe_load(text)["slots"]
    assert set(MIRRORED_SLOTS) <= set(slots), set(MIRRORED_SLOTS) - set(slots)
    assert set(fields()) <= set(MIRRORED_SLOTS)
    names = [
        ln.strip()[:-1]
        for ln in text.split("\nslots:\n", 1)[1].split("\nactions:", 1)[0].splitlines()
        if ln.startswith("  ") and not ln.startswith("   ") and ln.strip().endswith(":")
    ]
    assert len(names) == len(set(names))
