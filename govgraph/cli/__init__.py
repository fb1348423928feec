"""The `govgraph` command line: thin commands over the library."""

from __future__ import annotations

import gc

import click

from .. import __version__
from .common import GovGraphGroup
from .data_cmds import export, list_entities, show, validate
from .gaps_cmds import gaps, path
from .map_cmd import map_command
from .metrics_cmds import metrics, timeline_command
from .neo4j_cmds import neo4j
from .research_cmds import overlap
from .scorecard_cmd import scorecard_command
from .synth_cmd import synth

__all__ = ["main"]


@click.group(cls=GovGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govgraph")
def main() -> None:
    """govgraph: international migration governance as a multi-level graph.

    Actors (UN agencies, RCPs, RECs, states, cities, civil society) and
    instruments (treaties, compacts, declarations, policies) linked by binding
    or non-binding, vertical or horizontal relations.

    Example: govgraph show PHL
    """
    # One command is one short process over a large graph of models and dicts without reference cycles:
    # the cyclic collector's full passes over millions of them cost seconds (a third of `validate` at 10^6
    # relations) and find nothing; reference counting still frees memory as usual.
    gc.disable()


for _command in (
    validate,
    show,
    list_entities,
    export,
    gaps,
    scorecard_command,
    path,
    map_command,
    synth,
    metrics,
    timeline_command,
    overlap,
):
    main.add_command(_command)
main.add_command(neo4j)
