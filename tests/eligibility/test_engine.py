import pytest

from bot.eligibility import (
    DESK_BY_PROGRAM,
    DISCLAIMER,
    NEED_LABELS,
    NEEDS,
    PROGRAM_IDS,
    PROGRAM_NAMES,
    PROGRAMS_BY_NEED,
    ProfileError,
    UnknownYear,
    derive_region_type,
    evaluate,
    programs_for_needs,
    rules,
    validate_profile,
)

REQUIRED_IDS = {
    "national_employment_support_1",
    "national_employment_support_2",
    "unemployment_benefit",
    "tomorrow_learning_card",
    "emergency_welfare",
    "basic_livelihood",
    "housing_benefit",
    "single_parent_support",
    "child_care_service",
    "youth_monthly_rent",
    "youth_jeonse_loan",
    "debt_adjustment",
    "sunshine_loan",
    "microcredit",
    "personal_rehabilitation",
    "saeil_center",
    "veteran_support",
    "disability_employment",
    "middle_aged_job_center",
    "self_sufficiency_work",
}
DESKS = {
    "고용센터",
    "일자리센터(지자체)",
    "복지지원팀",
    "새일센터",
    "서민금융(통합지원)센터",
    "제대군인지원센터",
    "중장년내일센터",
    "외부기관",
}


def by_id(results):
    return {r["program"]: r for r in results}


# ------------------------------------------------------------------ catalogue / structure
def test_catalogue():
    assert NEEDS == ("employment", "debt", "childcare", "housing", "livelihood")
    assert REQUIRED_IDS <= set(PROGRAM_IDS)
    every = {p for n in NEEDS for p in PROGRAMS_BY_NEED[n]}
    assert every == set(PROGRAM_IDS)  # each program serves some need
    assert set(NEED_LABELS) == set(NEEDS) and all(NEED_LABELS.values())
    assert all(PROGRAM_NAMES[p] for p in PROGRAM_IDS)
    assert set(DESK_BY_PROGRAM.values()) <= DESKS
    assert programs_for_needs(["debt"]) == list(PROGRAMS_BY_NEED["debt"])
    both = programs_for_needs(["housing", "livelihood"])
    assert both.count("emergency_welfare") == 1
    with pytest.raises(ValueError):
        programs_for_needs(["money"])


@pytest.mark.parametrize("year", [2025, 2026, None])
def test_result_shape_empty_profile(year):
    res = evaluate({}, year=year)
    assert [r["program"] for r in res] == list(PROGRAM_IDS)
    for r in res:
        assert set(r) >= {
            "program",
            "name",
            "need",
            "needs",
            "verdict",
            "reason",
            "missing",
            "amount",
            "sources",
            "apply",
            "caveat",
            "year",
        }
        assert r["verdict"] == "need_info" and r["missing"], r["program"]
        assert r["year"] == (year or rules.default_year())
        assert r["sources"] and all(isinstance(u, str) and u for u in r["sources"])
        ap = r["apply"]
        assert set(ap) >= {"desk", "where", "phone", "how", "documents"} and ap["documents"]
        assert ap["desk"] in DESKS
        assert r["disclaimer"] == DISCLAIMER
        if r["amount"] is not None:
            assert set(r["amount"]) == {"text", "monthly", "total", "maximum"}


def test_default_year_is_current():
    import datetime

    assert rules.default_year(datetime.date(2026, 5, 1)) == 2026
    assert rules.default_year(datetime.date(2025, 5, 1)) == 2025
    assert rules.default_year(datetime.date(2031, 1, 1)) == 2026  # latest available


def test_unknown_year_and_program():
    with pytest.raises(UnknownYear):
        evaluate({}, year=2019)
    with pytest.raises(ValueError):
        evaluate({}, programs=["free_money"])


def test_parameter_files_have_dated_values_with_references_and_confidence():
    from bot.eligibility.parameters import CONFIDENCES, history, keys

    assert len(keys()) > 100 and "youth_jeonse_loan.age_max" in keys()
    for k in keys():
        group, name = k.split(".")
        assert group.replace("_", "").isalnum() and len(group) > 3, k  # readable names, no "jl."/"da."
        hist = history(k)
        assert hist, k
        dates = [d for d, _ in hist]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), k
        for d, e in hist:
            assert e["confidence"] in CONFIDENCES, (k, d)
            if e.get("value") is not None:
                assert e.get("reference") and all(r["url"].startswith("http") and r["title"] for r in e["reference"]), (
                    k,
                    d,
                )
            if e["confidence"] == "불일치":
                assert "alt_value" in e or e.get("note"), (k, d)
            if e["confidence"] in ("2차", "불일치", "미확인"):
                assert e.get("note"), (k, d)  # the caveat names the problem


