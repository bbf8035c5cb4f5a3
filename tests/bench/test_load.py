"""bench.load.run_level against an in-process fake REST channel on loopback (no Rasa)."""
import asyncio

from aiohttp import web

from bench.load import moodbot_conversation, run_level


async def _fake_server(fail_every: int = 0):
    seen = {"n": 0}

    async def webhook(request):
        body = await request.json()
        seen["n"] += 1
        if fail_every and seen["n"] % fail_every == 0:
            return web.Response(status=500, text="boom")
        text = body["message"].lower()
        if "sad" in text or "not good" in text or "unhappy" in text or "don't feel" in text:
            reply = [{"text": "Here is something to cheer you up"}, {"text": "Did that help you?"}]
        elif "bye" in text or "see you" in text:
            reply = [{"text": "Bye"}]
        else:
            reply = [{"text": "Hey! How are you?"}]
        await asyncio.sleep(0.005)
        return web.json_response(reply)

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}/webhooks/rest/webhook", seen


async def test_run_level_counts_turns_and_conversations():
    runner, url, seen = await _fake_server()
    try:
        lv = await run_level(url, moodbot_conversation, concurrency=3, seconds=1.0, turn_timeout=5)
    finally:
        await runner.cleanup()
    assert lv["errors"] == 0 and lv["turns"] == seen["n"] > 0
    assert lv["conversations"] >= 3
    assert lv["flows"]["goodbye"] >= lv["conversations"]
    assert lv["think_s"] == 0.0 and lv["p50_ms"] is not None


async def test_run_level_records_http_errors_and_abandons_the_conversation():
    runner, url, seen = await _fake_server(fail_every=3)
    try:
        lv = await run_level(url, moodbot_conversation, concurrency=2, seconds=1.0, turn_timeout=5)
    finally:
        await runner.cleanup()
    assert lv["errors"] > 0 and lv["error_kinds"] == {"http 500": lv["errors"]}
    assert lv["flows"]["abandoned"] == lv["errors"]
    assert lv["turns"] + lv["errors"] == seen["n"]


async def test_think_time_slows_the_offered_load():
    runner, url, seen = await _fake_server()
    try:
        lv = await run_level(url, moodbot_conversation, concurrency=2, seconds=1.0, turn_timeout=5, think_s=0.4)
    finally:
        await runner.cleanup()
    # each citizen waits >= 0.2 s after every reply, so 2 citizens manage at most ~10 turns in 1 s
    assert 0 < lv["turns"] <= 12 and lv["think_s"] == 0.4
