"""Stage 8, validation: structured findings for JSON-LD, TEI and HTML-embedded JSON-LD.

Each finding names its layer, so users see why a file fails:
  xml / json   well-formedness (strict JSON: duplicate keys, NaN, depth; safe XML parser)
  schema       the bundled JSON Schema or TEI RELAX NG profile (or a user's `--schema`)
  rules        Schematron: pointers resolve, speakers are in the header
  vocabulary   every JSON-LD @type and property is a schema.org term on a type that allows it
  embed        JSON-LD text that would break out of an HTML <script> block
Schemas are compiled once per process and cached.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Iterable

from .errors import DEFAULT_MAX_SIZE
from .lazyre import lazy_re

TEI_NS = "http://www.tei-c.org/ns/1.0"
_LD_BLOCK = lazy_re(r"<script\b[^>]*\btype\s*=\s*([\"']?)application/ld\+json\1[^>]*>(.*?)</script\s*>", re.I | re.S)
_SCRIPT_HAZARD = lazy_re(r"</script|<script|<!--", re.I)
_DATE = lazy_re(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = lazy_re(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$")
_URLISH = lazy_re(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")
_TEXT_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean",
               "CssSelectorType", "XPathType", "PronounceableText", "Duration", "Quantity", "Distance", "Energy",
               "Mass"}


@dataclass(frozen=True)
class Finding:
    """One problem in one file: where, how bad, what, and which layer found it."""

    file: str
    line: int
    column: int
    level: str  # error or warning
    message: str
    layer: str

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.level}: {self.message} [{self.layer}]"


# ------------------------------------------------------------------ resources

def _package_file(*parts: str) -> bytes:
    """A file shipped inside the package, by plain path (importlib.resources costs ~7 ms of start-up)."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), *parts), "rb") as fh:
        return fh.read()


def _schema_text(name: str) -> bytes:
    """A bundled schema: package data when installed (converter/schemas/), the repository's schemas/ in a
    source checkout or editable install."""
    for parts in (("schemas", name), (os.pardir, "schemas", name)):
        try:
            return _package_file(*parts)
        except FileNotFoundError:
            continue
    raise FileNotFoundError(f"bundled schema {name} is missing from the installation")


@lru_cache(maxsize=None)
def _json_schema(path: str | None = None) -> dict:
    return json.loads(_schema_text("newsarticle.schema.json") if path is None else open(path, "rb").read())


@lru_cache(maxsize=None)
def _fast_check(path: str | None = None):
    """The compiled yes/no check of a JSON Schema, or None when it uses keywords the fast path lacks."""
    from .schemacheck import Unsupported, compile_schema

    try:
        return compile_schema(_json_schema(path))
    except (Unsupported, KeyError, re.error):
        return None


@lru_cache(maxsize=None)
def _json_validator(path: str | None = None):
    from jsonschema import Draft202012Validator

    schema = _json_schema(path)
    cls = Draft202012Validator
    if path is not None:
        from jsonschema.validators import validator_for

        cls = validator_for(schema, default=Draft202012Validator)
        cls.check_schema(schema)
    return cls(schema)


@lru_cache(maxsize=None)
def _relaxng(path: str | None = None):
    from lxml import etree

    src = etree.fromstring(_schema_text("tei-news.rng")) if path is None else etree.parse(path, _safe_parser())
    return etree.RelaxNG(src)


@lru_cache(maxsize=None)
def _schematron(path: str | None = None):
    from lxml import etree, isoschematron

    src = etree.fromstring(_schema_text("tei-news.sch")) if path is None else etree.parse(path, _safe_parser())
    return isoschematron.Schematron(src, store_report=True)


@lru_cache(maxsize=None)
def _vocab() -> dict:
    return json.loads(_package_file("data", "schemaorg_vocab.json"))


@lru_cache(maxsize=None)
def _ancestors(t: str) -> frozenset[str]:
    types = _vocab()["types"]
    out, todo = {t}, [t]
    while todo:
        for s in types.get(todo.pop(), {}).get("super", []):
            if s not in out:
                out.add(s)
                todo.append(s)
    return frozenset(out)


