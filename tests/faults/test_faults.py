"""Faults on the real stack: the action server dies mid-conversation, the Rasa server restarts,
the booking database goes away. The citizen always gets a polite answer, nothing is lost or
half-written, and the conversation carries on afterwards."""

from __future__ import annotations

import glob
import json
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
import requests

from bot.channels.kakao_format import validate_skill_response
from bot.adapters.rest_channel import EMPTY_BOT_REPLY_APOLOGY
from bot.channels.sanitize import UNAVAILABLE_REPLY
from tests.support import postgres as pg
from tests.support.stack import MODEL, Stack, say, texts_of

pytestmark = [pytest.mark.stack, pytest.mark.slow]

CONSENT_PROMPT = "여쭤봐도 될까요"
POLITE_FAILURES = (EMPTY_BOT_REPLY_APOLOGY, UNAVAILABLE_REPLY)


class PgOutage:
    """Stop / start again the throw-away PostgreSQL server behind ``url`` (data kept)."""

    def __init__(self, url: str):
        from sqlalchemy.engine import make_url

        port = str(make_url(url).port)
        self.root = None
        for d in glob.glob(os.path.join(tempfile.gettempdir(), "pgtest-*")):
            try:
                owner = int(open(os.path.join(d, "owner.pid")).read().strip())
                lines = open(os.path.join(d, "data", "postmaster.pid")).read().splitlines()
            except (OSError, ValueError):
                continue
            if owner == os.getpid() and len(lines) > 3 and lines[3].strip() == port:
                self.root = d
        assert self.root, f"no server dir for port {port}"
        self.data = os.path.join(self.root, "data")
        opts = shlex.split(open(os.path.join(self.data, "postmaster.opts")).read())
        # drop the binary and "-D <dir>"; keep -c settings and -p
        args, skip = [], False
        for a in opts[1:]:
            if skip:
                skip = False
                continue
            if a == "-D":
                skip = True
                continue
            args.append(a)
        self.opts = " ".join(shlex.quote(a) for a in args)
        self.user = pg._server_user()
        self.bindir = pg.find_pg_bin()
        self.env = pg.server_env(self.root)

    def _pg_ctl(self, *args):
        r = subprocess.run(
            pg._as_user(self.user, [os.path.join(self.bindir, "pg_ctl"), "-D", self.data, *args]),
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert r.returncode == 0, r.stderr

    def stop(self):
        self._pg_ctl("-m", "immediate", "-w", "-t", "30", "stop")  # like a crash

    def start(self):
        self._pg_ctl("-l", os.path.join(self.root, "server.log"), "-o", self.opts, "-w", "-t", "30", "start")


@pytest.fixture(scope="module")
def fault_stack():
    if not MODEL.exists():
        pytest.fail("models/current.tar.gz is missing: run `make train`")
    if not pg.postgres_available():
        pytest.fail("PostgreSQL binaries missing: apt-get install -y postgresql")
    # the test crashes this server (immediate stop): run it crash-safe like a real one
    url, stop_pg = pg.start_postgres(
        dbname="faults", extra_settings={"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
    )
    workdir = Path(tempfile.mkdtemp(prefix="bot-faults-"))
    s = Stack(workdir)
    from sqlalchemy.engine import make_url

    u = make_url(url)
    s.env["BOOKING_DB_URL"] = f"postgresql://{u.username}@{u.host}:{u.port}/{u.database}"
    s.pg_url = url
    try:
        s.start_actions()
        s.start_rasa()
        yield s
    finally:
        s.stop_all()
        stop_pg()
        if os.environ.get("KEEP_STACK_LOGS"):
            print(f"fault stack logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def chat(stack, sender, text):
    msgs = say(stack, sender, text, timeout=90)
    return msgs, texts_of(msgs)


def kill_actions(stack):
    p = stack.procs.pop("actions")
    os.killpg(p.pid, signal.SIGKILL)
    p.wait(timeout=15)


def slot_events(stack, sender):
    con = sqlite3.connect(str(stack.tracker_db))
    try:
        rows = con.execute(
            "select data from events where sender_id=? and type_name='slot' order by id", (sender,)
        ).fetchall()
    finally:
        con.close()
    out = {}
    for (data,) in rows:
        d = json.loads(data)
        out[d.get("name")] = d.get("value")
    return out


def last_line(text: str) -> str:
    lines = [ln for ln in text.strip().split("\n") if ln.strip() and not ln.startswith("[")]
    return lines[-1] if lines else ""


ANSWERS = [
    ("나이", "45살이에요"),
    ("몇 살", "45살이에요"),
    ("가구", "3인 가구예요"),
    ("소득", "월 150만원 정도요"),
    ("재산", "2천만원 정도"),
    ("고용보험", "1년 반 정도요"),
    ("일한", "1년 넘게 일했어요"),
    ("그만", "권고사직이에요"),
    ("이유", "권고사직이에요"),
]


def answer_for(question: str) -> str:
    return next((a for k, a in ANSWERS if k in question), "건너뛰기")


def test_action_server_dies_then_restarts_and_rasa_restarts(fault_stack):
    st = fault_stack
    s = f"fault-{uuid.uuid4().hex[:10]}"
    _, out = chat(st, s, "회사에서 잘려서 일자리 구하고 있어요")
    assert CONSENT_PROMPT in out or "동의" in out, out
    _, out = chat(st, s, "동의합니다")
    q1 = last_line(out)
    assert q1, out
    _, out = chat(st, s, answer_for(q1))
    q2 = last_line(out)
    assert q2 and q2 != q1, (q1, out)

    # 1. the action server dies mid-conversation -> polite apology on REST and Kakao, never silence
    kill_actions(st)
    msgs, out = chat(st, s, answer_for(q2))
    assert msgs and any(p in out for p in POLITE_FAILURES), out
    kakao = {
        "userRequest": {
            "utterance": "실업급여 받을 수 있나요?",
            "user": {"id": f"k-{uuid.uuid4().hex}", "type": "botUserKey"},
        },
        "action": {"params": {}, "detailParams": {}},
    }
    r = requests.post(st.kakao_url, json=kakao, timeout=30)
    assert r.status_code == 200 and validate_skill_response(r.json()) == []
    body = json.dumps(r.json(), ensure_ascii=False)
    assert "죄송" in body and "1350" in body, body[:400]

    # 2. the action server is back -> the same conversation continues where it was
    st.start_actions()
    _, out = chat(st, s, answer_for(q2))
    assert not any(p in out for p in POLITE_FAILURES) and CONSENT_PROMPT not in out, out
    q3 = last_line(out)
    assert q3 and q3 not in (q1, q2), (q1, q2, out)
    assert slot_events(st, s).get("consent") == "given"

    # 3. the Rasa server restarts -> the conversation resumes from the SQL tracker store
    st.stop("rasa")
    st.start_rasa()
    _, out = chat(st, s, answer_for(q3))
    assert CONSENT_PROMPT not in out and "무엇을 도와드릴까요" not in out, out
    assert q1 not in out and q2 not in out, (q1, q2, out)  # answered questions not asked again
    assert not any(p in out for p in POLITE_FAILURES), out
    slots = slot_events(st, s)
    assert slots.get("consent") == "given"
    con = sqlite3.connect(str(st.tracker_db))
    try:
        n_user = con.execute("select count(*) from events where sender_id=? and type_name='user'", (s,)).fetchone()[0]
    finally:
        con.close()
    assert n_user == 6  # every message of the conversation is in the tracker store


def slot_buttons(msgs):
    return [b["title"] for m in msgs for b in m.get("buttons") or [] if re.search(r"\d{1,2}:\d{2}", b["title"])]


def booking_rows(url):
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conn = psycopg2.connect(host=u.host, port=u.port, user=u.username, dbname=u.database, connect_timeout=5)
    try:
        with conn.cursor() as cur:
            cur.execute("select code, status, seat_no from bookings")
            return cur.fetchall()
    finally:
        conn.close()


def test_booking_database_down_gives_a_clear_error_and_writes_nothing(fault_stack):
    st = fault_stack
    s = f"fault-bk-{uuid.uuid4().hex[:10]}"
    chat(st, s, "마포구 고용센터 어디예요")
    msgs, out = chat(st, s, "상담 예약하고 싶어요")
    for _ in range(4):
        if slot_buttons(msgs):
            break
        msgs, out = chat(st, s, "동의합니다" if "동의" in out else "상담 예약하고 싶어요")
    buttons = slot_buttons(msgs)
    assert buttons, out
    chat(st, s, buttons[0])
    chat(st, s, "홍길동이에요")
    _, out = chat(st, s, "010-2345-6789")
    assert "이대로 예약할까요" in out, out
    before = booking_rows(st.pg_url)

    outage = PgOutage(st.pg_url)
    outage.stop()
    try:
        _, out = chat(st, s, "네")
    finally:
        outage.start()
    assert "예약번호" not in out, out
    assert "연결할 수 없" in out and "저장되지 않았" in out, out  # clear, and says nothing was saved
    assert booking_rows(st.pg_url) == before  # no half-written booking

    # the database is back: the citizen can book in the same conversation
    msgs, out = chat(st, s, "상담 예약하고 싶어요")
    for _ in range(6):
        if "예약번호" in out:
            break
        if slot_buttons(msgs):
            msgs, out = chat(st, s, slot_buttons(msgs)[0])
        elif "이대로 예약할까요" in out:
            msgs, out = chat(st, s, "네")
        elif "이름" in out or "성함" in out:
            msgs, out = chat(st, s, "홍길동이에요")
        elif "전화" in out or "연락처" in out or "번호" in out:
            msgs, out = chat(st, s, "010-2345-6789")
        elif "동의" in out:
            msgs, out = chat(st, s, "동의합니다")
        else:
            msgs, out = chat(st, s, "네")
    m = re.search(r"예약번호: ([A-Z0-9]{6})", out)
    assert m, out
    rows = booking_rows(st.pg_url)
    assert [r[0] for r in rows if r[1] == "booked"] == [m.group(1)]
