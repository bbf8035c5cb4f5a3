"""No hidden patches: importing our modules patches nothing; bot.startup.apply_patches() does, once.

Each check runs in a fresh interpreter, because the test process itself may already have called the hook.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "RASA_TELEMETRY_ENABLED": "false",
        },
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_importing_the_components_and_the_web_app_patches_nothing():
    line = run(
        "from aiohttp import web_request\n"
        "original_url = web_request.BaseRequest.url\n"
        "import bot.adapters.nlu, bot.adapters.policy, bot.web.app, bot.adapters.rest_channel\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "print(getattr(RemoteAction, '_fast_validation', False), web_request.BaseRequest.url is original_url)"
    )
    assert line == "False True"


def test_the_hook_patches_both_and_is_idempotent():
    line = run(
        "from aiohttp import web_request\n"
        "from yarl import URL\n"
        "original_url = web_request.BaseRequest.url\n"
        "from bot.startup import apply_patches, applied\n"
        "first = apply_patches()\n"
        "second = apply_patches()\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "try:\n"
        "    URL.build(scheme='http', host='localhost:8000'); needs_fix = False\n"
        "except ValueError:\n"
        "    needs_fix = True\n"
        "patched_url = web_request.BaseRequest.url is not original_url\n"
        "print(first['rasa'], any(second.values()), RemoteAction._fast_validation, patched_url == needs_fix,"
        " all(applied().values()))"
    )
    assert line == "True False True True True"


def test_the_web_factory_applies_only_the_aiohttp_patch_and_never_loads_rasa():
    line = run(
        "import sys\n"
        "from bot.web.app import create_app\n"
        "create_app(rasa_url='http://127.0.0.1:1', limits=(), proxy_token='t', mount_staff=False)\n"
        "from bot.startup import applied\n"
        "print(applied()['aiohttp'], applied()['rasa'], 'rasa' in sys.modules)"
    )
    assert line == "True False False"


def test_rasa_loading_our_components_applies_the_rasa_patch():
    line = run(
        "from bot.adapters.nlu import KoreanTokenizer\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "KoreanTokenizer.create({**KoreanTokenizer.get_default_config()}, None, None, None)\n"
        "print(getattr(RemoteAction, '_fast_validation', False))"
    )
    assert line == "True"


def test_unknown_patch_name_is_an_error():
    import pytest

    from bot.startup import apply_patches

    with pytest.raises(ValueError):
        apply_patches(["numpy"])
