"""Statistics and report writing for the load benchmark (pure Python, no servers)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Iterable, Sequence


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolation percentile (same as numpy's default); q in [0, 100]. None if empty."""
    if not 0 <= q <= 100:
        raise ValueError("q must be within 0..100")
    data = sorted(values)
    if not data:
        return None
    if len(data) == 1:
        return float(data[0])
    pos = (len(data) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = math.ceil(pos)
    if lo == hi:
        return float(data[lo])
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summarize_level(
    latencies_s: Iterable[float],
    errors: int,
    elapsed_s: float,
    concurrency: int,
    conversations: int = 0,
    flows: dict | None = None,
    error_kinds: dict | None = None,
) -> dict:
    """One concurrency level → {"concurrency", "turns", "errors", "error_rate", "elapsed_s", "turns_per_s",
    "conversations", "p50_ms", "p95_ms", "p99_ms", "mean_ms", "max_ms", "flows", "error_kinds"}.
    Latencies are of successful turns only; throughput counts successful turns per wall-clock second."""
    lat = [float(x) for x in latencies_s]
    turns = len(lat)
    attempts = turns + errors

    def ms(v):
        return None if v is None else round(v * 1000.0, 1)

    return {
        "concurrency": concurrency,
        "turns": turns,
        "errors": errors,
        "error_rate": round(errors / attempts, 4) if attempts else 0.0,
        "elapsed_s": round(elapsed_s, 2),
        "turns_per_s": round(turns / elapsed_s, 2) if elapsed_s > 0 else 0.0,
        "conversations": conversations,
        "p50_ms": ms(percentile(lat, 50)),
        "p95_ms": ms(percentile(lat, 95)),
        "p99_ms": ms(percentile(lat, 99)),
        "mean_ms": ms(sum(lat) / turns) if turns else None,
        "max_ms": ms(max(lat)) if lat else None,
        "flows": dict(flows or {}),
        "error_kinds": dict(error_kinds or {}),
    }


WINDOWS = ((1, 10), (50, 60))


def summarize_long(
    per_turn: list[dict], turns: int, conversations: int, errors: int = 0, flows: dict | None = None
) -> dict:
    """Per-turn records of long conversations ({"turn", "ms", "cpu_ms": {process: ms}}) -> mean CPU ms
    and latency per turn for turns 1-10 and 50-60 (by process and total), their ratio (growth), and
    the mean total CPU ms of every turn position."""

    def window(lo, hi):
        rows = [r for r in per_turn if lo <= r["turn"] <= hi]
        if not rows:
            return None
        procs = sorted({k for r in rows for k in r["cpu_ms"]})
        out = {
            "turns": len(rows),
            "cpu_ms": {p: round(sum(r["cpu_ms"].get(p, 0.0) for r in rows) / len(rows), 1) for p in procs},
            "latency_ms": round(sum(r["ms"] for r in rows) / len(rows), 1),
        }
        out["cpu_ms"]["total"] = round(sum(sum(r["cpu_ms"].values()) for r in rows) / len(rows), 1)
        # the median turn: one slow turn (a full garbage collection, a moment the machine was busy)
        # does not move it
        totals = sorted(sum(r["cpu_ms"].values()) for r in rows)
        mid = len(totals) // 2
        out["cpu_ms_median"] = round(totals[mid] if len(totals) % 2 else (totals[mid - 1] + totals[mid]) / 2, 1)
        return out

    wins = {f"{lo}-{hi}": window(lo, hi) for lo, hi in WINDOWS if lo <= turns}
    first, last = wins.get("1-10"), wins.get("50-60")
    curve = []
    for t in range(1, turns + 1):
        rows = [r for r in per_turn if r["turn"] == t]
        curve.append(round(sum(sum(r["cpu_ms"].values()) for r in rows) / len(rows), 1) if rows else None)
    return {
        "turns_per_conversation": turns,
        "conversations": conversations,
        "errors": errors,
        "flows": dict(flows or {}),
        "windows": wins,
        "cpu_growth": ratio(last["cpu_ms"]["total"], first["cpu_ms"]["total"]) if first and last else None,
        "cpu_growth_median": ratio(last["cpu_ms_median"], first["cpu_ms_median"]) if first and last else None,
        "latency_growth": ratio(last["latency_ms"], first["latency_ms"]) if first and last else None,
        "cpu_ms_by_turn": curve,
        # the five turns that cost the most CPU (turn number, ms by process): where a mean jumps
        "costliest_turns": [
            {"turn": r["turn"], "cpu_ms": r["cpu_ms"]}
            for r in sorted(per_turn, key=lambda r: -sum(r["cpu_ms"].values()))[:5]
        ],
    }


def ratio(a, b) -> float | None:
    if a is None or b in (None, 0):
        return None
    return round(a / b, 2)


TARGETS = {
    "throughput_ratio_min": 2.0,
    "p95_ms_at_16_max": 250.0,
    "p95_ms_think_max": 150.0,  # issue 17: 16 citizens pausing between turns
    "cold_start_s_max": 15.0,
    "total_rss_mb_max": 1536.0,
    "cpu_growth_max": 1.2,
}


def evaluate_targets(report: dict, targets: dict = TARGETS) -> list[dict]:
    """[{"name", "target", "measured", "met"}] from a report dict (see bench.run.main for its shape).
    `met` is None when the number could not be measured."""
    bot = report.get("bot") or {}
    stock = report.get("stock") or {}
    out = []
    levels = {lv["concurrency"]: lv for lv in bot.get("levels", []) if not lv.get("think_s")}
    stock_levels = {lv["concurrency"]: lv for lv in stock.get("levels", []) if not lv.get("think_s")}
    think16 = next((lv for lv in bot.get("levels", []) if lv.get("think_s") and lv["concurrency"] == 16), None)
    common = sorted(set(levels) & set(stock_levels))
    if common:
        top = common[-1]
        r = ratio(levels[top]["turns_per_s"], stock_levels[top]["turns_per_s"])
        out.append(
            {
                "name": f"throughput vs stock bot at {top} concurrent",
                "target": f">= {targets['throughput_ratio_min']}x",
                "measured": None if r is None else f"{r}x",
                "met": None if r is None else r >= targets["throughput_ratio_min"],
            }
        )
    else:
        out.append(
            {
                "name": "throughput vs stock bot",
                "target": f">= {targets['throughput_ratio_min']}x",
                "measured": None,
                "met": None,
            }
        )
    lv16 = levels.get(16)
    p95 = lv16.get("p95_ms") if lv16 else None
    out.append(
        {
            "name": "p95 per-turn latency at 16 concurrent",
            "target": f"<= {targets['p95_ms_at_16_max']:.0f} ms",
            "measured": None if p95 is None else f"{p95} ms",
            "met": None if p95 is None else p95 <= targets["p95_ms_at_16_max"],
        }
    )
    if think16 is not None:
        p95t = think16.get("p95_ms")
        out.append(
            {
                "name": f"p95 at 16 concurrent, citizens pausing ~{think16['think_s']:g} s between turns",
                "target": f"<= {targets['p95_ms_think_max']:.0f} ms",
                "measured": None if p95t is None else f"{p95t} ms",
                "met": None if p95t is None else p95t <= targets["p95_ms_think_max"],
            }
        )
    cold = bot.get("cold_start_s") or {}
    worst = max([v for v in cold.values() if v is not None], default=None)
    out.append(
        {
            "name": "cold start (process start -> health OK, slowest server)",
            "target": f"<= {targets['cold_start_s_max']:.0f} s",
            "measured": None if worst is None else f"{worst} s",
            "met": None if worst is None else worst <= targets["cold_start_s_max"],
        }
    )
    lg = bot.get("long") or {}
    g = lg.get("cpu_growth")
    out.append(
        {
            "name": "CPU per turn does not grow: turns 50-60 vs 1-10 of a 60-turn conversation",
            "target": f"<= {targets['cpu_growth_max']}x (noise allowance)",
            "measured": None if g is None else f"{g}x",
            "met": None if g is None else g <= targets["cpu_growth_max"],
        }
    )
    rss = bot.get("rss_peak_mb") or {}
    box = bot.get("box_peak_mb") or {}
    rss_total = round(sum(v for v in rss.values() if v is not None), 1) if rss else None
    if box.get("dedicated"):  # what a box of their own needs: shared pages held once
        out.append(
            {
                "name": "total memory on a box of its own (private pages of every bot process + shared once)",
                "target": f"<= {targets['total_rss_mb_max']:.0f} MB",
                "measured": f"{box['dedicated']} MB (PSS summed: {box.get('pss')} MB, RSS summed: "
                f"{box.get('rss', rss_total)} MB)",
                "met": box["dedicated"] <= targets["total_rss_mb_max"],
            }
        )
    else:
        out.append(
            {
                "name": "total RSS (peak, all bot processes)",
                "target": f"<= {targets['total_rss_mb_max']:.0f} MB",
                "measured": None if rss_total is None else f"{rss_total} MB",
                "met": None if rss_total is None else rss_total <= targets["total_rss_mb_max"],
            }
        )
    return out


def _fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def machine_table(report: dict) -> list[str]:
    """Per level: the bot's CPU per turn and what else the machine did meanwhile (the figures that
    explain a run's spread: other work on the cores, the core speed probe, the replicas' split)."""
    rows = []
    for key in ("bot", "stock"):
        part = report.get(key) or {}
        for lv in part.get("levels", []):
            m = lv.get("machine")
            if not m:
                continue
            reps = lv.get("replicas") or {}
            split = " / ".join(_fmt(r.get("share")) for _n, r in sorted(reps.items()) if "share" in r)
            per = " / ".join(_fmt(r.get("cpu_ms_per_turn")) for _n, r in sorted(reps.items()) if "cpu_ms_per_turn" in r)
            conc = lv["concurrency"] if not lv.get("think_s") else f"{lv['concurrency']} (think)"
            rows.append(
                f"| {part.get('label', key)} | {conc} | {_fmt(lv.get('cpu_ms_per_turn'))} | {per or '–'} | "
                f"{split or '–'} | {_fmt(m.get('other_cores'))} | {_fmt(m.get('nice'))} | {_fmt(m.get('steal'))} | "
                f"{_fmt(m.get('work_unit_us'))} / {_fmt(m.get('mem_unit_us'))} |"
            )
    if not rows:
        return []
    return [
        "",
        "| bot | conc. | CPU ms/turn | per replica | replicas' split | other work (cores) | of it niced "
        "| steal | speed probe µs (compute / memory) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
    ]


def render_markdown(report: dict) -> str:
    """The bench.md text: one row per (bot, concurrency), then processes, then targets."""
    lines = [f"# Benchmark ({report.get('started_at', '')})", ""]
    meta = report.get("meta") or {}
    if meta:
        lines.append("; ".join(f"{k}: {v}" for k, v in meta.items()))
        lines.append("")
    lines += [
        "| bot | conc. | turns | turns/s | p50 ms | p95 ms | p99 ms | max ms | errors | conversations | cores used "
        "| load generator CPU ms/turn |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key in ("bot", "stock"):
        part = report.get(key) or {}
        for lv in part.get("levels", []):
            conc = lv["concurrency"] if not lv.get("think_s") else f"{lv['concurrency']} (think {lv['think_s']:g} s)"
            lines.append(
                "| "
                + " | ".join(
                    _fmt(x)
                    for x in (
                        part.get("label", key),
                        conc,
                        lv["turns"],
                        lv["turns_per_s"],
                        lv["p50_ms"],
                        lv["p95_ms"],
                        lv["p99_ms"],
                        lv["max_ms"],
                        lv["errors"],
                        lv["conversations"],
                        (lv.get("cores_used") or {}).get("total"),
                        lv.get("loadgen_cpu_ms_per_turn"),
                    )
                )
                + " |"
            )
    bot_levels = {lv["concurrency"]: lv for lv in (report.get("bot") or {}).get("levels", []) if not lv.get("think_s")}
    stock_levels = {
        lv["concurrency"]: lv for lv in (report.get("stock") or {}).get("levels", []) if not lv.get("think_s")
    }
    common = sorted(set(bot_levels) & set(stock_levels))
    if common:
        lines += ["", "| conc. | throughput ratio (bot / stock) | p95 ratio (bot / stock) |", "|---:|---:|---:|"]
        for c in common:
            lines.append(
                f"| {c} | {_fmt(ratio(bot_levels[c]['turns_per_s'], stock_levels[c]['turns_per_s']))} | "
                f"{_fmt(ratio(bot_levels[c]['p95_ms'], stock_levels[c]['p95_ms']))} |"
            )
    lines += machine_table(report)
    lines += [
        "",
        "| bot | process | cold start s | peak RSS MB | peak PSS MB | training s |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for key in ("bot", "stock"):
        part = report.get(key) or {}
        names = sorted(set(part.get("cold_start_s") or {}) | set(part.get("rss_peak_mb") or {}))
        for i, name in enumerate(names):
            lines.append(
                "| "
                + " | ".join(
                    _fmt(x)
                    for x in (
                        part.get("label", key),
                        name,
                        (part.get("cold_start_s") or {}).get(name),
                        (part.get("rss_peak_mb") or {}).get(name),
                        (part.get("pss_peak_mb") or {}).get(name),
                        part.get("train_seconds") if i == 0 else None,
                    )
                )
                + " |"
            )
        box = part.get("box_peak_mb") or {}
        if box:
            lines.append(
                f"| {part.get('label', key)} | all processes at one moment (box of its own: "
                f"{_fmt(box.get('dedicated'))} MB) | – | {_fmt(box.get('rss'))} | {_fmt(box.get('pss'))} | – |"
            )
    flows = [
        (
            part.get("label", key),
            lv["concurrency"] if not lv.get("think_s") else f"{lv['concurrency']} (think {lv['think_s']:g} s)",
            lv["flows"],
        )
        for key in ("bot", "stock")
        for part in [report.get(key) or {}]
        for lv in part.get("levels", [])
        if lv.get("flows")
    ]
    if flows:
        lines += ["", "Conversation milestones reached (count):", ""]
        for label, c, f in flows:
            lines.append(f"- {label} @ {c}: " + ", ".join(f"{k} {v}" for k, v in sorted(f.items())))
    longs = [
        (report[k].get("label", k), report[k]["long"]) for k in ("bot", "stock") if (report.get(k) or {}).get("long")
    ]
    if longs:
        lines += [
            "",
            "Long conversations (one at a time; CPU of the server processes during each turn):",
            "",
            "| bot | turns × conv. | CPU ms/turn, turns 1–10 | CPU ms/turn, turns 50–60 | growth | "
            "growth of the median turn | latency ms 1–10 / 50–60 | by process (1–10 → 50–60) |",
            "|---|---:|---:|---:|---:|---:|---|---|",
        ]
        for label, lg in longs:
            w1, w2 = (lg.get("windows") or {}).get("1-10"), (lg.get("windows") or {}).get("50-60")
            by = (
                ", ".join(f"{p} {w1['cpu_ms'].get(p)} → {w2['cpu_ms'].get(p)}" for p in w1["cpu_ms"] if p != "total")
                if w1 and w2
                else "–"
            )
            lines.append(
                "| "
                + " | ".join(
                    _fmt(x)
                    for x in (
                        label,
                        f"{lg['turns_per_conversation']} × {lg['conversations']}",
                        w1 and w1["cpu_ms"]["total"],
                        w2 and w2["cpu_ms"]["total"],
                        lg.get("cpu_growth"),
                        lg.get("cpu_growth_median"),
                        f"{w1 and w1['latency_ms']} / {w2 and w2['latency_ms']}",
                        by,
                    )
                )
                + " |"
            )
    targets = report.get("targets") or []
    if targets:
        lines += ["", "| target | wanted | measured | met |", "|---|---|---|---|"]
        for t in targets:
            met = {True: "yes", False: "**no**", None: "not measured"}[t["met"]]
            lines.append(f"| {t['name']} | {t['target']} | {_fmt(t['measured'])} | {met} |")
    notes = report.get("notes") or []
    if notes:
        lines.append("")
        lines += [f"- {note}" for note in notes]
    return "\n".join(lines) + "\n"


def write_reports(report: dict, outdir: Path) -> tuple[Path, Path]:
    """Write outdir/bench.json and outdir/bench.md; returns both paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    j = outdir / "bench.json"
    m = outdir / "bench.md"
    j.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    m.write_text(render_markdown(report), encoding="utf-8")
    return j, m
