"""Properties: any text in, valid output or a documented error out; deterministic; clean is idempotent."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter import convert, convert_bytes, to_jsonld, to_tei, to_text
from converter.errors import NewsmarkError
from converter.validation import parse_xml, validate_jsonld, validate_tei

from .conftest import articles

news_like = st.lists(st.sampled_from([
    "The council voted on Monday.", "\u201cWe will win,\u201d she said.", '"Yes," Smith said.', "By Jane Doe",
    "CLICK HERE TO READ MORE", "Share this", "\n", "\n\n", "\u00a0", "\u2028", "&amp;", "</script>", "<!--",
    "WASHINGTON (Reuters) - ", "\x00", "\ud800", "\u201c", "\u2019", "''", "\u00e2\u20ac\u0153",
]), max_size=30).map("".join)

html_like = st.lists(st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div class='article-body'>", "</div>", "<nav>", "</nav>", "<script>x</script>",
    "<!-- c -->", "<a href='#'>", "</a>", "<br>", "&amp;", "&#xD800;", "&nbsp;", "\u201cHi,\u201d he said.",
    "The council voted on Monday.", "<meta property='og:title' content='T'>", "<title>", "</title>", "<figcaption>",
    "<!DOCTYPE html>", "<?xml version='1.0' encoding='UTF-8'?>", "\x00", "<h1>", "</h1>", "<li>", "\n",
]), max_size=40).map("".join)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text):
    try:
        art = convert(text)
    except NewsmarkError:
        return None
    errs = [f for f in validate_jsonld(to_jsonld(art)) if f.level == "error"]
    assert not errs, errs
    tree, found = parse_xml(to_tei(art), "t")
    assert tree is not None and not found
    assert not validate_tei(tree)
    return art


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_gives_valid_output_or_an_error(text):
    _check(text)


@SETTINGS
@given(news_like)
def test_news_like_text_gives_valid_output(text):
    _check(text)


@SETTINGS
@given(html_like)
def test_html_like_input_gives_valid_output(text):
    _check(text)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_give_valid_output_or_an_error(data):
    try:
        art = convert_bytes(data)
    except NewsmarkError:
        return
    tree, found = parse_xml(to_tei(art), "t")
    assert tree is not None and not validate_tei(tree)


@SETTINGS
@given(news_like)
def test_deterministic(text):
    try:
        a, b = convert(text), convert(text)
    except NewsmarkError:
        return
    assert to_tei(a) == to_tei(b)


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.name)
def test_clean_of_clean_text_changes_nothing(path):
    once = to_text(convert_bytes(path.read_bytes()))
    assert to_text(convert(once)) == once
