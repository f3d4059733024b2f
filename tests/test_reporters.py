import io
import json

from lxml import etree

from converter.reporters import REPORTERS
from converter.validation import Finding

F = [Finding("a.json", 3, 5, "error", "bad: <x> & \"y\"", "schema"), Finding("a.json", 1, 1, "warning", "w", "embed")]


def report(fmt, quiet=False):
    out = io.StringIO()
    rep = REPORTERS[fmt](out, quiet)
    rep.file("a.json", F)
    rep.file("b.json", [])
    rep.finish()
    return out.getvalue(), rep


def test_text():
    text, rep = report("text")
    assert text.splitlines()[0] == 'a.json:3:5: error: bad: <x> & "y" [schema]'
    assert "2 file(s) checked: 1 valid, 1 invalid" in text and rep.failed == 1
    assert "warning" not in report("text", quiet=True)[0]


def test_json_github_junit_sarif():
    doc = json.loads(report("json")[0])
    assert doc["summary"] == {"files": 2, "valid": 1, "invalid": 1, "errors": 1, "warnings": 1}
    gh = report("github")[0].splitlines()
    assert gh[0].startswith("::error file=a.json,line=3,col=5,title=newsmark schema::bad")
    suite = etree.fromstring(report("junit")[0].encode())
    assert suite.get("tests") == "2" and suite.get("failures") == "1" and len(suite) == 2
    sarif = json.loads(report("sarif")[0])
    res = sarif["runs"][0]["results"]
    assert res[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5}
