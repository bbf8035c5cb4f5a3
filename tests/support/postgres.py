"""Throw-away PostgreSQL server for tests (Debian ``postgresql-NN`` binaries).

    from tests.support.postgres import start_postgres, postgres_server

    url, stop = start_postgres()          # 'postgresql+psycopg2://postgres@127.0.0.1:PORT/test'
    try: ...
    finally: stop()

    with postgres_server() as url: ...    # context manager

    # pytest fixture, e.g. in tests/<area>/conftest.py:
    @pytest.fixture(scope="session")
    def pg_url():
        with postgres_server() as url:
            yield url

Each server lives in its own fresh temp dir (data + unix socket dir), listens on 127.0.0.1 on
a random free port, runs as a non-root user (``postgres``; a ``pgtest`` system user is created
if needed when running as root), uses fsync=off for speed, and is stopped with
``pg_ctl stop -m fast`` (bounded; SIGKILL fallback) and removed on ``stop()`` or at interpreter
exit. Safe to use from several test modules and parallel processes (nothing is shared).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from typing import Callable, Dict, Iterator, Optional, Tuple

from tests.support.procs import alive as _alive

DEBIAN_PACKAGE_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) were not found under "
    "/usr/lib/postgresql/*/bin. Install the Debian package 'postgresql' "
    "(e.g. `apt-get install -y postgresql` or `postgresql-15`)."
)

_FALLBACK_USER = "pgtest"
_user_lock = threading.Lock()


class PostgresUnavailable(RuntimeError):
    pass


def find_pg_bin() -> str:
    """Newest /usr/lib/postgresql/<ver>/bin that has initdb, pg_ctl and postgres."""
    env_dir = os.environ.get("PG_BIN_DIR")
    candidates = [env_dir] if env_dir else []

    def ver_key(path: str):
        m = re.search(r"/postgresql/([\d.]+)/bin", path)
        return tuple(int(x) for x in m.group(1).split(".") if x) if m else (0,)

    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=ver_key, reverse=True)
    for d in candidates:
        if d and all(os.access(os.path.join(d, exe), os.X_OK) for exe in ("initdb", "pg_ctl", "postgres")):
            return d
    raise PostgresUnavailable(DEBIAN_PACKAGE_HINT)


def _server_user() -> Optional[str]:
    """OS user to run the server as (None = current user, when not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", _FALLBACK_USER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            pass
    with _user_lock:
        try:
            pwd.getpwnam(_FALLBACK_USER)
        except KeyError:
            r = subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", _FALLBACK_USER],
                capture_output=True,
                text=True,
                timeout=30,
            )
            # exit code 9 = already exists (another process won the race)
            if r.returncode not in (0, 9):
                raise PostgresUnavailable(f"could not create system user {_FALLBACK_USER!r}: {r.stderr.strip()}")
    return _FALLBACK_USER


