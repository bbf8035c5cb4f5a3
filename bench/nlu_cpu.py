"""CPU per NLU parse of one or more trained models, on the held-out NLU texts (tests/nlu).

    python -m bench.nlu_cpu models/current.tar.gz var/exp/ng3.tar.gz [--rounds 5]

Every model is loaded in this process (Rasa's Agent, the same pipeline the server runs); then the
rounds go model after model (A B C A B C ...) so that a change in the machine's load hits all of them
alike. Per model: CPU ms per parse (user + system time of this process, all threads: TensorFlow's
too) as the median over the rounds, and wall ms. The first pass over the texts is a warm-up and
not counted. Used for the featurisation experiments in docs/benchmark.md (accuracy comes from
`rasa test nlu --nlu tests/nlu`, the number `make eval` reports).
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def held_out_texts() -> list[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    texts: list[str] = []
    for f in sorted(glob.glob(str(ROOT / "tests" / "nlu" / "*.yml"))):
        texts.extend(m.get("text") for m in load_data(f).training_examples if m.get("text"))
    return texts


async def _parse_all(agent, texts: list[str]) -> None:
    for t in texts:
        await agent.parse_message(t)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N texts (0 = all)")
    args = ap.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import logging

    import structlog
    from rasa.core.agent import Agent
    from rasa.utils.tensorflow.environment import setup_tf_environment

    setup_tf_environment()  # as `rasa run` does: TF_INTER_OP_/TF_INTRA_OP_PARALLELISM_THREADS apply here too
    logging.getLogger().setLevel(logging.WARNING)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))  # no per-parse lines

    texts = held_out_texts()
    if args.limit:
        texts = texts[: args.limit]
    agents = {}
    for m in args.models:
        agents[m] = Agent.load(m)
        asyncio.run(_parse_all(agents[m], texts[:50]))  # warm-up (graph tracing, caches)
    cpu: dict[str, list[float]] = {m: [] for m in args.models}
    wall: dict[str, list[float]] = {m: [] for m in args.models}
    for _ in range(args.rounds):
        for m, agent in agents.items():
            c0, w0 = time.process_time(), time.perf_counter()
            asyncio.run(_parse_all(agent, texts))
            cpu[m].append(1000 * (time.process_time() - c0) / len(texts))
            wall[m].append(1000 * (time.perf_counter() - w0) / len(texts))
    out = {
        m: {
            "texts": len(texts),
            "cpu_ms_per_parse": round(statistics.median(cpu[m]), 3),
            "cpu_ms_rounds": [round(x, 3) for x in cpu[m]],
            "wall_ms_per_parse": round(statistics.median(wall[m]), 3),
        }
        for m in args.models
    }
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
