"""bench.load.run_level against an in-process fake REST channel on loopback (no Rasa)."""

import asyncio

from aiohttp import web

from bench.load import moodbot_conversation, run_level


async def _serve(webhook):
    """A fake REST channel on a free loopback port: (runner to clean up, webhook URL)."""
    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}/webhooks/rest/webhook"


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

    runner, url = await _serve(webhook)
    return runner, url, seen


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


async def _fake_gobok_server():
    """A scripted stand-in for the 고용복지+ bot: consent, three questions, results, center, booking."""
    from bench.load import OPENINGS, RESULT_MARK

    state: dict = {}
    seen: list = []

    async def webhook(request):
        body = await request.json()
        sender, text = body["sender"], body["message"]
        seen.append((sender, text))
        st = state.setdefault(sender, {"q": 0, "stage": "idle"})
        if text in OPENINGS:
            st["stage"] = "consent"
            return web.json_response(
                [{"text": "상담 내용을 여쭤봐도 될까요?", "buttons": [{"title": "동의합니다", "payload": "/consent"}]}]
            )
        if text == "동의합니다" and st["stage"] == "consent":
            st["stage"] = "questions"
        elif st["stage"] == "questions":
            st["q"] += 1
        if st["stage"] == "questions":
            if st["q"] == 0:
                return web.json_response([{"text": "나이가 어떻게 되세요?"}])
            if st["q"] == 1:
                return web.json_response(
                    [{"text": "가구원은 몇 명인가요?", "buttons": [{"title": "1명"}, {"title": "3명"}]}]
                )
            if st["q"] == 2:
                return web.json_response([{"text": "월 소득은 얼마인가요?"}])
            st["stage"] = "done"
            return web.json_response([{"text": f"국민취업지원제도 대상일 수 있어요. {RESULT_MARK}."}])
        if "고용센터" in text:
            return web.json_response([{"text": "서울서부 고용센터예요. 전화 02-2077-6000"}])
        if text == "상담 예약하고 싶어요":
            return web.json_response(
                [{"text": "시간을 골라 주세요.", "buttons": [{"title": "12월 4일 10:00"}, {"title": "12월 4일 14:00"}]}]
            )
        if ":" in text and "12월" in text:
            return web.json_response([{"text": "성함을 알려 주세요."}])
        if (
            text.endswith(("입니다", "요"))
            and st.get("asked") != "phone"
            and st["stage"] == "done"
            and "name" not in st
        ):
            st["name"] = text
            st["asked"] = "phone"
            return web.json_response([{"text": "연락처를 알려 주세요."}])
        if text.startswith("010-"):
            return web.json_response([{"text": "이대로 예약할까요?", "buttons": [{"title": "네"}]}])
        if text == "네":
            return web.json_response([{"text": "예약되었어요. 예약번호: AB12CD"}])
        return web.json_response([{"text": "천만에요. 더 궁금한 점이 있으세요?"}])

    runner, url = await _serve(webhook)
    return runner, url, seen


async def test_long_conversations_have_exactly_the_planned_turns_with_cpu_per_turn():
    import os

    from bench.load import FILLERS, gobok_long_conversation, run_long
    from bench.procs import CpuProbe

    runner, url, seen = await _fake_gobok_server()
    try:
        out = await run_long(
            url,
            gobok_long_conversation,
            conversations=2,
            turns=60,
            turn_timeout=5,
            probe=CpuProbe({"fake": os.getpid()}),
        )
    finally:
        await runner.cleanup()
    senders = [s for s, _ in seen]
    assert len(set(senders)) == 2 and all(senders.count(s) == 60 for s in set(senders))
    # the second conversation starts at the first one's turn 50 and the two take turns from then on,
    # so turns 1-10 of one are measured in the same seconds as turns 50-60 of the other
    second = senders.index(senders[-1])
    assert second == 50 and senders[second - 1 : second + 21 : 2] == [senders[0]] * 11
    first = [t for s, t in seen if s == senders[0]]
    assert first[0] == "안녕하세요" and set(first[1:10]) <= set(FILLERS)  # turns 1-10: one-turn questions
    assert "네" in first and "상담 예약하고 싶어요" in first  # the whole flow in the middle
    assert set(first[50:]) <= set(FILLERS)  # turns 51-60 again
    assert out["conversations"] == 2 and out["errors"] == 0 and out["flows"].get("booked") == 2
    w1, w2 = out["windows"]["1-10"], out["windows"]["50-60"]
    assert w1["turns"] == 20 and w2["turns"] == 22
    assert w1["cpu_ms"]["fake"] >= 0 and w2["cpu_ms"]["total"] >= 0 and len(out["cpu_ms_by_turn"]) == 60


async def test_long_moodbot_conversation_repeats_under_one_sender():
    from bench.load import moodbot_long_conversation, run_long

    runner, url, seen = await _fake_server()
    try:
        out = await run_long(url, moodbot_long_conversation, conversations=1, turns=25, turn_timeout=5)
    finally:
        await runner.cleanup()
    assert seen["n"] == 25 and out["conversations"] == 1
    assert out["windows"] == {"1-10": None}  # no probe: no CPU records, no 50-60 window


async def test_two_bots_in_alternating_windows_never_overlap_and_get_equal_time():
    from bench.load import run_pair

    inflight = {"a": 0, "b": 0}
    overlaps = []
    runners = []

    async def serve(name: str, delay: float):
        async def webhook(request):
            await request.json()
            other = "b" if name == "a" else "a"
            if inflight[other]:
                overlaps.append(name)
            inflight[name] += 1
            try:
                await asyncio.sleep(delay)
            finally:
                inflight[name] -= 1
            return web.json_response([{"text": "Bye"}])

        runner, url = await _serve(webhook)
        runners.append(runner)
        return url

    try:
        a = {"name": "a", "url": await serve("a", 0.004), "conversation": moodbot_conversation, "sender_prefix": "a"}
        b = {"name": "b", "url": await serve("b", 0.012), "conversation": moodbot_conversation, "sender_prefix": "b"}
        la, lb = await run_pair(a, b, concurrency=4, seconds=1.2, slice_s=0.5, turn_timeout=5)
    finally:
        for r in runners:
            await r.cleanup()
    assert overlaps == []  # one bot's turns at a time
    for lv in (la, lb):
        assert lv["alternation"]["windows"] >= 3
        assert 1.2 <= lv["alternation"]["active_s"] < 1.6 and lv["elapsed_s"] == round(lv["alternation"]["active_s"], 2)
        assert lv["errors"] == 0 and lv["turns"] > 0
    # the slower fake server answers fewer turns in the same time: throughput is per bot's own windows
    assert la["turns_per_s"] > 1.5 * lb["turns_per_s"]
