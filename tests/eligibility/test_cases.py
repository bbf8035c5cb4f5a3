"""Test cases as data (issue 16): tests/eligibility/cases/<program>.yaml, one file per program, each case
with a name, the day, the profile and the expected verdict (and, when given, amount, missing fields,
words the reason must name, track, income type, receiving)."""

import os

import pytest
import yaml

from bot.eligibility import PROGRAM_IDS, evaluate

DIR = os.path.join(os.path.dirname(__file__), "cases")


def _cases():
    out = []
    for name in sorted(os.listdir(DIR)):
        if name.endswith(".yaml"):
            pid = name[:-5]
            with open(os.path.join(DIR, name), encoding="utf-8") as fh:
                for case in yaml.safe_load(fh):
                    out.append(pytest.param(pid, case, id=f"{pid}: {case['name']}"))
    return out


def test_every_program_has_cases():
    have = {n[:-5] for n in os.listdir(DIR) if n.endswith(".yaml")}
    assert have == set(PROGRAM_IDS)


@pytest.mark.parametrize("pid, case", _cases())
def test_case(pid, case):
    (r,) = evaluate(case["profile"], programs=[pid], on=str(case["date"]))
    assert r["verdict"] == case["verdict"], r["reason"]
    for k, v in (case.get("amount") or {}).items():
        assert r["amount"][k] == v, (k, r["amount"])
    if "missing" in case:
        assert r["missing"] == case["missing"]
    for word in case.get("reason_contains") or ():
        assert word in r["reason"], (word, r["reason"])
    for key in ("track", "income_type", "receiving"):
        if key in case:
            assert r[key] == case[key]
    assert r["reason"] and r["disclaimer"]
