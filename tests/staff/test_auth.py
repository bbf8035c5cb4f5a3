"""Authentication, sessions, CSRF, roles, lockout and audit of the console."""

import time

import sqlalchemy as sa

from bot.staff import security
from bot.staff.storage import StaffDB, audit, login_attempts, sessions

PUBLIC = {("GET", "/staff/login"), ("POST", "/staff/login"), ("GET", "/staff/static/{name}")}
SAMPLE = {"sender_id": "web-kim-0001", "code": "K7M2QX", "username": "kim.counselor", "name": "staff.css"}


def _fill(path: str) -> str:
    for k, v in SAMPLE.items():
        path = path.replace("{%s}" % k, v)
    assert "{" not in path, path
    return path


def _audit_rows(app, action=None):
    from bot.staff import CTX

    rows, _ = app[CTX].db.list_audit(limit=1000, action=action)
    return rows


def test_hashing_uses_salt_and_verifies():
    a, b = security.hash_password("같은비밀번호-123"), security.hash_password("같은비밀번호-123")
    assert a != b and a.startswith("scrypt$")
    assert security.verify_password("같은비밀번호-123", a)
    assert not security.verify_password("다른비밀번호-123", a)
    assert not security.verify_password("x", "garbage")
    assert security.password_problem("short") != ""
    assert security.password_problem("kim.counselor-pass", "kim.counselor") != ""
    assert security.password_problem("충분히-긴-비밀번호-42") == ""


async def test_public_routes_are_exactly_the_login_form_and_css(client, h):
    routes = h.staff_routes(client.app)
    assert len(routes) > 25
    public = {(m, p) for m, p, handler in routes if getattr(handler, "_staff_public", False)}
    assert public == PUBLIC


async def test_no_route_answers_without_login(client, h):
    for method, path, _ in h.staff_routes(client.app):
        if (method, path) in PUBLIC:
            continue
        url = _fill(path)
        r = await client.request(method, url, allow_redirects=False, data={"csrf_token": "x"})
        body = await r.text()
        if method == "GET" and not url.startswith("/staff/api/"):
            assert r.status == 302, (method, url, r.status)
            assert r.headers["Location"].startswith("/staff/login"), url
        else:
            assert r.status == 401, (method, url, r.status)
        assert "web-kim-0001" not in body or method == "GET" and r.status == 302
        assert "빚이" not in body
    # also with a forged session cookie
    client.session.cookie_jar.update_cookies({"staff_session": "forged-token"})
    r = await client.get("/staff/api/conversations", allow_redirects=False)
    assert r.status == 401


async def test_login_sets_strict_cookie_and_logout_ends_session(client, h):
    r = await h.login(client, *h.ADMIN)
    cookie = r.headers.getall("Set-Cookie")
    sess = [c for c in cookie if c.startswith("staff_session=")][0]
    assert "HttpOnly" in sess and "SameSite=Strict" in sess and "Path=/staff" in sess
    assert "Secure" not in sess  # plain http in the test server
    r = await client.get("/staff/conversations")
    assert r.status == 200
    assert r.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert r.headers["Cache-Control"] == "no-store"
    token = h.CSRF_RE.search(await r.text()).group(1)
    r = await client.post("/staff/logout", data={"csrf_token": token}, allow_redirects=False)
    assert r.status == 302
    r = await client.get("/staff/conversations", allow_redirects=False)
    assert r.status == 302 and r.headers["Location"].startswith("/staff/login")
    actions = [a["action"] for a in _audit_rows(client.app)]
    assert "login" in actions and "logout" in actions


