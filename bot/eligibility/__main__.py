"""CLI: python -m bot.eligibility PROFILE.json [--year 2026 | --date 2027-01-05] [--text] [--trace] [--needs a,b]

Prints JSON {"year", "disclaimer", "results": [{program, name, verdict, reason, missing, amount,
sources, apply, caveat}, ...]} or, with --text, a Korean summary for people.
Exit codes: 0 ok, 2 bad input (unreadable/malformed JSON, invalid profile, unknown year/need).
"""

from __future__ import annotations

import argparse
import json
import sys

from . import rules as _rules
from .core import DISCLAIMER, NEEDS, evaluate, programs_for_needs
from .profile import ProfileError
from .render import detail_text, not_evaluated_text, summary_lines
import datetime

_KEYS = (
    "program",
    "name",
    "verdict",
    "reason",
    "missing",
    "amount",
    "sources",
    "apply",
    "caveat",
    "track",
    "unchecked",
    "receiving",
    "alternatives",
    "notice",
)


def _fail(msg: str) -> int:
    print(f"오류 / error: {msg}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bot.eligibility", description="자가 진단 프로필(JSON)을 제도 규칙에 비추어 봅니다."
    )
    ap.add_argument("profile", help="프로필 JSON 파일 경로 ('-' = 표준입력)")
    ap.add_argument(
        "--year",
        type=int,
        default=None,
        help=f"규칙 연도 (기본: {_rules.default_year()}; 가능: {', '.join(map(str, _rules.available_years()))})",
    )
    ap.add_argument("--date", default=None, help="이 날짜에 시행 중인 기준으로 계산 (YYYY-MM-DD; --year 대신)")
    ap.add_argument("--trace", action="store_true", help="JSON에 조건별 판단과 사용한 기준값(conditions)을 함께 출력")
    ap.add_argument("--text", action="store_true", help="사람이 읽는 한국어 출력")
    ap.add_argument("--needs", default=None, help="쉼표로 구분한 필요 분야: " + ",".join(NEEDS))
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse already printed the message
        return 2 if e.code else 0
    try:
        if args.profile == "-":
            raw = sys.stdin.read()
        else:
            with open(args.profile, encoding="utf-8") as fh:
                raw = fh.read()
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"프로필 파일을 읽을 수 없습니다 / cannot read profile: {e}")
    try:
        profile = json.loads(raw)
    except json.JSONDecodeError as e:
        return _fail(f"JSON 형식이 잘못되었습니다 / malformed JSON: {e}")
    needs = None
    programs = None
    if args.needs:
        needs = [n.strip() for n in args.needs.split(",") if n.strip()]
        try:
            programs = programs_for_needs(needs)
        except ValueError as e:
            return _fail(str(e))
    on = None
    if args.date:
        try:
            on = datetime.date.fromisoformat(args.date)
        except ValueError:
            return _fail(f"날짜 형식은 YYYY-MM-DD입니다 / bad date: {args.date!r}")
        if args.year is not None:
            return _fail("--year와 --date는 함께 쓸 수 없습니다 / use either --year or --date")
    try:
        results = evaluate(profile, year=args.year, programs=programs, on=on)
    except ProfileError as e:
        return _fail(str(e))
    except _rules.UnknownYear as e:
        return _fail(str(e))
    year = results[0]["year"] if results else (args.year or _rules.default_year())
    if args.text:
        shown_needs = needs or list(NEEDS)
        blocks = ["\n".join(summary_lines(results, shown_needs))]
        blocks += [detail_text(r) for r in results]
        if needs:
            blocks.append(not_evaluated_text(needs))
        print("\n\n".join(blocks))
    else:
        out = {
            "year": year,
            "on": results[0]["on"] if results else None,
            "notice": results[0]["notice"] if results else None,
            "disclaimer": DISCLAIMER,
            "results": [{k: r[k] for k in _KEYS + (("conditions",) if args.trace else ()) if k in r} for r in results],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.exit(0)
