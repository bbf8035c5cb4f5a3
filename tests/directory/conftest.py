"""Fixtures for the center-directory tests: a loopback fake of the Kakao Local API."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

COEX = {"x": "127.05880", "y": "37.51150"}  # 서울 강남구 삼성동 (코엑스)
SEOUL_CITY_HALL = {"x": "126.97800", "y": "37.56660"}  # 서울 중구 세종대로 110


class FakeKakao:
    """Speaks the Kakao Local JSON shape.  mode: ok | slow | error500 | unauthorized | badjson."""

    def __init__(self):
        self.mode = "ok"
        self.calls: list[tuple[str, str, str]] = []  # (path, query, auth header)
        self.address_docs: dict[str, dict] = {
            "중구 세종대로 110": {**SEOUL_CITY_HALL, "address_name": "서울 중구 태평로1가 31"}
        }
        self.keyword_docs: dict[str, dict] = {
            "코엑스": {**COEX, "place_name": "코엑스", "address_name": "서울 강남구 삼성동 159"}
        }
        self.slow_s = 1.0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def _handler(self):
        fake = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):  # keep test output clean
                pass

            def do_GET(self):
                u = urlparse(self.path)
                q = parse_qs(u.query).get("query", [""])[0]
                fake.calls.append((u.path, q, self.headers.get("Authorization", "")))
                if fake.mode == "slow":
                    time.sleep(fake.slow_s)
                if fake.mode == "error500":
                    return self._send(500, {"errorType": "InternalServerError"})
                if fake.mode == "unauthorized" or not self.headers.get("Authorization", "").startswith("KakaoAK "):
                    return self._send(401, {"errorType": "AccessDeniedError", "message": "cannot find appkey"})
                if fake.mode == "badjson":
                    return self._send_raw(200, b"{not json")
                table = fake.address_docs if u.path.endswith("/address.json") else fake.keyword_docs
                docs = [table[q]] if q in table else []
                return self._send(
                    200,
                    {
                        "meta": {"total_count": len(docs), "pageable_count": len(docs), "is_end": True},
                        "documents": docs,
                    },
                )

            def _send(self, code, obj):
                self._send_raw(code, json.dumps(obj, ensure_ascii=False).encode())

            def _send_raw(self, code, body):
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json;charset=UTF-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        return H

    def close(self):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def fake_kakao(monkeypatch):
    from bot.directory import kakao_local as kakao

    fake = FakeKakao()
    monkeypatch.setenv("KAKAO_REST_API_KEY", "test-key")
    monkeypatch.setenv("KAKAO_LOCAL_BASE_URL", fake.base_url)
    monkeypatch.setenv("KAKAO_TIMEOUT_S", "0.3")
    monkeypatch.setattr(kakao, "BACKOFF_S", 0.0)
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture
def no_kakao(monkeypatch):
    monkeypatch.delenv("KAKAO_REST_API_KEY", raising=False)
