"""Async load generator: N simulated citizens holding whole conversations over the REST channel."""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from collections import Counter
from typing import Awaitable, Callable

import aiohttp

from bench.stats import summarize_level

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_loads = json.loads
JSON_HEADERS = {"Content-Type": "application/json"}

MAX_TURNS_PER_CONVERSATION = 40


class DeadlineReached(Exception):
    """Raised inside a conversation when the level's time is up (no new turn is started)."""


class TurnFailed(Exception):
    """A turn got no usable answer (HTTP error, timeout, bad JSON); the conversation is abandoned."""


class TurnBudgetReached(Exception):
    """A long conversation has had its planned number of turns."""


def texts_of(msgs) -> str:
    out = []
    for m in msgs or []:
        if m.get("text"):
            out.append(m["text"])
        for b in m.get("buttons") or []:
            out.append(f"[{b.get('title')}]")
    return "\n".join(out)


def buttons_of(msgs) -> list[str]:
    return [b.get("title") for m in msgs or [] for b in m.get("buttons") or [] if b.get("title")]


class Citizen:
    """One simulated user; `say` times each turn and records it into the shared level recorder."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        url: str,
        rec: "Recorder",
        rng: random.Random,
        sender_prefix: str,
        max_turns: int = 0,
        probe=None,
    ):
        self.session = session
        self.url = url
        self.rec = rec
        self.rng = rng
        self.sender = f"{sender_prefix}-{uuid.uuid4().hex[:12]}"
        self.turns = 0
        self.max_turns = max_turns  # > 0: a long conversation that stops (TurnBudgetReached) there
        self.probe = probe  # callable -> {process: CPU seconds}; per-turn CPU when given
        # long conversations that overlap: one turn at a time across them (gate), and an event set
        # when this conversation is about to send turn `signal_at` (the next one then starts)
        self.gate: asyncio.Lock | None = None
        self.signal_at = 0
        self.reached_turn = asyncio.Event() if max_turns else None
        self.body = {"sender": self.sender, "message": ""}

    async def say(self, text: str):
        if time.monotonic() >= self.rec.deadline:
            raise DeadlineReached()
        alt = self.rec.alternation
        if alt is not None:  # two bots take turns: wait for this bot's window (DeadlineReached when done)
            await alt.enter(self.rec.name)
            try:
                return await self._say(text)
            finally:
                alt.leave(self.rec.name)
        return await self._say(text)

    async def _say(self, text: str):
        if self.max_turns and self.turns >= self.max_turns:
            raise TurnBudgetReached()
        if not self.max_turns and self.turns >= MAX_TURNS_PER_CONVERSATION:
            raise TurnFailed("too many turns")
        self.turns += 1
        if self.reached_turn is not None and self.turns >= self.signal_at:
            self.reached_turn.set()
        if self.gate is not None:
            async with self.gate:
                msgs = await self._exchange(text)
        else:
            msgs = await self._exchange(text)
        if self.rec.think_s > 0:  # reading + typing time of a real person; not part of the latency
            await asyncio.sleep(
                min(self.rng.uniform(0.5, 1.5) * self.rec.think_s, max(0.0, self.rec.deadline - time.monotonic()))
            )
        return msgs, texts_of(msgs)

    async def _exchange(self, text: str):
        """One POST and its JSON reply, timed (and its server CPU when probed); kept cheap, because the
        load generator shares the cores with the servers: the body is encoded once per turn with the
        stdlib's C encoder and the reply read as bytes."""
        cpu0 = self.probe() if self.probe else None
        self.body["message"] = text
        data = _dumps(self.body).encode()
        t0 = time.monotonic()
        try:
            async with self.session.post(self.url, data=data, headers=JSON_HEADERS) as r:
                raw = await r.read()
                if r.status != 200:
                    self.rec.error(f"http {r.status}")
                    raise TurnFailed(f"http {r.status}")
                msgs = _loads(raw)
        except asyncio.TimeoutError:
            self.rec.error("timeout")
            raise TurnFailed("timeout")
        except aiohttp.ClientError as exc:
            self.rec.error(type(exc).__name__)
            raise TurnFailed(str(exc))
        except ValueError:
            self.rec.error("bad json")
            raise TurnFailed("bad json")
        self.rec.turn(time.monotonic() - t0)
        if cpu0 is not None:
            cpu1 = self.probe()
            self.rec.per_turn.append(
                {
                    "turn": self.turns,
                    "ms": round((time.monotonic() - t0) * 1000, 1),
                    "cpu_ms": {k: round((cpu1[k] - cpu0[k]) * 1000, 1) for k in cpu1 if k in cpu0},
                }
            )
        return msgs


