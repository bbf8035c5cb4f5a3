import pytest

from bot.eligibility import (
    DISCLAIMER,
    NEED_LABELS,
    NEEDS,
    PROGRAM_NAMES,
    PROGRAMS_BY_NEED,
    detail_text,
    evaluate,
    not_evaluated_text,
    programs_for_needs,
    summary_lines,
)

from .profiles import PEOPLE

MARKS = ("✅", "❓", "📞", "❌")


def _profiles():
    for _name, needs, start, truth in PEOPLE:
        yield needs, dict(start)
        full = dict(truth)
        full.update(start)
        yield needs, full


@pytest.mark.parametrize("year", [2025, 2026])
def test_all_strings_short_polite_and_disclaimed(year):
    for needs, prof in _profiles():
        res = evaluate(prof, year=year)
        lines = summary_lines(res, needs)
        assert all(len(s) <= 1000 for s in lines)
        assert DISCLAIMER in lines[-1] and str(year) in lines[-1]
        for r in res:
            d = detail_text(r)
            assert len(d) <= 1000
            assert DISCLAIMER in d and f"{year}년" in d
            if r["verdict"] != "need_info" and r["apply"]["phone"]:
                assert r["apply"]["phone"] in d
        t = not_evaluated_text(needs)
        assert len(t) <= 1000 and ("요." in t or "니다." in t)


def test_summary_grouping_and_order():
    prof = dict(
        age=63,
        low_credit=True,
        livelihood_recipient=True,
        employment_status="unemployed",
        household_size=1,
        household_income_monthly=600_000,
        personal_income_monthly=0,
        debt_total=25_000_000,
        debt_overdue_days=700,
        insured_days_18m=0,
    )
    needs = ["employment", "debt"]
    res = evaluate(prof, programs=programs_for_needs(needs))
    lines = summary_lines(res, needs)
    assert lines[0] == f"[{NEED_LABELS['employment']}]"
    debt_header = lines.index(f"[{NEED_LABELS['debt']}]")
    rank = {"✅": 0, "❓": 1, "📞": 1, "❌": 2}
    for block in (lines[1:debt_header], lines[debt_header + 1 : -1]):
        marks = [rank[ln[0]] if ln[0] in rank else rank[ln[:1]] for ln in block]
        assert marks == sorted(marks), block
    body = lines[1:-1]
    assert sum(1 for ln in body if not ln.startswith("[")) == len(res)
    assert any("개인워크아웃" in ln for ln in body)
    assert all(ln.startswith(MARKS) or ln.startswith("[") for ln in body)
    # the reason on a line names the rule and number
    nes1 = next(ln for ln in body if PROGRAM_NAMES["national_employment_support_1"] in ln)
    assert nes1.startswith("❌") and "생계급여" in nes1


def test_summary_only_requested_needs():
    res = evaluate({"age": 30})
    lines = summary_lines(res, ["housing"])
    names_in = " ".join(lines)
    for p in PROGRAMS_BY_NEED["housing"]:
        assert PROGRAM_NAMES[p] in names_in
    assert PROGRAM_NAMES["debt_adjustment"] not in names_in


def test_detail_contents():
    (r,) = evaluate(
        dict(single_parent=True, children_ages=[3, 7, 10], household_size=4, household_income_monthly=400_000, age=36),
        programs=["single_parent_support"],
    )
    d = detail_text(r)
    assert "월 69만원" in d and "4,221,580원" in d
    assert "주민센터" in d and "1577-4206" in d and "가족관계증명서" in d
    assert "출처:" in d and "http" in d
    (r,) = evaluate(dict(personal_income_monthly=2_000_000), programs=["sunshine_loan"])
    d = detail_text(r)
    assert "확인 필요" in d


def test_detail_text_truncates_but_keeps_disclaimer():
    (r,) = evaluate({}, programs=["national_employment_support_1"])
    r = dict(r, reason="가" * 3000, sources=["https://example.org/" + "x" * 300] * 10)
    d = detail_text(r)
    assert len(d) <= 1000 and d.endswith(DISCLAIMER)


def test_not_evaluated_lists_other_needs_once():
    t = not_evaluated_text(["employment", "debt"])
    assert PROGRAM_NAMES["single_parent_support"] in t and PROGRAM_NAMES["housing_benefit"] in t
    assert t.count(PROGRAM_NAMES["emergency_welfare"]) == 1
    assert PROGRAM_NAMES["debt_adjustment"] not in t
    assert PROGRAM_NAMES["national_employment_support_1"] not in t
    assert "모두 살펴봤습니다" in not_evaluated_text(list(NEEDS))


def test_summary_follows_need_order_and_shows_shared_program_once():
    res = evaluate({"age": 30})
    lines = summary_lines(res, ["livelihood", "housing"])
    assert lines[0] == f"[{NEED_LABELS['livelihood']}]"
    assert sum(PROGRAM_NAMES["emergency_welfare"] in ln for ln in lines) == 1
    assert f"[{NEED_LABELS['housing']}]" in lines
