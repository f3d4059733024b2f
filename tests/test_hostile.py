"""Every hand-made nasty file ends in valid output or a one-line error; the XML/JSON ones are findings."""
import pytest
from click.testing import CliRunner

from converter.cli import main
from converter.validation import validate_file

from .conftest import HOSTILE

INPUTS = sorted(p for p in HOSTILE.iterdir() if p.suffix in (".txt", ".html", ".bin", ".gz"))


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_convert_gives_valid_output_or_one_line_error(path, tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["convert", str(path), "--to", "jsonld,tei,text", "-o", str(out)])
    assert "Traceback" not in r.output
    if r.exit_code == 0:
        stem = path.name.split(".")[0]
        for f in (f"{stem}.jsonld", f"{stem}.tei.xml"):
            assert not [x for x in validate_file(str(out / f)) if x.level == "error"]
    else:
        assert r.exit_code == 1
        errors = [ln for ln in r.output.splitlines() if ": error: " in ln]
        assert len(errors) == 1 and str(path) in errors[0]


def test_expected_errors():
    run = lambda name: CliRunner().invoke(main, ["convert", str(HOSTILE / name), "--to", "jsonld"])  # noqa: E731
    assert "input is empty" in run("empty.txt").output
    assert "binary" in run("binary.bin").output


@pytest.mark.parametrize("name,layer,needle", [
    ("billion_laughs.xml", "xml", "amplification"),
    ("xxe.xml", "xml", "DOCTYPE"),
    ("deep.json", "json", "nested too deeply"),
    ("nan.jsonld", "json", "NaN"),
    ("dup_keys.jsonld", "json", "duplicate key"),
])
def test_hostile_files_are_findings_not_crashes(name, layer, needle):
    findings = validate_file(str(HOSTILE / name))
    assert any(f.layer == layer and needle in f.message for f in findings), [str(f) for f in findings]
    assert all("root:" not in f.message for f in findings)  # nothing of /etc/passwd leaks


def test_oversized_file_is_refused_cleanly(tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # a sparse 100 MB file
    f = validate_file(str(big))
    assert f[0].layer == "read" and "limit" in f[0].message
    r = CliRunner().invoke(main, ["convert", str(big), "--to", "jsonld"])
    assert r.exit_code == 1 and "limit" in r.output