def _as_user(user: Optional[str], argv: list) -> list:
    if user is None:
        return argv
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    return [runuser, "-u", user, "--"] + argv


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(argv, timeout: float, cwd: str, env: Dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _kill_postmaster(datadir: str) -> None:
    pidfile = os.path.join(datadir, "postmaster.pid")
    try:
        with open(pidfile) as f:
            pid = int(f.readline().strip())
    except (OSError, ValueError):
        return
    for sig, wait in ((signal.SIGQUIT, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):  # gone, or a zombie waiting for init to reap it
                return
            time.sleep(0.1)


def _wait_ready(port: int, dbname: str, user: str, timeout: float) -> None:
    import psycopg2

    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            conn = psycopg2.connect(host="127.0.0.1", port=port, user=user, dbname=dbname, connect_timeout=3)
            conn.close()
            return
        except psycopg2.OperationalError as e:
            last = e
            time.sleep(0.2)
    raise PostgresUnavailable(f"PostgreSQL did not accept connections within {timeout:.0f}s: {last}")


def sweep_stale_servers() -> int:
    """Stop/remove servers left behind by test processes that died without cleaning up
    (e.g. SIGKILL). Only touches our own ``pgtest-*`` dirs whose owner process is gone."""
    n = 0
    for root in glob.glob(os.path.join(tempfile.gettempdir(), "pgtest-*")):
        try:
            with open(os.path.join(root, "owner.pid")) as f:
                owner = int(f.read().strip())
        except (OSError, ValueError):
            continue  # being created right now, or not ours
        if _alive(owner):
            continue
        _kill_postmaster(os.path.join(root, "data"))
        shutil.rmtree(root, ignore_errors=True)
        n += 1
    return n


def server_env(home: Optional[str] = None) -> Dict[str, str]:
    """The minimal environment pg_ctl/postgres run with; it carries BOT_TEST_RUN so that
    tests/support/reap_strays.py finds a server a test leaked."""
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "LANG": "C", "TZ": "UTC"}
    if home is not None:
        env["HOME"] = home
    if os.environ.get("BOT_TEST_RUN"):
        env["BOT_TEST_RUN"] = os.environ["BOT_TEST_RUN"]
    return env


def start_postgres(
    dbname: str = "test",
    max_connections: int = 150,
    timeout: float = 60.0,
    extra_settings: Optional[Dict[str, str]] = None,
) -> Tuple[str, Callable[[], None]]:
    """Start a private PostgreSQL server; returns (SQLAlchemy URL, stop function).

    ``stop()`` is idempotent. Raises PostgresUnavailable (naming the Debian package) if the
    binaries are missing, or if the server does not come up within ``timeout`` seconds.
    """
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", dbname):
        raise ValueError("dbname must be a simple lower-case identifier")
    bindir = find_pg_bin()
    user = _server_user()
    with contextlib.suppress(Exception):
        sweep_stale_servers()
    root = tempfile.mkdtemp(prefix="pgtest-")
    with open(os.path.join(root, "owner.pid"), "w") as f:
        f.write(str(os.getpid()))
    datadir = os.path.join(root, "data")
    sockdir = os.path.join(root, "sock")
    os.mkdir(sockdir)
    logfile = os.path.join(root, "server.log")
    env = server_env(root if user is not None else None)
    if user is not None:
        pw = pwd.getpwnam(user)
        for p in (root, sockdir):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    os.chmod(root, 0o700)
    superuser = "postgres"
    stopped = {"done": False}
    started = {"yes": False}

    def stop() -> None:
        if stopped["done"]:
            return
        stopped["done"] = True
        try:
            if started["yes"] and os.path.exists(os.path.join(datadir, "postmaster.pid")):
                try:
                    _run(
                        _as_user(
                            user,
                            [os.path.join(bindir, "pg_ctl"), "-D", datadir, "-m", "fast", "-w", "-t", "20", "stop"],
                        ),
                        timeout=30,
                        cwd=root,
                        env=env,
                    )
                except subprocess.TimeoutExpired:
                    pass
                _kill_postmaster(datadir)
        finally:
            shutil.rmtree(root, ignore_errors=True)
            with contextlib.suppress(ValueError):
                atexit.unregister(stop)

    atexit.register(stop)
    try:
        r = _run(
            _as_user(
                user,
                [
                    os.path.join(bindir, "initdb"),
                    "-D",
                    datadir,
                    "-U",
                    superuser,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync",
                ],
            ),
            timeout=timeout,
            cwd=root,
            env=env,
        )
        if r.returncode != 0:
            raise PostgresUnavailable(f"initdb failed ({r.returncode}): {r.stderr.strip()[-800:]}")
        settings = {
            "listen_addresses": "127.0.0.1",
            "unix_socket_directories": sockdir,
            "max_connections": str(max_connections),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "shared_buffers": "32MB",
            "log_min_messages": "warning",
            "timezone": "UTC",
        }
        settings.update(extra_settings or {})
        port = None
        last_err = ""
        for _attempt in range(5):  # a random port can be grabbed by someone else meanwhile
            port = _free_port()
            opts = " ".join(f"-c {k}={v}" for k, v in settings.items()) + f" -p {port}"
            try:
                r = _run(
                    _as_user(
                        user,
                        [
                            os.path.join(bindir, "pg_ctl"),
                            "-D",
                            datadir,
                            "-l",
                            logfile,
                            "-o",
                            opts,
                            "-w",
                            "-t",
                            str(int(timeout)),
                            "start",
                        ],
                    ),
                    timeout=timeout + 10,
                    cwd=root,
                    env=env,
                )
            except subprocess.TimeoutExpired:
                r = None
            started["yes"] = True
            if r is not None and r.returncode == 0:
                break
            _kill_postmaster(datadir)
            try:
                with open(logfile, errors="replace") as f:
                    last_err = f.read()[-800:]
            except OSError:
                last_err = r.stderr[-800:] if r is not None else "timeout"
            port = None
        if port is None:
            raise PostgresUnavailable(f"PostgreSQL failed to start: {last_err}")
        _wait_ready(port, "postgres", superuser, timeout)
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=port, user=superuser, dbname="postgres", connect_timeout=5)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{dbname}"')
        finally:
            conn.close()
    except BaseException:
        stop()
        raise
    return f"postgresql+psycopg2://{superuser}@127.0.0.1:{port}/{dbname}", stop


@contextlib.contextmanager
def postgres_server(**kwargs) -> Iterator[str]:
    """Context manager around start_postgres(); yields the SQLAlchemy URL."""
    url, stop = start_postgres(**kwargs)
    try:
        yield url
    finally:
        stop()


def postgres_available() -> bool:
    try:
        find_pg_bin()
        return True
    except PostgresUnavailable:
        return False


_db_counter = {"n": 0}
_db_counter_lock = threading.Lock()


def new_database(server_url: str, prefix: str = "t") -> str:
    """Create a fresh, empty database on the server behind ``server_url``; returns its URL.

    Cheap isolation between tests sharing one server (no need to restart it).
    """
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(server_url)
    with _db_counter_lock:
        _db_counter["n"] += 1
        name = f"{prefix}_{os.getpid()}_{_db_counter['n']}"
    conn = psycopg2.connect(
        host=u.host, port=u.port, user=u.username, dbname=u.database or "postgres", connect_timeout=5
    )
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        conn.close()
    return u.set(database=name).render_as_string(hide_password=False)
