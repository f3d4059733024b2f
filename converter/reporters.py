"""Validation reports that CI systems read natively: text, json, github, junit, sarif.

A reporter is a small class picked from `REPORTERS` by name; it is fed one
file's findings at a time (so memory does not grow with the number of files)
and writes its closing part at the end.
"""
from __future__ import annotations

import json
from typing import TextIO

from . import __version__
from .validation import Finding


def escape(s: str) -> str:
    """XML character data (xml.sax.saxutils would pull in urllib at start-up)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(s: str) -> str:
    return '"' + escape(s).replace('"', "&quot;").replace("\n", "&#10;") + '"'


class Reporter:
    """Base: `file()` once per file, `finish()` once at the end."""

    def __init__(self, out: TextIO, quiet: bool = False):
        self.out, self.quiet = out, quiet
        self.files = self.failed = self.errors = self.warnings = 0

    def file(self, path: str, findings: list[Finding]) -> None:
        self.files += 1
        errs = sum(f.level == "error" for f in findings)
        self.errors += errs
        self.warnings += len(findings) - errs
        self.failed += errs > 0
        self.emit(path, findings)

    def emit(self, path: str, findings: list[Finding]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass


class TextReporter(Reporter):
    """`file:line:col: level: message [layer]`, then a one-line summary."""

    def emit(self, path, findings):
        for f in findings:
            if self.quiet and f.level != "error":
                continue
            self.out.write(str(f) + "\n")

    def finish(self):
        if not self.quiet:
            self.out.write(f"{self.files} file(s) checked: {self.files - self.failed} valid, {self.failed} invalid "
                           f"({self.errors} error(s), {self.warnings} warning(s))\n")


class JSONReporter(Reporter):
    """One JSON document: a list of files with their findings, and totals."""

    def __init__(self, out, quiet=False):
        super().__init__(out, quiet)
        self.out.write('{"files": [')
        self.first = True

    def emit(self, path, findings):
        rec = {"file": path, "valid": not any(f.level == "error" for f in findings),
               "findings": [f.as_dict() for f in findings]}
        self.out.write(("" if self.first else ",") + "\n  " + json.dumps(rec, ensure_ascii=False))
        self.first = False

    def finish(self):
        totals = {"files": self.files, "valid": self.files - self.failed, "invalid": self.failed,
                  "errors": self.errors, "warnings": self.warnings}
        self.out.write("\n], \"summary\": " + json.dumps(totals) + "}\n")


class GitHubReporter(Reporter):
    """GitHub Actions workflow commands: annotations on the right line."""

    @staticmethod
    def _esc(s: str, prop: bool = False) -> str:
        s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return s.replace(":", "%3A").replace(",", "%2C") if prop else s

    def emit(self, path, findings):
        for f in findings:
            if self.quiet and f.level != "error":
                continue
            kind = "error" if f.level == "error" else "warning"
            self.out.write(f"::{kind} file={self._esc(f.file, True)},line={f.line},col={f.column},"
                           f"title={self._esc('newsmark ' + f.layer, True)}::{self._esc(f.message)}\n")


class JUnitReporter(Reporter):
    """JUnit XML: one testcase per file, a failure per error."""

    def __init__(self, out, quiet=False):
        super().__init__(out, quiet)
        self.cases: list[str] = []

    def emit(self, path, findings):
        errs = [f for f in findings if f.level == "error"]
        body = ""
        if errs:
            msg = "; ".join(f"{f.line}:{f.column}: {f.message} [{f.layer}]" for f in errs[:5])
            detail = "\n".join(str(f) for f in errs)
            body = f"<failure message={quoteattr(msg)} type=\"validation\">{escape(detail)}</failure>"
        self.cases.append(f'  <testcase classname="newsmark.validate" name={quoteattr(path)}>{body}</testcase>')

    def finish(self):
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(f'<testsuite name="newsmark validate" tests="{self.files}" failures="{self.failed}" errors="0">\n')
        self.out.write("\n".join(self.cases) + ("\n" if self.cases else ""))
        self.out.write("</testsuite>\n")


class SARIFReporter(Reporter):
    """SARIF 2.1.0 for code scanning: one result per finding, rules = layers."""

    def __init__(self, out, quiet=False):
        super().__init__(out, quiet)
        self.results: list[dict] = []
        self.rules: dict[str, int] = {}

    def emit(self, path, findings):
        for f in findings:
            if self.quiet and f.level != "error":
                continue
            rid = f"newsmark/{f.layer}"
            self.rules.setdefault(rid, len(self.rules))
            self.results.append({
                "ruleId": rid, "ruleIndex": self.rules[rid],
                "level": "error" if f.level == "error" else "warning",
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": f.file},
                                                    "region": {"startLine": max(1, f.line), "startColumn": max(1, f.column)}}}],
            })

    def finish(self):
        doc = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "newsmark", "version": __version__,
                                          "informationUri": "https://pypi.org/project/newsmark/",
                                          "rules": [{"id": r, "shortDescription": {"text": f"{r.split('/')[1]} layer"}}
                                                    for r in self.rules]}},
                      "results": self.results}],
        }
        self.out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter, "json": JSONReporter, "github": GitHubReporter, "junit": JUnitReporter, "sarif": SARIFReporter,
}
