"""Realistic profiles for the results, follow-up and handoff tests (facts as the dialogue holds them)."""

import pytest

# 35세, 마포구, 권고사직, 월세 밀림 (혼자 삶, 소득 없음)
LAID_OFF = {
    "age": 35,
    "sido": "서울특별시",
    "sigungu": "마포구",
    "employment_status": "unemployed",
    "left_job_involuntarily": True,
    "insured_days_18m": 400,
    "housing": "monthly_rent",
    "rent_monthly": 500_000,
    "household_size": 1,
    "household_income_monthly": 0,
}
# 엄마, 아이 셋(10·7·4세), 한부모, 가구 월 180만 원, 월세
MOTHER = {
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
}
# 빚 4천, 연체 4개월, 신용 낮음, 자영업 폐업
DEBTOR = {
    "age": 52,
    "sido": "부산광역시",
    "sigungu": "사하구",
    "household_size": 2,
    "household_income_monthly": 1_200_000,
    "debt_total": 40_000_000,
    "debt_overdue_days": 120,
    "low_credit": True,
    "employment_status": "business_closed",
}
# 27세 청년 월세, 일하는 중
YOUTH = {
    "age": 27,
    "sido": "서울특별시",
    "sigungu": "관악구",
    "household_size": 1,
    "household_income_monthly": 1_500_000,
    "housing": "monthly_rent",
    "rent_monthly": 400_000,
    "deposit": 5_000_000,
    "lives_apart_from_parents": True,
    "employment_status": "employed",
    "homeowner": False,
}

CASES = {
    "laid_off": (LAID_OFF, ["employment", "housing"]),
    "mother": (MOTHER, ["childcare", "livelihood", "housing", "employment"]),
    "debtor": (DEBTOR, ["debt", "livelihood"]),
    "youth": (YOUTH, ["housing"]),
}


@pytest.fixture(params=sorted(CASES))
def case(request):
    profile, needs = CASES[request.param]
    return request.param, dict(profile), list(needs)