async def test_secure_cookie_when_https(client_factory, h):
    c = await client_factory(cookie_secure=True)
    r = await c.get("/staff/login")
    pre = [x for x in r.headers.getall("Set-Cookie") if x.startswith("staff_login_csrf=")][0]
    assert "Secure" in pre and "HttpOnly" in pre and "SameSite=Strict" in pre
    token = h.CSRF_RE.search(await r.text()).group(1)
    # a browser sends Secure cookies only over https; hand it over explicitly here
    r = await c.post(
        "/staff/login",
        data={"csrf_token": token, "username": h.ADMIN[0], "password": h.ADMIN[1]},
        headers={"Cookie": f"staff_login_csrf={token}"},
        allow_redirects=False,
    )
    assert r.status == 302
    sess = [x for x in r.headers.getall("Set-Cookie") if x.startswith("staff_session=")][0]
    assert "Secure" in sess and "HttpOnly" in sess


async def test_session_idle_timeout(client, h):
    await h.login(client, *h.COUNSELOR)
    from bot.staff import CTX

    db = client.app[CTX].db
    with db.engine.begin() as c:
        c.execute(sessions.update().values(last_seen_at=time.time() - 31 * 60))
    r = await client.get("/staff/conversations", allow_redirects=False)
    assert r.status == 302
    assert "reason=expired" in r.headers["Location"]
    with db.engine.connect() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(sessions)).scalar() == 0
    # stale sessions of others are swept at the next login
    db.create_session("stale-hash", db.get_user(h.ADMIN[0])["id"], "csrf", "127.0.0.1", time.time() - 2 * 86400)
    await h.login(client, *h.COUNSELOR)
    with db.engine.connect() as c:
        assert (
            c.execute(
                sa.select(sa.func.count()).select_from(sessions).where(sessions.c.token_hash == "stale-hash")
            ).scalar()
            == 0
        )


async def test_session_absolute_lifetime(client, h):
    await h.login(client, *h.COUNSELOR)
    from bot.staff import CTX

    db = client.app[CTX].db
    with db.engine.begin() as c:
        c.execute(sessions.update().values(created_at=time.time() - 13 * 3600))
    r = await client.get("/staff/api/conversations", allow_redirects=False)
    assert r.status == 401


async def test_csrf_checked_on_every_post(client, h):
    await h.login(client, *h.ADMIN)
    good = await h.csrf_of(client)
    posts = [(m, p) for m, p, _ in h.staff_routes(client.app) if m == "POST" and (m, p) not in PUBLIC]
    assert len(posts) >= 12
    for _, path in posts:
        url = _fill(path)
        r = await client.post(url, data={"status": "reviewed"}, allow_redirects=False)
        assert r.status == 403, (url, r.status)
        r = await client.post(url, data={"csrf_token": good + "x"}, allow_redirects=False)
        assert r.status == 403, (url, r.status)
        r = await client.post(url, data={"csrf_token": ""}, headers={"X-CSRF-Token": "wrong"}, allow_redirects=False)
        assert r.status == 403, (url, r.status)
    # the header form of the token is accepted
    r = await client.post(
        "/staff/conversations/web-kim-0001/review",
        data={"status": "reviewed"},
        headers={"X-CSRF-Token": good},
        allow_redirects=False,
    )
    assert r.status == 302
    assert len(_audit_rows(client.app, "csrf_rejected")) == 3 * len(posts)


async def test_login_form_needs_its_csrf_cookie(client, h):
    r = await client.post(
        "/staff/login",
        data={"csrf_token": "abc", "username": h.ADMIN[0], "password": h.ADMIN[1]},
        allow_redirects=False,
    )
    assert r.status == 403
    r = await client.get("/staff/conversations", allow_redirects=False)
    assert r.status == 302


