"""Run govgraph from a source checkout: `python cli.py ...` (the installed command is `govgraph`)."""

from govgraph.cli import main

if __name__ == "__main__":
    main(prog_name="govgraph")
