"""The year (issue 16): on/after 2027-01-01 without 2027 figures, every result says which year's
figures were used, and an income-line `unlikely` becomes `refer`."""

import json
import subprocess
import sys

from bot.eligibility import evaluate, summary_lines, detail_text

NOTICE = "2026년 기준으로 계산했어요: 2027년 기준이 반영되지 않았을 수 있어요"
RICH = dict(
    household_size=1,
    household_income_monthly=9_000_000,
    age=40,
    employment_status="unemployed",
    assets=0,
    work_days_24m=300,
    receiving_unemployment_benefit=False,
    livelihood_recipient=False,
    crisis_event="job_loss",
    financial_assets=0,
)


def test_every_result_names_the_figures_year_in_2027():
    res = evaluate(RICH, on="2027-01-05")
    assert res and all(r["notice"] == NOTICE and r["year"] == 2026 for r in res)
    assert NOTICE in "\n".join(summary_lines(res, ["employment", "livelihood"]))
    assert all(NOTICE in detail_text(r) for r in res)


def test_income_line_unlikely_becomes_refer_in_2027():
    now = {r["program"]: r for r in evaluate(RICH, on="2026-12-03")}
    later = {r["program"]: r for r in evaluate(RICH, on="2027-01-05")}
    for pid in ("basic_livelihood", "national_employment_support_1", "emergency_welfare"):
        assert now[pid]["verdict"] == "unlikely", (pid, now[pid]["reason"])
        assert later[pid]["verdict"] == "refer", (pid, later[pid]["reason"])
        assert "2027년" in later[pid]["reason"]
    # a non-income rule still decides (age)
    (r,) = evaluate(dict(age=20), programs=["middle_aged_job_center"], on="2027-01-05")
    assert r["verdict"] == "unlikely"


def test_no_notice_within_the_year():
    assert all(r["notice"] is None for r in evaluate(RICH, on="2026-12-31"))
    assert all(r["notice"] is None for r in evaluate(RICH, year=2026))


def test_cli_date_and_year(tmp_path):
    prof = tmp_path / "p.json"
    prof.write_text(json.dumps(RICH), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "bot.eligibility", str(prof), "--date", "2027-01-05"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["year"] == 2026 and data["notice"] == NOTICE and data["on"] == "2027-01-05"
    assert "conditions" not in data["results"][0]
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.eligibility",
            str(prof),
            "--date",
            "2026-06-01",
            "--trace",
            "--needs",
            "livelihood",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    trace = {r["program"]: r["conditions"] for r in json.loads(out.stdout)["results"]}
    inc = next(c for c in trace["basic_livelihood"] if c["name"] == "income")
    assert inc["status"] == "unlikely" and "basic_livelihood.education_pct" in inc["parameters"]
    out = subprocess.run(
        [sys.executable, "-m", "bot.eligibility", str(prof), "--year", "2026", "--text"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and "2026년 기준" in out.stdout and "2027" not in out.stdout
    out = subprocess.run(
        [sys.executable, "-m", "bot.eligibility", str(prof), "--date", "2027-13-01"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2


def test_dated_program_data_expires():
    prof = dict(
        age=25,
        lives_apart_from_parents=True,
        homeowner=False,
        housing="monthly_rent",
        rent_monthly=400_000,
        deposit=5_000_000,
        household_size=1,
        household_income_monthly=1_000_000,
    )
    (before,) = evaluate(prof, programs=["youth_monthly_rent"], on="2026-04-01")
    (after,) = evaluate(prof, programs=["youth_monthly_rent"], on="2026-12-03")
    assert "05-29" in before["caveat"]
    assert "05-29" not in after["caveat"] and "복지로" in after["caveat"]
    (n1,) = evaluate(
        dict(age=25, work_days_24m=0, household_size=1, household_income_monthly=0, assets=0),
        programs=["national_employment_support_1"],
        on="2027-01-05",
    )
    assert "추경" not in (n1["caveat"] or "")  # the 2026 한시 사업 note has ended
    (n0,) = evaluate(
        dict(age=25, work_days_24m=0, household_size=1, household_income_monthly=0, assets=0),
        programs=["national_employment_support_1"],
        on="2026-06-05",
    )
    assert "추경" in n0["caveat"]
