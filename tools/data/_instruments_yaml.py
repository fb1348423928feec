"""Small YAML writer shared by build_instruments_{ilo,regional,global}.py.

Sources and instruments are written in block style (yaml.safe_dump); relations
one per line in flow style, as asked by the data conventions.
"""
import json
import re

import yaml

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_scalar(x) for x in v) + "]"
    s = str(v)
    if _FULL_DATE.match(s):
        return s
    if re.match(r"^[A-Za-z][A-Za-z0-9_.\-/]*$", s) and s.lower() not in (
        "yes", "no", "on", "off", "true", "false", "null", "y", "n"
    ):
        return s
    return json.dumps(s, ensure_ascii=False)


def relation_line(rel):
    order = ["source", "target", "type", "since", "until", "binding", "direction", "role", "note", "sources"]
    parts = []
    for k in order:
        if k in rel and rel[k] is not None:
            parts.append(f"{k}: {_scalar(rel[k])}")
    extra = set(rel) - set(order)
    assert not extra, extra
    return "  - {" + ", ".join(parts) + "}"


class _Dumper(yaml.SafeDumper):
    pass


def _list_flow(dumper, data):
    flow = all(not isinstance(x, (dict, list)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _list_flow)


def _dump(obj):
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def write(path, header, sources, instruments, relations):
    out = [header.rstrip() + "\n"]
    out.append(_dump({"sources": sources}))
    out.append("\n")
    out.append(_dump({"instruments": instruments}))
    out.append("\nrelations:\n")
    for section, rels in relations:
        if section:
            out.append(f"  # --- {section} ({len(rels)}) ---\n")
        for r in rels:
            out.append(relation_line(r) + "\n")
    text = "".join(out)
    yaml.safe_load(text)  # must parse
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return text
