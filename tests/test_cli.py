"""The command line, through click.testing.CliRunner (and one real subprocess for `python -m`)."""
import json
import subprocess
import sys

from click.testing import CliRunner
from lxml import etree

from converter import __version__
from converter.cli import main

from .conftest import ARTICLES, SEED


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_version_and_help():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output
    for cmd in ("clean", "convert", "quotes", "validate"):
        r = run(cmd, "--help")
        assert r.exit_code == 0 and "Usage:" in r.output


def test_clean_prints_the_body(seed_article):
    r = run("clean", SEED)
    assert r.exit_code == 0
    assert r.output == seed_article.body + "\n"
    assert "Leave a Reply" not in r.output


def test_clean_explain_shows_decisions():
    r = run("clean", "--explain", SEED)
    assert r.exit_code == 0
    assert "DROP  boilerplate call to action" in r.output and r.output.count("KEEP") == 13


def test_convert_to_stdout_each_format():
    r = run("convert", SEED, "--to", "jsonld")
    assert r.exit_code == 0 and json.loads(r.output)["@type"] == "NewsArticle"
    r = run("convert", SEED, "--to", "tei")
    assert etree.fromstring(r.stdout_bytes).tag.endswith("TEI")
    r = run("convert", SEED, "--to", "html")
    assert "<script type=\"application/ld+json\">" in r.output


def test_stdin_and_metadata_options():
    r = run("convert", "-", "--to", "jsonld", "--url", "https://example.org/story", "--author", "Jane Doe",
            "--publisher-logo", "https://example.org/logo.png", "--publisher", "Example Times",
            input=SEED.read_text(encoding="utf-8"))
    d = json.loads(r.output)
    assert d["url"] == "https://example.org/story" and d["isBasedOn"] == "https://example.org/story"
    assert d["author"] == [{"@type": "Person", "name": "Jane Doe"}]
    assert d["publisher"]["logo"]["url"] == "https://example.org/logo.png"


def test_config_file_sets_publisher_defaults(tmp_path):
    cfg = tmp_path / "newsmark.toml"
    cfg.write_text('publisher = "Example Times"\npublisher_logo = "https://example.org/logo.png"\n')
    d = json.loads(run("convert", SEED, "--config", cfg).output)
    assert d["publisher"] == {"@type": "Organization", "name": "Example Times",
                              "logo": {"@type": "ImageObject", "url": "https://example.org/logo.png"}}


def test_batch_to_directory_mirrors_names_and_keeps_existing(tmp_path):
    out = tmp_path / "out"
    r = run("convert", ARTICLES, "--to", "jsonld,tei,text", "-o", out)
    assert r.exit_code == 0, r.output
    assert (out / "seed_putin_trump.jsonld").exists() and (out / "seed_putin_trump.tei.xml").exists()
    assert (out / "html_article.txt").exists()
    before = (out / "seed_putin_trump.jsonld").read_bytes()
    r = run("convert", SEED, "--to", "jsonld,tei", "-o", out)
    assert r.exit_code == 1 and "exists" in r.output
    assert (out / "seed_putin_trump.jsonld").read_bytes() == before
    assert run("convert", SEED, "--to", "jsonld,tei", "-o", out, "--skip-existing").exit_code == 0
    assert run("convert", SEED, "--to", "jsonld,tei", "-o", out, "--overwrite").exit_code == 0
    assert not list(out.glob(".newsmark-*"))


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    r = run("convert", src, "--to", "jsonld", "-o", tmp_path / "out")
    assert r.exit_code == 1
    assert "empty.txt: error: input is empty" in r.output
    assert "binary.txt: error:" in r.output
    assert "1 converted, 0 skipped, 2 failed" in r.output
    assert (tmp_path / "out" / "good.jsonld").exists()


def test_never_writes_over_an_input(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    r = run("convert", f, "--to", "text", "-o", f, "--overwrite")
    assert r.exit_code == 1 and "input" in r.output
    assert f.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")


def test_errors_are_one_line_and_usage_errors_exit_2(tmp_path):
    r = run("convert", tmp_path / "missing.txt")
    assert r.exit_code == 1 and "no such file" in r.output and "Traceback" not in r.output
    assert run("convert", SEED, "--to", "pdf").exit_code == 2
    assert run("convert", SEED, "--to", "jsonld,tei").exit_code == 2  # two formats need -o DIR
    assert run("frobnicate").exit_code == 2


def test_quotes_records():
    recs = json.loads(run("quotes", SEED).output)
    direct = [r for r in recs if r["direct"]]
    assert len(direct) == 11
    assert set(recs[0]) == {"start", "end", "text", "kind", "direct", "speaker", "speaker_start", "speaker_end",
                            "speaker_name", "speaker_id"}


def test_quotes_lists_scare_quoted_terms_only_when_asked(tmp_path):
    src = tmp_path / "terms.txt"
    src.write_text("The council approved the so-called \u201cgreen corridor\u201d on Monday after a long debate.\n\n"
                   "\u201cWe have waited for this for years,\u201d said Jane Roe, who leads the residents\u2019 group.\n",
                   encoding="utf-8")
    plain = json.loads(run("quotes", src).output)
    assert [r["text"] for r in plain if r["direct"]] == ["We have waited for this for years"]
    assert not any(r["kind"] == "so-called" for r in plain)
    terms = json.loads(run("quotes", "--terms", src).output)
    assert any(r["kind"] == "so-called" and r["text"] == "green corridor" for r in terms)


def test_jsonl_in_and_out(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": 7, "content": SEED.read_text(encoding="utf-8")}) + "\n" +
                   json.dumps({"id": 8, "content": ""}) + "\n", encoding="utf-8")
    r = run("convert", src, "--jsonl", "content", "--to", "jsonld")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[0]["id"] == 7 and lines[0]["jsonld"]["@type"] == "NewsArticle"
    assert lines[1]["id"] == 8 and "error" in lines[1]
    assert r.exit_code == 1


def test_validate_exit_codes_and_formats(tmp_path):
    good = tmp_path / "good.jsonld"
    good.write_text(run("convert", SEED).output, encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"@context": "https://schema.org", "@type": "NewsArticle", "headLine": 1}', encoding="utf-8")
    assert run("validate", good).exit_code == 0
    r = run("validate", good, bad)
    assert r.exit_code == 1 and "bad.json:1:" in r.output and "[vocabulary]" in r.output
    r = run("validate", bad, "--format", "github")
    assert r.output.startswith("::error file=")
    r = run("validate", tmp_path, "--format", "json")
    assert json.loads(r.output)["summary"]["invalid"] == 1
    r = run("validate", tmp_path, "--format", "junit")
    assert etree.fromstring(r.stdout_bytes).get("failures") == "1"
    sarif = json.loads(run("validate", bad, "--format", "sarif").output)
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]