def test_parameters_on_a_day():
    import datetime
    from bot.eligibility.parameters import parameters

    assert parameters(datetime.date(2025, 6, 1)).national_employment_support_1.allowance_monthly == 500_000
    assert parameters(datetime.date(2026, 6, 1)).national_employment_support_1.allowance_monthly == 600_000
    assert parameters("2026-06-01").youth_jeonse_loan.age_max == 34
    # dated program data expires: the 2026 추경 note is gone in 2027
    assert parameters("2026-06-01").national_employment_support_1.youth_no_experience_note
    assert parameters("2027-01-05").national_employment_support_1.youth_no_experience_note is None
    assert parameters("2027-01-05").year == 2026  # no 2027 기준 중위소득 yet
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do: no figures exist before 2025
        parameters("2019-01-01")


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize(
    "bad",
    [
        {"age": True},
        {"age": "45"},
        {"age": 4.5},
        {"household_income_monthly": -1},
        {"single_parent": 1},
        {"single_parent": "yes"},
        {"employment_status": "retired"},
        {"children_ages": 3},
        {"children_ages": [3, True]},
        {"salary": 100},
        {"housing": "hotel"},
        {"household_size": 0},
        {"crisis_event": True},
    ],
)
def test_validate_rejects(bad):
    with pytest.raises(ProfileError) as e:
        validate_profile(bad)
    msg = str(e.value)
    assert "/" in msg and any("가" <= ch <= "힣" for ch in msg)  # Korean + English
    with pytest.raises(ValueError):
        evaluate(bad)


def test_validate_normalises():
    p = validate_profile({"age": 40.0, "sido": "서울특별시", "sigungu": None, "children_ages": [3, 7]})
    assert p == {"age": 40, "sido": "서울특별시", "children_ages": [3, 7], "region_type": "metro"}
    assert validate_profile({"region_type": "rural", "sigungu": "강남구", "sido": "서울"})["region_type"] == "rural"


@pytest.mark.parametrize(
    "sido,sigungu,expected",
    [
        ("서울특별시", "강남구", "metro"),
        ("부산광역시", "해운대구", "metro"),
        ("부산광역시", "기장군", "rural"),
        ("경기도", "수원시 장안구", "small_city"),
        ("경기도", "양평군", "rural"),
        ("충청북도", "청주시", "small_city"),
        ("세종특별자치시", None, "small_city"),
        ("세종특별자치시", "조치원읍", "rural"),
        ("제주특별자치도", "서귀포시", "small_city"),
        (None, "강서구", "metro"),
        ("서울", None, "metro"),
        ("경기도", None, None),
        (None, None, None),
    ],
)
def test_region_derivation(sido, sigungu, expected):
    assert derive_region_type(sido, sigungu) == expected


# ------------------------------------------------------------------ seed cases
def test_seed_a_60s_man_credit_recipient_wants_work():
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
    r = by_id(evaluate(prof, year=2026))
    assert r["self_sufficiency_work"]["verdict"] == "likely"
    assert "조건부수급자" in r["self_sufficiency_work"]["reason"]
    assert r["national_employment_support_2"]["verdict"] == "likely"
    assert "특정계층" in r["national_employment_support_2"]["reason"]
    assert r["national_employment_support_1"]["verdict"] == "unlikely"
    assert "생계급여 수급자" in r["national_employment_support_1"]["reason"]
    assert r["basic_livelihood"]["verdict"] == "likely" and "받고 계십니다" in r["basic_livelihood"]["reason"]
    da = r["debt_adjustment"]
    assert da["verdict"] == "likely" and da["track"] == "개인워크아웃"
    assert da["apply"]["phone"] == "1397" and da["apply"]["desk"] == "서민금융(통합지원)센터"
    assert r["personal_rehabilitation"]["verdict"] == "refer" and "132" in r["personal_rehabilitation"]["reason"]
    # 700 days in arrears: no new loan before 채무조정 (issue 16)
    assert r["microcredit"]["verdict"] == "refer" and "연체" in r["microcredit"]["reason"]
    assert r["middle_aged_job_center"]["verdict"] == "likely"
    assert r["unemployment_benefit"]["verdict"] == "unlikely"


