"""The benchmark's statistics and report writing, on made-up numbers (no servers, no timing)."""

import json
import statistics

import pytest

from bench.procs import rss_mb
from bench.stats import (
    evaluate_targets,
    percentile,
    ratio,
    render_markdown,
    summarize_level,
    summarize_long,
    write_reports,
)


def test_percentile_matches_linear_interpolation():
    data = [0.5, 0.1, 0.3, 0.2, 0.4]
    assert percentile(data, 0) == 0.1
    assert percentile(data, 100) == 0.5
    assert percentile(data, 50) == pytest.approx(0.3)
    assert percentile(data, 25) == pytest.approx(0.2)
    assert percentile(data, 90) == pytest.approx(0.46)
    values = list(range(1, 101))
    # statistics.quantiles(method="inclusive") is the same linear rule
    q = statistics.quantiles(values, n=100, method="inclusive")
    assert percentile(values, 95) == pytest.approx(q[94])
    assert percentile(values, 99) == pytest.approx(q[98])


def test_percentile_edges():
    assert percentile([], 50) is None
    assert percentile([7.0], 99) == 7.0
    with pytest.raises(ValueError):
        percentile([1, 2], 101)


def test_summarize_level_counts_and_rates():
    lat = [0.1] * 90 + [0.5] * 9 + [2.0]
    s = summarize_level(
        lat, errors=5, elapsed_s=20.0, concurrency=8, conversations=7, flows={"booked": 3}, error_kinds={"timeout": 5}
    )
    assert s["turns"] == 100 and s["errors"] == 5
    assert s["turns_per_s"] == 5.0
    assert s["error_rate"] == round(5 / 105, 4)
    assert s["p50_ms"] == 100.0
    assert s["p99_ms"] == pytest.approx(515.0)  # between the 99th (0.5) and 100th (2.0) values
    assert s["max_ms"] == 2000.0 and s["mean_ms"] == pytest.approx(155.0)
    assert s["flows"] == {"booked": 3} and s["error_kinds"] == {"timeout": 5}


def test_summarize_level_with_nothing_measured():
    s = summarize_level([], errors=3, elapsed_s=0, concurrency=1)
    assert s["p95_ms"] is None and s["turns_per_s"] == 0.0 and s["error_rate"] == 1.0


def _long(first=80.0, last=84.0):
    rows = [
        {"turn": t, "ms": 100.0, "cpu_ms": {"rasa": (first if t <= 10 else last) - 5, "actions": 5.0}}
        for t in range(1, 61)
    ]
    return summarize_long(rows, 60, 1)


def _report(bot_tps=10.0, stock_tps=4.0, p95=200.0, cold=(12.0, 14.5), rss=(120.0, 1100.0), long=(80.0, 84.0)):
    lv = lambda c, tps, p: summarize_level([p / 1000.0] * 20, 0, 20 / tps, c)  # noqa: E731
    return {
        "started_at": "2026-01-01 00:00 UTC",
        "bot": {
            "label": "gobok bot",
            "levels": [lv(1, bot_tps, p95), lv(16, bot_tps, p95)],
            "cold_start_s": {"actions": cold[0], "rasa": cold[1]},
            "rss_peak_mb": {"actions": rss[0], "rasa": rss[1]},
            "train_seconds": 116.0,
            "long": _long(*long),
        },
        "stock": {
            "label": "stock moodbot",
            "levels": [lv(1, stock_tps, 50), lv(16, stock_tps, 50)],
            "cold_start_s": {"rasa": 30.0},
            "rss_peak_mb": {"rasa": 900.0},
            "train_seconds": 80.0,
        },
    }


def test_targets_all_met():
    t = {x["name"].split(" ")[0]: x for x in evaluate_targets(_report())}
    assert all(x["met"] is True for x in t.values()), t
    assert t["throughput"]["measured"] == "2.5x"
    assert t["total"]["measured"] == "1220.0 MB"
    assert t["cold"]["measured"] == "14.5 s"
    assert t["CPU"]["measured"] == "1.05x"


def test_targets_missed_are_reported_as_missed():
    t = evaluate_targets(
        _report(bot_tps=5.0, stock_tps=4.0, p95=900.0, cold=(12.0, 55.0), rss=(120.0, 1600.0), long=(80.0, 240.0))
    )
    assert [x["met"] for x in t] == [False, False, False, False, False]
    assert t[3]["measured"] == "3.0x"


def test_targets_unmeasured_when_parts_are_missing():
    r = _report()
    del r["stock"]
    r["bot"]["levels"] = r["bot"]["levels"][:1]  # no 16-concurrent level
    t = evaluate_targets(r)
    assert t[0]["met"] is None and t[1]["met"] is None
    assert ratio(1.0, 0) is None and ratio(None, 2) is None


def test_reports_written_as_json_and_markdown(tmp_path):
    r = _report()
    r["targets"] = evaluate_targets(r)
    j, m = write_reports(r, tmp_path / "out")
    loaded = json.loads(j.read_text(encoding="utf-8"))
    assert loaded["bot"]["levels"][1]["concurrency"] == 16
    md = m.read_text(encoding="utf-8")
    rows = [ln for ln in md.splitlines() if ln.startswith("| gobok bot | 16 |")]
    assert len(rows) == 1 and "| 10 |" in rows[0] and "| 200 |" in rows[0]
    assert "| 16 | 2.5 |" in md  # ratio table
    assert "| stock moodbot | rasa | 30 | 900 | – | 80 |" in md
    assert "not measured" not in md and "**no**" not in md
    assert md == render_markdown(loaded)


def test_rss_of_this_process_and_of_a_missing_pid():
    import os

    mine = rss_mb(os.getpid())
    assert mine is not None and mine > 1.0
    assert rss_mb(2**22 + 12345) is None


