"""HAProxy (Debian 2.6) started from deploy/haproxy/haproxy.cfg.tmpl on loopback for the tests.

    with HAProxy(["127.0.0.1:5005", "127.0.0.1:5006"], workdir) as hp:
        hp.url                       # the public front (REST, Kakao, Rasa HTTP API)
        hp.servers()                 # {"rasa1": {"addr", "status", "requests", "conn_errors", ...}}

A normal foreground process (``haproxy -f cfg -db``), never a system service; stopped with its
process group.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from tests.support.stack import ROOT, free_port


def _load_render():
    """deploy/haproxy/render.py (deploy/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("deploy_haproxy_render", ROOT / "deploy" / "haproxy" / "render.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


haproxy_render = _load_render()


def haproxy_available() -> bool:
    return shutil.which("haproxy") is not None


class HAProxy:
    def __init__(
        self,
        servers: Sequence[str],
        workdir: Path,
        turn_timeout: str = "30s",
        port: Optional[int] = None,
        server_maxconn: int = 0,
    ):
        self.servers_addr = list(servers)
        self.server_maxconn = server_maxconn
        self.workdir = Path(workdir)
        self.port = port or free_port()
        self.stats_port = free_port()
        self.turn_timeout = turn_timeout
        self.proc: Optional[subprocess.Popen] = None
        self.cfg = self.workdir / "haproxy.cfg"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def stats_url(self) -> str:
        return f"http://127.0.0.1:{self.stats_port}"

    def log(self) -> str:
        p = self.workdir / "haproxy.log"
        return p.read_text(encoding="utf-8", errors="replace") if p.exists() else ""

    def start(self, wait_up: float = 0.0) -> "HAProxy":
        """Start; with ``wait_up`` > 0 also wait until every server passed its health checks."""
        if not haproxy_available():
            raise RuntimeError("haproxy missing: apt-get install -y haproxy (make setup-test does it)")
        self.cfg.write_text(
            haproxy_render.render(
                f"127.0.0.1:{self.port}",
                f"127.0.0.1:{self.stats_port}",
                self.servers_addr,
                self.turn_timeout,
                self.server_maxconn,
            ),
            encoding="utf-8",
        )
        check = subprocess.run(["haproxy", "-c", "-q", "-f", str(self.cfg)], capture_output=True, text=True, timeout=30)
        if check.returncode != 0:
            raise RuntimeError(f"haproxy -c failed:\n{check.stdout}{check.stderr}")
        log = open(self.workdir / "haproxy.log", "wb")
        try:
            self.proc = subprocess.Popen(
                ["haproxy", "-f", str(self.cfg), "-db"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        finally:
            log.close()
        deadline = time.monotonic() + 20
        while True:
            try:
                self.servers()
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("haproxy did not start:\n" + self.log()[-2000:])
                time.sleep(0.1)
        if wait_up > 0:
            self.wait_status({f"rasa{i + 1}": "UP" for i in range(len(self.servers_addr))}, wait_up)
        return self

    def wait_status(self, want: Dict[str, str], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            got = {k: v["status"].split()[0] for k, v in self.servers().items()}
            if all(got.get(k) == s for k, s in want.items()):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"haproxy servers {got}, wanted {want}\n" + self.log()[-2000:])
            time.sleep(0.2)

    def stats_rows(self) -> List[dict]:
        import urllib.request

        with urllib.request.urlopen(self.stats_url + "/stats;csv", timeout=5) as r:
            text = r.read().decode("utf-8")
        return list(csv.DictReader(io.StringIO(text.lstrip("# "))))

    def servers(self) -> Dict[str, dict]:
        """Per replica, summed over the three backends (REST, Kakao, API): requests it answered
        (``hrsp_*``), connection errors, redispatches away from it, and its health status."""
        out: Dict[str, dict] = {}
        for row in self.stats_rows():
            if row["svname"] in ("FRONTEND", "BACKEND") or not row["pxname"].startswith("be_"):
                continue
            s = out.setdefault(
                row["svname"],
                {
                    "status": row["status"],
                    "requests": 0,
                    "conn_errors": 0,
                    "redispatched_away": 0,
                    "retries": 0,
                    "by_backend": {},
                },
            )
            if row["pxname"] == "be_rest":
                s["status"] = row["status"]
            n = sum(int(row[f"hrsp_{k}"] or 0) for k in ("1xx", "2xx", "3xx", "4xx", "5xx", "other"))
            s["requests"] += n
            s["by_backend"][row["pxname"]] = n
            s["conn_errors"] += int(row["econ"] or 0)
            s["redispatched_away"] += int(row["wredis"] or 0)
            s["retries"] += int(row["wretr"] or 0)
        return out

    def server_of(self, addr: str) -> str:
        return f"rasa{self.servers_addr.index(addr) + 1}"

    def stop(self) -> None:
        p, self.proc = self.proc, None
        if p is None or p.poll() is not None:
            return
        try:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=10)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=10)

    def __enter__(self) -> "HAProxy":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()
