"""Where the Rasa process spends its CPU: py-spy on the real stack under load.

    python -m bench.profile [--seconds 30] [--concurrency 4] [--out reports/profile-<label>.txt]
    BOT_TRACKER_CACHE_SIZE=0 python -m bench.profile --label no-cache      # the picture before the cache

Starts tests.support.stack.Stack (action server + Rasa, SQLite), warms up, then records the Rasa
process with ``py-spy record --format raw`` while `concurrency` citizens hold 60-turn conversations
(bench.load.gobok_long_conversation), and prints the share of the active samples per cost centre
(inclusive: a sample counts for every centre on its stack) and the top functions by own time.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.load import gobok_conversation, gobok_long_conversation, run_long
from tests.support.stack import ROOT, VENV_BIN, Stack

# (name, regex over one collapsed stack "f (file:line);g (file:line);...")
CENTRES = [
    (
        "tracker store: retrieve",
        r"(?:retrieve|_retrieve|_fresh_entry|_full_load) \([^)]*(?:tracker_store|stores_cache)\.py",
    ),
    ("tracker store: save", r"\bsave \([^)]*(?:tracker_store|stores|stores_cache|tracker_cache)\.py"),
    ("  of which PII masking", r"mask_event_dict \("),
    ("NLU: parse_message", r"parse_message \("),
    ("  of which DIET (TensorFlow)", r"diet_classifier\.py|tensorflow/"),
    ("  of which featurizers (count vectors, lexical-syntactic)", r"nlu/featurizers/"),
    ("  of which our tokenizer, entities, crisis flag", r"bot/adapters/nlu\.py"),
    ("    of which Mecab morphemes (bot/korean/morph.py)", r"bot/korean/morph\.py"),
    ("    of which the crisis detector (bot/safety)", r"bot/safety/"),
    ("policies: predict next action", r"_predict_next_with_tracker \(|predict_next_with_tracker_if_should \("),
    ("remote action (action server round trip)", r"\brun \([^)]*rasa/core/actions/action\.py"),
    ("  of which response validation", r"_validate_action_result \("),
    ("action_turn in the Rasa process (BOT_ACTIONS_IN_PROCESS)", r"_run_in_process \("),
    ("  of which the conversation engine (bot/dialogue)", r"bot/dialogue/"),
    ("whole turn (MessageProcessor.handle_message)", r"handle_message \([^)]*processor\.py"),
    ("  SQL commit (SQLite: fsync unless WAL)", r"do_commit \("),
    ("JSON (de)serialisation", r"json/(?:decoder|encoder)\.py|ujson|orjson"),
    ("lock store", r"lock_store\.py"),
    ("tracker copy / replay (DialogueStateTracker.copy)", r"travel_back_in_time \(|\bcopy \([^)]*trackers\.py"),
    ("applied_events", r"applied_events \("),
    ("featurising the history (past_states)", r"past_states \("),
]


def collapse_stats(raw: str) -> tuple[int, Counter, Counter]:
    """(total samples, inclusive samples per centre, own samples per function) from py-spy raw output."""
    total, inc, own = 0, Counter(), Counter()
    for line in raw.splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack or not n.isdigit():
            continue
        n = int(n)
        total += n
        for name, rx in CENTRES:
            if re.search(rx, stack):
                inc[name] += n
        leaf = stack.split(";")[-1]
        own[re.sub(r":\d+\)$", ")", leaf)] += n
    return total, inc, own


def render(total: int, inc: Counter, own: Counter, seconds: float, rate: int, label: str) -> str:
    lines = [
        f"# py-spy: Rasa process, {label}",
        "",
        f"{total} active samples in {seconds:g} s at {rate}/s = Rasa busy {100 * total / (seconds * rate):.0f} % "
        "of one core",
        "",
        "| cost centre | share of Rasa CPU |",
        "|---|---:|",
    ]
    for name, _ in CENTRES:
        lines.append(f"| {name} | {100 * inc[name] / max(total, 1):.1f} % |")
    lines += ["", "| top functions (own time) | share |", "|---|---:|"]
    for fn, n in own.most_common(15):
        lines.append(f"| `{fn[:110]}` | {100 * n / max(total, 1):.1f} % |")
    return "\n".join(lines) + "\n"


async def _late_citizens(url: str, concurrency: int, skip: int):
    """Citizens that already had `skip` turns (gobok_long_conversation), ready to go on with fillers."""
    import random

    import aiohttp

    from bench.load import Citizen, Recorder, TurnBudgetReached

    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
    rec = Recorder(time.monotonic() + 3600)
    cs = [Citizen(session, url, rec, random.Random(500 + i), f"late{i}", max_turns=skip) for i in range(concurrency)]

    async def warm(c):
        try:
            await gobok_long_conversation(c, skip)
        except TurnBudgetReached:
            pass

    await asyncio.gather(*(warm(c) for c in cs))
    return session, cs


async def _load_late(session, cs, seconds: float) -> None:
    from bench.load import _fillers

    deadline = time.monotonic() + seconds

    async def go(c):
        c.max_turns = 0
        while time.monotonic() < deadline:
            await _fillers(c, c.turns + 1)

    try:
        await asyncio.wait_for(asyncio.gather(*(go(c) for c in cs)), timeout=seconds + 30)
    finally:
        await session.close()


async def _load(url: str, concurrency: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds

    async def one(i):
        k = 0
        while time.monotonic() < deadline:
            await run_long(
                url, gobok_long_conversation, conversations=1, turns=60, seed=100 * i + k, sender_prefix=f"prof{i}"
            )
            k += 1

    try:
        await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(concurrency))), timeout=seconds + 5)
    except asyncio.TimeoutError:
        pass


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--rate", type=int, default=100)
    ap.add_argument("--label", default="default")
    ap.add_argument("--out", default=None)
    ap.add_argument(
        "--skip-turns",
        type=int,
        default=0,
        help="profile only turns after this many (each citizen first has them unprofiled), "
        "with one-turn questions; 0 = whole 60-turn conversations",
    )
    a = ap.parse_args(argv)
    spy = VENV_BIN / "py-spy"
    if not spy.exists():
        raise SystemExit("py-spy missing: .venv/bin/pip install -r requirements-dev.txt")
    workdir = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    s = Stack(workdir)
    raw_file = workdir / "pyspy.txt"
    try:
        s.start_actions()
        s.start_rasa()
        from bench.run import _one_conversation

        asyncio.run(_one_conversation(s.rest_url, gobok_conversation, 30))
        loop = asyncio.new_event_loop()
        late = (
            loop.run_until_complete(_late_citizens(s.rest_url, a.concurrency, a.skip_turns)) if a.skip_turns else None
        )
        label = a.label + (f", turns after {a.skip_turns}" if a.skip_turns else "")
        spy_proc = subprocess.Popen(
            [
                str(spy),
                "record",
                "--format",
                "raw",
                "-r",
                str(a.rate),
                "-d",
                str(int(a.seconds)),
                "-o",
                str(raw_file),
                "-p",
                str(s.procs["rasa"].pid),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        if late:
            loop.run_until_complete(_load_late(*late, a.seconds + 2))
        else:
            loop.run_until_complete(_load(s.rest_url, a.concurrency, a.seconds + 2))
        loop.close()
        spy_proc.wait(timeout=a.seconds + 60)
        total, inc, own = collapse_stats(raw_file.read_text(encoding="utf-8", errors="replace"))
        text = render(total, inc, own, a.seconds, a.rate, f"{label}, {a.concurrency} citizens")
        print(text)
        out = Path(a.out or ROOT / "reports" / f"profile-{a.label}.txt")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        shutil.copy(raw_file, out.with_suffix(".raw"))
        print(f">> wrote {out}")
    finally:
        s.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
