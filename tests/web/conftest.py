"""Fixtures for the web proxy + widget tests: a tiny fake Rasa REST server on
loopback, and (for Playwright) both servers run in a background event loop."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Dict, List

import pytest
from aiohttp import web

from bot.web.app import create_app


class FakeRasa:
    """Records every REST payload; answers depend on the message text."""

    def __init__(self, slow_seconds: float = 3.0) -> None:
        self.received: List[Dict[str, Any]] = []
        self.slow_seconds = slow_seconds
        self.mode = "normal"  # "normal" | "error500" | "garbage"

    def reply(self, sender: str, message: str) -> List[Dict[str, Any]]:
        if message == "안녕하세요":
            return [
                {"recipient_id": sender, "text": "안녕하세요! 어떤 도움이 필요하세요?"},
                {
                    "recipient_id": sender,
                    "text": "아래에서 골라 주세요.",
                    "buttons": [
                        {"title": "일자리", "payload": "일자리를 찾고 있어요"},
                        {"title": "빚 상담", "payload": "빚 때문에 힘들어요"},
                    ],
                },
            ]
        if message == "센터 알려줘":
            return [
                {
                    "recipient_id": sender,
                    "custom": {
                        "type": "center",
                        "center": {
                            "name": "서울고용복지플러스센터",
                            "address": "서울 중구 삼일대로 363 1층",
                            "phone": "02-2004-7301",
                            "hours": "평일 09:00~18:00",
                            "map_url": "https://map.kakao.com/?q=test",
                            "verified": False,
                            "desks": ["취업지원", "복지상담"],
                        },
                    },
                }
            ]
        if message == "제도 목록":
            return [
                {
                    "recipient_id": sender,
                    "custom": {
                        "type": "results",
                        "title": "받을 수 있을 만한 제도",
                        "items": [
                            {
                                "title": "국민취업지원제도",
                                "description": "가능성 높음 (참고용)",
                                "detail_payload": "자세히 국민취업지원제도",
                            },
                            {
                                "title": "<img src=x onerror=alert(1)>",
                                "description": "XSS 확인용",
                                "detail_payload": "자세히 테스트",
                            },
                        ],
                    },
                }
            ]
        if message == "내 기록 삭제":  # what Rasa's REST channel answers after deleting
            return [
                {
                    "recipient_id": sender,
                    "text": "대화 기록을 모두 삭제했어요. 이제 새로 시작하시면 됩니다.",
                    "custom": {"type": "forget"},
                }
            ]
        if message == "센터 찾기":
            return [{"recipient_id": sender, "custom": {"type": "location_request"}}]
        return [{"recipient_id": sender, "text": f"받은 말: {message}"}]

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.received.append(body)
        if self.mode == "error500":
            return web.Response(status=500, text="boom")
        if self.mode == "garbage":
            return web.Response(status=200, text="<html>not json</html>")
        if body.get("message", "").startswith("느리게"):
            await asyncio.sleep(self.slow_seconds)
        return web.json_response(self.reply(body["sender"], body["message"]))

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        app.router.add_get("/", lambda r: web.Response(text="Hello from Rasa: 3.6.21"))
        return app


class BackgroundServers:
    """Fake Rasa + the widget server in a thread with its own loop (for sync Playwright)."""

    def __init__(self, rasa_timeout: float = 1.0, slow_seconds: float = 1.5) -> None:
        self.fake = FakeRasa(slow_seconds=slow_seconds)
        self.rasa_timeout = rasa_timeout
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.runners: List[web.AppRunner] = []

    async def _start_app(self, app: web.Application) -> int:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.runners.append(runner)
        return site._server.sockets[0].getsockname()[1]

    async def _start(self) -> None:
        rasa_port = await self._start_app(self.fake.app())
        self.rasa_url = f"http://127.0.0.1:{rasa_port}"
        web_port = await self._start_app(create_app(self.rasa_url, timeout=self.rasa_timeout, mount_staff=False))
        self.url = f"http://127.0.0.1:{web_port}"

    async def _stop(self) -> None:
        for r in reversed(self.runners):
            await r.cleanup()

    def start(self) -> "BackgroundServers":
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(timeout=15)
        return self

    def stop(self) -> None:
        try:
            asyncio.run_coroutine_threadsafe(self._stop(), self.loop).result(timeout=15)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=15)
            self.loop.close()


@pytest.fixture
def fake_rasa() -> FakeRasa:
    return FakeRasa(slow_seconds=3.0)