async def test_counselor_cannot_use_admin_routes(client, h):
    await h.login(client, *h.COUNSELOR)
    token = await h.csrf_of(client)
    admin_routes = [
        (m, p) for m, p, handler in h.staff_routes(client.app) if getattr(handler, "_staff_role", None) == "admin"
    ]
    paths = {p for _, p in admin_routes}
    assert {
        "/staff/admin/users",
        "/staff/admin/users/{username}",
        "/staff/admin/audit",
        "/staff/admin/retention",
        "/staff/admin/retention/purge",
        "/staff/admin/retention/delete",
    } <= paths
    for method, path in admin_routes:
        r = await client.request(
            method,
            _fill(path),
            allow_redirects=False,
            data={
                "csrf_token": token,
                "days": "1",
                "confirm": "yes",
                "sender_id": "web-kim-0001",
                "username": "evil",
                "password": "evil-password-123",
                "role": "admin",
            },
        )
        assert r.status == 403, (method, path, r.status)
    # nothing happened
    from bot.staff import CTX

    assert client.app[CTX].db.get_user("evil") is None
    assert client.app[CTX].conversations.exists("web-kim-0001")
    assert len(_audit_rows(client.app, "forbidden")) == len(admin_routes)
    # the admin menu is not shown to counselors
    r = await client.get("/staff/conversations")
    assert "/staff/admin/users" not in await r.text()


async def test_admin_can_use_admin_routes(client, h):
    await h.login(client, *h.ADMIN)
    for path in ("/staff/admin/users", "/staff/admin/audit", "/staff/admin/retention"):
        r = await client.get(path)
        assert r.status == 200, path


async def test_lockout_per_username(client, h):
    for _ in range(5):
        r = await h.login(client, h.COUNSELOR[0], "틀린-비밀번호-0000", expect_ok=False)
        assert r.status == 401
    r = await h.login(client, *h.COUNSELOR, expect_ok=False)
    assert r.status == 429
    assert "잠겼습니다" in await r.text()
    # another user from the same address is not locked (IP threshold is higher)
    await h.login(client, *h.ADMIN)
    assert len(_audit_rows(client.app, "login_failed")) == 5
    assert len(_audit_rows(client.app, "login_locked")) == 1
    # after the window the account opens again
    from bot.staff import CTX

    db = client.app[CTX].db
    with db.engine.begin() as c:
        c.execute(login_attempts.update().where(login_attempts.c.success.is_(False)).values(ts=time.time() - 16 * 60))
    await h.login(client, *h.COUNSELOR)


async def test_lockout_per_ip(client_factory, h):
    c = await client_factory(lockout_max_failures_ip=3)
    for i in range(3):
        r = await h.login(c, f"nobody{i}", "틀린-비밀번호-0000", expect_ok=False)
        assert r.status == 401
    r = await h.login(c, *h.ADMIN, expect_ok=False)
    assert r.status == 429


async def test_unknown_user_and_inactive_user_rejected(client, h):
    r = await h.login(client, "ghost", "whatever-password", expect_ok=False)
    assert r.status == 401
    r = await h.login(client, "01012345678", "whatever-password", expect_ok=False)
    assert r.status == 401
    names = [a["username"] for a in _audit_rows(client.app, "login_failed")]
    # unknown names are not stored at all (they may be a password typed into the wrong box)
    assert len(names) == 2 and all(n.startswith("?") for n in names) and names[0] != names[1]
    assert "ghost" not in str(names) and "5678" not in str(names)
    from bot.staff import CTX

    client.app[CTX].db.update_user(h.COUNSELOR[0], active=False)
    r = await h.login(client, *h.COUNSELOR, expect_ok=False)
    assert r.status == 401


async def test_open_redirect_is_refused(client, h):
    r = await client.get("/staff/login")
    token = h.CSRF_RE.search(await r.text()).group(1)
    r = await client.post(
        "/staff/login",
        data={"csrf_token": token, "username": h.ADMIN[0], "password": h.ADMIN[1], "next": "//evil.example/x"},
        allow_redirects=False,
    )
    assert r.status == 302 and r.headers["Location"] == "/staff/"


