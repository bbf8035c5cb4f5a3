"""Every environment variable the bot's Python code reads, in one typed, documented place.

``settings()`` reads the environment on every call (about 50 dictionary look-ups, microseconds), so a
test that changes a variable with ``monkeypatch.setenv`` sees the new value at once and nothing needs
reloading. Code that wants a value asks ``settings().name``; nothing else in bot/ reads ``os.environ``
(tests/foundation/test_settings.py checks it and lists the few modules still to move).

Each variable is a field of the frozen dataclass ``Settings`` with its environment name, its type,
its default and one sentence of documentation (``metadata``). ``python -m bot.settings`` prints the
README table from these fields; a test keeps README.md in step.

Reading rules, the same for every variable: surrounding spaces are ignored; unset or empty means the
default; a value that does not parse (``abc`` for a number) also means the default and never crashes
a server; numbers are clamped to the range given in their documentation; booleans accept
1/true/yes/on and 0/false/no/off.

Rasa-free and dependency-free on purpose: the web server, the action server, the Rasa process and
the CLIs all import it.
"""

from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _var(
    env: str,
    default: Any,
    doc: str,
    *,
    kind: str = "str",
    lo: Optional[float] = None,
    hi: Optional[float] = None,
    below_lo: str = "clamp",
    read_by: str = "",
) -> Any:
    """A settings field: environment name, default, documentation, parsing kind and range."""
    meta = {"env": env, "doc": doc, "kind": kind, "lo": lo, "hi": hi, "below_lo": below_lo, "read_by": read_by}
    return field(default=default, metadata=meta)


def _parse(raw: Optional[str], default: Any, meta: Mapping[str, Any]) -> Any:
    value = (raw or "").strip()
    if not value:
        return default
    kind = meta["kind"]
    if kind == "str":
        return value
    if kind == "path":
        return Path(value)
    if kind == "bool":
        low = value.lower()
        return True if low in _TRUE else False if low in _FALSE else default
    try:
        number: float = int(value) if kind == "int" else float(value)
    except ValueError:
        return default
    lo, hi = meta["lo"], meta["hi"]
    if lo is not None and number < lo:
        if meta["below_lo"] == "default":
            return default
        number = type(number)(lo)
    if hi is not None and number > hi:
        number = type(number)(hi)
    return number


