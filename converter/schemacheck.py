"""A fast yes/no check for the JSON Schema keywords our bundled schema uses.

`jsonschema` interprets a schema on every call (about 1 ms for one of our
articles); archives hold thousands of files. This compiles the same schema into
nested closures once (about 0.1 ms per article) and answers only "valid?".
When the answer is no, `validation` asks `jsonschema` for the full, precise
findings, so messages never come from this module. A schema using any keyword
not listed in `KEYWORDS` is refused (`Unsupported`), and the caller falls back
to `jsonschema` for everything. Tests check both agree.
"""
from __future__ import annotations

import re
from typing import Any, Callable

Check = Callable[[Any], bool]
ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "examples", "default", "$defs", "definitions"}
KEYWORDS = ANNOTATIONS | {"type", "required", "properties", "items", "const", "enum", "pattern", "minLength",
                          "maxLength", "minimum", "maximum", "minItems", "maxItems", "anyOf", "oneOf", "allOf",
                          "not", "if", "then", "else", "$ref", "additionalProperties"}


class Unsupported(ValueError):
    """The schema uses a keyword this fast path does not implement."""


def _is_type(v: Any, t: str) -> bool:
    if t == "object":
        return isinstance(v, dict)
    if t == "array":
        return isinstance(v, list)
    if t == "string":
        return isinstance(v, str)
    if t == "boolean":
        return isinstance(v, bool)
    if t == "null":
        return v is None
    if isinstance(v, bool):
        return False
    if t == "integer":
        return isinstance(v, int) or (isinstance(v, float) and v.is_integer())
    if t == "number":
        return isinstance(v, (int, float))
    raise Unsupported(f"type {t!r}")


def _json_eq(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, 1.0 is 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_json_eq(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_json_eq(a[k], b[k]) for k in a)
    return a == b


def compile_schema(schema: dict) -> Check:
    """Compile `schema` (local `$ref`s to `#/$defs/…` only) into a predicate."""
    cache: dict[str, Check] = {}

    def ref(pointer: str) -> Check:
        if not pointer.startswith("#/"):
            raise Unsupported(f"$ref {pointer!r}")
        if pointer not in cache:
            node: Any = schema
            for part in pointer[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            cache[pointer] = lambda v: True  # placeholder while compiling (recursive schemas)
            cache[pointer] = comp(node)
        return lambda v: cache[pointer](v)

    def comp(s: Any) -> Check:
        if s is True or s == {}:
            return lambda v: True
        if s is False:
            return lambda v: False
        if not isinstance(s, dict):
            raise Unsupported("schema must be an object or boolean")
        unknown = set(s) - KEYWORDS
        if unknown:
            raise Unsupported(", ".join(sorted(unknown)))
        checks: list[Check] = []
        if "$ref" in s:
            checks.append(ref(s["$ref"]))
        if "type" in s:
            ts = s["type"] if isinstance(s["type"], list) else [s["type"]]
            checks.append(lambda v, ts=ts: any(_is_type(v, t) for t in ts))
        if "const" in s:
            checks.append(lambda v, c=s["const"]: _json_eq(v, c))
        if "enum" in s:
            checks.append(lambda v, e=s["enum"]: any(_json_eq(v, x) for x in e))
        if "pattern" in s:
            rx = re.compile(s["pattern"])
            checks.append(lambda v, rx=rx: not isinstance(v, str) or rx.search(v) is not None)
        if "minLength" in s:
            checks.append(lambda v, n=s["minLength"]: not isinstance(v, str) or len(v) >= n)
        if "maxLength" in s:
            checks.append(lambda v, n=s["maxLength"]: not isinstance(v, str) or len(v) <= n)
        if "minimum" in s:
            checks.append(lambda v, n=s["minimum"]: not _is_type(v, "number") or v >= n)
        if "maximum" in s:
            checks.append(lambda v, n=s["maximum"]: not _is_type(v, "number") or v <= n)
        if "minItems" in s:
            checks.append(lambda v, n=s["minItems"]: not isinstance(v, list) or len(v) >= n)
        if "maxItems" in s:
            checks.append(lambda v, n=s["maxItems"]: not isinstance(v, list) or len(v) <= n)
        if "required" in s:
            checks.append(lambda v, r=tuple(s["required"]): not isinstance(v, dict) or all(k in v for k in r))
        if "properties" in s:
            props = {k: comp(sub) for k, sub in s["properties"].items()}
            checks.append(lambda v, p=props: not isinstance(v, dict) or all(c(v[k]) for k, c in p.items() if k in v))
        if "additionalProperties" in s:
            extra = comp(s["additionalProperties"])
            known = frozenset(s.get("properties", {}))
            checks.append(lambda v, e=extra, k=known: not isinstance(v, dict) or all(e(x) for n, x in v.items() if n not in k))
        if "items" in s:
            item = comp(s["items"])
            checks.append(lambda v, i=item: not isinstance(v, list) or all(i(x) for x in v))
        if "allOf" in s:
            subs = [comp(x) for x in s["allOf"]]
            checks.append(lambda v, subs=subs: all(c(v) for c in subs))
        if "anyOf" in s:
            subs = [comp(x) for x in s["anyOf"]]
            checks.append(lambda v, subs=subs: any(c(v) for c in subs))
        if "oneOf" in s:
            subs = [comp(x) for x in s["oneOf"]]
            checks.append(lambda v, subs=subs: sum(1 for c in subs if c(v)) == 1)
        if "not" in s:
            neg = comp(s["not"])
            checks.append(lambda v, n=neg: not n(v))
        if "if" in s:
            cond = comp(s["if"])
            then = comp(s.get("then", True))
            other = comp(s.get("else", True))
            checks.append(lambda v, c=cond, t=then, o=other: t(v) if c(v) else o(v))
        if len(checks) == 1:
            return checks[0]
        return lambda v, cs=tuple(checks): all(c(v) for c in cs)

    return comp(schema)
