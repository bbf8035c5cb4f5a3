"""`python -m bot.understand "TEXT"` (or `-` for stdin) prints {"needs", "facts", "crisis"} as JSON."""

from __future__ import annotations

import json
import sys

from bot.understand import understand


def main(argv=None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print('usage: python -m bot.understand "TEXT" | -', file=sys.stderr)
        return 2
    text = sys.stdin.read() if args[0] == "-" else " ".join(args)
    u = understand(text)
    out = {
        "needs": [n for n, _ in u.needs],
        "facts": u.facts,
        "crisis": u.crisis,
        **{k: v for k, v in u.to_json().items() if k not in ("needs", "facts", "crisis")},
    }
    out["need_confidence"] = {n: round(c, 3) for n, c in u.needs}
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
