import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY = os.path.join(ROOT, ".venv", "bin", "python")
if not os.path.exists(PY):  # pragma: no cover - fall back to the running interpreter
    PY = sys.executable


def run(args, stdin=None):
    return subprocess.run(
        [PY, "-m", "bot.eligibility", *args], cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=60
    )


@pytest.fixture
def write(tmp_path):
    def _w(obj, name="p.json", raw=None):
        path = tmp_path / name
        path.write_text(raw if raw is not None else json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        return str(path)

    return _w


def test_json_output(write):
    path = write(
        {
            "age": 30,
            "household_size": 3,
            "household_income_monthly": 3_000_000,
            "debt_total": 5_000_000,
            "debt_overdue_days": 40,
        }
    )
    p = run([path, "--year", "2026"])
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["year"] == 2026
    assert out["disclaimer"] == "최종 결정은 담당 기관에서 합니다."
    res = {r["program"]: r for r in out["results"]}
    assert len(res) == 20
    for r in out["results"]:
        assert set(r) >= {"program", "verdict", "reason", "missing", "amount", "sources", "apply"}
    assert res["debt_adjustment"]["verdict"] == "likely" and res["debt_adjustment"]["track"] == "사전채무조정"
    assert "3,215,422원" in res["national_employment_support_1"]["reason"]


def test_default_year_and_2025(write):
    path = write({"household_size": 4, "household_income_monthly": 1_951_287})
    out = json.loads(run([path, "--year", "2025"]).stdout)
    assert out["year"] == 2025
    bl = next(r for r in out["results"] if r["program"] == "basic_livelihood")
    assert bl["verdict"] == "likely" and "1,951,287원" in bl["reason"]
    out = json.loads(run([path]).stdout)
    import datetime

    assert out["year"] == (2026 if datetime.date.today().year >= 2026 else 2025)


def test_text_output_and_needs(write):
    path = write({"age": 40, "debt_total": 10_000_000, "debt_overdue_days": 100})
    p = run([path, "--text", "--needs", "debt"])
    assert p.returncode == 0, p.stderr
    assert "개인워크아웃" in p.stdout and "최종 결정은 담당 기관에서 합니다" in p.stdout
    assert "이번에 살펴보지 않은 제도" in p.stdout
    assert "{" not in p.stdout.splitlines()[0]


def test_stdin(write):
    p = run(["-"], stdin=json.dumps({"age": 50}))
    assert p.returncode == 0 and json.loads(p.stdout)["results"]


@pytest.mark.parametrize(
    "profile,needle",
    [
        ({"age": True}, "age"),
        ({"age": "서른"}, "age"),
        ({"salary": 1}, "salary"),
        ({"single_parent": "yes"}, "single_parent"),
        ([1, 2], "object"),
    ],
)
def test_bad_profile_exit_2(write, profile, needle):
    p = run([write(profile)])
    assert p.returncode == 2
    assert needle in p.stderr and p.stdout == ""


def test_malformed_missing_and_bad_year(write, tmp_path):
    p = run([write(None, raw="{bad json")])
    assert p.returncode == 2 and "JSON" in p.stderr
    p = run([str(tmp_path / "nope.json")])
    assert p.returncode == 2 and "읽을 수 없습니다" in p.stderr
    good = write({"age": 30}, name="g.json")
    p = run([good, "--year", "2019"])
    assert p.returncode == 2 and "2019" in p.stderr
    p = run([good, "--year", "abc"])
    assert p.returncode == 2
    p = run([good, "--needs", "money"])
    assert p.returncode == 2 and "money" in p.stderr
    bad_bytes = tmp_path / "b.json"
    bad_bytes.write_bytes(b"\xff\xfe\x00garbage")
    assert run([str(bad_bytes)]).returncode == 2
