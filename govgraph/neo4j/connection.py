"""Connecting to a Neo4j (or other Bolt) server: settings from options and the environment, clear errors.

The password comes only from ``NEO4J_PASSWORD`` or the caller (the CLI prompts);
no message this module builds contains it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import BackendError, UsageError

__all__ = ["DEFAULT_URI", "DEFAULT_USER", "Connection", "Settings", "backend_error", "connect", "settings_from_env"]

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"


@dataclass(frozen=True)
class Settings:
    """Where and as whom to connect. ``password`` never appears in ``repr``."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    database: str | None = None
    password: str | None = field(default=None, repr=False)


def settings_from_env(
    uri: str | None = None, user: str | None = None, database: str | None = None, password: str | None = None
) -> Settings:
    """Settings from explicit values, else NEO4J_URI / NEO4J_USER / NEO4J_DATABASE / NEO4J_PASSWORD."""
    return Settings(
        uri=uri or os.environ.get("NEO4J_URI") or DEFAULT_URI,
        user=user or os.environ.get("NEO4J_USER") or DEFAULT_USER,
        database=database or os.environ.get("NEO4J_DATABASE") or None,
        password=password if password is not None else os.environ.get("NEO4J_PASSWORD"),
    )


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def backend_error(exc: BaseException, settings: Settings) -> BackendError:
    """A BackendError with one clear line for a driver or network error (never the password)."""
    from neo4j import exceptions as ne

    where = f"{settings.uri}" + (f" (database {settings.database!r})" if settings.database else "")
    code = str(getattr(exc, "code", "") or "")
    detail = str(getattr(exc, "message", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, ne.AuthError) or "Unauthorized" in code or "authentication" in detail.lower():
        msg = f"authentication failed for user {settings.user!r} at {settings.uri}: check NEO4J_USER/--user and NEO4J_PASSWORD"
    elif "DatabaseNotFound" in code or (
        "database" in detail.lower() and ("not found" in detail.lower() or "not exist" in detail.lower())
    ):
        msg = f"database {settings.database!r} does not exist at {settings.uri}: create it or choose another with --database"
    elif isinstance(exc, ne.ServiceUnavailable | ne.SessionExpired | OSError):
        msg = f"cannot reach a Bolt server at {settings.uri}: is it running, and are the URI and port right? ({detail})"
    elif isinstance(exc, ne.ConfigurationError | ValueError):
        msg = f"cannot use the connection settings for {settings.uri}: {detail}"
    elif isinstance(exc, ne.CypherSyntaxError):
        msg = f"the server at {where} rejected the query: {detail}"
    else:
        msg = f"the server at {where} refused the request: {detail}"
    return BackendError(_scrub(msg, settings.password))


@contextmanager
def mapped_errors(settings: Settings) -> Iterator[None]:
    """Turn driver and network errors raised inside the block into BackendError."""
    from neo4j import exceptions as ne

    try:
        yield
    except (ne.Neo4jError, ne.DriverError, OSError, ValueError) as exc:
        raise backend_error(exc, settings) from None


class Connection:
    """An open driver plus the database to use; closes the driver on ``close``."""

    def __init__(self, driver: Any, settings: Settings):
        self.driver = driver
        self.settings = settings

    @property
    def database(self) -> str | None:
        return self.settings.database

    def session(self, **kwargs: Any) -> Any:
        return self.driver.session(database=self.settings.database, **kwargs)

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one read/write statement in its own transaction and return its rows as dicts."""
        with mapped_errors(self.settings), self.session() as session:
            result = session.run(query, parameters or {})
            return [record.data() for record in result]

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(settings: Settings, check: bool = True) -> Connection:
    """Open a driver, and (with ``check``) make sure the server answers for the chosen database."""
    try:
        from neo4j import GraphDatabase
    except ImportError:  # pragma: no cover - depends on the install
        raise UsageError("the neo4j driver is not installed: pip install govgraph (or pip install neo4j)") from None
    if settings.password is None:
        raise UsageError("no password: set NEO4J_PASSWORD (it is never read from the command line)")
    with mapped_errors(settings):
        driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))
    conn = Connection(driver, settings)
    if check:
        try:
            conn.run("RETURN 1 AS ok")
        except BackendError:
            driver.close()
            raise
    return conn
