"""Property tests (hypothesis): the engine never crashes on valid profiles, asks only for unknown
fields, and adding facts never turns an 'unlikely' into something else (documented exception:
Ⅱ유형 특정계층 flags override the 중장년 income rule)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.eligibility import PROGRAM_IDS, evaluate
from bot.eligibility.profile import derive, validate_profile
from bot.eligibility.profile import CRISIS_EVENTS, EMPLOYMENT_STATUSES, FIELDS, GENDERS, HOUSING_TYPES, REGION_TYPES

money = st.sampled_from(
    [
        0,
        300_000,
        1_000_000,
        1_538_543,
        2_000_000,
        3_215_422,
        4_000_000,
        7_000_000,
        130_000_000,
        200_000_000,
        450_000_000,
        2_000_000_000,
    ]
)
VALUES = {
    "age": st.integers(14, 80),
    "household_size": st.integers(1, 9),
    "insured_days_18m": st.integers(0, 548),
    "work_days_24m": st.integers(0, 731),
    "debt_overdue_days": st.integers(0, 800),
    "insured_years": st.integers(0, 30),
    "employment_status": st.sampled_from(EMPLOYMENT_STATUSES),
    "housing": st.sampled_from(HOUSING_TYPES),
    "crisis_event": st.sampled_from(CRISIS_EVENTS),
    "region_type": st.sampled_from(REGION_TYPES),
    "children_ages": st.lists(st.integers(0, 25), max_size=4),
    "sido": st.sampled_from(["서울특별시", "경기도", "부산광역시", "전라남도"]),
    "sigungu": st.sampled_from(["강남구", "수원시", "기장군", "해남군"]),
    "gender": st.sampled_from(GENDERS),
    "num_children": st.integers(0, 5),
    "left_job_months_ago": st.integers(0, 120),
    "unemployment_benefit_ended_months_ago": st.integers(0, 24),
}
# money may also be a bound or a range ("100만원 이하", "200~250만원")
ranges = (
    st.builds(lambda a, b: {"min": min(a, b), "max": max(a, b)}, money, money)
    | st.builds(lambda a: {"min": None, "max": a}, money)
    | st.builds(lambda a: {"min": a, "max": None}, money)
)
for f, (kind, _) in FIELDS.items():
    if f not in VALUES:
        VALUES[f] = st.booleans() if kind == "bool" else (money | ranges) if kind == "money" else money

fields = sorted(FIELDS)
profiles = st.fixed_dictionaries({}, optional={f: VALUES[f] for f in fields})
SPECIAL = {"single_parent", "disability", "livelihood_recipient"}
# documented exceptions (issue 16 audit): a woman who never worked is among 경력단절여성등 whatever she
# answered about a career break; 다자녀·맞벌이·장애 부모·취업 한부모 are 양육공백 even after "I can look after them"
OVERRIDES = {
    "veteran_support": {"veteran_mid_long_term"},
    "saeil_center": {"career_break_woman", "employment_status"},
    "national_employment_support_1": {"unemployment_benefit_ended_months_ago"},
    "child_care_service": {"children_ages", "dual_income", "disability", "employment_status", "single_parent"},
    "unemployment_benefit": {"receiving_unemployment_benefit"},
    # "I receive 생계급여" is stronger evidence than the household-income proxy
    "basic_livelihood": {"livelihood_recipient"},
    "housing_benefit": {"livelihood_recipient"},
    "self_sufficiency_work": {"livelihood_recipient"},
}


@settings(
    max_examples=150, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(base=profiles, extra=profiles, year=st.sampled_from([2025, 2026]))
def test_engine_total_and_monotone(base, extra, year):
    r1 = {r["program"]: r for r in evaluate(base, year=year)}
    assert set(r1) == set(PROGRAM_IDS)
    for r in r1.values():
        assert r["verdict"] in ("likely", "unlikely", "need_info", "refer")
        assert r["reason"]
        if r["verdict"] == "need_info":
            assert r["missing"] and not (set(r["missing"]) & {k for k, v in base.items() if v is not None})
    implied = derive(validate_profile(base))  # facts that already follow from base (e.g. 1인 가구 소득)
    merged = {k: v for k, v in extra.items() if k not in implied}
    merged.update(base)  # base facts stay, new (consistent) facts are added
    r2 = {r["program"]: r for r in evaluate(merged, year=year)}
    added = set(merged) - set(base)
    for pid, r in r1.items():
        if r["verdict"] != "unlikely":
            continue
        if pid == "national_employment_support_2" and added & SPECIAL:
            continue
        # an explicit answer beats an inference ("can hardly be a 제대군인 at 20"), and
        # "I am receiving 실업급여" settles 구직급여 whatever other answers say
        if OVERRIDES.get(pid, set()) & added:
            continue
        assert r2[pid]["verdict"] == "unlikely", (pid, r["reason"], r2[pid]["reason"], added)