@dataclass(frozen=True)
class Settings:
    """The bot's configuration as read from the environment (see the module docstring)."""

    # ---- deployment
    bot_env: str = _var(
        "BOT_ENV",
        "development",
        "`development` or `production` (SECURITY.md). Production makes the action server and the Kakao "
        "channel refuse to start without their secrets; any value other than `development` closes the "
        "public REST channel unless `REST_TOKEN` is set.",
        read_by="channels, action server",
    )

    # ---- shared secrets
    action_server_token: Optional[str] = _var(
        "ACTION_SERVER_TOKEN",
        None,
        "Shared secret Rasa sends to the action server (`X-Action-Token`); 24+ characters in production. "
        "`make run` generates one in development.",
        read_by="action server",
    )
    action_server_token_file: Optional[Path] = _var(
        "ACTION_SERVER_TOKEN_FILE",
        None,
        "File holding `ACTION_SERVER_TOKEN` (used when the variable is unset).",
        kind="path",
        read_by="action server",
    )
    web_proxy_token: Optional[str] = _var(
        "WEB_PROXY_TOKEN",
        None,
        "Shared secret the web proxy sends to Rasa's REST channel (`X-Web-Proxy-Token`); without it the "
        "widget cannot reach Rasa.",
        read_by="web, REST channel",
    )
    rest_token: Optional[str] = _var(
        "REST_TOKEN",
        None,
        "Optional Bearer token that opens the public REST channel to other clients in production.",
        read_by="REST channel",
    )
    kakao_skill_secret: Optional[str] = _var(
        "KAKAO_SKILL_SECRET",
        None,
        "Value Kakao i Open Builder sends in `X-Skill-Secret` (16+ characters in production); overrides "
        "credentials.yml.",
        read_by="Kakao channel",
    )
    kakao_sender_salt: Optional[str] = _var(
        "KAKAO_SENDER_SALT",
        None,
        "HMAC key turning Kakao user ids into `kakao-…` sender ids (16+ characters in production); overrides "
        "credentials.yml.",
        read_by="Kakao channel",
    )
    bot_secret_key: Optional[str] = _var(
        "BOT_SECRET_KEY",
        None,
        "Fernet key (urlsafe base64, 32 bytes) sealing the booking contact in slots; share it across "
        "replicas. Unset: the key file below.",
        read_by="bot/sealed.py",
    )
    bot_secret_file: Path = _var(
        "BOT_SECRET_FILE",
        ROOT / "var" / "secret.key",
        "Key file used when `BOT_SECRET_KEY` is unset; created (mode 600) on first use.",
        kind="path",
        read_by="bot/sealed.py",
    )

    # ---- web server and channels
    web_trust_proxy: bool = _var(
        "WEB_TRUST_PROXY",
        False,
        "Behind a reverse proxy: take client IPs from `X-Forwarded-For` (rate limits).",
        kind="bool",
        read_by="web",
    )
    rate_limit_per_minute: float = _var(
        "RATE_LIMIT_PER_MINUTE",
        30.0,
        "Messages per minute one sender may send (web and REST and Kakao); 0 turns rate limiting off.",
        kind="float",
        lo=0,
        read_by="web, channels",
    )
    rate_limit_burst: float = _var(
        "RATE_LIMIT_BURST",
        10.0,
        "Messages one sender may send at once before the per-minute rate applies.",
        kind="float",
        lo=0,
        read_by="web, channels",
    )
    rate_limit_ip_per_minute: float = _var(
        "RATE_LIMIT_IP_PER_MINUTE",
        120.0,
        "Messages per minute from one IP address (off when `RATE_LIMIT_PER_MINUTE` is 0).",
        kind="float",
        lo=0,
        read_by="web, channels",
    )
    rate_limit_ip_burst: float = _var(
        "RATE_LIMIT_IP_BURST",
        40.0,
        "Messages one IP address may send at once.",
        kind="float",
        lo=0,
        read_by="web, channels",
    )
    kakao_replay_seconds: Optional[float] = _var(
        "KAKAO_REPLAY_SECONDS",
        None,
        "Window in which a repeated Kakao request is answered from memory instead of run twice (0 = off); "
        "unset: credentials.yml `replay_seconds`, else 5 (once answered, only a repeat within 1 s is a replay).",
        kind="float",
        lo=0,
        read_by="Kakao channel",
    )

    # ---- action server
    action_host: str = _var(
        "ACTION_HOST", "127.0.0.1", "Address the action server listens on.", read_by="action server"
    )
    action_port: int = _var(
        "ACTION_PORT", 5055, "Port of the action server.", kind="int", lo=1, hi=65535, read_by="action server"
    )
    action_max_body_bytes: int = _var(
        "ACTION_MAX_BODY_BYTES",
        8 * 1024 * 1024,
        "Largest action-server request body (also after inflating); larger ones get 413.",
        kind="int",
        lo=1024,
        read_by="action server",
    )

    # ---- storage
    booking_db_url: Optional[str] = _var(
        "BOOKING_DB_URL",
        None,
        "SQLAlchemy URL of the booking database (SQLite or PostgreSQL). Unset: `DATABASE_URL`, else "
        "`sqlite:///var/booking.db`.",
        read_by="booking, console",
    )
    database_url: Optional[str] = _var(
        "DATABASE_URL", None, "Fallback for `BOOKING_DB_URL` (`postgres://` is accepted).", read_by="booking"
    )
    booking_capacity_file: Optional[Path] = _var(
        "BOOKING_CAPACITY_FILE",
        None,
        "YAML/JSON file of per-center slot capacities (center id: n, 0..1000).",
        kind="path",
        read_by="booking",
    )
    booking_daily_cap_per_center: int = _var(
        "BOOKING_DAILY_CAP_PER_CENTER",
        2,
        "Bookings one sender or phone may make per center and day (at least 1; read when the booking "
        "guard is imported).",
        kind="int",
        lo=1,
        read_by="booking",
    )
    staff_db_url: Optional[str] = _var(
        "STAFF_DB_URL",
        None,
        "SQLAlchemy URL of the staff console database (tags, notes, reviews, accounts). Unset: "
        "`sqlite:///var/staff.db`.",
        read_by="console, deletion",
    )
    tracker_db_url: Optional[str] = _var(
        "TRACKER_DB_URL",
        None,
        "Tracker (transcript) database the console and the purge read. Unset: the SQLite file of endpoints.yml.",
        read_by="console",
    )
    bot_tracker_cache_size: int = _var(
        "BOT_TRACKER_CACHE_SIZE",
        1000,
        "Conversations the tracker store keeps in memory (0 = no cache).",
        kind="int",
        lo=0,
        read_by="bot/adapters/tracker_cache.py",
    )
    bot_tracker_cache_idle_s: float = _var(
        "BOT_TRACKER_CACHE_IDLE_S",
        1800.0,
        "Seconds after which an idle cached conversation is dropped.",
        kind="float",
        read_by="bot/adapters/tracker_cache.py",
    )
    bot_tracker_window: int = _var(
        "BOT_TRACKER_WINDOW",
        200,
        "Newest events of a session Rasa gets (0 = all).",
        kind="int",
        lo=0,
        read_by="bot/adapters/tracker_cache.py",
    )
    bot_tracker_pack: bool = _var(
        "BOT_TRACKER_PACK",
        True,
        "Cached conversations keep superseded slot values and older messages compressed (0 = as objects).",
        kind="bool",
        read_by="bot/adapters/tracker_cache.py",
    )
    bot_fast_model_load: bool = _var(
        "BOT_FAST_MODEL_LOAD",
        True,
        "Load DIET by one prediction step instead of Rasa's one-example training step (0 = Rasa's way).",
        kind="bool",
        read_by="bot/adapters/speedups.py",
    )
    bot_gc_freeze: bool = _var(
        "BOT_GC_FREEZE",
        True,
        "After the model loads, one garbage collection and gc.freeze(), so later full collections skip the model.",
        kind="bool",
        read_by="bot/adapters/speedups.py",
    )
    bot_sqlite_wal: bool = _var(
        "BOT_SQLITE_WAL",
        True,
        "SQLite tracker database in WAL mode with a kept-open pool (0 = Rasa's default).",
        kind="bool",
        read_by="bot/adapters/tracker_cache.py",
    )
    bot_actions_in_process: bool = _var(
        "BOT_ACTIONS_IN_PROCESS",
        False,
        "Run action_turn inside the Rasa process (no action-server round trip; 0 = over HTTP).",
        kind="bool",
        read_by="bot/adapters/speedups.py",
    )

    # ---- privacy and the console
    staff_retention_days: int = _var(
        "STAFF_RETENTION_DAYS",
        180,
        "Days conversations (and a booking's name, phone and summary) are kept; read at import, so the "
        "consent text states it (values below 1 mean the default).",
        kind="int",
        lo=1,
        below_lo="default",
        read_by="privacy, console",
    )
    staff_purge_interval_hours: float = _var(
        "STAFF_PURGE_INTERVAL_HOURS",
        24.0,
        "Hours between automatic purges by the web server (0 = off).",
        kind="float",
        lo=0,
        read_by="console",
    )
    staff_session_idle_minutes: float = _var(
        "STAFF_SESSION_IDLE_MINUTES",
        30.0,
        "Console session ends after this many idle minutes.",
        kind="float",
        read_by="console",
    )
    staff_session_max_hours: float = _var(
        "STAFF_SESSION_MAX_HOURS",
        12.0,
        "Console session ends after this many hours in any case.",
        kind="float",
        read_by="console",
    )
    staff_lockout_window_minutes: float = _var(
        "STAFF_LOCKOUT_WINDOW_MINUTES",
        15.0,
        "Window in which failed console logins are counted.",
        kind="float",
        read_by="console",
    )
    staff_lockout_max_user: int = _var(
        "STAFF_LOCKOUT_MAX_USER",
        5,
        "Failed logins per account in the window before it is locked.",
        kind="int",
        read_by="console",
    )
    staff_lockout_max_ip: int = _var(
        "STAFF_LOCKOUT_MAX_IP",
        20,
        "Failed logins per IP address in the window before it is locked.",
        kind="int",
        read_by="console",
    )
    staff_cookie_secure: str = _var(
        "STAFF_COOKIE_SECURE",
        "auto",
        "`true`: the console cookie is always `Secure`; `auto`: when the request is https.",
        read_by="console",
    )
    staff_trust_proxy: bool = _var(
        "STAFF_TRUST_PROXY",
        False,
        "Console behind a reverse proxy: trust `X-Forwarded-For`/`-Proto`.",
        kind="bool",
        read_by="console",
    )

    # ---- understanding and geography
    bot_needs_model: Path = _var(
        "BOT_NEEDS_MODEL",
        ROOT / "models" / "needs_model.pkl",
        "The story-needs classifier file.",
        kind="path",
        read_by="bot/understand",
    )
    kakao_rest_api_key: Optional[str] = _var(
        "KAKAO_REST_API_KEY",
        None,
        "Kakao Local API key: turns on online geocoding of addresses (else the offline gazetteer only).",
        read_by="bot/directory",
    )
    kakao_local_base_url: str = _var(
        "KAKAO_LOCAL_BASE_URL", "https://dapi.kakao.com", "Base URL of the Kakao Local API.", read_by="bot/directory"
    )
    kakao_timeout_s: float = _var(
        "KAKAO_TIMEOUT_S",
        3.0,
        "Timeout of one Kakao Local request, seconds (0.05..3).",
        kind="float",
        lo=0.05,
        hi=3.0,
        read_by="bot/directory",
    )

    # ---- evaluation
    eval_tokenizers: bool = _var(
        "EVAL_TOKENIZERS",
        True,
        "`make eval` also compares the mecab and Okt tokenizers (0 = skip).",
        kind="bool",
        read_by="scripts/nlu_report.py",
    )

    # ------------------------------------------------------------------ derived --
    @property
    def is_production(self) -> bool:
        """BOT_ENV is `production` (or `prod`): secrets are required at start-up."""
        return self.bot_env.lower() in ("production", "prod")

    @property
    def is_development(self) -> bool:
        """BOT_ENV is `development` (the default): open channels on loopback are allowed."""
        return self.bot_env.lower() == "development"

    @property
    def booking_url(self) -> Optional[str]:
        """`BOOKING_DB_URL`, else `DATABASE_URL`, else None (the booking store picks its SQLite file)."""
        return self.booking_db_url or self.database_url

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if environ is None else environ
        values = {f.name: _parse(env.get(f.metadata["env"]), f.default, f.metadata) for f in fields(cls)}
        return cls(**values)


