"""One vocabulary (issue 16): everything reads needs, programs, fields, verdicts and shared texts
from bot/catalogue/catalogue.yml."""

from bot import catalogue
from bot.eligibility import (
    DESK_BY_PROGRAM,
    DISCLAIMER,
    FIELD_LABELS,
    FIELDS,
    NEED_LABELS,
    NEEDS,
    PROGRAM_IDS,
    PROGRAM_NAMES,
    PROGRAMS_BY_NEED,
)
from bot.eligibility.planner import QUESTIONS
from bot.eligibility.render import MARKERS, VERDICT_LABELS


def test_eligibility_constants_come_from_the_catalogue():
    assert NEEDS == tuple(catalogue.needs())
    assert PROGRAM_IDS == tuple(catalogue.programs())
    assert all(PROGRAM_NAMES[p] == catalogue.programs()[p]["name"] for p in PROGRAM_IDS)
    assert all(DESK_BY_PROGRAM[p] in catalogue.load()["desks"] for p in PROGRAM_IDS)
    assert {p for n in NEEDS for p in PROGRAMS_BY_NEED[n]} == set(PROGRAM_IDS)
    assert NEED_LABELS == {n: d["label"] for n, d in catalogue.needs().items()}
    assert set(FIELDS) == set(catalogue.fields()) and FIELD_LABELS["age"] == "나이"
    assert set(QUESTIONS) <= set(FIELDS)
    assert DISCLAIMER == catalogue.disclaimer() == "최종 결정은 담당 기관에서 합니다."
    assert set(MARKERS) == set(VERDICT_LABELS) == {"likely", "need_info", "refer", "unlikely"}


def test_every_program_has_aliases_desk_and_sources():
    for pid, p in catalogue.programs().items():
        assert p["name"] and p["aliases"] and p["documents"], pid
        assert p["sources"] and all(u.startswith("http") for u in p["sources"]), pid
        assert p["desk"] in catalogue.load()["desks"], pid


def test_counselor_booking_page_shows_korean_verdicts_not_ids():
    from bot.booking.display import summary_verdict_lines

    lines = summary_verdict_lines(
        {
            "programs": [
                {"program": "국민취업지원제도 Ⅱ유형", "verdict": "need_info"},
                {"program": "긴급복지지원", "verdict": "refer"},
                {"program": "구직급여", "verdict": "likely"},
            ]
        }
    )
    assert lines == ["국민취업지원제도 Ⅱ유형: 정보 더 필요", "긴급복지지원: 기관 판단 필요", "구직급여: 가능성 높음"]
    assert not any("need_info" in x or "refer" in x for x in lines)


def test_consent_promises_the_real_retention_period():
    from bot.screening import texts

    assert catalogue.retention_days() == 180
    assert "180일 뒤 자동 삭제" in texts.CONSENT and "30일" not in texts.CONSENT
    assert texts.DISCLAIMER == catalogue.disclaimer()


def test_fill_takes_figures_from_parameters():
    from bot.eligibility.parameters import parameters

    P = parameters("2026-06-01")
    assert (
        catalogue.fill("{unemployment_benefit.insured_days_min}일, {youth_monthly_rent.rent_max:won}", P)
        == "180일, 60만원"
    )
    assert catalogue.fill("{x:won} {y}", P, x=1_500_000, y="a") == "150만원 a"


def test_eligibility_and_catalogue_do_not_import_rasa():
    import subprocess
    import sys

    code = (
        "import sys, bot.catalogue, bot.eligibility, bot.eligibility.planner, bot.eligibility.__main__; "
        "bad = [m for m in sys.modules if m == 'rasa' or m.startswith(('rasa.', 'rasa_sdk'))]; "
        "assert not bad, bad"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_no_korean_prose_in_program_formulas():
    """Reason texts live in the catalogue: program modules hold no Hangul outside docstrings/comments."""
    import ast
    import os
    import re
    import bot.eligibility.programs as progs

    hangul = re.compile("[가-힣]")
    d = os.path.dirname(progs.__file__)
    for name in os.listdir(d):
        if not name.endswith(".py"):
            continue
        tree = ast.parse(open(os.path.join(d, name), encoding="utf-8").read())
        docs = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef)) and n.body and isinstance(n.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                assert not hangul.search(node.value), (name, node.value)


def test_reason_texts_use_the_right_particle_after_money():
    """'…원' takes 은/을/이/과/으로 (a citizen notices '300만원는', '1억원로')."""
    import re

    bad = re.compile(r"won\}(는|를|가|와|로[^서])")
    for pid, texts in catalogue.reasons().items():
        for rid, tpl in texts.items():
            assert not bad.search(tpl), (pid, rid, tpl)


def test_particles_follow_the_filled_value():
    assert catalogue.fill("{x:으로/로} 말씀하셔서", None, x="300만원 이상") == "300만원 이상으로 말씀하셔서"
    assert catalogue.fill("{x:으로/로} 말씀하셔서", None, x="100만원 이하") == "100만원 이하로 말씀하셔서"
    from bot.eligibility import evaluate

    (r,) = evaluate(
        {"household_size": 2, "household_income_monthly": {"min": 2_000_000, "max": 2_500_000}},
        programs=["basic_livelihood"],
        year=2026,
    )
    assert "250만원으로 말씀하셔서" in r["reason"]
