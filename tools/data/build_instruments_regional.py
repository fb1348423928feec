"""Generate data/actors/instruments_regional.yaml (OAU 1969, Kampala, ECOWAS, AU, SADC, EAC, MERCOSUR, Schengen).

Every fact is in data/curated/treaties_ilo_au/ (instruments.csv, one event table per
instrument, sources.csv); this script only transforms those tables. It also checks the
ECOWAS protocol tables against the raw extract data/sources/ecowas_membership_1995_2019.csv
(when present): the states party in 1995 must be the ECOWAS members of 1995.

    python tools/data/build_instruments_regional.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _treaties_ilo_au import FOLDER, build
from repo_paths import builder_args
from tables import read_table

ECOWAS_TABLE = FOLDER / "ecowas-free-movement-protocol-1979.csv"


def check_ecowas(sources: Path) -> None:
    """The ECOWAS protocol's parties on 1995-01-01 are the ECOWAS members of 1995 in the raw extract."""
    extract = sources / "ecowas_membership_1995_2019.csv"
    if not extract.exists():
        return
    with extract.open(encoding="utf-8") as fh:
        members = {r["alpha3"] for r in csv.DictReader(fh) if r.get("1995") == "1"}
    rows = read_table(ECOWAS_TABLE, ["iso3", "event", "date"])
    ended = {r["iso3"] for r in rows if r["event"] in ("ended", "denounced") and r["date"] < "1995"}
    parties = {r["iso3"] for r in rows if r["event"] == "party"} - ended
    if parties != members:
        raise SystemExit(
            f"{ECOWAS_TABLE}: parties in 1995 differ from ECOWAS members of 1995: {sorted(parties ^ members)}"
        )


def main() -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args()
    check_ecowas(Path(args.sources))
    out = Path(args.actors) / "instruments_regional.yaml"
    print(out, build("instruments_regional", out))


if __name__ == "__main__":
    main()