@lru_cache(maxsize=None)
def _safe_parser(lean: bool = False):
    """One parser per process: no entity expansion, no DTD, no network (reused, it is not rebuilt per file).

    `lean` also drops whitespace-only text between elements, which RELAX NG ignores anyway and the
    bundled rules never read: a faster parse for the bundled checks (not used with a user's --schema,
    whose Schematron might count text nodes)."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=False, remove_blank_text=lean)


# ------------------------------------------------------------------ JSON

class _JSONError(ValueError):
    def __init__(self, msg: str, pos: int | None = None, needle: str | None = None):
        super().__init__(msg)
        self.pos, self.needle = pos, needle


def _no_dupes(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise _JSONError(f"duplicate key {k!r}", needle=json.dumps(k))
        seen[k] = v
    return seen


def _no_constants(name: str):
    raise _JSONError(f"{name} is not valid JSON", needle=name)


def strict_json(text: str) -> Any:
    """json.loads that rejects duplicate keys, NaN/Infinity and runaway nesting."""
    try:
        return json.loads(text, object_pairs_hook=_no_dupes, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise _JSONError(exc.msg, exc.pos) from None
    except RecursionError:
        raise _JSONError("JSON nested too deeply", 0) from None


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col


def _locate_path(text: str, path: Iterable) -> int:
    """Best-effort character offset of a JSON path (for line numbers in findings)."""
    pos = 0
    for part in path:
        if isinstance(part, str):
            m = re.compile(r'"%s"\s*:' % re.escape(json.dumps(part)[1:-1])).search(text, pos)
            if not m:
                return pos
            pos = m.start()
        else:
            m = re.compile(r"\[").search(text, pos)
            if not m:
                return pos
            pos = m.end()
            for _ in range(part):
                m = re.compile(r"\{|\"|\d|\[").search(text, pos)
                depth = 0
                i = m.start() if m else len(text)
                in_str = False
                while i < len(text):
                    c = text[i]
                    if in_str:
                        if c == "\\":
                            i += 1
                        elif c == '"':
                            in_str = False
                    elif c == '"':
                        in_str = True
                    elif c in "[{":
                        depth += 1
                    elif c in "]}":
                        depth -= 1
                    elif c == "," and depth == 0:
                        break
                    i += 1
                pos = i + 1
            while pos < len(text) and text[pos] in " \t\r\n":
                pos += 1
    return pos


def validate_jsonld(obj: Any, file: str = "<jsonld>", text: str | None = None, schemas: tuple[str, ...] = (),
                    embed: bool = False) -> list[Finding]:
    """Schema, vocabulary and embedding checks of one parsed JSON-LD document.

    `text`, when given, is the document's source: findings then carry line numbers.
    """
    out: list[Finding] = []

    def where(path) -> tuple[int, int]:
        if text is None:
            return 1, 1
        return _line_col(text, _locate_path(text, path))

    for path in (None, *[p for p in schemas if p.endswith(".json")]):
        fast = _fast_check(path)
        if fast is not None and fast(obj):
            continue  # valid: no need for jsonschema's slower, detailed pass
        layer = "schema" if path is None else f"schema:{os.path.basename(path)}"
        for err in sorted(_json_validator(path).iter_errors(obj), key=lambda e: list(map(str, e.absolute_path))):
            loc = "/".join(map(str, err.absolute_path)) or "(root)"
            ln, col = where(err.absolute_path)
            out.append(Finding(file, ln, col, "error", f"{loc}: {_short(err.message)}", layer))
    for path, level, msg in _vocabulary(obj):
        ln, col = where(path)
        out.append(Finding(file, ln, col, level, msg, "vocabulary"))
    if text is not None:
        for m in _SCRIPT_HAZARD.finditer(text):
            ln, col = _line_col(text, m.start())
            out.append(Finding(file, ln, col, "error" if embed else "warning",
                               f"{m.group()!r} would break out of an HTML <script> block; escape '<' as \\u003c", "embed"))
        for ch in ("\u2028", "\u2029"):
            i = text.find(ch)
            if i >= 0:
                ln, col = _line_col(text, i)
                out.append(Finding(file, ln, col, "warning", f"raw U+{ord(ch):04X}: escape it as \\u{ord(ch):04x}", "embed"))
    return out


def _short(msg: str, n: int = 160) -> str:
    msg = " ".join(msg.split())
    return msg if len(msg) <= n else msg[:n - 1] + "…"


def _types_of(node: dict) -> list[str]:
    t = node.get("@type", node.get("type"))
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _vocabulary(obj: Any, path: tuple = ()) -> Iterable[tuple[tuple, str, str]]:
    """(path, level, message) for every term that is not schema.org used where schema.org allows it."""
    if isinstance(obj, list):
        for i, x in enumerate(obj):
            yield from _vocabulary(x, path + (i,))
        return
    if not isinstance(obj, dict):
        return
    if not path:
        ctx = obj.get("@context")
        if not (isinstance(ctx, str) and re.fullmatch(r"https?://schema\.org/?", ctx)):
            yield path, "error", "@context must be \"https://schema.org\""
    if "@graph" in obj and isinstance(obj["@graph"], list):
        for i, x in enumerate(obj["@graph"]):
            yield from _vocabulary(x, path + ("@graph", i))
        return
    types = _types_of(obj)
    if not types:
        yield path, ("error" if not path else "warning"), "node has no @type"
    known, type_findings = _check_types(tuple(types))
    for level, msg in type_findings:
        yield path + ("@type",), level, msg
    for key, val in obj.items():
        if key.startswith("@") or key in ("type", "id"):
            continue
        kp = path + (key,)
        rng, prop_findings = _check_property(known, key)
        for level, msg in prop_findings:
            yield kp, level, msg
        if rng is None:
            continue
        if isinstance(val, list):
            for i, v in enumerate(val):
                yield from _value(key, v, rng, kp + (i,))
        else:
            yield from _value(key, val, rng, kp)


@lru_cache(maxsize=4096)
def _check_types(types: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(known schema.org types, findings) for a node's @type values; cached, archives repeat themselves."""
    voc = _vocab()
    known, out = [], []
    for t in types:
        name = t.rsplit("/", 1)[-1]
        info = voc["types"].get(name)
        if info is None:
            out.append(("error", f"unknown schema.org type {t!r}"))
        elif info.get("datatype"):
            out.append(("error", f"{t!r} is a data type, not a node type"))
        elif info.get("layer") == "attic":
            out.append(("error", f"{t!r} is retired (attic)"))
        else:
            known.append(name)
    return tuple(known), tuple(out)


