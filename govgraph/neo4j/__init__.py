"""The Neo4j backend: push the graph over Bolt, run the Cypher library, read results back.

Uses the ``neo4j`` driver (installed with govgraph). Works with
Neo4j 5 (server, cluster, Aura) and other Bolt/openCypher servers. The
library never prints; it raises :class:`govgraph.errors.BackendError` with one
clear line when the server cannot be reached or refuses a request.
"""

from __future__ import annotations

from .connection import DEFAULT_URI, DEFAULT_USER, Connection, Settings, connect, settings_from_env
from .gaps import GapRow, gap_report, gap_rule_file, run_gap_rules
from .push import (
    DEFAULT_BATCH,
    DEFAULT_DATASET,
    PushStats,
    apply_schema,
    dataset_counts,
    pull_graph,
    push_graph,
)
from .query import parse_param, run_query_file

__all__ = [
    "DEFAULT_BATCH",
    "DEFAULT_DATASET",
    "DEFAULT_URI",
    "DEFAULT_USER",
    "Connection",
    "GapRow",
    "PushStats",
    "Settings",
    "apply_schema",
    "connect",
    "dataset_counts",
    "gap_report",
    "gap_rule_file",
    "parse_param",
    "pull_graph",
    "push_graph",
    "run_gap_rules",
    "run_query_file",
    "settings_from_env",
]
