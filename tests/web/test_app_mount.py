"""create_app: staff console mounting and the aiohttp/yarl request.url fix."""

from __future__ import annotations

import sys
import types

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import create_app


def fake_staff_module(calls, fail=False):
    mod = types.ModuleType("bot.staff")

    def register(app, settings):
        calls.append(settings)
        if fail:
            raise RuntimeError("staff DB unreachable")
        sub = web.Application()

        async def home(request):
            return web.Response(text=f"staff console at {request.url.path}")

        sub.router.add_get("/", home)
        app.add_subapp("/staff", sub)

    mod.register = register
    return mod


async def test_staff_register_called_and_subapp_served(monkeypatch):
    calls = []
    monkeypatch.setitem(sys.modules, "bot.staff", fake_staff_module(calls))
    app = create_app("http://127.0.0.1:9", staff_settings={"staff_db_url": "sqlite://"})
    assert calls == [{"rasa_url": "http://127.0.0.1:9", "staff_db_url": "sqlite://"}]
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        resp = await client.get("/staff/")  # Host header carries a port: needs the compat fix
        assert resp.status == 200
        assert await resp.text() == "staff console at /staff/"
        assert "Content-Security-Policy" not in resp.headers  # staff sets its own
        assert (await client.get("/no-such-page")).status == 404
        assert (await client.get("/")).status == 200


async def test_staff_failure_does_not_take_chat_down(monkeypatch):
    calls = []
    monkeypatch.setitem(sys.modules, "bot.staff", fake_staff_module(calls, fail=True))
    app = create_app("http://127.0.0.1:9")
    assert len(calls) == 1
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        assert (await client.get("/healthz")).status == 200


async def test_mount_staff_false_skips(monkeypatch):
    calls = []
    monkeypatch.setitem(sys.modules, "bot.staff", fake_staff_module(calls))
    create_app("http://127.0.0.1:9", mount_staff=False)
    assert calls == []


async def test_missing_staff_module_is_fine(monkeypatch):
    monkeypatch.setitem(sys.modules, "bot.staff", None)  # import raises ImportError
    app = create_app("http://127.0.0.1:9")
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        assert (await client.get("/")).status == 200


def test_web_and_formatter_modules_do_not_import_rasa():
    import subprocess

    code = (
        "import sys, bot.web, bot.web.app, bot.channels.sanitize, bot.channels.kakao_format; "
        "bad = [m for m in sys.modules if m == 'rasa' or m.startswith(('rasa.', 'rasa_sdk'))]; "
        "assert not bad, bad"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
