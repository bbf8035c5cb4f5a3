"""Every package but bot/adapters is Rasa-free; deletion and the CLI are web-free; the console is split into small modules (one per screen)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWS = sorted((ROOT / "bot" / "staff" / "views").glob("*.py"))


def _imports_after(stmt: str) -> "list[str]":
    """Modules in sys.modules after running `stmt` in a fresh interpreter."""
    code = f"import sys; {stmt}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


# Every package and top-level module under bot/ except bot/adapters, the one place Rasa is imported.
RASA_FREE = sorted(
    [p.parent.name for p in (ROOT / "bot").glob("*/__init__.py") if p.parent.name != "adapters"]
    + [p.stem for p in (ROOT / "bot").glob("*.py") if p.name != "__init__.py"]
)


def test_every_package_but_adapters_is_rasa_free_in_source():
    """Only bot/adapters (and the actions/ entry point) may name Rasa in an import."""
    pattern = re.compile(r"^\s*(from|import)\s+(rasa|rasa_sdk)\b", re.M)
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if "adapters" not in path.relative_to(ROOT / "bot").parts and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
    assert len(RASA_FREE) >= 15, RASA_FREE


@pytest.mark.parametrize("name", RASA_FREE)
def test_importing_a_domain_package_loads_no_rasa(name):
    """Importing each package (all its modules) outside bot/adapters leaves Rasa unloaded."""
    pkg = ROOT / "bot" / name
    mods = [f"bot.{name}"]
    if pkg.is_dir():
        mods += [
            f"bot.{name}." + ".".join(p.relative_to(pkg).with_suffix("").parts)
            for p in sorted(pkg.rglob("*.py"))
            if p.name not in ("__init__.py", "__main__.py")
        ]
    loaded = _imports_after("import " + ", ".join(mods))
    bad = [m for m in loaded if m == "rasa" or m.startswith(("rasa.", "rasa_sdk"))]
    assert not bad, bad[:5]


def test_privacy_imports_neither_the_console_nor_aiohttp():
    """Retention and deletion work without the web console (a cron job, the CLI, a channel)."""
    mods = _imports_after(
        "import bot.privacy, bot.privacy.pii, bot.privacy.events, bot.privacy.policy, "
        "bot.privacy.retention, bot.privacy.deletion"
    )
    bad = [m for m in mods if m == "aiohttp" or m.startswith(("aiohttp.", "bot.staff"))]
    assert not bad, bad


def test_cli_imports_no_web_module():
    mods = _imports_after("import bot.staff.__main__")
    bad = [
        m
        for m in mods
        if m == "aiohttp"
        or m.startswith(("aiohttp.", "bot.staff.web", "bot.staff.app", "bot.staff.guard", "bot.staff.views"))
    ]
    assert not bad, bad
    assert "bot.privacy.deletion" in mods


def test_privacy_source_names_no_console_module():
    """Also no lazy (in-function) import of the console or aiohttp inside bot/privacy."""
    for path in sorted((ROOT / "bot" / "privacy").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("bot.staff.web", "import aiohttp", "from aiohttp"):
            assert needle not in text, f"{path.name} mentions {needle}"


def test_there_is_a_view_module_per_screen():
    names = {p.stem for p in VIEWS} - {"__init__"}
    assert {"auth", "inbox", "bookings", "dashboard", "exports", "retention", "users", "audit"} <= names


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_every_view_module_is_at_most_300_lines(path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= 300, f"{path.name}: {n} lines"


@pytest.mark.parametrize("name", ["app", "guard", "routes", "context", "settings", "web"])
def test_console_plumbing_modules_stay_small(name):
    n = len((ROOT / "bot" / "staff" / f"{name}.py").read_text(encoding="utf-8").splitlines())
    assert n <= 300, f"{name}.py: {n} lines"


def test_cli_help_runs():
    out = subprocess.run([sys.executable, "-m", "bot.staff", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "create-admin" in out.stdout and "purge" in out.stdout