async def test_user_management_and_last_admin_guard(client, h):
    await h.login(client, *h.ADMIN)
    token = await h.csrf_of(client)
    r = await client.post(
        "/staff/admin/users",
        data={
            "csrf_token": token,
            "username": "park.new",
            "password": "새-임시-비밀번호-77",
            "role": "counselor",
            "center": "서울고용센터",
        },
        allow_redirects=False,
    )
    assert r.status == 302 and "ok=" in r.headers["Location"]
    from bot.staff import CTX

    db = client.app[CTX].db
    u = db.get_user("park.new")
    assert u["role"] == "counselor" and u["password_hash"].startswith("scrypt$")
    assert "새-임시" not in u["password_hash"]
    # the only admin cannot demote themself
    r = await client.post(
        "/staff/admin/users/admin",
        data={"csrf_token": token, "role": "counselor", "active": "1"},
        allow_redirects=False,
    )
    assert "err=" in r.headers["Location"]
    assert db.get_user("admin")["role"] == "admin"
    # deactivating a user ends their sessions
    c2 = await client_for_same_app(client)
    await h.login(c2, "park.new", "새-임시-비밀번호-77")
    r = await client.post(
        "/staff/admin/users/park.new",
        data={"csrf_token": token, "role": "counselor", "active": "0"},
        allow_redirects=False,
    )
    assert r.status == 302
    r = await c2.get("/staff/conversations", allow_redirects=False)
    assert r.status == 302
    await c2.close()
    acts = [(a["action"], a["target"]) for a in _audit_rows(client.app)]
    assert ("user_create", "park.new") in acts and ("user_update", "park.new") in acts


async def client_for_same_app(client):
    """A second browser (own cookie jar) against the same server."""
    from aiohttp.test_utils import TestClient

    c = TestClient(client.server)
    await c.start_server()
    return c


async def test_change_own_password(client, h):
    await h.login(client, *h.COUNSELOR)
    token = await h.csrf_of(client)
    r = await client.post(
        "/staff/account/password",
        data={
            "csrf_token": token,
            "current": "wrong-one-123",
            "new": "새로운-비밀번호-99",
            "confirm": "새로운-비밀번호-99",
        },
        allow_redirects=False,
    )
    assert "err=" in r.headers["Location"]
    r = await client.post(
        "/staff/account/password",
        data={
            "csrf_token": token,
            "current": h.COUNSELOR[1],
            "new": "새로운-비밀번호-99",
            "confirm": "새로운-비밀번호-99",
        },
        allow_redirects=False,
    )
    assert "ok=" in r.headers["Location"]
    from bot.staff import CTX

    assert security.verify_password("새로운-비밀번호-99", client.app[CTX].db.get_user(h.COUNSELOR[0])["password_hash"])