def test_seed_b_single_mother_of_three_after_domestic_violence():
    prof = dict(
        age=36,
        single_parent=True,
        children_ages=[3, 7, 10],
        crisis_event="domestic_violence",
        household_size=4,
        household_income_monthly=400_000,
        personal_income_monthly=400_000,
        assets=3_000_000,
        debt_total=18_000_000,
        debt_overdue_days=45,
        employment_status="unemployed",
        work_days_24m=60,
        receiving_unemployment_benefit=False,
        livelihood_recipient=False,
    )
    r = by_id(evaluate(prof, year=2026))
    ew = r["emergency_welfare"]
    assert ew["verdict"] == "likely" and "가정폭력" in ew["reason"]
    assert ew["amount"]["monthly"] == 1_994_600 and ew["apply"]["phone"] == "129"
    sp = r["single_parent_support"]
    assert sp["verdict"] == "likely" and sp["amount"]["monthly"] == 3 * 230_000
    assert "4,221,580원" in sp["reason"]
    da = r["debt_adjustment"]
    assert da["verdict"] == "likely" and da["track"] == "사전채무조정"
    assert r["national_employment_support_1"]["verdict"] == "refer"  # 선발형 (취업경험 60일)
    assert r["national_employment_support_1"]["amount"]["monthly"] == 600_000 + 3 * 100_000
    assert r["national_employment_support_2"]["verdict"] == "likely"
    assert r["basic_livelihood"]["verdict"] == "likely" and r["basic_livelihood"]["benefit"] == "생계급여"


def test_seed_c_single_mother_with_daughter():
    prof = dict(
        age=41,
        single_parent=True,
        children_ages=[9],
        household_size=2,
        household_income_monthly=1_200_000,
        personal_income_monthly=1_200_000,
        assets=20_000_000,
        financial_assets=2_000_000,
        crisis_event="job_loss",
        employment_status="unemployed",
        insured_days_18m=400,
        left_job_involuntarily=True,
        debt_total=60_000_000,
        debt_overdue_days=120,
    )
    r = by_id(evaluate(prof, year=2026))
    assert r["emergency_welfare"]["verdict"] == "likely"
    assert r["emergency_welfare"]["amount"]["monthly"] == 1_286_600
    assert r["single_parent_support"]["verdict"] == "likely"
    assert r["single_parent_support"]["amount"]["monthly"] == 230_000
    assert r["personal_rehabilitation"]["verdict"] == "likely"
    assert r["personal_rehabilitation"]["apply"]["phone"] == "132"
    assert r["unemployment_benefit"]["verdict"] == "likely"
    assert r["national_employment_support_2"]["verdict"] == "likely"


# ------------------------------------------------------------------ specific rules
@pytest.mark.parametrize(
    "days,track",
    [
        (1, "신속채무조정"),
        (30, "신속채무조정"),
        (31, "사전채무조정"),
        (89, "사전채무조정"),
        (90, "개인워크아웃"),
        (1000, "개인워크아웃"),
    ],
)
def test_debt_adjustment_tracks(days, track):
    (r,) = evaluate(dict(debt_total=10_000_000, debt_overdue_days=days), programs=["debt_adjustment"])
    assert r["verdict"] == "likely" and r["track"] == track and track in r["reason"]


def test_debt_adjustment_limits():
    (r,) = evaluate(dict(debt_total=1_500_000_001, debt_overdue_days=10), programs=["debt_adjustment"])
    assert r["verdict"] == "unlikely" and "15억원" in r["reason"]
    (r,) = evaluate(dict(debt_total=0), programs=["debt_adjustment"])
    assert r["verdict"] == "unlikely"


@pytest.mark.parametrize("year,cap,floor", [(2025, 66_000, 64_192), (2026, 68_100, 66_048)])
@pytest.mark.parametrize(
    "age,years,days",
    [
        (30, 0, 120),
        (30, 2, 150),
        (45, 4, 180),
        (49, 7, 210),
        (30, 12, 240),
        (50, 0, 120),
        (50, 2, 180),
        (55, 4, 210),
        (60, 7, 240),
        (64, 10, 270),
    ],
)
def test_unemployment_benefit_amount(year, cap, floor, age, years, days):
    prof = dict(
        age=age, employment_status="unemployed", insured_days_18m=400, left_job_involuntarily=True, insured_years=years
    )
    (r,) = evaluate(prof, year=year, programs=["unemployment_benefit"])
    assert r["verdict"] == "likely"
    assert r["benefit_days"] == days
    assert r["amount"]["total"] == cap * days
    assert f"{cap:,}원" in r["amount"]["text"] and f"{floor:,}원" in r["amount"]["text"]


