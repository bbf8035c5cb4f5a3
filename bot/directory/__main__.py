"""CLI:  python -m bot.directory "서울 마포구 합정동" [--need unemployment_benefit]
       python -m bot.directory --lat 37.55 --lon 126.91

Prints the resolve_* JSON (ensure_ascii=False).  Exit codes:
  0 = a center was found, 3 = ambiguous (see "ambiguous"; ask the person which one),
  2 = unknown place / outside Korea / bad input (message on stderr too).
"""

from __future__ import annotations

import argparse
import json
import sys

from .resolver import NEED_UB, resolve_coords, resolve_text

EXIT_OK, EXIT_UNKNOWN, EXIT_AMBIGUOUS = 0, 2, 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bot.directory", description="Find the 고용센터 serving a place (offline)."
    )
    ap.add_argument("place", nargs="*", help="place text, e.g. 서울 마포구 합정동")
    ap.add_argument("--lat", type=float)
    ap.add_argument("--lon", type=float)
    ap.add_argument("--need", choices=[NEED_UB], default=None)
    args = ap.parse_args(argv)
    if (args.lat is None) != (args.lon is None):
        ap.error("--lat and --lon go together")
    if args.lat is not None and args.place:
        ap.error("give either a place text or --lat/--lon, not both")
    if args.lat is not None:
        result = resolve_coords(args.lat, args.lon, need=args.need)
    else:
        text = " ".join(args.place).strip()
        if not text:
            ap.error("give a place text or --lat/--lon")
        result = resolve_text(text, need=args.need)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if result["center"] is not None:
        return EXIT_OK
    if result["ambiguous"]:
        return EXIT_AMBIGUOUS
    print(result["message"], file=sys.stderr)
    return EXIT_UNKNOWN


if __name__ == "__main__":
    sys.exit(main())