def test_python_dash_m_works():
    r = subprocess.run([sys.executable, "-m", "converter", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and __version__ in r.stdout


def test_validate_profiles(tmp_path):
    doc = tmp_path / "a.jsonld"
    doc.write_text('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "articleBody": "y",'
                   ' "about": "Ukraine"}', encoding="utf-8")
    assert run("validate", doc).exit_code == 1  # text where schema.org expects a Thing
    assert run("validate", doc, "--profile", "lenient").exit_code == 0
    warn = tmp_path / "w.jsonld"
    warn.write_text('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "articleBody": "</script>"}',
                    encoding="utf-8")
    assert run("validate", warn).exit_code == 0 and run("validate", warn, "--profile", "strict").exit_code == 1


def test_a_batch_learns_its_recurring_lines_from_compressed_inputs_too(tmp_path):
    import gzip

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    footer = "Brought to you each weekday by the metro desk team and friends"
    for i, name in enumerate(sorted(ARTICLES.glob("*.txt"))[:4]):
        body = name.read_text(encoding="utf-8").rstrip("\n")
        (src / f"{i}.txt.gz").write_bytes(gzip.compress(f"{body}\n\n{footer}\n".encode()))
    r = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    texts = [p.read_text(encoding="utf-8") for p in sorted(out.glob("*.txt"))]
    assert len(texts) == 4 and all(t.strip() for t in texts)
    assert not any(footer in t for t in texts)  # the same line at the end of every file: the site's furniture


def test_an_error_page_converts_but_says_no_article_was_found(tmp_path):
    page = tmp_path / "gone.txt"
    page.write_text("Page Not Found\n\nSorry, the page you are looking for does not exist or has been moved.\n\n"
                    "Return to homepage\n")
    maint = tmp_path / "maint.txt"
    maint.write_text("We'll be right back\n\nThis site is currently undergoing scheduled maintenance. "
                     "Please check back soon.\n")
    for src in (page, maint):
        r = run("convert", src, "--to", "jsonld")
        assert r.exit_code == 0 and '"articleBody": ""' in r.stdout
        assert "warning: no article body found" in r.stderr
    assert "warning" not in run("convert", maint, "--to", "jsonld", "-q").stderr


def test_jsonl_is_streamed_record_by_record_in_parallel_and_limits_each_record(tmp_path):
    import gzip

    story = SEED.read_text(encoding="utf-8")
    lines = [json.dumps({"id": i, "content": story}) for i in range(12)]
    lines[3] = json.dumps({"id": 3, "content": story * 40})  # one record over the limit set below
    lines[5] = '{"id": 5, "content": "caf\\u00e9'  # broken JSON
    src = tmp_path / "export.jsonl.gz"
    src.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    limit = len(lines[0]) * 3
    assert len(gzip.decompress(src.read_bytes())) > limit  # the file as a whole is over the limit
    outs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        r = run("convert", src, "--jsonl", "content", "--to", "jsonld", "-o", out, "--max-size", str(limit), "-j", jobs)
        assert r.exit_code == 1  # two records failed, the others were converted
        outs[jobs] = out.read_bytes()
        recs = [json.loads(x) for x in outs[jobs].splitlines()]
        assert [r_.get("id", r_["line"] - 1) for r_ in recs] == list(range(12))  # in order, one per line
        assert "over the" in recs[3]["error"] and "not JSON" in recs[5]["error"]
        assert all(r_["jsonld"]["@type"] == "NewsArticle" for i, r_ in enumerate(recs) if i not in (3, 5))
    assert outs["1"] == outs["2"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".newsmark-")]  # no temporary left
    for target in (tmp_path / "out1.jsonl", src):  # an existing output is kept, an input never written over
        r = CliRunner().invoke(main, ["convert", str(src), "--jsonl", "content", "-o", str(target)])
        assert r.exit_code == 1 and (r.exception is None or isinstance(r.exception, SystemExit))
        assert len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output
    assert (tmp_path / "out1.jsonl").read_bytes() == outs["1"]


def test_default_workers_one_per_core_and_at_most_one_per_eight_inputs():
    import os

    from converter.cli import _jobs

    cores = os.cpu_count() or 1
    assert _jobs({}, 3) == 1 and _jobs({}, 16) == min(cores, 2) and _jobs({}, 10_000) == cores
    assert _jobs({"jobs": 3}, 1) == 3  # what the user asks for
