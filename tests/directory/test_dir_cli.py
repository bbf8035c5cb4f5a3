"""python -m bot.directory: JSON output and exit codes (0 found, 3 ambiguous, 2 unknown)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k != "KAKAO_REST_API_KEY"}
    p = subprocess.run(
        [sys.executable, "-m", "bot.directory", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    return p.returncode, p.stdout, p.stderr


def test_text_found():
    rc, out, _ = run("서울 마포구 합정동")
    assert rc == 0
    assert "서울서부고용센터" in out  # ensure_ascii=False
    d = json.loads(out)
    assert d["region"] == {"sido": "서울특별시", "sigungu": "마포구", "emd": "합정동"}
    assert d["center"]["basis"] == "jurisdiction"


def test_coords_found():
    rc, out, _ = run("--lat", "37.55", "--lon", "126.91")
    assert rc == 0 and json.loads(out)["center"]["name"] == "서울서부고용센터"


def test_need_unemployment_benefit():
    rc, out, _ = run("당진", "--need", "unemployment_benefit")
    d = json.loads(out)
    assert rc == 0 and d["center"]["name"] != "당진고용센터"
    assert d["center"]["routed_from"]["name"] == "당진고용센터"


def test_ambiguous_exit_3():
    rc, out, _ = run("중구")
    d = json.loads(out)
    assert rc == 3 and d["center"] is None and len(d["ambiguous"]) == 6


def test_unknown_exit_2():
    rc, out, err = run("아무데나")
    assert rc == 2 and json.loads(out)["center"] is None
    assert "찾지 못했어요" in err


def test_outside_korea_exit_2():
    rc, out, err = run("--lat", "35.68", "--lon", "139.65")
    assert rc == 2 and "밖" in err


def test_bad_usage():
    assert run()[0] == 2  # nothing given
    assert run("--lat", "37.5")[0] == 2  # lat without lon
    assert run("마포구", "--lat", "37.5", "--lon", "127")[0] == 2
    assert run("마포구", "--need", "housing")[0] == 2