@lru_cache(maxsize=16384)
def _check_property(known: tuple[str, ...], key: str) -> tuple[frozenset[str] | None, tuple[tuple[str, str], ...]]:
    """(range of `key`, findings) for a property used on nodes of types `known`; cached."""
    voc = _vocab()
    prop = voc["properties"].get(key)
    if prop is None:
        hint = next((p for p in voc["properties"] if p.lower() == key.lower()), None)
        return None, (("error", f"unknown schema.org property {key!r}" + (f" (did you mean {hint!r}?)" if hint else "")),)
    out = []
    if prop.get("layer") == "attic":
        out.append(("error", f"property {key!r} is retired (attic)"))
    if prop.get("supersededBy"):
        out.append(("warning", f"property {key!r} is superseded by {', '.join(prop['supersededBy'])}"))
    if known:
        ancestors = frozenset().union(*(_ancestors(t) for t in known))
        if not ancestors & set(prop.get("domain", [])):
            out.append(("error", f"property {key!r} is not expected on {'/'.join(known)}"))
    return frozenset(prop.get("range", [])), tuple(out)


def _value(key: str, v: Any, rng: frozenset[str], path: tuple) -> Iterable[tuple[tuple, str, str]]:
    if v is None:
        yield path, "error", f"{key!r} is null (JSON-LD drops nulls; leave the property out)"
    elif isinstance(v, bool):
        if "Boolean" not in rng:
            yield path, "error", f"{key!r} expects {'/'.join(sorted(rng))}, not a boolean"
    elif isinstance(v, (int, float)):
        if not rng & {"Number", "Integer", "Float", "QuantitativeValue"} and not rng & {"Text"}:
            yield path, "error", f"{key!r} expects {'/'.join(sorted(rng))}, not a number"
        elif "Integer" in rng and "Number" not in rng and isinstance(v, float):
            yield path, "error", f"{key!r} expects an integer"
    elif isinstance(v, str):
        if not rng & _TEXT_TYPES and not _has_enum(rng):
            yield path, "error", f"{key!r} expects a {'/'.join(sorted(rng))} node, not text"
        elif rng <= {"Date", "DateTime"} and not (_DATE.match(v) or _DATETIME.match(v)):
            yield path, "error", f"{key!r} is not an ISO 8601 date: {v!r}"
        elif rng <= {"Date", "DateTime"} and not _valid_date(v[:10]):
            yield path, "error", f"{key!r} is not a real date: {v!r}"
        elif rng == {"URL"} and not _URLISH.match(v):
            yield path, "error", f"{key!r} expects an absolute URL: {v!r}"
    elif isinstance(v, dict):
        vt = [t.rsplit("/", 1)[-1] for t in _types_of(v)]
        if vt and rng and "Thing" not in rng and not any(_ancestors(t) & rng for t in vt):
            yield path, "error", f"{key!r} expects {'/'.join(sorted(rng))}, not {'/'.join(vt)}"
        yield from _vocabulary(v, path)