class Alternation:
    """Two bots loaded in turns within one level: only one bot has turns in flight at a time, and the
    turn passes every ``slice_s`` seconds (the closing bot's turns in flight finish first), until each
    bot has had ``seconds`` of its own. A busy spell on a shared machine longer than a slice then
    falls on both bots, not on whichever happened to run in that half-minute. Each bot's throughput
    is its turns over its own windows (``active_s``, drains included)."""

    def __init__(self, names, seconds: float, slice_s: float):
        self.names = list(names)
        self.seconds = seconds
        self.slice_s = max(0.5, slice_s)
        self.open = {n: asyncio.Event() for n in self.names}
        self.idle = {n: asyncio.Event() for n in self.names}
        self.inflight = {n: 0 for n in self.names}
        self.active_s = {n: 0.0 for n in self.names}
        self.windows = {n: 0 for n in self.names}
        self.done = {n: False for n in self.names}
        for n in self.names:
            self.idle[n].set()

    async def enter(self, name: str) -> None:
        while not self.open[name].is_set():
            await self.open[name].wait()
        if self.done[name]:
            raise DeadlineReached()
        self.inflight[name] += 1
        self.idle[name].clear()

    def leave(self, name: str) -> None:
        self.inflight[name] -= 1
        if self.inflight[name] == 0:
            self.idle[name].set()

    async def run(self) -> None:
        while not all(self.done.values()):
            for n in self.names:
                if self.done[n]:
                    continue
                t0 = time.monotonic()
                self.windows[n] += 1
                self.open[n].set()
                await asyncio.sleep(min(self.slice_s, max(0.0, self.seconds - self.active_s[n])))
                self.open[n].clear()
                await self.idle[n].wait()  # the turns already sent finish inside this bot's window
                self.active_s[n] += time.monotonic() - t0
                if self.active_s[n] >= self.seconds - 0.05:
                    self.done[n] = True
                    self.open[n].set()  # its citizens waiting at the gate stop (DeadlineReached)


class Recorder:
    def __init__(self, deadline: float, think_s: float = 0.0):
        self.deadline = deadline
        self.alternation: Alternation | None = None
        self.name = ""
        self.think_s = think_s
        self.latencies: list[float] = []
        self.errors = 0
        self.error_kinds: Counter = Counter()
        self.flows: Counter = Counter()
        self.conversations = 0
        self.per_turn: list[dict] = []  # long conversations: {"turn", "ms", "cpu_ms": {process: ms}}

    def turn(self, seconds: float):
        self.latencies.append(seconds)

    def error(self, kind: str):
        self.errors += 1
        self.error_kinds[kind] += 1

    def reached(self, milestone: str):
        self.flows[milestone] += 1


Conversation = Callable[[Citizen], Awaitable[None]]

# --- the 고용복지+ bot: screening → results → center → booking -------------------------------------

OPENINGS = [
    "실직했는데 월세도 밀리고 빚도 있어요",
    "일자리 구하고 있어요",
    "아이 맡길 곳이 없어요",
    "빚 때문에 너무 힘들어요 개인회생 해야 하나요",
    "회사에서 잘렸어요 실업급여 받을 수 있나요",
]
# first match on the question line wins, so the more specific keys come first
ANSWERS = {
    "자녀": "아이는 2살이에요",
    "아이": "아이는 2살이에요",
    "연체": "3개월 밀렸어요",
    "보증금": "보증금 500이에요",
    "월세": "월세 50만원이요",
    "고용보험": "1년 반 정도요",
    "일한": "300일 정도 일했어요",
    "나이": "45살이에요",
    "가구": "3인 가구예요",
    "가족은": "3명이에요",
    "소득": "월 150만원 정도요",
    "재산": "2천만원 정도",
    "빚": "빚은 3천만원이에요",
}
RESULT_MARK = "최종 결정은 담당 기관에서 합니다"
PLACES = [
    "마포구 고용센터 어디예요",
    "강남구 고용센터 어디예요",
    "수원시 고용센터 어디 있어요",
    "부산 해운대구 고용센터 어디예요",
]


META_BUTTONS = {"건너뛰기", "그만하기"}


def answer_for(msgs, rng: random.Random) -> str:
    """What a citizen types next: a typed answer to an open question on a known topic (age, money, ...),
    the text of a random option button when options are offered, '건너뛰기' as last resort."""
    lines = [ln for ln in texts_of(msgs).split("\n") if ln.strip() and not ln.startswith("[")]
    question = lines[-1] if lines else ""
    options = [b for b in buttons_of(msgs) if b not in META_BUTTONS]
    typed = next((ans for key, ans in ANSWERS.items() if key in question), None)
    if typed and not options:
        return typed
    if options:
        return rng.choice(options)
    return typed or "건너뛰기"


