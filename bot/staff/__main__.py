"""Staff console CLI (imports no web module: deletion is bot.privacy.deletion).

    python -m bot.staff migrate
    python -m bot.staff create-admin --username U [--password-stdin]
    python -m bot.staff create-user --username U --role counselor [--center C] [--password-stdin]
    python -m bot.staff purge [--days N]   (default STAFF_RETENTION_DAYS, 180)
    python -m bot.staff delete-conversation (--sender-id S | --booking-code C)

Database URLs come from --staff-db-url/--tracker-db-url or the environment
(STAFF_DB_URL, TRACKER_DB_URL); defaults are var/staff.db and var/rasa.db.
Non-interactive (make/CI): ``printf '%s\\n' "$PW" | python -m bot.staff
create-admin --username admin --password-stdin``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import List, Optional

from bot.privacy.deletion import purge_summary
from bot.settings import settings as app_settings
from bot.staff import security
from bot.staff.context import StaffContext
from bot.staff.storage import ROLES, StaffDB
from bot.staff.security import valid_username
from bot.staff.settings import load_settings


def _password(args: argparse.Namespace, username: str) -> str:
    if args.password_stdin:
        pw = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise SystemExit("비밀번호는 --password-stdin 으로 주거나 터미널에서 입력해 주세요.")
        pw = getpass.getpass("비밀번호: ")
        if getpass.getpass("비밀번호 확인: ") != pw:
            raise SystemExit("비밀번호가 서로 다릅니다.")
    problem = security.password_problem(pw, username)
    if problem:
        raise SystemExit(problem)
    return pw


def _create(args: argparse.Namespace, role: str) -> int:
    if not valid_username(args.username):
        raise SystemExit("아이디는 영문 소문자·숫자·._- 3~64자로 정해 주세요.")
    db = StaffDB(args.staff_db_url)
    try:
        existing = db.get_user(args.username)
        pw_hash = security.hash_password(_password(args, args.username))
        if existing:
            if not args.update:
                raise SystemExit(f"이미 있는 아이디입니다: {args.username} (--update 로 비밀번호·역할 변경)")
            db.update_user(args.username, password_hash=pw_hash, role=role, active=True)
            db.audit("user_update", "cli", "admin", target=args.username, detail={"role": role, "password": "reset"})
            print(f"updated {role} {args.username}")
        else:
            db.create_user(args.username, pw_hash, role, getattr(args, "center", None))
            db.audit("user_create", "cli", "admin", target=args.username, detail={"role": role})
            print(f"created {role} {args.username}")
    finally:
        db.dispose()
    return 0


def _purge(args: argparse.Namespace) -> int:
    settings = load_settings({"staff_db_url": args.staff_db_url, "tracker_db_url": args.tracker_db_url})
    if args.days is None:
        args.days = int(settings["retention_days"])
    if args.days < 1:
        raise SystemExit("--days 는 1 이상이어야 합니다.")
    ctx = StaffContext(settings)
    try:
        res = ctx.purge_older_than(args.days)
        ctx.db.audit("retention_purge", "cli", "admin", detail=dict(days=args.days, **purge_summary(res)))
    finally:
        ctx.close()
    print(
        json.dumps(
            {
                "events": res["events"],
                "senders": len(res["senders"]),
                "trimmed": len(res["trimmed"]),
                "review_rows": res["review_rows"],
                "bookings": res["bookings"],
            }
        )
    )
    return 0


def _delete(args: argparse.Namespace) -> int:
    if not args.sender_id and not args.booking_code:
        raise SystemExit("--sender-id 또는 --booking-code 가 필요합니다.")
    ctx = StaffContext(load_settings({"staff_db_url": args.staff_db_url, "tracker_db_url": args.tracker_db_url}))
    try:
        res = ctx.delete_person(args.sender_id or "", args.booking_code or "")
        ctx.db.audit(
            "conversation_delete",
            "cli",
            "admin",
            target=args.sender_id or f"booking:{args.booking_code}",
            detail={"senders": res["senders"], "events": res["events"]},
        )
    finally:
        ctx.close()
    print(json.dumps(res, ensure_ascii=False))
    return 0 if res["events"] else 1


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.staff", description="고용복지+센터 상담 콘솔 관리")
    p.add_argument("--staff-db-url", default=None)
    p.add_argument("--tracker-db-url", default=None)
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("migrate", help="create/upgrade the staff tables (idempotent)")
    for name, help_ in (("create-admin", "create an admin account"), ("create-user", "create a staff account")):
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("--username", required=True)
        sp.add_argument("--password-stdin", action="store_true", help="read the password from the first stdin line")
        sp.add_argument("--update", action="store_true", help="reset password/role if the user exists")
        if name == "create-user":
            sp.add_argument("--role", choices=ROLES, default="counselor")
            sp.add_argument("--center", default=None)
    sp = sub.add_parser("purge", help="delete conversations older than N days")
    sp.add_argument("--days", type=int, default=None, help="default: STAFF_RETENTION_DAYS (180 when unset)")
    sp = sub.add_parser("delete-conversation", help="delete one person's conversation")
    sp.add_argument("--sender-id", default=None)
    sp.add_argument("--booking-code", default=None)
    args = p.parse_args(argv)
    env = app_settings()
    args.staff_db_url = args.staff_db_url or env.staff_db_url
    args.tracker_db_url = args.tracker_db_url or env.tracker_db_url
    if args.cmd == "migrate":
        db = StaffDB(args.staff_db_url)
        print(f"staff schema ready at {db.url}")
        db.dispose()
        return 0
    if args.cmd == "create-admin":
        return _create(args, "admin")
    if args.cmd == "create-user":
        return _create(args, args.role)
    if args.cmd == "purge":
        return _purge(args)
    if args.cmd == "delete-conversation":
        return _delete(args)
    return 2  # pragma: no cover


if __name__ == "__main__":
    sys.exit(main())
