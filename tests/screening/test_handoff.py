"""The counselor's 연계 plan stored with a booking."""

import json

from bot.booking.display import booking_confirmation_text, plan_view, summary_verdict_lines
from bot.screening.handoff import build_handoff, channel_label

from .conftest import DEBTOR, LAID_OFF, MOTHER

RAW = ("need_info", "refer", "unlikely", "monthly_rent", "unemployed", "business_closed")


def _mother_plan(**kw):
    prof = dict(MOTHER, skipped_fields=["assets"], inferred_fields=["household_size"])
    return build_handoff(prof, ["childcare", "livelihood", "housing", "employment"], **kw)


def test_plan_keeps_every_program_grouped_by_desk_once():
    plan = _mother_plan(channel="rest", sender_id="web-abc")
    desks = [d["desk"] for d in plan["desks"]]
    assert len(desks) == len(set(desks)) and "복지지원팀" in desks and "고용센터" in desks
    names = [p["program"] for d in plan["desks"] for p in d["programs"]]
    for want in ("긴급복지지원", "국민기초생활보장(생계·의료·주거·교육급여)", "주거급여", "한부모가족 아동양육비"):
        assert want in names  # the old 12-item cut dropped these for this mother
    assert len(names) > 12 or len(names) == len(set(names))
    assert all(p["verdict"] != "unlikely" for d in plan["desks"] for p in d["programs"])
    assert "청년월세 지원" in plan["unlikely"]
    assert all(
        p["verdict_label"] in ("가능성 높음", "정보 더 필요", "기관 판단 필요")
        for d in plan["desks"]
        for p in d["programs"]
    )
    assert plan["channel"] == "웹" and plan["sender_id"] == "web-abc"
    assert "신분증" in plan["documents"] and len(plan["documents"]) == len(set(plan["documents"]))


def test_facts_say_how_sure():
    plan = _mother_plan()
    by = {f["label"]: f for f in plan["situation"]}
    assert by["나이"]["value"] == "38세" and by["나이"]["sure"] == "stated"
    assert by["가구원 수"]["sure"] == "inferred"
    assert by["가구 재산"] == {"field": "assets", "label": "가구 재산", "value": "건너뜀", "sure": "skipped"}
    assert by["자녀 나이"]["value"] == "10·7·4세" and by["사는 곳"]["value"] == "월세"
    assert by["월세"]["value"] == "45만 원"


def test_flags_and_masked_quotes():
    plan = _mother_plan(
        flags=[{"kind": "suicide", "level": "risk", "evidence": "죽고 싶다는 생각"}],
        quotes=[
            "애 셋 데리고 남편 피해서 나왔어요 주소 알아낼까봐 무서워요",
            "연락은 010-2345-6789로 주세요",
            "제가 글을 잘 못 읽어요",
        ],
    )
    labels = [f["label"] for f in plan["flags"]]
    assert labels[0] == "위기 신호(자살·자해)" and "폭력 피해" in labels and "글 읽기 어려움" in labels
    assert any("010-****-6789" in q for q in plan["quotes"])
    assert not any("2345-6789" in q for q in plan["quotes"])
    none = build_handoff(LAID_OFF, ["employment"], flags=[{"kind": "suicide", "level": "none"}])
    assert none["flags"] == []


def test_plan_is_json_and_fits_the_booking_store():
    long_quotes = ["월세가 밀려서 " * 40] * 10
    plan = _mother_plan(quotes=long_quotes, notes=["메모 " * 30] * 20)
    raw = json.dumps(plan, ensure_ascii=False)
    assert len(raw.encode("utf-8")) <= 14 * 1024
    assert plan["quotes"] and all(len(q) <= 200 for q in plan["quotes"])


def test_plan_view_and_confirmation_use_korean_labels():
    plan = build_handoff(DEBTOR, ["debt", "livelihood"], channel="kakao")
    view = plan_view(plan)
    assert view["channel"] == "카카오톡" and view["desks"] and view["situation"]

    def strings(o):
        if isinstance(o, dict):
            for v in o.values():
                yield from strings(v)
        elif isinstance(o, list):
            for v in o:
                yield from strings(v)
        elif isinstance(o, str):
            yield o

    shown = list(strings(view))
    for raw in RAW + ("likely",):
        assert raw not in shown, raw
    lines = summary_verdict_lines(plan)
    assert lines and all(":" in ln and not ln.endswith(("need_info", "refer", "likely")) for ln in lines)

    class B:
        code, center, status, name, phone = "AB12CD", "부산사하고용센터", "booked", "홍길동", "010-1111-2222"
        summary = plan
        from datetime import datetime, timezone

        start = datetime(2026, 12, 7, 1, 0, tzinfo=timezone.utc)

    conf = booking_confirmation_text(B())
    assert len(conf) <= 1000 and "AB12CD" in conf and "서민금융(통합지원)센터" in conf
    assert conf.count("서민금융(통합지원)센터") == 1


def test_old_summary_shapes_render_without_raw_ids():
    old = {
        "needs": ["일자리·실업"],
        "programs": [
            {"program": "국민취업지원제도 Ⅱ유형", "id": "national_employment_support_2", "verdict": "need_info"},
            {"program": "긴급복지", "id": "emergency_welfare", "verdict": "refer"},
            {"program": "청년월세 지원", "id": "youth_monthly_rent", "verdict": "unlikely"},
        ],
    }
    assert summary_verdict_lines(old) == [
        "국민취업지원제도 Ⅱ유형: 정보 더 필요",
        "긴급복지: 기관 판단 필요",
        "청년월세 지원: 어려울 수 있음",
    ]
    view = plan_view(old)
    assert [d["desk"] for d in view["desks"]] == ["고용센터", "복지지원팀"] and view["unlikely"] == ["청년월세 지원"]
    assert plan_view({"verdicts": {"채무조정": "weird_new_id"}})["desks"][0]["programs"][0]["label"] == "확인 필요"
    assert plan_view(None)["desks"] == [] and plan_view("garbage")["situation"] == []


def test_channel_label():
    assert channel_label("rest", "web-1") == "웹" and channel_label("rest", "api-1") == "웹"
    assert channel_label("kakao") == "카카오톡"