async def gobok_conversation(c: Citizen) -> None:
    """Screening (need → consent → questions → results), center lookup, booking to a 예약번호."""
    _, out = await c.say("안녕하세요")
    msgs, out = await c.say(c.rng.choice(OPENINGS))
    if "동의합니다" in buttons_of(msgs):
        msgs, out = await c.say("동의합니다")
    for _ in range(20):
        if RESULT_MARK in out:
            break
        msgs, out = await c.say(answer_for(msgs, c.rng))
    if RESULT_MARK in out:
        c.rec.reached("results")
    _, out = await c.say(c.rng.choice(PLACES))
    if "센터" in out and ("02-" in out or "031-" in out or "051-" in out or "전화" in out):
        c.rec.reached("center")
    msgs, out = await c.say("상담 예약하고 싶어요")
    if "동의합니다" in buttons_of(msgs):
        msgs, out = await c.say("동의합니다")
    slots = [b for b in buttons_of(msgs) if any(ch.isdigit() for ch in b)]
    if not slots:
        return
    c.rec.reached("slots")
    _, out = await c.say(c.rng.choice(slots))
    _, out = await c.say(c.rng.choice(["홍길동입니다", "김민수요", "이영희예요", "박지훈입니다"]))
    # one phone per citizen: the bot allows at most 3 bookings per number
    _, out = await c.say(f"010-{c.rng.randint(2000, 9999)}-{c.rng.randint(1000, 9999)}")
    if "예약할까요" in out:
        _, out = await c.say("네")
    if "예약번호" in out:
        c.rec.reached("booked")


# --- a 60-turn conversation: does the cost of a turn grow with the length of the conversation? ----

# one-turn questions; turns 1-10 and 50-60 are made of them, so the two windows compare like with like
FILLERS = [
    "마포구 고용센터 어디예요",
    "고마워요",
    "강남구 고용센터 전화번호 알려 주세요",
    "수원시 고용센터 어디 있어요",
    "감사합니다",
    "부산 해운대구 고용센터 어디예요",
]


async def _fillers(c: Citizen, upto: int, msgs=None) -> None:
    """One-turn questions until the conversation has `upto` turns; a consent question is agreed to."""
    i = 0
    while c.turns < upto:
        if msgs is not None and "동의합니다" in buttons_of(msgs):
            msgs, _ = await c.say("동의합니다")
        else:
            msgs, _ = await c.say(FILLERS[i % len(FILLERS)])
            i += 1


async def gobok_long_conversation(c: Citizen, turns: int = 60) -> None:
    """안녕하세요 + one-turn questions to turn 10, the whole screening + booking (gobok_conversation),
    then one-turn questions again up to `turns` (the citizen's max_turns ends it)."""
    msgs, _ = await c.say("안녕하세요")
    await _fillers(c, 10, msgs)
    await gobok_conversation(c)
    await _fillers(c, turns)


async def moodbot_long_conversation(c: Citizen, turns: int = 60) -> None:
    """The moodbot conversation again and again under one sender id, up to `turns`."""
    while c.turns < turns:
        await moodbot_conversation(c)


async def run_long(
    url: str,
    conversation,
    conversations: int = 3,
    turns: int = 60,
    turn_timeout: float = 30.0,
    probe=None,
    seed: int = 11,
    sender_prefix: str = "long",
) -> dict:
    """`conversations` long conversations of `turns` turns, one turn at a time across all of them (so the
    CPU the server processes used during a turn is that turn's), overlapping: conversation k+1 starts
    when conversation k is about to send turn `turns` - 10, and from then on the two take turns. So most
    of the turns 1-10 (of conversations 2..n) are measured in the same seconds as turns 50-60 (of
    conversations 1..n-1): a moment when other work on the machine slows the servers down weighs on
    both windows instead of on one. Returns bench.stats.summarize_long(...)."""
    from bench.stats import summarize_long

    rec = Recorder(time.monotonic() + conversations * turns * (turn_timeout + 5))
    timeout = aiohttp.ClientTimeout(total=turn_timeout)
    gate = asyncio.Lock()  # FIFO: two conversations waiting for it alternate turn by turn

    async def one(k: int, session) -> None:
        c = Citizen(session, url, rec, random.Random(seed + k), sender_prefix, max_turns=turns, probe=probe)
        c.gate, c.signal_at = gate, max(1, turns - 10)
        started[k].set_result(c)
        try:
            await conversation(c, turns)
        except TurnBudgetReached:
            pass
        except TurnFailed:
            rec.flows["abandoned"] += 1
            return
        finally:
            c.reached_turn.set()  # a conversation that ended early does not hold up the next one
        rec.conversations += 1

    loop = asyncio.get_running_loop()
    started = [loop.create_future() for _ in range(conversations)]
    async with aiohttp.ClientSession(timeout=timeout) as session:
        tasks = []
        for k in range(conversations):
            if k:
                await (await started[k - 1]).reached_turn.wait()
            tasks.append(asyncio.create_task(one(k, session)))
            await started[k]
        await asyncio.gather(*tasks)
    return summarize_long(rec.per_turn, turns, rec.conversations, rec.errors, dict(rec.flows))


