"""Inbox, transcript, review, exports, bookings, dashboard and retention."""

import json
import subprocess
import sys
from datetime import datetime

import pytest
import yaml

from bot.staff import CTX


async def _api(client, path):
    r = await client.get(path)
    assert r.status == 200, await r.text()
    return await r.json()


def _ids(data):
    return [i["sender_id"] for i in data["items"]]


async def test_inbox_summaries_and_filters(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    d = await _api(client, "/staff/api/conversations")
    assert _ids(d) == ["web-park-0003", "kakao-lee-0002", "web-kim-0001", "kakao-choi-0004"]  # newest first
    kim = d["items"][2]
    assert kim["channel"] == "rest" and kim["turns"] == 4 and kim["needs"] == ["debt"]
    assert kim["booked"] and kim["booking_code"] == "K7M2QX" and kim["screening_done"]
    assert kim["satisfaction"] == 5 and kim["fallbacks"] == 0 and not kim["crisis"]
    lee = d["items"][1]
    assert lee["fallbacks"] == 1 and lee["channel"] == "kakao" and not lee["booked"]
    assert d["items"][0]["crisis"] and d["items"][0]["channel"] == "socketio"

    assert _ids(await _api(client, "/staff/api/conversations?channel=kakao")) == ["kakao-lee-0002", "kakao-choi-0004"]
    assert _ids(await _api(client, "/staff/api/conversations?need=childcare")) == ["kakao-lee-0002"]
    assert _ids(await _api(client, "/staff/api/conversations?booked=yes")) == ["web-kim-0001"]
    assert len(_ids(await _api(client, "/staff/api/conversations?booked=no"))) == 3
    assert _ids(await _api(client, "/staff/api/conversations?fallback=yes")) == ["kakao-lee-0002"]
    assert _ids(await _api(client, "/staff/api/conversations?crisis=yes")) == ["web-park-0003"]
    assert _ids(await _api(client, "/staff/api/conversations?q=" + "월세")) == ["kakao-choi-0004"]
    assert _ids(await _api(client, "/staff/api/conversations?q=park")) == ["web-park-0003"]
    assert _ids(await _api(client, "/staff/api/conversations?q=100%25")) == []
    since = datetime.fromtimestamp(h.NOW - 10 * h.DAY).strftime("%Y-%m-%d")
    assert "kakao-choi-0004" not in _ids(await _api(client, f"/staff/api/conversations?date_from={since}"))
    assert len(_ids(await _api(client, "/staff/api/conversations?status=unreviewed"))) == 4


async def test_inbox_html_pagination_and_status_filter(client_factory, h):
    client = await client_factory(page_size=2)
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    r = await client.get("/staff/conversations")
    html = await r.text()
    assert "전체 4건 중 4건" in html and "1 / 2쪽" in html
    assert "web-park-0003" in html and "kakao-choi-0004" not in html
    r = await client.get("/staff/conversations?page=2")
    html = await r.text()
    assert "kakao-choi-0004" in html and "web-park-0003" not in html
    token = h.CSRF_RE.search(html).group(1)
    await client.post("/staff/conversations/kakao-lee-0002/review", data={"csrf_token": token, "status": "reviewed"})
    r = await client.get("/staff/conversations?status=reviewed")
    html = await r.text()
    assert "kakao-lee-0002" in html and "web-kim-0001" not in html and "검토 완료" in html


async def test_transcript_shows_nlu_actions_slots_masked(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    r = await client.get("/staff/conversations/web-kim-0001")
    assert r.status == 200
    html = await r.text()
    assert "빚이 너무 많아서 상담받고 싶어요" in html
    assert "inform_need" in html and "(0.93)" in html
    assert "need=debt" in html
    assert "010-****-5678" in html and "1234-5678" not in html
    assert "action_screening" in html and "RulePolicy" in html
    assert "최종 결정은 담당 기관에서 합니다" in html
    assert "booking_code" in html and "K7M2QX" in html
    assert "(암호화된 값)" in html and "sealed:" not in html  # bot/sealed.py tokens are not shown
    assert "&#34;given&#34;" in html or "&quot;given&quot;" in html  # consent slot at the end
    views = client.app[CTX].db.list_audit(action="view_conversation")[0]
    assert views[0]["target"] == "web-kim-0001" and views[0]["username"] == h.ADMIN[0]
    r = await client.get("/staff/conversations/nobody-here")
    assert r.status == 404
    d = await _api(client, "/staff/api/conversations/kakao-lee-0002")
    users = [i for i in d["transcript"]["items"] if i["type"] == "user"]
    assert users[1]["intent"] == "nlu_fallback" and users[1]["fallback"]


async def test_review_tags_notes_are_stored_and_audited(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    token = await h.csrf_of(client)
    base = "/staff/conversations/kakao-lee-0002"
    r = await client.post(base + "/review", data={"csrf_token": token, "status": "follow_up"}, allow_redirects=False)
    assert r.status == 302
    await client.post(base + "/tags", data={"csrf_token": token, "tag": "보육 문의"})
    await client.post(base + "/tags", data={"csrf_token": token, "tag": "오분류"})
    await client.post(base + "/tags", data={"csrf_token": token, "tag": "오분류", "op": "remove"})
    await client.post(base + "/notes", data={"csrf_token": token, "body": "폴백 문장 학습 필요. 연락처 010-9999-8888"})
    d = await _api(client, "/staff/api/conversations/kakao-lee-0002")
    assert d["review"]["status"] == "follow_up"
    assert d["review"]["tags"] == ["보육 문의"]
    assert d["review"]["notes"][0]["author"] == h.ADMIN[0]
    assert d["review"]["notes"][0]["body"].endswith("010-****-8888")  # notes are masked too
    assert _ids(await _api(client, "/staff/api/conversations?tag=" + "보육 문의")) == ["kakao-lee-0002"]
    acts = [(a["action"], a["target"]) for a in client.app[CTX].db.list_audit(limit=100)[0]]
    for a in ("review_status", "tag_add", "tag_remove", "note_add"):
        assert (a, "kakao-lee-0002") in acts
    r = await client.post(base + "/review", data={"csrf_token": token, "status": "bogus"})
    assert r.status == 400
    r = await client.post("/staff/conversations/nobody/review", data={"csrf_token": token, "status": "reviewed"})
    assert r.status == 404


async def test_corrections_export_as_rasa_nlu_yaml(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    token = await h.csrf_of(client)
    d = await _api(client, "/staff/api/conversations/kakao-lee-0002")
    users = [i for i in d["transcript"]["items"] if i["type"] == "user"]
    r = await client.post(
        "/staff/conversations/kakao-lee-0002/corrections",
        allow_redirects=False,
        data={
            "csrf_token": token,
            "event_id": str(users[0]["id"]),
            "intent": "inform_need",
            "annotated_text": "[일자리](need) 구하는데 [아이](need) 맡길 곳도 필요해요",
        },
    )
    assert r.status == 302 and "ok=" in r.headers["Location"]
    r = await client.post(
        "/staff/conversations/kakao-lee-0002/corrections",
        allow_redirects=False,
        data={"csrf_token": token, "event_id": str(users[1]["id"]), "intent": "out_of_scope", "annotated_text": ""},
    )
    assert "ok=" in r.headers["Location"]
    r = await client.post(
        "/staff/conversations/kakao-lee-0002/corrections",
        allow_redirects=False,
        data={"csrf_token": token, "event_id": str(users[1]["id"]), "intent": "나쁜 이름", "annotated_text": ""},
    )
    assert "err=" in r.headers["Location"]
    r = await client.get("/staff/exports/nlu.yml")
    text = await r.text()
    assert r.headers["Content-Type"].startswith("text/yaml")
    doc = yaml.safe_load(text)
    assert doc["version"] == "3.1"
    by_intent = {x["intent"]: x["examples"] for x in doc["nlu"]}
    assert by_intent["inform_need"] == "- [일자리](need) 구하는데 [아이](need) 맡길 곳도 필요해요\n"
    assert by_intent["out_of_scope"] == "- ㅁㄴㅇㄹ\n"
    # Rasa itself accepts the file
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    td = RasaYAMLReader().reads(text)
    ex = [m for m in td.training_examples if m.get("intent") == "inform_need"][0]
    assert ex.get("text") == "일자리 구하는데 아이 맡길 곳도 필요해요"
    assert [(e["entity"], e["value"]) for e in ex.get("entities")] == [("need", "일자리"), ("need", "아이")]
    assert client.app[CTX].db.list_audit(action="export_nlu")[1] == 1


async def test_save_conversation_as_test_story(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    token = await h.csrf_of(client)
    r = await client.post("/staff/conversations/web-kim-0001/story", data={"csrf_token": token}, allow_redirects=False)
    assert r.status == 302
    r = await client.get("/staff/exports/stories.yml")
    text = await r.text()
    doc = yaml.safe_load(text)
    steps = doc["stories"][0]["steps"]
    # the entity with a synonym value uses Rasa's JSON annotation form
    assert steps[0] == {
        "user": '[빚]{"entity": "need", "value": "debt"}이 너무 많아서 상담받고 싶어요\n',
        "intent": "inform_need",
    }
    assert {"action": "utter_ask_consent"} in steps and {"action": "action_book"} in steps
    assert not any(s.get("action") in ("action_listen", "action_session_start") for s in steps)
    phone_step = [s for s in steps if "user" in s and "번호" in s["user"]][0]
    assert phone_step["user"].strip() == "제 번호는 [010-****-5678](phone)이에요"
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader

    story_steps = YAMLStoryReader().read_from_string(text)
    assert len(story_steps) == 1 and len(story_steps[0].events) == len(steps)
    r = await client.get("/staff/conversations/web-kim-0001/story.yml")
    assert "stories:" in await r.text()


class _Clock:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


@pytest.fixture
def booking_store(tmp_path):
    from bot.booking import KST, BookingStore

    clock = _Clock(datetime(2026, 11, 24, 9, 0, tzinfo=KST))  # a Tuesday
    store = BookingStore(url=f"sqlite:///{tmp_path / 'booking.db'}", clock=clock)
    summary = {
        "needs": ["debt"],
        "verdicts": {"채무조정(신용회복위원회)": "likely", "긴급복지 생계지원": "need_more"},
        "desks": ["서민금융통합지원센터"],
        "documents": ["신분증", "부채 내역"],
    }
    b1 = store.book("서울고용센터", datetime(2026, 11, 24, 14, 0, tzinfo=KST), "김민수", "010-1234-5678", summary)
    b2 = store.book(
        "서울고용센터",
        datetime(2026, 11, 24, 15, 0, tzinfo=KST),
        "이영희",
        "010-2222-3333",
        {"needs": ["employment"], "desks": ["고용센터(취업지원)"]},
    )
    b3 = store.book("서울강남고용센터", datetime(2026, 11, 25, 10, 0, tzinfo=KST), "박지성", "010-4444-5555", {})
    clock.t = datetime(2026, 11, 24, 16, 0, tzinfo=KST)
    yield store, (b1, b2, b3)
    store.close()


async def test_bookings_by_center_and_day_and_outcome(client_factory, h, booking_store):
    store, (b1, b2, b3) = booking_store
    client = await client_factory(booking_store=store)
    await h.login(client, *h.COUNSELOR)  # counselor of 서울고용센터: own center by default
    r = await client.get("/staff/bookings")
    html = await r.text()
    assert b1.code in html and b2.code in html and b3.code not in html
    assert "신청인 김*수" in html and "김민수" not in html  # name masked
    assert "1234-5678" not in html  # phone masked
    assert "채무조정(신용회복위원회) — 가능성 높음" in html and "신분증" in html
    assert "긴급복지 생계지원 — 정보 더 필요" in html and "need_more" not in html  # older summary, Korean labels
    assert "최종 결정은 담당 기관에서 합니다" in html
    r = await client.get("/staff/bookings?center=&day=2026-11-25")
    html = await r.text()
    # a counselor sees only their own center's bookings, whatever the filter says (issue 13)
    assert b3.code not in html and b1.code not in html
    token = h.CSRF_RE.search(html).group(1)
    r = await client.post(
        f"/staff/bookings/{b1.code}/outcome",
        allow_redirects=False,
        data=[
            ("csrf_token", token),
            ("status", "visited"),
            ("desk", "서민금융통합지원센터"),
            ("desk", "복지지원(시·군·구)"),
            ("desk_other", "정신건강복지센터"),
            ("note", "채무조정 신청 안내함"),
        ],
    )
    assert r.status == 302 and "ok=" in r.headers["Location"]
    r = await client.post(
        f"/staff/bookings/{b2.code}/outcome",
        allow_redirects=False,
        data={"csrf_token": token, "status": "no_show", "desk": "고용센터(취업지원)"},
    )
    assert r.status == 302
    got = {b.code: b for b in store.list_bookings()}
    assert got[b1.code].status == "visited" and got[b1.code].outcome_by == h.COUNSELOR[0]
    assert got[b1.code].linked_desks == ["서민금융통합지원센터", "복지지원(시·군·구)", "정신건강복지센터"]
    assert got[b2.code].status == "no_show" and got[b2.code].linked_desks == []
    # another center's booking cannot be touched: as if it did not exist
    r = await client.post(
        f"/staff/bookings/{b3.code}/outcome", allow_redirects=False, data={"csrf_token": token, "status": "visited"}
    )
    assert r.status == 404
    r = await client.post("/staff/bookings/ZZZZZZ/outcome", data={"csrf_token": token, "status": "visited"})
    assert r.status == 404
    r = await client.post(f"/staff/bookings/{b1.code}/outcome", data={"csrf_token": token, "status": "cancelled"})
    assert r.status == 400
    acts = [(a["action"], a["target"]) for a in client.app[CTX].db.list_audit(limit=100)[0]]
    assert ("booking_outcome", b1.code) in acts and ("view_bookings", None) in acts

    m = await _api(client, "/staff/api/dashboard")  # the counselor's own center only
    assert m["bookings"] == {"total": 2, "booked": 0, "visited": 1, "no_show": 1, "cancelled": 0}
    assert m["linked_by_desk"] == {"서민금융통합지원센터": 1, "복지지원(시·군·구)": 1, "정신건강복지센터": 1}
    assert m["linked_total"] == 1


async def test_dashboard_measures(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    m = await _api(client, "/staff/api/dashboard")
    assert m["conversations"] == 4
    assert m["screenings_completed"] == 3
    assert m["bookings_in_conversations"] == 1
    assert m["crisis"] == 1
    assert m["user_turns"] == 10 and m["fallback_turns"] == 1
    assert m["fallback_rate"] == pytest.approx(0.1)
    assert m["satisfaction_count"] == 3 and m["satisfaction_avg"] == pytest.approx(4.0)
    assert m["satisfaction_dist"] == {"1": 0, "2": 0, "3": 1, "4": 1, "5": 1}
    assert m["needs"]["debt"] == 1 and m["channels"] == {"카카오톡": 2, "웹": 2}  # web-… senders are 웹, not rest
    since = datetime.fromtimestamp(h.NOW - 10 * h.DAY).strftime("%Y-%m-%d")
    m = await _api(client, f"/staff/api/dashboard?date_from={since}")
    assert m["conversations"] == 3 and m["satisfaction_avg"] == pytest.approx(4.0)
    r = await client.get("/staff/dashboard")
    html = await r.text()
    assert r.status == 200 and "10.0%" in html and "4.00" in html and "만족도 분포" in html
    assert ">rest<" not in html and ">웹<" in html


async def test_admin_purge_and_delete_by_booking_code(client, h):
    await h.login(client, *h.ADMIN)
    token = await h.csrf_of(client)
    await client.post("/staff/conversations/kakao-choi-0004/notes", data={"csrf_token": token, "body": "오래된 메모"})
    r = await client.post(
        "/staff/admin/retention/purge", data={"csrf_token": token, "days": "30"}, allow_redirects=False
    )
    assert "err=" in r.headers["Location"]  # confirmation box is required
    r = await client.post(
        "/staff/admin/retention/purge",
        data={"csrf_token": token, "days": "30", "confirm": "yes"},
        allow_redirects=False,
    )
    assert "ok=" in r.headers["Location"]
    ids = _ids(await _api(client, "/staff/api/conversations"))
    assert "kakao-choi-0004" not in ids and len(ids) == 3
    assert client.app[CTX].db.get_review("kakao-choi-0004")["notes"] == []
    r = await client.post(
        "/staff/admin/retention/delete",
        allow_redirects=False,
        data={"csrf_token": token, "booking_code": "k7m2qx", "confirm": "yes"},
    )
    assert "ok=" in r.headers["Location"]
    assert "web-kim-0001" not in _ids(await _api(client, "/staff/api/conversations"))
    r = await client.post(
        "/staff/admin/retention/delete",
        allow_redirects=False,
        data={"csrf_token": token, "sender_id": "web-park-0003", "confirm": "yes"},
    )
    assert "ok=" in r.headers["Location"]
    assert _ids(await _api(client, "/staff/api/conversations")) == ["kakao-lee-0002"]
    rows = client.app[CTX].db.list_audit(limit=100)[0]
    purge = [a for a in rows if a["action"] == "retention_purge"][0]
    assert json.loads(purge["detail"])["senders"] == 1 and purge["username"] == "admin"
    deletes = {a["target"] for a in rows if a["action"] == "conversation_delete"}
    assert deletes == {"booking:k7m2qx", "web-park-0003"}


def _run_cli(args, env_extra, stdin=""):
    import os

    env = dict(os.environ, **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "bot.staff", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=str(__import__("pathlib").Path(__file__).parents[2]),
    )


def test_cli_create_admin_and_purge(tmp_path, tracker_db):
    env = {
        "STAFF_DB_URL": f"sqlite:///{tmp_path / 'cli-staff.db'}",
        "TRACKER_DB_URL": f"sqlite:///{tracker_db}",
        "BOOKING_DB_URL": f"sqlite:///{tmp_path / 'cli-booking.db'}",
    }
    p = _run_cli(["create-admin", "--username", "boss", "--password-stdin"], env, "짧음\n")
    assert p.returncode != 0 and "10자" in (p.stderr + p.stdout)
    p = _run_cli(["create-admin", "--username", "boss", "--password-stdin"], env, "관리자용-긴-비밀번호-1\n")
    assert p.returncode == 0, p.stderr
    p = _run_cli(["create-admin", "--username", "boss", "--password-stdin"], env, "관리자용-긴-비밀번호-1\n")
    assert p.returncode != 0  # exists
    p = _run_cli(["create-admin", "--username", "boss", "--password-stdin", "--update"], env, "새-관리자-비밀번호-2\n")
    assert p.returncode == 0, p.stderr
    from bot.staff.storage import StaffDB
    from bot.staff.security import verify_password

    db = StaffDB(env["STAFF_DB_URL"])
    u = db.get_user("boss")
    assert u["role"] == "admin" and verify_password("새-관리자-비밀번호-2", u["password_hash"])
    p = _run_cli(["purge", "--days", "30"], env)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["senders"] == 1 and out["events"] > 0 and out["bookings"] == 0
    assert [a["action"] for a in db.list_audit()[0]][:1] == ["retention_purge"]
    p = _run_cli(["delete-conversation", "--sender-id", "web-park-0003"], env)
    assert p.returncode == 0 and json.loads(p.stdout)["senders"] == ["web-park-0003"]
    db.dispose()
    import sqlite3

    left = {r[0] for r in sqlite3.connect(str(tracker_db)).execute("select distinct sender_id from events")}
    assert left == {"web-kim-0001", "kakao-lee-0002"}


def test_seeded_database_holds_no_raw_pii(tracker_db):
    raw = tracker_db.read_bytes()
    assert b"010-1234-5678" not in raw and b"1234-5678" not in raw


# ---- the counselor's 연계 plan, the readable transcript, channel labels ---------------------------------
MOTHER_OF_THREE = {
    "age": 38,
    "sido": "경기도",
    "sigungu": "수원시",
    "household_size": 4,
    "household_income_monthly": 1_800_000,
    "children_ages": [10, 7, 4],
    "single_parent": True,
    "housing": "monthly_rent",
    "rent_monthly": 450_000,
    "employment_status": "unemployed",
    "skipped_fields": ["assets"],
    "inferred_fields": ["household_size"],
}


@pytest.fixture
def plan_store(tmp_path):
    from bot.booking import KST, BookingStore
    from bot.screening.handoff import build_handoff

    clock = _Clock(datetime(2026, 11, 24, 9, 0, tzinfo=KST))
    store = BookingStore(url=f"sqlite:///{tmp_path / 'plan-booking.db'}", clock=clock)
    plan = build_handoff(
        MOTHER_OF_THREE,
        ["childcare", "livelihood", "housing", "employment"],
        flags=[{"kind": "violence", "level": "risk", "evidence": "남편이 때려서 나왔어요"}],
        quotes=["애 셋 데리고 남편 피해서 나왔어요. 제 번호 010-9876-5432로 연락 주세요", "월세가 두 달 밀렸어요"],
        notes=["월세 밀림"],
        channel="rest",
        sender_id="web-kim-0001",
    )
    old = {
        "needs": ["employment"],
        "desks": ["고용센터(실업급여·국민취업지원제도·내일배움카드)"],
        "programs": [
            {"program": "국민취업지원제도 Ⅱ유형", "id": "national_employment_support_2", "verdict": "need_info"},
            {"program": "긴급복지", "id": "emergency_welfare", "verdict": "refer"},
        ],
        "documents": ["신분증"],
        "profile": {"age": 35, "employment_status": "unemployed"},
    }
    future = store.book("서울고용센터", datetime(2026, 11, 26, 10, 0, tzinfo=KST), "최지은", "010-9876-5432", plan)
    older = store.book("서울고용센터", datetime(2026, 11, 24, 11, 0, tzinfo=KST), "정수민", "010-3333-4444", old)
    clock.t = datetime(2026, 11, 24, 16, 0, tzinfo=KST)
    yield store, plan, future, older
    store.close()


def _card(html, code):
    start = html.index(f'id="bk-{code}"')
    end = html.find("</article>", start)
    return html[start:end]


async def test_booking_card_is_a_one_screen_plan(client_factory, h, plan_store):
    store, plan, future, older = plan_store
    client = await client_factory(booking_store=store)
    await h.login(client, *h.COUNSELOR)
    html = await (await client.get("/staff/bookings")).text()
    card = _card(html, future.code)
    # situation with how sure, needs, the channel in Korean
    assert "나이: 38세" in card and "자녀 나이: 10·7·4세" in card and "한부모: 예" in card
    assert "가구원 수: 4명" in card and "(추정)" in card and "가구 재산: 건너뜀" in card and "(답하지 않음)" in card
    assert ">웹<" in card and "rest" not in card
    # every program that is not unlikely, grouped by desk, each desk once (the old card cut 긴급복지·기초생활·주거급여)
    for name in ("긴급복지지원", "국민기초생활보장", "주거급여", "한부모가족 아동양육비", "국민내일배움카드"):
        assert name in card, name
    assert card.count("<h4>복지지원팀") == 1 and card.count("<h4>고용센터") == 1
    # Korean verdict labels only
    for raw in ("need_info", "refer", "likely", "unlikely", "monthly_rent", "unemployed"):
        assert raw not in card, raw
    # flags, the person's words (masked), the transcript link, what to bring
    assert "⚠ 폭력 피해" in card
    assert "남편 피해서 나왔어요" in card and "9876-5432" not in card and "010-****-5432" in card
    assert 'href="/staff/conversations/web-kim-0001"' in card
    assert "신분증" in card and "최종 결정은 담당 기관에서 합니다" in card
    # a booking still ahead: no visit outcome preselected, the form stays closed
    assert 'value="visited" checked' not in card and "아직 예약 시간 전입니다" in card
    assert "<details open" not in card


async def test_old_booking_summary_still_renders_with_korean_labels(client_factory, h, plan_store):
    store, plan, future, older = plan_store
    client = await client_factory(booking_store=store)
    await h.login(client, *h.COUNSELOR)
    html = await (await client.get("/staff/bookings")).text()
    card = _card(html, older.code)
    assert "국민취업지원제도 Ⅱ유형 — 정보 더 필요" in card and "긴급복지 — 기관 판단 필요" in card
    assert "need_info" not in card and ": refer" not in card and "unemployed" not in card
    assert "<h4>고용센터" in card and "<h4>복지지원팀" in card  # grouped by the catalogue desk
    assert "나이: 35세" in card and "일: 실직" in card
    assert 'value="visited" checked' not in card  # past but not yet recorded: the counselor chooses


async def test_transcript_default_view_is_readable_with_trace_behind_toggle(client, h):
    await h.login(client, *h.ADMIN)  # admins see every center's conversations
    html = await (await client.get("/staff/conversations/web-kim-0001")).text()
    readable, trace = html.split('<details class="trace">', 1)
    assert "빚이 너무 많아서 상담받고 싶어요" in readable and "채무조정 제도는 가능성이 높아요" in readable
    assert "알아들은 내용" in readable and "필요: 빚·대출" in readable and "동의: 동의함" in readable
    assert "예약번호: K7M2QX" in readable and "만족도: 5점" in readable
    assert "010-****-5678" in readable and "1234-5678" not in html
    for dev in (
        "action_session_start",
        "action_listen",
        "RulePolicy",
        "requested_slot",
        "booking_phone",
        "inform_need",
        "(1.00)",
        "슬롯 <code>",
    ):
        assert dev not in readable, dev
    assert "(암호화된 값)" not in readable  # sealed values are not facts
    assert "처리 기록 보기" in trace and "action_screening" in trace and "RulePolicy" in trace
    assert "<dt>채널</dt><dd>웹</dd>" in readable


def test_readable_turns_put_facts_beside_the_line_that_gave_them():
    from bot.staff.conversations import readable_turns

    items = [
        {"id": 1, "type": "action", "name": "action_session_start"},
        {"id": 2, "type": "session_started", "time": "t0"},
        {"id": 3, "type": "user", "text": "35살이고 마포구 살아요 권고사직 당했어요", "time": "t1"},
        {"id": 4, "type": "slot", "name": "age", "value": 35},
        {"id": 5, "type": "slot", "name": "sigungu", "value": "마포구"},
        {"id": 6, "type": "slot", "name": "requested_slot", "value": "household_size"},
        {"id": 7, "type": "slot", "name": "left_job_involuntarily", "value": True},
        {"id": 8, "type": "bot", "text": "가구원은 몇 명인가요?", "buttons": ["1명", "2명"], "time": "t1"},
        {"id": 9, "type": "user", "text": "혼자 살아요 월세 50", "time": "t2"},
        {"id": 10, "type": "slot", "name": "household_size", "value": 1},
        {"id": 11, "type": "slot", "name": "rent_monthly", "value": 500000},
        {"id": 12, "type": "slot", "name": "housing", "value": "monthly_rent"},
    ]
    turns = readable_turns(items)
    assert [t["who"] for t in turns] == ["citizen", "bot", "citizen"]
    assert turns[0]["facts"] == [
        {"label": "나이", "value": "35세"},
        {"label": "시·군·구", "value": "마포구"},
        {"label": "원치 않은 퇴사", "value": "예"},
    ]
    assert {"label": "월세", "value": "50만 원"} in turns[2]["facts"]
    assert {"label": "사는 곳", "value": "월세"} in turns[2]["facts"]
    assert turns[1]["buttons"] == ["1명", "2명"]


def test_channel_labels_from_sender_prefix_and_input_channel():
    from bot.staff.conversations import channel_label

    assert channel_label("rest", "web-abc") == "웹"
    assert channel_label("kakao", "kakao-xyz") == "카카오톡"
    assert channel_label("kakao", "u123") == "카카오톡"
    assert channel_label("socketio", "") == "웹"
    assert channel_label("", "") == ""


async def test_dashboard_shows_satisfaction_beside_linked_counts(client_factory, h, booking_store):
    store, _ = booking_store
    client = await client_factory(booking_store=store)
    await h.login(client, *h.ADMIN)  # counselors see only their own center's bookings
    html = await (await client.get("/staff/dashboard")).text()
    section = html[html.index("예약과 연계") :]
    assert "연계한 방문" in section and 'id="satisfaction-beside-linked"' in section
    assert "3건" in section and "4.00" in section
