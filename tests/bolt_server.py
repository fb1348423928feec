"""A real Bolt server for the `neo4j` tests: ArcadeDB with its Neo4j Bolt plugin, in a child process.

The server runs in its own Python process (``arcadedb-embedded`` bundles a
JRE), on free ports, with its files in a tmp folder, so a test can stop it
hard mid-run and start it again on the same files.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["BoltServer", "bolt_server", "free_port"]

_SCRIPT = r"""
import sys
from arcadedb_embedded import ArcadeDBServer

root, http_port, bolt_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
password = sys.stdin.readline().strip()
server = ArcadeDBServer(
    root_path=root,
    root_password=password,
    config={"http_port": http_port, "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port},
)
server.start()
print("READY", flush=True)
for line in sys.stdin:
    command, _, arg = line.strip().partition(" ")
    if command == "create":
        try:
            server.create_database(arg)
            print("OK", flush=True)
        except Exception as exc:  # already there after a restart
            print("ERR " + str(exc).replace("\n", " ")[:200], flush=True)
    elif command == "stop":
        break
server.stop()
print("STOPPED", flush=True)
"""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class BoltServer:
    """ArcadeDB with the Bolt plugin in a child process; ``uri``, ``user``, ``password`` to connect."""

    user = "root"

    def __init__(self, root: Path, password: str = "govgraph-test-pw") -> None:  # noqa: S107 - a throwaway test server
        self.root = root
        self.password = password
        self.http_port = free_port()
        self.bolt_port = free_port()
        self.uri = f"bolt://localhost:{self.bolt_port}"
        self.proc: subprocess.Popen[str] | None = None
        self.databases: list[str] = []

    def start(self, timeout: float = 120.0) -> None:
        """Start the server (again, on the same files and ports) and wait until it listens."""
        self.root.mkdir(parents=True, exist_ok=True)
        log = open(self.root / "server.log", "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SCRIPT, str(self.root), str(self.http_port), str(self.bolt_port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=self.root,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._send(self.password)
        self._expect("READY", timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:  # the Bolt listener may lag the READY line a little
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.bolt_port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"Bolt port {self.bolt_port} did not open; see {self.root / 'server.log'}")

    def create_database(self, name: str) -> str:
        """Create a database (no error if it exists) and return its name."""
        self._send(f"create {name}")
        line = self._readline(60)
        if not (line.startswith("OK") or "exist" in line.lower()):
            raise RuntimeError(f"could not create database {name}: {line}")
        self.databases.append(name)
        return name

    def stop(self) -> None:
        """Stop the server cleanly."""
        if self.proc is None:
            return
        try:
            self._send("stop")
            self.proc.wait(timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def kill(self) -> None:
        """Stop the server hard, as a crash or a pulled plug would (SIGKILL)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    # -- plumbing ---------------------------------------------------------------
    def _send(self, line: str) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def _readline(self, timeout: float) -> str:
        assert self.proc is not None and self.proc.stdout is not None
        import selectors

        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            raise RuntimeError(f"the Bolt server did not answer within {timeout} s; see {self.root / 'server.log'}")
        return self.proc.stdout.readline().strip()

    def _expect(self, word: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self._readline(max(deadline - time.monotonic(), 0.1))
            if line == word:
                return
            if not line and self.proc is not None and self.proc.poll() is not None:
                break
        raise RuntimeError(f"the Bolt server did not start; see {self.root / 'server.log'}")


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """One ArcadeDB server with the Bolt plugin for the whole test session; stopped at the end."""
    server = BoltServer(tmp_path_factory.mktemp("arcadedb"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