def test_box_memory_counts_pages_two_processes_share_once_whoever_else_maps_them():
    import os
    import signal
    import time

    from bench.procs import RssSampler, pss_mb

    ballast = bytearray(64 * 1024 * 1024)  # touched: 64 MB resident here, shared with both children
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    kids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:  # a child only sleeps: its 64 MB stay shared with its sibling and this process
            time.sleep(30)
            os._exit(0)
        kids.append(pid)
    try:
        time.sleep(0.3)
        s = RssSampler()
        s.watch("a", kids[0])
        s.watch("b", kids[1])
        # RSS: each child "has" the 64 MB, the sum counts them twice
        assert s.peak["a"] > 64 and s.peak["b"] > 64 and s.box_peak["rss"] > 128
        # PSS: the 64 MB are split three ways (this process maps them too, like another helper's
        # Rasa mapping the same libraries), so the two children's sum shows only ~2/3 of them
        assert s.box_peak["pss"] < s.box_peak["rss"] - 50
        assert abs(s.box_peak["pss"] - (pss_mb(kids[0]) + pss_mb(kids[1]))) < 5
        # a box of their own needs the 64 MB once (not 2/3 of it), plus what each holds privately
        assert s.box_peak["pss"] + 15 < s.box_peak["dedicated"] < s.box_peak["rss"] - 50
    finally:
        for pid in kids:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    assert pss_mb(2**22 + 12345) is None
    del ballast


def test_memory_target_uses_the_memory_a_box_of_its_own_needs_when_measured():
    r = _report(rss=(120.0, 1600.0))
    r["bot"]["box_peak_mb"] = {"rss": 1720.0, "pss": 1300.0, "dedicated": 1450.0}
    t = {x["name"].split(" ")[0]: x for x in evaluate_targets(r)}
    assert t["total"]["met"] is True
    assert t["total"]["measured"] == "1450.0 MB (PSS summed: 1300.0 MB, RSS summed: 1720.0 MB)"
    r["bot"]["box_peak_mb"]["dedicated"] = 1600.0
    t = {x["name"].split(" ")[0]: x for x in evaluate_targets(r)}
    assert t["total"]["met"] is False


def test_think_time_row_and_target():
    r = _report()
    think = summarize_level([0.12] * 10, 0, 10.0, 16)
    think["think_s"] = 3.0
    r["bot"]["levels"].append(think)
    t = evaluate_targets(r)
    names = [x["name"] for x in t]
    assert any("pausing ~3 s" in n for n in names)
    paused = next(x for x in t if "pausing" in x["name"])
    assert paused["target"] == "<= 150 ms" and paused["met"] is True  # 120 ms
    closed = next(x for x in t if x["name"] == "p95 per-turn latency at 16 concurrent")
    assert closed["measured"] == "200.0 ms"  # the closed-loop row, not the think-time row
    md = render_markdown(r)
    assert "| gobok bot | 16 (think 3 s) | 10 | 1 | 120 |" in md


def test_summarize_long_compares_turns_1_to_10_with_50_to_60_per_process():
    rows = []
    for conv in range(2):
        for t in range(1, 61):
            rows.append({"turn": t, "ms": 50.0 + t, "cpu_ms": {"rasa": 40.0 + t, "actions": 2.0 + conv}})
    s = summarize_long(rows, 60, 2, errors=1, flows={"booked": 2})
    w1, w2 = s["windows"]["1-10"], s["windows"]["50-60"]
    assert w1["turns"] == 20 and w2["turns"] == 22
    assert w1["cpu_ms"] == {"actions": 2.5, "rasa": 45.5, "total": 48.0}
    assert w2["cpu_ms"]["rasa"] == 95.0 and w2["cpu_ms"]["total"] == 97.5
    assert w1["latency_ms"] == 55.5 and s["cpu_growth"] == round(97.5 / 48.0, 2)
    assert len(s["cpu_ms_by_turn"]) == 60 and s["cpu_ms_by_turn"][0] == 43.5
    assert s["conversations"] == 2 and s["errors"] == 1 and s["flows"] == {"booked": 2}
    md = render_markdown({"bot": {"label": "gobok bot", "long": s}})
    assert "| gobok bot | 60 × 2 | 48 | 97.5 | 2.03 |" in md
    short = summarize_long(rows, 30, 2)  # a 30-turn run has no 50-60 window
    assert short["cpu_growth"] is None and "50-60" not in short["windows"]


def test_cores_used_and_load_generator_cpu_are_shown_per_level():
    lv = summarize_level([0.1] * 10, 0, 5.0, 16)
    lv["cores_used"] = {"rasa0": 0.9, "rasa1": 0.95, "total": 1.85}
    lv["loadgen_cpu_ms_per_turn"] = 0.42
    md = render_markdown({"bot": {"label": "gobok bot", "levels": [lv]}})
    row = [ln for ln in md.splitlines() if ln.startswith("| gobok bot | 16 |")][0]
    assert row.rstrip().endswith("| 1.85 | 0.42 |")


def test_the_median_turn_ignores_one_very_costly_turn():
    rows = []
    for conv in range(2):
        for t in range(1, 61):
            cost = 10.0 if t != 55 or conv else 500.0  # one full garbage collection in turn 55
            rows.append({"turn": t, "ms": 20.0, "cpu_ms": {"rasa": cost}})
    s = summarize_long(rows, 60, 2)
    assert s["cpu_growth"] > 2.0 and s["cpu_growth_median"] == 1.0
    assert s["costliest_turns"][0] == {"turn": 55, "cpu_ms": {"rasa": 500.0}}
