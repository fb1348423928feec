"""`python -m govgraph` runs the command line."""

from govgraph.cli import main

main(prog_name="govgraph")
