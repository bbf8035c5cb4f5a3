"""``python -m bot.web --port 8000 --rasa-url http://127.0.0.1:5005``"""

from __future__ import annotations

import argparse
import logging

from aiohttp import web

from bot.web.app import DEFAULT_RASA_URL, DEFAULT_TIMEOUT, create_app


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description="고용복지+ 상담 챗봇 웹 위젯 서버")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--rasa-url", default=DEFAULT_RASA_URL)
    p.add_argument("--static-dir", default=None)
    p.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for Rasa before a polite fallback reply"
    )
    p.add_argument("--no-staff", action="store_true", help="do not mount /staff/")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(args.rasa_url, args.static_dir, timeout=args.timeout, mount_staff=not args.no_staff)
    web.run_app(app, host=args.host, port=args.port, access_log=None)


if __name__ == "__main__":
    main()
