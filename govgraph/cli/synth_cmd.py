"""The `synth` command: write a synthetic world for benchmarks and tests."""

from __future__ import annotations

import click

__all__ = ["synth"]


@click.command()
@click.option("--states", type=int, default=40, show_default=True, metavar="N", help="Number of states.")
@click.option("--cities", type=int, default=200, show_default=True, metavar="N", help="Number of cities.")
@click.option(
    "--csos", type=int, default=400, show_default=True, metavar="N", help="Number of civil-society organisations."
)
@click.option(
    "--instruments",
    type=int,
    default=80,
    show_default=True,
    metavar="N",
    help="About how many instruments (conventions, agreements, policies).",
)
@click.option(
    "--relations",
    type=int,
    default=None,
    metavar="N",
    help="Size the world for about N relations instead (overrides the four counts above).",
)
@click.option("--seed", type=int, default=0, show_default=True, metavar="S", help="Random seed: same seed, same files.")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder to write (created if needed; must hold no other data files).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "jsonl"]),
    default="yaml",
    show_default=True,
    help="YAML files, or JSON Lines (faster to load; use it past about 10^5 relations).",
)
def synth(
    states: int, cities: int, csos: int, instruments: int, relations: int | None, seed: int, output: str, fmt: str
) -> None:
    """Write a synthetic world in govgraph's data format, for benchmarks and tests.

    Regions, borders, RECs and RCPs with overlapping memberships, heavy-tailed
    ratifications, cities, civil society, corridors: every gap rule finds
    something in it. Every source says it is synthetic.

    Example: govgraph synth --states 60 --cities 500 --csos 1000 --instruments 200 --seed 1 -o world/
    """
    from ..synth import SynthParams, params_for_relations, synth_world, write_synth_world

    params = (
        params_for_relations(relations, seed)
        if relations is not None
        else SynthParams(states=states, cities=cities, csos=csos, instruments=instruments, seed=seed)
    )
    data = synth_world(params)
    files = write_synth_world(data, output, fmt)
    click.echo(
        f"Wrote {len(data['actors'])} actors, {len(data['instruments'])} instruments, "
        f"{len(data['relations'])} relations, {len(data['corridors'])} corridors "
        f"(states={params.states} cities={params.cities} csos={params.csos} instruments={params.instruments} "
        f"seed={params.seed}) to {len(files)} files in {output}",
        err=True,
    )
