#!/usr/bin/env python3
"""Build converter/data/schemaorg_vocab.json, the schema.org vocabulary newsmark validates against.

    python3 scripts/build_vocab.py SOURCE > converter/data/schemaorg_vocab.json

SOURCE is either a schema.org release file (`schemaorg-all-https.jsonld`, from
github.com/schemaorg/schemaorg data/releases/<version>/) or a compact vocab.json
with the same facts (types with superclasses, properties with domain and range,
enumeration members), such as ../shared/oracles/schemaorg/vocab.json. Run it once
per schema.org release; newsmark never fetches anything at run time.

The output is derived from schema.org vocabulary data (CC BY-SA 3.0).
"""
from __future__ import annotations

import json
import sys


def _local(iri) -> str:
    if isinstance(iri, dict):
        iri = iri.get("@id", "")
    return str(iri).rsplit("/", 1)[-1].removeprefix("schema:")


def _list(v) -> list:
    return v if isinstance(v, list) else [] if v is None else [v]


def from_release(data: dict) -> dict:
    types, props, members = {}, {}, {}
    for node in data.get("@graph", []):
        t = {_local(x) for x in _list(node.get("@type"))}
        name = _local(node.get("@id"))
        layer = next((_local(p) for p in _list(node.get("schema:isPartOf"))), None)
        layer = {"pending.schema.org": "pending", "attic.schema.org": "attic"}.get(layer, None)
        if "Class" in t or "rdfs:Class" in t:
            types[name] = {"super": sorted(_local(s) for s in _list(node.get("rdfs:subClassOf")))}
            if layer:
                types[name]["layer"] = layer
        elif "Property" in t or "rdf:Property" in t:
            props[name] = {"domain": sorted(_local(s) for s in _list(node.get("schema:domainIncludes"))),
                           "range": sorted(_local(s) for s in _list(node.get("schema:rangeIncludes")))}
            if layer:
                props[name]["layer"] = layer
            sup = _list(node.get("schema:supersededBy"))
            if sup:
                props[name]["supersededBy"] = [_local(s) for s in sup]
        else:
            enums = [x for x in t if x[:1].isupper()]
            if enums:
                members[name] = {"memberOf": sorted(enums)}
    return {"types": types, "properties": props, "members": members}


def from_compact(data: dict) -> dict:
    keep_t = ("super", "layer", "supersededBy", "datatype")
    keep_p = ("domain", "range", "layer", "supersededBy")
    return {
        "types": {k: {f: v[f] for f in keep_t if f in v} for k, v in data["types"].items()},
        "properties": {k: {f: v[f] for f in keep_p if f in v} for k, v in data["properties"].items()},
        "members": {k: {"memberOf": v.get("memberOf", [])} for k, v in data.get("members", {}).items()},
    }


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as fh:
        data = json.load(fh)
    out = from_compact(data) if "types" in data else from_release(data)
    out = {"_about": "schema.org vocabulary for newsmark's vocabulary layer; derived from schema.org data "
                     "(CC BY-SA 3.0, https://schema.org/docs/terms.html) by scripts/build_vocab.py.",
           "version": data.get("version", "unknown"), **out}
    json.dump(out, sys.stdout, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