def test_migration_is_idempotent(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    a = StaffDB(url)
    a.create_user("someone", security.hash_password("비밀번호-아주-길게-1"), "counselor")
    a.dispose()
    b = StaffDB(url)  # runs migrate() again
    assert b.get_user("someone") is not None
    with b.engine.connect() as c:
        assert c.execute(sa.text("select count(*) from staff_schema")).scalar() == 1
    b.dispose()


# ---- issue 13: lockout by username+IP, parallel attempts, passwords in the username box,
# ---- sessions ended by a password change, counselors limited to their center, Secure cookie


async def _login_from(client, h, username, password, ip):
    r = await client.get("/staff/login")
    token = h.CSRF_RE.search(await r.text()).group(1)
    return await client.post(
        "/staff/login",
        allow_redirects=False,
        headers={"X-Forwarded-For": ip},
        data={"csrf_token": token, "username": username, "password": password},
    )


async def test_nobody_can_lock_a_counselor_out_from_elsewhere(client_factory, h):
    c = await client_factory(trust_proxy=True)
    for _ in range(6):
        r = await _login_from(c, h, h.COUNSELOR[0], "틀린-비밀번호-0000", "203.0.113.66")
    assert r.status == 429  # the attacker's address is locked for this username
    r = await _login_from(c, h, *h.COUNSELOR, "198.51.100.20")  # the counselor at the center
    assert r.status == 302


async def test_parallel_attempts_cannot_exceed_the_limit(client_factory, h):
    import asyncio

    c = await client_factory(trust_proxy=True)
    r = await c.get("/staff/login")
    token = h.CSRF_RE.search(await r.text()).group(1)

    async def attempt(i):
        r = await c.post(
            "/staff/login",
            allow_redirects=False,
            headers={"X-Forwarded-For": "203.0.113.7"},
            data={"csrf_token": token, "username": h.COUNSELOR[0], "password": f"guess-{i:04d}-xyz"},
        )
        return r.status

    statuses = await asyncio.gather(*[attempt(i) for i in range(20)])
    checked = len(_audit_rows(c.app, "login_failed"))  # attempts whose password was really checked
    assert checked <= 5, statuses
    assert statuses.count(401) == checked and statuses.count(429) == 20 - checked


async def test_a_password_typed_as_username_is_never_stored(client, h):
    secret = "Sup3r-비밀-Passw0rd!"
    r = await h.login(client, secret, "", expect_ok=False)
    assert r.status == 400 and secret not in await r.text()
    r = await h.login(client, secret, "something-else-123", expect_ok=False)
    assert r.status == 401
    assert secret not in await r.text()  # not echoed back into the form either
    from bot.staff import CTX

    db = client.app[CTX].db
    with db.engine.connect() as conn:
        dumped = " ".join(str(tuple(row)) for t in (audit, login_attempts) for row in conn.execute(sa.select(t)))
    assert secret not in dumped and "Sup3r" not in dumped


async def test_password_change_ends_the_other_sessions(client_factory, h):
    here = await client_factory()
    await h.login(here, *h.COUNSELOR)
    from aiohttp.test_utils import TestClient

    elsewhere = TestClient(here.server)  # same app, another browser (its own cookie jar)
    await h.login(elsewhere, *h.COUNSELOR)
    assert (await elsewhere.get("/staff/account", allow_redirects=False)).status == 200
    token = await h.csrf_of(here)
    r = await here.post(
        "/staff/account/password",
        allow_redirects=False,
        data={
            "csrf_token": token,
            "current": h.COUNSELOR[1],
            "new": "새로운-비밀번호-77",
            "confirm": "새로운-비밀번호-77",
        },
    )
    assert "ok=" in r.headers["Location"]
    r = await elsewhere.get("/staff/account", allow_redirects=False)
    assert r.status == 302 and r.headers["Location"].startswith("/staff/login")
    assert (await here.get("/staff/account", allow_redirects=False)).status == 200  # this session stays
    await elsewhere.session.close()


async def test_secure_cookie_behind_a_tls_proxy(client_factory, h):
    c = await client_factory(trust_proxy=True)
    r = await c.get("/staff/login", headers={"X-Forwarded-Proto": "https"})
    assert any("Secure" in x for x in r.headers.getall("Set-Cookie"))
    r = await c.get("/staff/login")
    assert not any("Secure" in x for x in r.headers.getall("Set-Cookie"))  # plain http in development


async def _routed_tracker(path):
    """Conversations routed to two centers and one not routed yet."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.adapters.tracker_store import MaskingSQLTrackerStore

    domain = Domain.from_yaml("version: '3.1'\nslots:\n  center_name: {type: text, mappings: [{type: custom}]}\n")
    store = MaskingSQLTrackerStore(domain=domain, dialect="sqlite", db=str(path))
    t0 = time.time() - 3600

    for sender, center in (
        ("web-seoul-0001", "서울고용센터"),
        ("kakao-busan-0002", "부산고용센터"),
        ("web-none-0003", None),
    ):
        evs = [
            ActionExecuted("action_session_start", timestamp=t0),
            SessionStarted(timestamp=t0),
            ActionExecuted("action_listen", timestamp=t0),
            UserUttered("빚 상담 받고 싶어요", intent={"name": "inform_need", "confidence": 0.9}, timestamp=t0 + 1),
        ]
        if center:
            evs.append(SlotSet("center_name", center, timestamp=t0 + 2))
        await store.save(DialogueStateTracker.from_events(sender, evs, domain.slots))

    store.engine.dispose()


async def test_counselors_see_only_their_centers_conversations_and_bookings(client_factory, h, tmp_path):
    from datetime import datetime

    from bot.booking import KST, BookingStore

    db_path = tmp_path / "routed.db"
    await _routed_tracker(db_path)
    store = BookingStore(url=f"sqlite:///{tmp_path / 'b2.db'}", clock=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=KST))
    own = store.book("서울고용센터", datetime(2026, 11, 24, 14, 0, tzinfo=KST), "김민수", "010-1234-5678", {})
    other = store.book("부산고용센터", datetime(2026, 11, 24, 14, 0, tzinfo=KST), "박지성", "010-4444-5555", {})
    c = await client_factory(tracker_db_url=f"sqlite:///{db_path}", booking_store=store)
    await h.login(c, *h.COUNSELOR)  # counselor of 서울고용센터
    r = await c.get("/staff/api/conversations")
    assert [i["sender_id"] for i in (await r.json())["items"]] == ["web-seoul-0001"]
    assert (await c.get("/staff/conversations/web-seoul-0001")).status == 200
    for path in (
        "/staff/conversations/kakao-busan-0002",
        "/staff/api/conversations/kakao-busan-0002",
        "/staff/conversations/web-none-0003",
        "/staff/conversations/kakao-busan-0002/story.yml",
    ):
        assert (await c.get(path)).status == 404, path
    token = await h.csrf_of(c)
    r = await c.post("/staff/conversations/kakao-busan-0002/notes", data={"csrf_token": token, "body": "메모"})
    assert r.status == 404
    from bot.staff import CTX

    assert c.app[CTX].db.get_review("kakao-busan-0002")["notes"] == []
    for q in ("", "?center=부산고용센터", "?center="):
        html = await (await c.get("/staff/bookings" + q)).text()
        assert own.code in html and other.code not in html, q
    r = await c.post(f"/staff/bookings/{other.code}/outcome", data={"csrf_token": token, "status": "no_show"})
    assert r.status == 404 and store.staff_get(other.code).status == "booked"
    m = await (await c.get("/staff/api/dashboard?center=부산고용센터")).json()
    assert m["conversations"] == 1 and m["bookings"]["total"] == 1
    # an admin sees everything
    admin = await client_factory(tracker_db_url=f"sqlite:///{db_path}", booking_store=store)
    await h.login(admin, *h.ADMIN)
    ids = {i["sender_id"] for i in (await (await admin.get("/staff/api/conversations")).json())["items"]}
    assert ids == {"web-seoul-0001", "kakao-busan-0002", "web-none-0003"}
    store.close()


async def test_exports_mask_saved_stories_and_corrections_with_todays_rules(client, h):
    """Stories saved before the masking rules improved must not leave with a raw 주민번호."""
    import yaml

    from bot.staff import CTX

    db = client.app[CTX].db
    legacy = (
        'version: "3.1"\nstories:\n- story: 상담 대화 web-kim-0001\n  steps:\n'
        "  - user: |\n      주민번호 900101 - 1234567 이에요\n    intent: inform\n  - action: utter_ok\n"
    )
    db.save_story("web-kim-0001", "상담 대화 web-kim-0001", legacy, "admin")
    db.upsert_correction("web-kim-0001", 3, "공일공 일이삼사 오육칠팔", "공일공 일이삼사 오육칠팔", "inform", "admin")
    await h.login(client, *h.ADMIN)
    stories = await (await client.get("/staff/exports/stories.yml")).text()
    assert "1234567" not in stories and "900101 - 1******" in stories
    assert yaml.safe_load(stories)["stories"][0]["steps"][1] == {"action": "utter_ok"}
    nlu = await (await client.get("/staff/exports/nlu.yml")).text()
    assert "일이삼사" not in nlu and "공일공" in nlu
