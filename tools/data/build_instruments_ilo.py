"""Generate data/actors/instruments_ilo.yaml (ILO C097, C143, C181, C189, C190 and their parties).

Every fact is in data/curated/treaties_ilo_au/ (instruments.csv, one event table per
convention, sources.csv); this script only transforms those tables. Run from anywhere:

    python tools/data/build_instruments_ilo.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _treaties_ilo_au import build
from repo_paths import builder_args


def main() -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args()
    out = Path(args.actors) / "instruments_ilo.yaml"
    print(out, build("instruments_ilo", out))


if __name__ == "__main__":
    main()
