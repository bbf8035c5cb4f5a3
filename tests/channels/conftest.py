"""Shared helpers for the KakaoTalk / safe REST channel tests."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
from aiohttp import web

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str) -> Dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


class FakeRasa:
    """Stands in for Rasa's on_new_message: records messages, answers via the
    message's real CollectingOutputChannel, optionally slowly or failing."""

    def __init__(self, delay: float = 0.0, fail: bool = False, replies: Optional[List[Dict[str, Any]]] = None) -> None:
        self.delay = delay
        self.fail = fail
        self.replies = replies
        self.received: List[Any] = []
        self.tasks: List[asyncio.Task] = []

    async def __call__(self, message) -> None:
        self.received.append(message)
        self.tasks.append(asyncio.current_task())
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError("policy crashed")
        replies = self.replies or [
            {"text": f"받은 말: {message.text}", "buttons": [{"title": "처음으로", "payload": "처음으로"}]}
        ]
        for r in replies:
            await message.output_channel.send_response(message.sender_id, dict(r))

    async def settle(self, timeout: float = 5.0) -> None:
        pending = [t for t in self.tasks if t and not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=timeout)
        for t in pending:
            if not t.done():
                t.cancel()


class CallbackTarget:
    """Local HTTP server standing in for Kakao's callbackUrl."""

    def __init__(self) -> None:
        self.posts: List[Dict[str, Any]] = []
        self.runner: Optional[web.AppRunner] = None
        self.url = ""

    async def handler(self, request: web.Request) -> web.Response:
        self.posts.append(await request.json())
        return web.json_response({"taskId": "t", "status": "SUCCESS", "message": "", "timestamp": 0})

    async def start(self) -> "CallbackTarget":
        app = web.Application()
        app.router.add_post("/v1/callback/{token}", self.handler)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/v1/callback/tok123"
        return self

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()


@pytest.fixture
async def callback_target():
    target = await CallbackTarget().start()
    yield target
    await target.stop()