def test_unemployment_benefit_rules():
    base = dict(employment_status="unemployed", left_job_involuntarily=True)
    (r,) = evaluate(dict(base, insured_days_18m=149), programs=["unemployment_benefit"])
    assert r["verdict"] == "unlikely" and "180일" in r["reason"]
    (r,) = evaluate(dict(base, insured_days_18m=179), programs=["unemployment_benefit"])
    assert r["verdict"] == "refer" and "180일" in r["reason"]  # near the line (audit 6)
    (r,) = evaluate(dict(base, insured_days_18m=300, left_job_involuntarily=False), programs=["unemployment_benefit"])
    assert r["verdict"] == "refer" and "고용센터" in r["reason"]
    (r,) = evaluate(dict(employment_status="employed"), programs=["unemployment_benefit"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(employment_status="unemployed", insured_days_18m=200), programs=["unemployment_benefit"])
    assert r["verdict"] == "need_info" and r["missing"] == ["left_job_involuntarily"]
    # disability -> 50세 이상 table
    (r,) = evaluate(
        dict(base, age=30, insured_days_18m=200, insured_years=2, disability=True), programs=["unemployment_benefit"]
    )
    assert r["benefit_days"] == 180


def test_nes1_allowance_and_2025_hedge():
    prof = dict(
        age=40,
        household_size=3,
        household_income_monthly=1_000_000,
        assets=0,
        work_days_24m=300,
        receiving_unemployment_benefit=False,
        livelihood_recipient=False,
        children_ages=[2, 5, 8, 12, 16],
    )
    (r26,) = evaluate(prof, year=2026, programs=["national_employment_support_1"])
    assert r26["verdict"] == "likely"
    assert r26["amount"]["monthly"] == 600_000 + 4 * 100_000 and r26["amount"]["total"] == 6 * 1_000_000
    (r25,) = evaluate(prof, year=2025, programs=["national_employment_support_1"])
    assert r25["amount"]["monthly"] == 500_000 + 4 * 100_000
    assert "확인 필요" in r25["caveat"]  # 2025 수당 is 2차, 가산 불일치
    # exclusions not asked are stated
    (r,) = evaluate(dict(prof, receiving_unemployment_benefit=None), programs=["national_employment_support_1"])
    assert r["verdict"] == "likely" and "실업급여" in r["caveat"]
    (r,) = evaluate(dict(prof, receiving_unemployment_benefit=True), programs=["national_employment_support_1"])
    assert r["verdict"] == "unlikely"
    # personal income ≥ 1인 60%
    (r,) = evaluate(
        dict(prof, household_income_monthly=3_000_000, personal_income_monthly=1_538_543),
        programs=["national_employment_support_1"],
    )
    assert r["verdict"] == "unlikely" and "1,538,543원" in r["reason"]
    # assets 4억 / 청년 5억
    (r,) = evaluate(dict(prof, assets=400_000_001), programs=["national_employment_support_1"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(prof, age=30, assets=450_000_000), programs=["national_employment_support_1"])
    assert r["verdict"] == "likely"
    # ages: 65-69 only for 취업취약계층
    (r,) = evaluate(dict(prof, age=67), programs=["national_employment_support_1"])
    assert r["verdict"] == "refer"
    (r,) = evaluate(dict(prof, age=67, single_parent=True), programs=["national_employment_support_1"])
    assert r["verdict"] == "likely"
    (r,) = evaluate(dict(prof, age=70), programs=["national_employment_support_1"])
    assert r["verdict"] == "unlikely"


def test_emergency_assets_by_region_and_disagreement():
    base = dict(crisis_event="job_loss", household_size=1, household_income_monthly=0, financial_assets=0)
    (r,) = evaluate(dict(base, assets=200_000_000), programs=["emergency_welfare"])
    assert r["verdict"] == "need_info" and r["missing"] == ["sigungu"]
    (r,) = evaluate(dict(base, assets=200_000_000, sido="서울특별시", sigungu="노원구"), programs=["emergency_welfare"])
    assert r["verdict"] == "likely"
    (r,) = evaluate(
        dict(base, assets=200_000_000, sido="경기도", sigungu="수원시", housing="homeless"),
        programs=["emergency_welfare"],
    )
    assert r["verdict"] == "unlikely" and "1억5,200만원" in r["reason"]
    # a home or a deposit may be 주거용 재산, deducted before the limit (audit 5)
    (r,) = evaluate(dict(base, assets=200_000_000, sido="경기도", sigungu="수원시"), programs=["emergency_welfare"])
    assert r["verdict"] == "refer" and "1억5,200만원" in r["reason"] and "주거용" in r["reason"]
    (r,) = evaluate(dict(base, assets=132_000_000, sigungu="양평군"), programs=["emergency_welfare"])
    assert r["verdict"] == "refer" and "불일치" in r["caveat"]
    (r,) = evaluate(dict(base, assets=300_000_000, housing="with_parents"), programs=["emergency_welfare"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(base, assets=100_000_000), programs=["emergency_welfare"])
    assert r["verdict"] == "likely"
    (r,) = evaluate(dict(base, assets=100_000_000, financial_assets=6_000_001), programs=["emergency_welfare"])
    assert r["verdict"] == "refer" and "주거지원" in r["reason"]
    (r,) = evaluate(dict(base, assets=100_000_000, financial_assets=8_000_001), programs=["emergency_welfare"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(base, assets=0, crisis_event="none"), programs=["emergency_welfare"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(base, assets=0, crisis_event="other"), programs=["emergency_welfare"])
    assert r["verdict"] == "refer"
    # 7인+ living support: 6인 + 301,700 per person, flagged 불일치
    (r,) = evaluate(dict(base, assets=0, household_size=8), year=2026, programs=["emergency_welfare"])
    assert r["amount"]["monthly"] == 2_636_700 + 2 * 301_700
    assert "286,900" in r["caveat"]
    # 2025: no living-support table -> says so
    (r,) = evaluate(dict(base, assets=0), year=2025, programs=["emergency_welfare"])
    assert r["amount"]["monthly"] is None and "확인 필요" in r["amount"]["text"]


def test_emergency_living_support_table_2026():
    from .reference_tables import EW_LIVING_2026

    for size, expected in enumerate(EW_LIVING_2026, start=1):
        (r,) = evaluate(
            dict(crisis_event="job_loss", household_size=size, household_income_monthly=0, assets=0),
            year=2026,
            programs=["emergency_welfare"],
        )
        assert r["amount"]["monthly"] == expected


def test_youth_programs():
    base = dict(
        age=27,
        lives_apart_from_parents=True,
        homeowner=False,
        housing="monthly_rent",
        household_size=1,
        household_income_monthly=1_500_000,
        rent_monthly=450_000,
        deposit=10_000_000,
    )
    (r,) = evaluate(base, programs=["youth_monthly_rent"])
    assert r["verdict"] == "likely" and r["amount"]["monthly"] == 200_000 and r["amount"]["total"] == 4_800_000
    assert "원가구" in r["caveat"] or "부모님 가구" in r["caveat"]
    (r,) = evaluate(dict(base, rent_monthly=650_000), programs=["youth_monthly_rent"])
    assert r["verdict"] == "refer"
    (r,) = evaluate(dict(base, rent_monthly=700_001), programs=["youth_monthly_rent"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(base, age=35), programs=["youth_monthly_rent"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(base, housing="with_parents"), programs=["youth_monthly_rent"])
    assert r["verdict"] == "unlikely"
    j = dict(age=24, homeowner=False, personal_income_monthly=4_000_000, assets=50_000_000)
    (r,) = evaluate(j, year=2026, programs=["youth_jeonse_loan"])
    assert r["verdict"] == "likely" and r["amount"]["total"] == 120_000_000
    (r,) = evaluate(dict(j, personal_income_monthly=4_166_667), programs=["youth_jeonse_loan"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(j, assets=345_000_001), year=2026, programs=["youth_jeonse_loan"])
    assert r["verdict"] == "need_info" and r["missing"] == ["debt_total"]  # 순자산 = 재산 − 부채
    (r,) = evaluate(dict(j, assets=345_000_001, debt_total=0), year=2026, programs=["youth_jeonse_loan"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(dict(j, assets=345_000_001), year=2025, programs=["youth_jeonse_loan"])
    assert r["verdict"] == "likely" and "2025년 순자산" in r["caveat"]


def test_hedged_figures_are_flagged():
    (r,) = evaluate(dict(personal_income_monthly=2_000_000), programs=["sunshine_loan"])
    assert "확인 필요" in r["caveat"]
    (r,) = evaluate(dict(age=30, employment_status="employed"), programs=["tomorrow_learning_card"])
    assert r["verdict"] == "likely" and "확인 필요" in r["caveat"] and "불일치" in r["caveat"]
    (r,) = evaluate(dict(age=30, receiving_unemployment_benefit=False), programs=["national_employment_support_2"])
    assert r["verdict"] == "likely" and "18세/15세" in r["caveat"]
    (r,) = evaluate(
        dict(
            household_size=1,
            household_income_monthly=0,
            housing="monthly_rent",
            sido="서울",
            rent_monthly=400_000,
            deposit=10_000_000,
        ),
        programs=["housing_benefit"],
    )
    assert r["verdict"] == "likely" and "2024" in r["caveat"]
    # 서울 1인: min(400,000 + 10,000,000×4%/12, 341,000) − 0
    assert r["amount"]["monthly"] == 341_000


def test_childcare_and_single_parent_need_children():
    (r,) = evaluate(dict(children_ages=[13, 15], caregiving_gap=True), programs=["child_care_service"])
    assert r["verdict"] == "unlikely"
    (r,) = evaluate(
        dict(single_parent=True, children_ages=[19], household_size=2, household_income_monthly=0),
        programs=["single_parent_support"],
    )
    assert r["verdict"] == "refer"
    (r,) = evaluate(dict(single_parent=True, children_ages=[23]), programs=["single_parent_support"])
    assert r["verdict"] == "unlikely"


def test_flag_programs():
    r = by_id(evaluate(dict(disability=True, veteran_mid_long_term=False, career_break_woman=True, age=45)))
    assert r["disability_employment"]["verdict"] == "likely"
    assert r["veteran_support"]["verdict"] == "unlikely"
    assert r["saeil_center"]["verdict"] == "likely" and r["saeil_center"]["apply"]["desk"] == "새일센터"
    (r,) = evaluate(dict(age=20), programs=["veteran_support"])
    assert r["verdict"] == "unlikely"


def test_unemployment_cap_depends_on_leaving_date_and_baby_caveat():
    (r,) = evaluate(
        dict(employment_status="unemployed", insured_days_18m=300, left_job_involuntarily=True),
        year=2026,
        programs=["unemployment_benefit"],
    )
    assert "66,000원" in r["caveat"] and "2025-12-31" in r["caveat"]
    (r,) = evaluate(
        dict(children_ages=[0], caregiving_gap=True, household_size=2, household_income_monthly=1_000_000),
        year=2026,
        programs=["child_care_service"],
    )
    assert r["verdict"] == "likely" and "3개월" in r["caveat"]


def test_results_are_typed_and_still_dicts():
    import json as _json
    from bot.eligibility import Amount, Condition, Result

    (r,) = evaluate(
        dict(
            age=45, employment_status="unemployed", insured_days_18m=400, left_job_involuntarily=True, insured_years=4
        ),
        programs=["unemployment_benefit"],
        year=2026,
    )
    assert isinstance(r, Result) and isinstance(r.amount, Amount)
    assert r.verdict == r["verdict"] == "likely" and r.amount.maximum is True and r["amount"]["monthly"] == 2_043_000
    assert r.apply.phone == r["apply"]["phone"] == "1350"
    assert r["benefit_days"] == 180  # program specifics stay reachable by key
    assert all(isinstance(c, Condition) for c in r.conditions)
    assert {"status", "claim", "new_hire_age", "reason_for_leaving"} >= {c.name for c in r.conditions} >= {"claim"}
    claim = next(c for c in r.conditions if c.name == "claim")
    assert claim.status == "likely" and "unemployment_benefit.insured_days_min" in claim.parameters
    assert "unemployment_benefit.new_hire_age_excluded" not in claim.parameters  # only what it used
    data = _json.loads(_json.dumps(r, ensure_ascii=False))
    assert data["verdict"] == "likely" and data["amount"]["total"] == 68_100 * 180