@lru_cache(maxsize=4096)
def _has_enum(rng: frozenset[str]) -> bool:
    """Does the range include an enumeration (whose members may be written as text)?"""
    voc = _vocab()
    return any("Enumeration" in _ancestors(t) for t in rng) or bool(rng & set(voc["members"]))


def _valid_date(s: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


# ------------------------------------------------------------------ TEI

def validate_tei(tree, file: str = "<tei>", schemas: tuple[str, ...] = (), ids=None) -> list[Finding]:
    """RELAX NG profile and Schematron rules for one parsed TEI document (an lxml tree or element)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    out: list[Finding] = []
    rngs = [(None, _relaxng(None))]
    if schemas:
        rngs += [(p, _relaxng(p)) for p in schemas if p.endswith(".rng")]
    for path, rng in rngs:
        if not rng.validate(root):
            errs = list(rng.error_log)
            # libxml2 reports the cause last and the consequences first; show the most specific
            for e in _useful_rng_errors(errs):
                out.append(Finding(file, e.line or 1, (e.column or 0) + 1, "error", _rng_message(e.message),
                                   "schema" if path is None else f"schema:{os.path.basename(path)}"))
    for path in (None, *[p for p in schemas if p.endswith(".sch")]):
        if path is None and _rules_hold(root, ids):
            continue  # the bundled rules provably hold: skip the XSLT pass (tests check both agree)
        sch = _schematron(path)
        if not sch.validate(root):
            out.extend(_schematron_findings(sch.validation_report, root, file,
                                            "rules" if path is None else f"rules:{os.path.basename(path)}"))
    return out


_AGENTS = frozenset(f"{{{TEI_NS}}}{t}" for t in ("person", "personGrp", "org"))
_SAID, _Q = f"{{{TEI_NS}}}said", f"{{{TEI_NS}}}q"
_REF_ATTR = {f"{{{TEI_NS}}}quote": "source", f"{{{TEI_NS}}}persName": "ref", f"{{{TEI_NS}}}orgName": "ref"}
_TEI = f"{{{TEI_NS}}}TEI"
_TITLE_PATH = tuple(f"{{{TEI_NS}}}{t}" for t in ("teiHeader", "fileDesc", "titleStmt", "title"))


@lru_cache(maxsize=None)
def _ids_xpath():
    from lxml import etree

    return etree.XPath("//@xml:id")


def _rules_hold(root, id_table=None) -> bool:
    """True when every rule of schemas/tei-news.sch holds; a fast path, never a source of messages.

    It mirrors the Schematron's asserts: @who is local, resolves and names a
    person, group or organisation; @source/@ref local pointers resolve; <said>
    is not empty; the title is not empty. When it answers False, the Schematron
    runs and reports. The tree walk happens in C (one tag-filtered iteration);
    each distinct pointer is resolved once, through the parser's id table when
    there is one. XPath is not used: each call costs more than this whole walk.
    """
    if id_table is None:
        id_table = {str(a): a.getparent() for a in _ids_xpath()(root)}
    targets: dict[str, str | None] = {}  # pointer value -> tag it points at ("" external, None dangling)

    def target(v: str) -> str | None:  # called on a miss (a falsy hit, external or dangling, is rare)
        s, t = v.strip(), None
        if s[:1] != "#":
            t = "" if s and " " not in s else None  # one external pointer: not the rules' business
        elif " " not in s:  # several pointers in one value: the Schematron decides
            try:
                t = id_table[s[1:]].tag
            except KeyError:  # (an id table's .get raises on a missing key too)
                pass
        targets[v] = t
        return t

    for e in root.iter(_SAID, _Q, *_REF_ATTR):  # one walk for every pointer-bearing element
        tag = e.tag
        if tag == _SAID or tag == _Q:
            w = e.get("who")
            if w is not None and (targets.get(w) or target(w)) not in _AGENTS:
                return False
            if tag == _SAID:
                x = e.text
                if (not x or x.isspace()) and not "".join(e.itertext()).strip():
                    return False
        else:
            r = e.get(_REF_ATTR[tag])
            if r is not None and (targets.get(r) or target(r)) is None:
                return False
    if root.tag == _TEI:  # the first teiHeader/fileDesc/titleStmt/title: by position, else by search
        e = root
        for name in _TITLE_PATH:
            e = e[0] if len(e) else None
            if e is None or e.tag != name:
                e = root.find("/".join(_TITLE_PATH))
                break
        if e is None or not "".join(e.itertext()).strip():
            return False
    return True


def _useful_rng_errors(errs: list) -> list:
    if not errs:
        return []
    specific = [e for e in errs if "Expecting element" not in e.message and "Did not expect element" not in e.message
                and "Expecting an element" not in e.message]
    return (specific or errs)[-3:]


def _rng_message(msg: str) -> str:
    return " ".join(msg.replace("RELAXNG_ERR_", "").split())


def _schematron_findings(report, root, file: str, layer: str) -> list[Finding]:
    from lxml import etree

    svrl = "{http://purl.oclc.org/dsdl/svrl}"
    out = []
    for fa in report.iter(svrl + "failed-assert", svrl + "successful-report"):
        text = " ".join("".join(fa.itertext()).split())
        line = 1
        loc = fa.get("location")
        if loc:
            try:
                hits = root.getroottree().xpath(loc)
                if hits and isinstance(hits[0], etree._Element):
                    line = hits[0].sourceline or 1
            except etree.XPathError:
                pass
        out.append(Finding(file, line, 1, "error", text, layer))
    return out


def parse_xml(data: bytes, file: str) -> tuple[Any, list[Finding]]:
    """Parse without entities, DTDs or network; return (tree or None, findings)."""
    tree, _, out = _parse_xml_ids(data, file)
    return tree, out


def _parse_xml_ids(data: bytes, file: str, lean: bool = False) -> tuple[Any, Any, list[Finding]]:
    """(tree or None, the parser's xml:id table, findings). The id table is libxml2's own (looked up in
    C), so checking that every pointer resolves costs no tree walk."""
    from lxml import etree

    try:
        root, ids = etree.XMLDTDID(data, _safe_parser(lean))
        tree = root.getroottree()
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (1, 0)
        return None, None, [Finding(file, line or 1, (col or 0) + 1, "error", _short(exc.msg or str(exc)), "xml")]
    out = []
    if b"<!DOCTYPE" not in data[:4096] and b"<!doctype" not in data[:4096]:
        return tree, ids, out
    dtd = tree.docinfo.internalDTD
    if dtd is not None and (list(dtd.iterentities()) or tree.docinfo.system_url):
        out.append(Finding(file, 1, 1, "error", "DOCTYPE with entity declarations or an external DTD is not allowed "
                                                "(entities were not expanded)", "xml"))
    return tree, None, out  # a DTD may declare IDs of its own: fall back to reading xml:id


# ------------------------------------------------------------------ files

def detect_kind(data: bytes, name: str = "") -> str:
    """jsonld, tei (any XML) or html, by content first and extension second."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head[:1] in (b"{", b"["):
        return "jsonld"
    if head.startswith(b"<?xml") or head.startswith(b"<tei") or b"<tei" in head[:400]:
        return "tei"
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<html" in head or b"<script" in head:
        return "html"
    ext = os.path.splitext(name)[1].lower()
    return {".json": "jsonld", ".jsonld": "jsonld", ".xml": "tei", ".html": "html", ".htm": "html"}.get(ext, "tei" if head.startswith(b"<") else "jsonld")


def validate_bytes(data: bytes, file: str, kind: str | None = None, schemas: tuple[str, ...] = ()) -> list[Finding]:
    """Every layer for one file's content."""
    kind = kind or detect_kind(data, file)
    if kind == "tei":
        tree, ids, out = _parse_xml_ids(data, file, lean=not schemas)
        if tree is None:
            return out
        if not schemas:  # the common case, valid files in bulk: two checks in C, no lists built
            root = tree.getroot()
            if _relaxng(None).validate(root) and _rules_hold(root, ids):
                return out
        return out + validate_tei(tree, file, schemas, ids=ids)  # the full pass, which explains
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [Finding(file, 1, 1, "error", f"not UTF-8 (byte {exc.start})", "json" if kind == "jsonld" else "html")]
    if kind == "html":
        return _validate_html(text, file, schemas)
    try:
        obj = strict_json(text)
    except _JSONError as exc:
        pos = exc.pos if exc.pos is not None else (text.find(exc.needle, text.find(exc.needle) + 1) if exc.needle else 0)
        ln, col = _line_col(text, max(pos, 0))
        return [Finding(file, ln, col, "error", str(exc), "json")]
    return validate_jsonld(obj, file, text, schemas)


def _validate_html(text: str, file: str, schemas: tuple[str, ...]) -> list[Finding]:
    blocks = list(_LD_BLOCK.finditer(text))
    if not blocks:
        return [Finding(file, 1, 1, "error", "no <script type=\"application/ld+json\"> block found", "html")]
    out = []
    for m in blocks:
        body = m.group(2)
        offset = m.start(2)
        base_line = text.count("\n", 0, offset)
        try:
            obj = strict_json(body)
        except _JSONError as exc:
            ln, col = _line_col(body, exc.pos or 0)
            out.append(Finding(file, base_line + ln, col, "error",
                               f"{exc} (a '</script' or '<!--' inside the JSON can end the block early)", "json"))
            continue
        for f in validate_jsonld(obj, file, body, schemas, embed=True):
            out.append(Finding(f.file, f.line + base_line, f.column, f.level, f.message, f.layer))
    return out


def validate_file(path: str, kind: str | None = None, schemas: tuple[str, ...] = (),
                  max_size: int = DEFAULT_MAX_SIZE) -> list[Finding]:
    """Read and validate one file; unreadable or oversized files become findings, never exceptions."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))  # no buffered file object: one read
        try:
            size = os.fstat(fd).st_size
            if size > max_size:
                return [Finding(path, 1, 1, "error",
                                f"file is {size} bytes, over the {max_size}-byte limit (raise --max-size)", "read")]
            data = _read_all(fd, size, max_size)
        finally:
            os.close(fd)
    except OSError as exc:
        return [Finding(path, 1, 1, "error", f"cannot read: {exc.strerror or exc}", "read")]
    if len(data) > max_size:
        return [Finding(path, 1, 1, "error", f"file is over the {max_size}-byte limit (raise --max-size)", "read")]
    return validate_bytes(data, path, kind, schemas)


def _read_all(fd: int, size: int, limit: int) -> bytes:
    """The file's bytes: one read for a regular file, as many as it takes where reads come back short
    (pipes, network file systems); at most limit + 1 bytes, so a file that grew past it is noticed."""
    data = os.read(fd, min(size, limit) + 1)
    if len(data) >= size:
        return data
    parts = [data]
    have = len(data)
    while have <= limit and (got := os.read(fd, limit + 1 - have)):
        parts.append(got)
        have += len(got)
    return b"".join(parts)


def warm(kind: str | None = None) -> None:
    """Compile schemas up front (once per process), e.g. in worker initialisers."""
    if kind in (None, "tei"):
        _relaxng(None)
        _ids_xpath()  # the Schematron itself compiles only when a file breaks a rule
    if kind in ("jsonld", "html"):  # with no kind given they compile on the first JSON file, if there is one
        _fast_check(None)
        _vocab()