# --- the stock moodbot: greet → mood_great/unhappy → affirm/deny → goodbye ------------------------


async def moodbot_conversation(c: Citizen) -> None:
    _, out = await c.say(c.rng.choice(["hello", "hi", "hey there", "good morning"]))
    if c.rng.random() < 0.5:
        _, out = await c.say(c.rng.choice(["I am great", "perfect", "very good", "amazing"]))
        c.rec.reached("mood_great")
    else:
        _, out = await c.say(c.rng.choice(["I am sad", "not good", "very unhappy", "I don't feel very good"]))
        if "help" in out.lower():
            c.rec.reached("cheer_up")
        _, out = await c.say(c.rng.choice(["yes", "indeed", "no", "not really"]))
    _, out = await c.say(c.rng.choice(["bye", "goodbye", "see you later"]))
    if "bye" in out.lower():
        c.rec.reached("goodbye")


async def run_pair(a: dict, b: dict, concurrency: int, seconds: float, slice_s: float, turn_timeout: float = 30.0):
    """The closed-loop level for two bots in alternating windows (Alternation): a and b are
    {"name", "url", "conversation", "sender_prefix"}; returns (level of a, level of b, windows per bot)."""
    alt = Alternation([a["name"], b["name"]], seconds, slice_s)
    ctrl = asyncio.ensure_future(alt.run())

    def one(x):
        return run_level(
            x["url"],
            x["conversation"],
            concurrency,
            seconds,
            turn_timeout,
            sender_prefix=x["sender_prefix"],
            alternation=alt,
            name=x["name"],
        )

    try:
        la, lb = await asyncio.gather(one(a), one(b))
        await ctrl
    finally:
        ctrl.cancel()
    for lv, x in ((la, a), (lb, b)):
        lv["alternation"] = {
            "windows": alt.windows[x["name"]],
            "slice_s": alt.slice_s,
            "active_s": round(alt.active_s[x["name"]], 2),
        }
    return la, lb


async def run_level(
    url: str,
    conversation: Conversation,
    concurrency: int,
    seconds: float,
    turn_timeout: float = 30.0,
    seed: int = 7,
    sender_prefix: str = "bench",
    think_s: float = 0.0,
    alternation: Alternation | None = None,
    name: str = "",
) -> dict:
    """Run `concurrency` citizens back to back for `seconds`; returns bench.stats.summarize_level(...)
    plus "think_s". think_s = 0 is a closed loop (next turn as soon as the reply arrives: capacity);
    think_s > 0 waits uniform(0.5, 1.5) * think_s after each reply, like a person reading and typing,
    and starts each citizen after uniform(0, think_s) (arrivals spread out, as people's are).
    No turn starts after the deadline; a started turn may finish up to turn_timeout later."""
    start = time.monotonic()
    rec = Recorder(start + seconds, think_s)
    if alternation is not None:  # the level ends when the alternation says this bot had its seconds
        rec.deadline, rec.alternation, rec.name = float("inf"), alternation, name
        seconds = 2 * seconds + 4 * turn_timeout  # only for the overall bound below
    timeout = aiohttp.ClientTimeout(total=turn_timeout)
    connector = aiohttp.TCPConnector(limit=concurrency * 2)

    async def worker(i: int):
        rng = random.Random(seed * 1000 + i)
        if think_s > 0:  # people arrive at different moments, not all 16 in the same millisecond
            await asyncio.sleep(rng.uniform(0.0, think_s))
        async with aiohttp.ClientSession(timeout=timeout, connector=connector, connector_owner=False) as session:
            for _ in range(100000):
                if time.monotonic() >= rec.deadline:
                    return
                c = Citizen(session, url, rec, rng, f"{sender_prefix}-c{concurrency}-w{i}")
                try:
                    await conversation(c)
                    rec.conversations += 1
                except DeadlineReached:
                    return
                except TurnFailed:
                    rec.flows["abandoned"] += 1
                    await asyncio.sleep(0.2)

    try:
        await asyncio.wait_for(
            asyncio.gather(*(worker(i) for i in range(concurrency))), timeout=seconds + turn_timeout + 10
        )
    finally:
        await connector.close()
    elapsed = time.monotonic() - start
    if alternation is not None:
        elapsed = alternation.active_s[name]
    # throughput over the busy window: the deadline or the last finished turn, whichever is later
    out = summarize_level(
        rec.latencies, rec.errors, elapsed, concurrency, rec.conversations, dict(rec.flows), dict(rec.error_kinds)
    )
    out["think_s"] = think_s
    return out
