"""action_turn inside the Rasa process (BOT_ACTIONS_IN_PROCESS=1): the real Rasa server with NO action
server at all still holds whole Korean conversations - screening, center, booking, crisis - and the
tracker store gets the same masked events as over HTTP."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest

from bench.load import gobok_conversation
from bench.run import _one_conversation
from tests.support.stack import MODEL, Stack, say, texts_of

pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def rasa_alone():
    if not MODEL.exists():
        pytest.fail("models/current.tar.gz is missing: run `make train`")
    workdir = Path(tempfile.mkdtemp(prefix="bot-inproc-"))
    s = Stack(workdir)
    s.env["BOT_ACTIONS_IN_PROCESS"] = "1"
    try:
        s.start_rasa()  # the endpoint in endpoints.yml points at a port nothing listens on
        yield s
    finally:
        s.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)


def test_a_whole_screening_and_booking_without_an_action_server(rasa_alone):
    assert "actions" not in rasa_alone.procs
    out = asyncio.run(_one_conversation(rasa_alone.rest_url, gobok_conversation, 30))
    assert out["errors"] == 0
    assert {"results", "center", "slots", "booked"} <= set(out["flows"]), out


def test_story_before_consent_is_reread_and_the_phone_is_masked_in_the_store(rasa_alone):
    s = f"inproc-{uuid.uuid4().hex[:10]}"
    out = texts_of(say(rasa_alone, s, "안녕하세요"))
    assert "고용복지+센터" in out
    out = texts_of(say(rasa_alone, s, "저 마흔둘인데 회사 잘리고 월세도 석달 밀렸어요 연락은 010-2345-6789로 주세요"))
    assert "동의" in out
    out = texts_of(say(rasa_alone, s, "동의합니다"))
    assert "42" in out or "마흔" in out  # the story told before consent was used, not asked again
    rows = (
        sqlite3.connect(rasa_alone.tracker_db)
        .execute("select data from events where sender_id = ? order by id", (s,))
        .fetchall()
    )
    events = [json.loads(r[0]) for r in rows]
    slots = {e["name"]: e.get("value") for e in events if e.get("event") == "slot"}
    assert slots.get("consent") == "given" and slots.get("age") == 42
    stored = "\n".join(r[0] for r in rows)
    assert "2345-6789" not in stored and "01023456789" not in stored


def test_crisis_gets_109_first_in_process(rasa_alone):
    msgs = say(rasa_alone, f"inproc-{uuid.uuid4().hex[:10]}", "요즘 다 놓고 싶어요 그냥 죽고 싶다는 생각밖에 안 들어요")
    assert "109" in msgs[0]["text"]
