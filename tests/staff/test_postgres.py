"""The masking store, retention and the console on PostgreSQL (throw-away
server from tests/support/postgres.py; skipped if the Debian binaries are
missing)."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

pg = pytest.importorskip("tests.support.postgres")
pytestmark = pytest.mark.skipif(not pg.postgres_available(), reason="PostgreSQL binaries not installed")


@pytest.fixture(scope="module")
def pg_server():
    with pg.postgres_server(max_connections=60) as url:
        yield url


@pytest.fixture
def pg_urls(pg_server, h):
    """(tracker URL seeded through the masking store, staff URL with users)."""
    tracker_url = pg.new_database(pg_server, prefix="tracker")
    staff_url = pg.new_database(pg_server, prefix="staff")
    h.seed_store(host=tracker_url)
    h.add_users(staff_url)
    return tracker_url, staff_url


async def test_console_and_store_on_postgres(pg_urls, pg_server, h):
    tracker_url, staff_url = pg_urls
    engine = sa.create_engine(tracker_url)
    with engine.connect() as c:
        rows = [r[0] for r in c.execute(sa.text("select data from events"))]
    assert len(rows) > 30
    assert not any("1234-5678" in r for r in rows)
    assert any("010-****-5678" in json.loads(r).get("text", "") for r in rows)

    app = web.Application()
    from bot.staff import register

    register(
        app,
        {
            "staff_db_url": staff_url,
            "tracker_db_url": tracker_url,
            "booking_db_url": pg.new_database(pg_server, prefix="booking"),
        },
    )
    async with TestClient(TestServer(app)) as client:
        await h.login(client, *h.ADMIN)
        d = await (await client.get("/staff/api/conversations")).json()
        assert d["count"] == 4
        d = await (await client.get("/staff/api/conversations?q=월세")).json()
        assert [i["sender_id"] for i in d["items"]] == ["kakao-choi-0004"]
        d = await (await client.get("/staff/api/conversations?q=100%25_")).json()
        assert d["count"] == 0
        token = await h.csrf_of(client)
        r = await client.post(
            "/staff/conversations/kakao-lee-0002/review",
            data={"csrf_token": token, "status": "reviewed"},
            allow_redirects=False,
        )
        assert r.status == 302
        r = await client.post(
            "/staff/admin/retention/purge",
            data={"csrf_token": token, "days": "30", "confirm": "yes"},
            allow_redirects=False,
        )
        assert "ok=" in r.headers["Location"]
        r = await client.post(
            "/staff/admin/retention/delete",
            allow_redirects=False,
            data={"csrf_token": token, "booking_code": "K7M2QX", "confirm": "yes"},
        )
        assert "ok=" in r.headers["Location"]
        d = await (await client.get("/staff/api/conversations")).json()
        assert sorted(i["sender_id"] for i in d["items"]) == ["kakao-lee-0002", "web-park-0003"]
        assert [i["status"] for i in d["items"] if i["sender_id"] == "kakao-lee-0002"] == ["reviewed"]
        m = await (await client.get("/staff/api/dashboard")).json()
        assert m["conversations"] == 2 and m["fallback_turns"] == 1
    engine.dispose()
