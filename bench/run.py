"""`make bench`: start the real stack (tests.support.stack.Stack), load it with N concurrent citizens,
and do the same against the stock `rasa init` moodbot, level by level (ours, then the stock bot's, so both
meet the shared machine in the same minutes; BENCH_INTERLEAVE=0: all of ours first); write
reports/bench.json and reports/bench.md.

Environment: BENCH_CONCURRENCY (default "1,8,16"), BENCH_SECONDS (per level, default 30),
BENCH_TURN_TIMEOUT (default 30), BENCH_THINK_SECONDS (default 3: one extra run of the top level
where each citizen pauses ~3 s between turns like a person; 0 = skip), BENCH_SKIP_STOCK=1 (bot only), BENCH_MODEL (default models/current.tar.gz),
BENCH_REPORT_DIR (default reports/), BENCH_KEEP_LOGS=1.
Long conversations: BENCH_LONG_CONVERSATIONS (default 4; 0 = skip) of BENCH_LONG_TURNS (default 60) turns
each, one turn at a time, each starting when the previous one reaches its last 10 turns, for both bots,
with the CPU (per thread, in ns) the server processes used during each turn.
Both cores (the default): BENCH_REPLICAS (default 2) Rasa processes on the same SQLite tracker DB
behind HAProxy (deploy/haproxy: a new conversation to the least busy replica, then sticky) and loads
HAProxy instead; BENCH_REPLICAS=1 loads the one Rasa process directly. BOT_ACTIONS_IN_PROCESS (default
1 here): action_turn runs inside Rasa and no action server is started; 0 starts the action server and
Rasa calls it over HTTP.
BENCH_STAGGER_S (seconds between the replicas' starts, default 0 = together).
BENCH_SLICE_S (default 5; 0 = each level once per bot, one after the other): each closed-loop level
loads our bot and the stock bot in alternating windows of that many seconds (bench.load.Alternation),
so a busy spell on a shared machine falls on both. BENCH_SERVER_STATS=1: the Rasa processes also
report garbage collections and tracker-cache hits per level (bench/patches/server_stats).
BENCH_AUTOGROUP_NICE (default -10; 0 = leave it): the scheduling group of every server process (ours
and the stock bot's) gets that nice value, so other sessions' jobs at nice 19 yield to both bots as
they were meant to (see server_priority).
BENCH_SANIC_WORKERS=2 (with one replica): one `rasa run` with that many Sanic workers and a Redis lock
store (redis-server on a free loopback port)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.load import (
    gobok_conversation,
    gobok_long_conversation,
    moodbot_conversation,
    moodbot_long_conversation,
    run_level,
    run_long,
    run_pair,
)
from bench.procs import CpuProbe, RssSampler, SpeedProbe, cpu_seconds, machine_cores, machine_ticks, thread_cpu
from bench.stats import evaluate_targets, write_reports
from bench.stock import ensure_stock_bot
from tests.support import stack as stack_mod
from tests.support.stack import ROOT, VENV_BIN, Stack, free_port, wait_http


def env_levels() -> list[int]:
    raw = os.environ.get("BENCH_CONCURRENCY", "1,8,16")
    levels = [int(x) for x in raw.replace(" ", "").split(",") if x]
    if not levels or any(n < 1 or n > 256 for n in levels):
        raise SystemExit(f"BENCH_CONCURRENCY must list integers 1..256, got {raw!r}")
    return levels


def env_float(name: str, default: float, lo: float, hi: float) -> float:
    v = float(os.environ.get(name, default))
    if not lo <= v <= hi:
        raise SystemExit(f"{name} must be within {lo}..{hi}")
    return v


def server_priority(pid: int, part: dict, name: str) -> None:
    """BENCH_AUTOGROUP_NICE=N (default -10; 0 = leave it): the server's scheduling group gets nice N. With
    the kernel's autogroups (/proc/sys/kernel/sched_autogroup_enabled = 1, as on this machine), each
    session is one group and groups share the cores equally whatever the nice value of the processes
    inside, so a job another session runs at nice 19 still takes as much CPU as one Rasa process. The
    servers (ours and the stock bot's, each started in a session of its own) then get the priority
    over other sessions' work that nice 19 was meant to give them. Needs the right to raise priority
    for N < 0; a failure is recorded, not fatal."""
    n = int(env_float("BENCH_AUTOGROUP_NICE", -10, -20, 19))
    if n == 0:
        return
    try:
        Path(f"/proc/{pid}/autogroup").write_text(str(n))
        part.setdefault("autogroup_nice", {})[name] = Path(f"/proc/{pid}/autogroup").read_text().strip()
    except OSError as exc:
        part.setdefault("autogroup_nice", {})[name] = f"not set: {exc}"


def timed(fn) -> float:
    t0 = time.monotonic()
    fn()
    return round(time.monotonic() - t0, 1)


async def _one_conversation(url, conversation, turn_timeout) -> dict:
    """One un-recorded conversation so first-request costs (graph tracing, imports) stay out of the
    level numbers; its first turn is reported as first_turn_ms."""
    import random

    import aiohttp

    from bench.load import Citizen, Recorder, DeadlineReached, TurnFailed

    rec = Recorder(time.monotonic() + 600)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=turn_timeout * 4)) as s:
        c = Citizen(s, url, rec, random.Random(1), "warmup")
        try:
            await conversation(c)
        except (DeadlineReached, TurnFailed):
            pass
    lat = rec.latencies
    return {
        "turns": len(lat),
        "first_turn_ms": round(lat[0] * 1000, 1) if lat else None,
        "errors": rec.errors,
        "flows": dict(rec.flows),
    }


def long_run(url, conversation, turn_timeout, probe, prefix) -> dict | None:
    n = int(env_float("BENCH_LONG_CONVERSATIONS", 4, 0, 50))
    turns = int(env_float("BENCH_LONG_TURNS", 60, 10, 200))
    if n == 0:
        return None
    print(f">> {prefix}: {n} overlapping conversations of {turns} turns, one turn at a time (CPU per turn)", flush=True)
    out = asyncio.run(run_long(url, conversation, n, turns, turn_timeout, probe=probe, sender_prefix=f"{prefix}-long"))
    w = out["windows"]
    print(
        f"   CPU ms/turn 1-10: {w.get('1-10')}, 50-60: {w.get('50-60')}, growth {out['cpu_growth']} "
        f"(median turn: {out['cpu_growth_median']})",
        flush=True,
    )
    return out


SPEED = SpeedProbe()


def level_plan(levels) -> list[tuple[int, float]]:
    """Closed-loop levels (no think time), then the top level again with BENCH_THINK_SECONDS (if > 0)."""
    think = env_float("BENCH_THINK_SECONDS", 3, 0, 60)
    return [(n, 0.0) for n in levels] + ([(max(levels), think)] if think > 0 else [])


def measured(specs: list[dict], run, n: int, think_s: float) -> list[dict]:
    """Runs one level (``run()`` -> one level dict per spec, same order) and adds, per bot, what the
    machine did meanwhile. A spec is {"prefix", "url", "conversation", "probe", "observer", "sampler"}.
    With a CpuProbe, each level gets "cores_used": CPU seconds per second of the bot's own time of
    every server process (on a shared machine: how much CPU the bot actually got), "cpu_ms_per_turn",
    and "machine": the whole machine's CPU in cores by kind (/proc/stat), what neither the servers nor
    the load generator used ("other_cores": someone else's work on the same cores) and the core speed
    probe. An observer (``start() -> state``, ``finish(state, lv, seconds)``) adds its own figures."""
    for sp in specs:
        print(f">> {sp['prefix']}: {n} concurrent, think time {think_s:g} s", flush=True)
    obs0 = [sp["observer"].start() if sp.get("observer") else None for sp in specs]
    SPEED.take()
    ticks0 = machine_ticks()
    cpu0 = [sp["probe"]() if sp.get("probe") else None for sp in specs]
    t0 = time.monotonic()
    gen0 = resource.getrusage(resource.RUSAGE_SELF)
    lvs = run()
    gen1 = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.monotonic() - t0
    cpu1 = [sp["probe"]() if sp.get("probe") else None for sp in specs]
    mach = machine_cores(ticks0, machine_ticks(), wall)
    # the load generator's own CPU (this process: the citizens + the memory sampler), which competes
    # with the servers for the same cores: ms per turn and cores
    gen_s = (gen1.ru_utime - gen0.ru_utime) + (gen1.ru_stime - gen0.ru_stime)
    all_turns = sum(lv["turns"] for lv in lvs)
    busy = sum(v for k, v in mach.items() if k not in ("idle", "iowait"))
    servers_s = sum(sum(c1[k] - c0[k] for k in c1 if k in c0) for c0, c1 in zip(cpu0, cpu1) if c0 is not None)
    if cpu0[0] is not None:
        mach["other_cores"] = round(max(0.0, busy - servers_s / wall - gen_s / wall), 2)
    # µs of CPU for a fixed piece of work during the level (higher = slower cores, see SpeedProbe)
    mach["work_unit_us"], mach["mem_unit_us"] = SPEED.take()
    print(f"   machine (cores): {mach}", flush=True)
    for sp, lv, c0, c1, o0 in zip(specs, lvs, cpu0, cpu1, obs0):
        own = (lv.get("alternation") or {}).get("active_s") or wall  # the bot's own seconds of the level
        lv["loadgen_cpu_ms_per_turn"] = round(gen_s * 1000 / all_turns, 2) if all_turns else None
        lv["loadgen_cores"] = round(gen_s / wall, 2)
        lv["load_avg_1min"] = round(os.getloadavg()[0], 2)
        if c0 is not None:
            lv["cores_used"] = {k: round((c1[k] - c0[k]) / own, 2) for k in c1 if k in c0}
            lv["cores_used"]["total"] = round(sum(lv["cores_used"].values()), 2)
            print(f"   {sp['prefix']} cores used: {lv['cores_used']}", flush=True)
            if lv["turns"]:
                lv["cpu_ms_per_turn"] = round(sum(c1[k] - c0[k] for k in c1 if k in c0) * 1000 / lv["turns"], 2)
        lv["machine"] = dict(mach)
        if sp.get("observer"):
            sp["observer"].finish(o0, lv, own)
        print(
            f"   load generator: {lv['loadgen_cpu_ms_per_turn']} CPU ms/turn, {lv['loadgen_cores']} cores", flush=True
        )
        sp["sampler"].sample()
        print(
            f"   {sp['prefix']}: {lv['turns']} turns, {lv['turns_per_s']} turns/s, p50 {lv['p50_ms']} ms, "
            f"p95 {lv['p95_ms']} ms, p99 {lv['p99_ms']} ms, errors {lv['errors']}, flows {lv['flows']}",
            flush=True,
        )
    return lvs


class Pairing:
    """BENCH_SLICE_S > 0 (the default, 5 s) with the stock bot: each closed-loop level loads both bots
    in alternating windows of that many seconds (bench.load.Alternation) until each has had the
    level's seconds, so a busy spell on the shared machine falls on both bots alike. Each bot's phases
    register their spec once started; the first to reach a level runs it for both and leaves the
    other's result here. The think-time level runs per bot as before."""

    def __init__(self, slice_s: float, seconds: float, turn_timeout: float):
        self.slice_s, self.seconds, self.turn_timeout = slice_s, seconds, turn_timeout
        self.specs: dict[str, dict] = {}
        self.results: dict[tuple[str, int], dict] = {}

    def level(self, spec: dict, index: int, n: int) -> dict:
        mine = spec["prefix"]
        if (mine, index) in self.results:
            return self.results.pop((mine, index))
        others = [sp for p, sp in self.specs.items() if p != mine]
        if not others:  # the other bot failed to start: this one alone
            return measured([spec], lambda: [asyncio.run(_run_one(spec, n, self.seconds, self.turn_timeout))], n, 0)[0]
        other = others[0]

        def run():
            return list(
                asyncio.run(
                    run_pair(_pair_spec(spec), _pair_spec(other), n, self.seconds, self.slice_s, self.turn_timeout)
                )
            )

        mine_lv, other_lv = measured([spec, other], run, n, 0)
        self.results[(other["prefix"], index)] = other_lv
        return mine_lv


def _pair_spec(sp: dict) -> dict:
    return {"name": sp["prefix"], "url": sp["url"], "conversation": sp["conversation"], "sender_prefix": sp["prefix"]}


async def _run_one(sp: dict, n: int, seconds: float, turn_timeout: float, think_s: float = 0.0) -> dict:
    return await run_level(
        sp["url"], sp["conversation"], n, seconds, turn_timeout, sender_prefix=sp["prefix"], think_s=think_s
    )


def run_levels(spec: dict, levels, seconds, turn_timeout, pairing: Pairing | None = None):
    """Runs the levels of level_plan one by one, yielding each level's dict after it (the caller can run
    another bot's level in between); with a Pairing, the closed-loop levels run in alternating windows
    with the other bot (see Pairing)."""
    for index, (n, think_s) in enumerate(level_plan(levels)):
        if pairing is not None and think_s == 0:
            yield pairing.level(spec, index, n)
            continue
        yield measured(
            [spec], lambda n=n, t=think_s: [asyncio.run(_run_one(spec, n, seconds, turn_timeout, t))], n, think_s
        )[0]


class ReplicaObserver:
    """Per level and per Rasa replica: the turns HAProxy sent it (the split of the load), its CPU ms per
    turn, and with BENCH_SERVER_STATS=1 (bench/patches/server_stats in the servers) its garbage
    collections and tracker-cache hits/misses during the level."""

    def __init__(self, front, procs: dict, stats_dir: Path | None, db_files=()):
        self.db_files = [Path(f) for f in db_files]
        self.front = front
        self.pids = {name: p.pid for name, p in procs.items() if name.startswith("rasa")}
        self.stats_dir = stats_dir

    def _requests(self) -> dict:
        if self.front is None:
            return {}
        # HAProxy's server rasa<i+1> is the process rasa<i> (start_replicas)
        return {f"rasa{int(k[4:]) - 1}": v["requests"] for k, v in self.front.servers().items() if k[4:].isdigit()}

    def _stats(self) -> dict:
        out = {}
        if self.stats_dir is None:
            return out
        import json

        for name, pid in self.pids.items():
            try:
                out[name] = json.loads((self.stats_dir / f"{pid}.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass
        return out

    def _threads(self) -> dict:
        return {name: thread_cpu(pid) for name, pid in self.pids.items()}

    def start(self):
        return self._requests(), self._stats(), self._threads()

    def finish(self, state, lv: dict, wall: float) -> None:
        req0, st0, th0 = state
        req1, st1, th1 = self._requests(), self._stats(), self._threads()
        per = {}
        for name in sorted(self.pids):
            d = {}
            if name in req1 and name in req0:
                d["turns"] = req1[name] - req0[name]
                cores = (lv.get("cores_used") or {}).get(name)
                if d["turns"] and cores is not None:
                    d["cpu_ms_per_turn"] = round(cores * wall * 1000 / d["turns"], 2)
            t0, t1 = th0.get(name, {}), th1.get(name, {})
            d["thread_cores"] = {
                k: round((t1[k] - t0.get(k, 0.0)) / wall, 3) for k in t1 if k != "ctx_invol" and t1[k] > t0.get(k, 0.0)
            }
            d["ctx_invol_per_s"] = round((t1.get("ctx_invol", 0) - t0.get("ctx_invol", 0)) / wall, 1)
            a, b = st0.get(name), st1.get(name)
            if a and b:
                d["gc_collections"] = [y - x for x, y in zip(a["gc_collections"], b["gc_collections"])]
                d["gc_ms"] = [round((y - x) * 1000, 1) for x, y in zip(a["gc_seconds"], b["gc_seconds"])]
                d["gc_max_ms"] = [round(x * 1000, 1) for x in b["gc_max_s"]]
                ca, cb = a["tracker_cache"], b["tracker_cache"]
                d["cache"] = {k: cb[k] - ca.get(k, 0) for k in ("hits", "misses", "stale")}
                d["cache"]["entries"] = cb.get("entries")
            per[name] = d
        total = sum(d.get("turns", 0) for d in per.values())
        if total:
            for d in per.values():
                d["share"] = round(d.get("turns", 0) / total, 3)
        lv["replicas"] = per
        # SQLite files at the level's end (a write-ahead log that checkpoints cannot keep short grows)
        lv["db_mb"] = {
            f.name + sfx: round(Path(str(f) + sfx).stat().st_size / 1e6, 2)
            for f in self.db_files
            for sfx in ("", "-wal")
            if Path(str(f) + sfx).exists()
        }
        print(f"   db files (MB): {lv['db_mb']}", flush=True)
        print(f"   replicas: {per}", flush=True)


def drain(phases) -> None:
    """Runs a phase generator (bot_phases / stock_phases) to its end."""
    for _ in phases:
        pass


def bot_phases(levels, seconds, turn_timeout, keep_logs, part: dict, pairing: Pairing | None = None):
    """Our bot, in phases (a generator; `part` is filled in): start + warm-up + long conversations, then
    one phase per level, then the memory figures and the stop (when the generator ends or is closed)."""
    model = Path(os.environ.get("BENCH_MODEL", str(stack_mod.MODEL)))
    if not model.exists():
        raise SystemExit(f"{model} is missing: run `make train`")
    stack_mod.MODEL = model
    workdir = Path(tempfile.mkdtemp(prefix="bench-bot-"))
    part.update(
        {
            "label": os.environ.get("BENCH_LABEL", "gobok bot"),
            "model": str(model),
            "cold_start_s": {},
            "rss_peak_mb": {},
        }
    )
    s = Stack(workdir)
    # the 2-core box of deploy/README.md: two Rasa processes behind HAProxy, action_turn inside Rasa,
    # no action server (BENCH_REPLICAS=1 BOT_ACTIONS_IN_PROCESS=0: one Rasa + the action server)
    replicas = int(env_float("BENCH_REPLICAS", 2, 1, 4))
    part["replicas"] = replicas
    in_process = os.environ.get("BOT_ACTIONS_IN_PROCESS", "1").strip().lower() in ("1", "true", "yes", "on")
    s.env["BOT_ACTIONS_IN_PROCESS"] = "1" if in_process else "0"
    part["actions_in_process"] = in_process
    workers = int(env_float("BENCH_SANIC_WORKERS", 1, 1, 4))
    if workers > 1:  # Sanic workers forked by one `rasa run`; Rasa needs a shared lock store for that
        if replicas > 1:
            raise SystemExit("BENCH_SANIC_WORKERS needs BENCH_REPLICAS=1")
        s.env["SANIC_WORKERS"] = str(workers)
        part["sanic_workers"] = workers
    part["tracker_cache_size"] = os.environ.get("BOT_TRACKER_CACHE_SIZE", "default (1000)")
    front = None
    extra = os.environ.get("BENCH_EXTRA_PYTHONPATH")
    if extra:  # experiments only: a folder with a sitecustomize.py to load into the servers
        s.env["PYTHONPATH"] = os.pathsep.join([extra, s.env.get("PYTHONPATH", "")])
        part["extra_pythonpath"] = extra
    stats_dir = None
    if os.environ.get("BENCH_SERVER_STATS", "").strip() in ("1", "true", "yes", "on"):
        stats_dir = workdir / "server-stats"
        stats_dir.mkdir()
        patch = str(ROOT / "bench" / "patches" / "server_stats")
        s.env["PYTHONPATH"] = os.pathsep.join([patch, s.env.get("PYTHONPATH", "")])
        s.env["BENCH_STATS_DIR"] = str(stats_dir)
        part["server_stats"] = True
    sampler = RssSampler().start()
    train_file = model.with_suffix("").with_suffix(".train_seconds")
    if train_file.exists():
        part["train_seconds"] = float(train_file.read_text().strip())
    try:
        if not in_process:
            print(">> starting action server", flush=True)
            part["cold_start_s"]["actions"] = timed(s.start_actions)
            sampler.watch("actions", s.procs["actions"].pid)
            print(f"   ready in {part['cold_start_s']['actions']} s", flush=True)
        print(f">> starting Rasa ({replicas} process(es), action_turn in process: {in_process})", flush=True)
        url = s.rest_url
        if workers > 1:
            redis = start_redis(s)
            sampler.watch("redis", redis.pid)
        if replicas == 1:
            part["cold_start_s"]["rasa"] = timed(s.start_rasa)
            sampler.watch("rasa", s.procs["rasa"].pid)
        else:
            front, ports = start_replicas(s, replicas, part, sampler)
            url = front.url + "/webhooks/rest/webhook"
        print(f"   ready in {part['cold_start_s']}", flush=True)
        part["rss_after_start_mb"] = dict(sampler.peak)
        part["warm_up"] = asyncio.run(_one_conversation(url, gobok_conversation, turn_timeout))
        probe = CpuProbe({name: p.pid for name, p in s.procs.items()})
        part["long"] = long_run(url, gobok_long_conversation, turn_timeout, CpuProbe(probe.pids, precise=True), "bot")
        observer = ReplicaObserver(front, s.procs, stats_dir, (s.tracker_db, s.booking_db))
        spec = {
            "prefix": "bot",
            "url": url,
            "conversation": gobok_conversation,
            "probe": probe,
            "observer": observer,
            "sampler": sampler,
        }
        if pairing is not None:
            pairing.specs["bot"] = spec
        yield "started"
        part["levels"] = []
        for lv in run_levels(spec, levels, seconds, turn_timeout, pairing):
            part["levels"].append(lv)
            yield "level"
        if front is not None:
            part["haproxy_servers"] = {
                k: {"requests": v["requests"], "status": v["status"]} for k, v in front.servers().items()
            }
        sampler.sample()
        part["rss_peak_mb"] = dict(sampler.peak)
        part["pss_peak_mb"] = dict(sampler.peak_pss)
        part["box_peak_mb"] = dict(sampler.box_peak)
        if s.tracker_db.exists():
            part["tracker_db_mb"] = round(s.tracker_db.stat().st_size / 1e6, 2)
    except Exception as exc:  # noqa: BLE001 - the report says what failed
        part["failed"] = f"{type(exc).__name__}: {exc}"
        part["rss_peak_mb"] = dict(sampler.peak)
        part["pss_peak_mb"] = dict(sampler.peak_pss)
        part["box_peak_mb"] = dict(sampler.box_peak)
        for name in list(s.procs):
            print(f"--- {name} log (tail) ---\n{s.log(name)[-3000:]}", file=sys.stderr)
    finally:
        sampler.stop()
        if front is not None:
            front.stop()
        s.stop_all()
        if keep_logs:
            print(f"   bot logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def start_redis(s: Stack) -> subprocess.Popen:
    """A Redis on a free loopback port (no persistence) as the lock store of s's Rasa (Sanic workers)."""
    port = free_port()
    p = s._spawn(
        "redis",
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            import socket

            with socket.create_connection(("127.0.0.1", port), timeout=1) as c:
                c.sendall(b"PING\r\n")
                if c.recv(16).startswith(b"+PONG"):
                    break
        except OSError:
            if p.poll() is not None:
                raise RuntimeError("redis-server exited: " + s.log("redis")[-1000:])
            time.sleep(0.2)
    else:
        raise TimeoutError("redis-server did not answer")
    with open(s.endpoints, "a", encoding="utf-8") as f:
        f.write(f"lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: {port}\n  db: 0\n  key_prefix: bench\n")
    return p


def start_replicas(s: Stack, n: int, part: dict, sampler: RssSampler):
    """n Rasa processes on one endpoints file (started together, like a box booting), then HAProxy."""
    from tests.scaleout.haproxy import HAProxy

    ports = [s.rasa_port] + [free_port() for _ in range(n - 1)]
    stagger = env_float("BENCH_STAGGER_S", 0, 0, 30)  # seconds between the replicas' starts (0 = together)
    t0 = time.monotonic()
    for i, port in enumerate(ports):
        if i and stagger:
            time.sleep(stagger)
        s._spawn(
            f"rasa{i}",
            [
                str(VENV_BIN / "rasa"),
                "run",
                "--model",
                str(stack_mod.MODEL),
                "--interface",
                "127.0.0.1",
                "--port",
                str(port),
                "--credentials",
                "credentials.yml",
                "--endpoints",
                str(s.endpoints),
            ],
        )
    part["start_cpu_s"] = {}
    for i, port in enumerate(ports):
        wait_http(f"http://127.0.0.1:{port}/webhooks/rest/", 400, [s.procs[f"rasa{i}"]])
        sampler.watch(f"rasa{i}", s.procs[f"rasa{i}"].pid)
        server_priority(s.procs[f"rasa{i}"].pid, part, f"rasa{i}")
        # CPU seconds the start took (does not depend on how busy the machine was, unlike the wall time)
        part["start_cpu_s"][f"rasa{i}"] = round(cpu_seconds(s.procs[f"rasa{i}"].pid) or 0.0, 1)
    part["cold_start_s"]["rasa (all replicas)"] = round(time.monotonic() - t0, 1)
    if stagger:
        part["stagger_s"] = stagger
    maxconn = int(env_float("BENCH_SERVER_MAXCONN", 0, 0, 64))
    part["server_maxconn"] = maxconn
    front = HAProxy([f"127.0.0.1:{p}" for p in ports], s.workdir, server_maxconn=maxconn)
    front.start(wait_up=60)
    sampler.watch("haproxy", front.proc.pid)
    server_priority(front.proc.pid, part, "haproxy")
    s.procs["haproxy"] = front.proc  # for the CPU probe (stopped by front.stop())
    return front, ports


def stock_phases(levels, seconds, turn_timeout, keep_logs, part: dict, pairing: Pairing | None = None):
    """The stock bot in the same phases as bot_phases."""
    part.update({"label": "stock moodbot", "cold_start_s": {}, "rss_peak_mb": {}})
    print(">> stock bot (rasa init): training once per rasa version, cached under var/bench-stock/", flush=True)
    meta = ensure_stock_bot()
    part.update(
        {
            "model": meta["model"],
            "train_seconds": meta["train_seconds"],
            "cached_model": meta["cached"],
            "rasa_version": meta["rasa_version"],
            "setup": "rasa init defaults: in-memory tracker store, no action server, REST channel",
        }
    )
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bench-stock-"))
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", SQLALCHEMY_SILENCE_UBER_WARNING="1")
    env.pop("PYTHONPATH", None)
    sampler = RssSampler().start()
    proc = None
    try:
        with open(workdir / "rasa.log", "wb") as log:
            t0 = time.monotonic()
            proc = subprocess.Popen(
                [
                    str(VENV_BIN / "rasa"),
                    "run",
                    "--model",
                    meta["model"],
                    "--port",
                    str(port),
                    "--credentials",
                    "credentials.yml",
                    "--endpoints",
                    "endpoints.yml",
                ],
                cwd=meta["dir"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            wait_http(f"http://127.0.0.1:{port}/webhooks/rest/", 240, [proc])
            part["cold_start_s"]["rasa"] = round(time.monotonic() - t0, 1)
        sampler.watch("rasa", proc.pid)
        server_priority(proc.pid, part, "rasa")
        print(f"   stock Rasa ready in {part['cold_start_s']['rasa']} s", flush=True)
        part["rss_after_start_mb"] = dict(sampler.peak)
        url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
        part["warm_up"] = asyncio.run(_one_conversation(url, moodbot_conversation, turn_timeout))
        probe = CpuProbe({"rasa": proc.pid})
        part["long"] = long_run(
            url, moodbot_long_conversation, turn_timeout, CpuProbe(probe.pids, precise=True), "stock"
        )
        spec = {"prefix": "stock", "url": url, "conversation": moodbot_conversation, "probe": probe, "sampler": sampler}
        if pairing is not None:
            pairing.specs["stock"] = spec
        yield "started"
        part["levels"] = []
        for lv in run_levels(spec, levels, seconds, turn_timeout, pairing):
            part["levels"].append(lv)
            yield "level"
        sampler.sample()
        part["rss_peak_mb"] = dict(sampler.peak)
        part["pss_peak_mb"] = dict(sampler.peak_pss)
        part["box_peak_mb"] = dict(sampler.box_peak)
    except Exception as exc:  # noqa: BLE001
        part["failed"] = f"{type(exc).__name__}: {exc}"
        part["rss_peak_mb"] = dict(sampler.peak)
        part["pss_peak_mb"] = dict(sampler.peak_pss)
        part["box_peak_mb"] = dict(sampler.box_peak)
        print((workdir / "rasa.log").read_text(errors="replace")[-3000:], file=sys.stderr)
    finally:
        sampler.stop()
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        if keep_logs:
            print(f"   stock logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def interleave(bot, stock, levels) -> None:
    """Phase by phase: our start, the stock bot's start, then each level for ours and right after for
    the stock bot; each generator then waits at its last level (the caller stops them). A generator that
    ended early (it failed) is skipped."""
    alive = [bot, stock]
    for _ in range(1 + len(level_plan(levels))):
        for g in list(alive):
            try:
                next(g)
            except StopIteration:
                alive.remove(g)


def _terminate(signum, frame):
    raise SystemExit(128 + signum)  # so every `finally` stops the servers it started


def main() -> int:
    signal.signal(signal.SIGTERM, _terminate)
    levels = env_levels()
    seconds = env_float("BENCH_SECONDS", 30, 1, 600)
    turn_timeout = env_float("BENCH_TURN_TIMEOUT", 30, 1, 300)
    keep_logs = bool(os.environ.get("BENCH_KEEP_LOGS"))
    outdir = Path(os.environ.get("BENCH_REPORT_DIR", str(ROOT / "reports")))
    load = os.getloadavg()
    report = {
        "started_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "meta": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_avg_at_start": " / ".join(f"{x:.2f}" for x in load),
            "seconds_per_level": seconds,
            "levels": ",".join(map(str, levels)),
            "turn_timeout_s": turn_timeout,
        },
    }
    t_all = time.monotonic()
    SPEED.start()
    with_stock = not os.environ.get("BENCH_SKIP_STOCK")
    interleaved = with_stock and os.environ.get("BENCH_INTERLEAVE", "1") != "0"
    slice_s = env_float("BENCH_SLICE_S", 5, 0, 600)
    pairing = Pairing(slice_s, seconds, turn_timeout) if interleaved and slice_s > 0 else None
    report["meta"]["interleaved"] = interleaved
    report["meta"]["slice_s"] = slice_s if pairing else None
    report["bot"] = {}
    bot = bot_phases(levels, seconds, turn_timeout, keep_logs, report["bot"], pairing)
    stock = None
    if with_stock:
        report["stock"] = {}
        stock = stock_phases(levels, seconds, turn_timeout, keep_logs, report["stock"], pairing)
    try:
        if interleaved:
            # our bot starts (cold start, long conversations), then the stock bot does, each while the
            # other is idle or not yet started; then each level runs for ours and right after for the stock
            # bot, so both meet the machine in the same minutes (the machine is shared: a busy minute no
            # longer falls on one bot only). The stock bot stops first, then ours takes its last memory
            # sample as a box of its own.
            interleave(bot, stock, levels)
            drain(stock)
            drain(bot)
        else:
            drain(bot)
            if stock is not None:
                drain(stock)
    finally:
        bot.close()
        if stock is not None:
            stock.close()
    report["meta"]["total_wall_s"] = round(time.monotonic() - t_all, 1)
    report["targets"] = evaluate_targets(report)
    report["notes"] = [
        "Per-turn latency = one REST POST to /webhooks/rest/webhook until the full JSON reply (successful turns only).",
        "Throughput = successful turns / wall-clock seconds of the level (with BENCH_SLICE_S: of the bot's own "
        "windows); errors = HTTP errors, timeouts, bad JSON.",
        "The machine is shared (2 cores); load_avg_at_start shows how busy it was. Numbers vary run to run.",
    ]
    for key in ("bot", "stock"):
        if (report.get(key) or {}).get("failed"):
            report["notes"].append(f"{key} FAILED: {report[key]['failed']}")
    j, m = write_reports(report, outdir)
    print()
    print(m.read_text(encoding="utf-8"))
    print(f">> wrote {j} and {m}")
    return 1 if any((report.get(k) or {}).get("failed") for k in ("bot", "stock")) else 0


if __name__ == "__main__":
    sys.exit(main())