def settings(environ: Optional[Mapping[str, str]] = None) -> Settings:
    """The current settings, read from the environment now (cheap; see the module docstring)."""
    return Settings.from_env(environ)


def raw(name: str) -> Optional[str]:
    """The variable's text as set now, unparsed: a hot path may key a cache on it and parse with settings()
    only when it changes (bot/adapters/speedups.py reads BOT_ACTIONS_IN_PROCESS on every action)."""
    return os.environ.get(name)


def variables() -> List[Dict[str, Any]]:
    """One row per variable: env name, field name, kind, default, documentation, reader."""
    rows = []
    for f in fields(Settings):
        default = None if f.default is MISSING else f.default
        rows.append(
            {
                "env": f.metadata["env"],
                "name": f.name,
                "kind": f.metadata["kind"],
                "default": default,
                "doc": f.metadata["doc"],
                "read_by": f.metadata["read_by"],
            }
        )
    return rows


def _show_default(value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Path):
        try:
            return str(value.relative_to(ROOT))
        except ValueError:
            return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def markdown_table() -> str:
    """The README table of every variable (``python -m bot.settings``)."""
    lines = ["| variable | default | what |", "|---|---|---|"]
    for row in variables():
        lines.append(f"| `{row['env']}` | `{_show_default(row['default'])}` | {row['doc']} |")
    return "\n".join(lines)


def env_names() -> List[str]:
    """The environment variable names, in table order."""
    return [row["env"] for row in variables()]


if __name__ == "__main__":
    print(markdown_table())
