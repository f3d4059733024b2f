import codecs
import gzip

import pytest

from converter.errors import InputError
from converter.reading import decode, looks_like_html


def test_utf8_passes_through_untouched():
    d = decode("Caf\u00e9 \u201cquoted\u201d".encode())
    assert d.text == "Caf\u00e9 \u201cquoted\u201d" and d.encoding == "utf-8" and not d.notes


@pytest.mark.parametrize("bom,enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                     (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks_are_detected_and_dropped(bom, enc):
    d = decode(bom + "Hello, world. This is text.".encode(enc))
    assert d.text == "Hello, world. This is text."
    assert any("byte-order mark" in n for n in d.notes)


def test_utf16_without_bom():
    d = decode("A plain sentence in UTF-16 without a mark.".encode("utf-16-le"))
    assert d.text.startswith("A plain sentence")


def test_windows_1252_falls_back_and_says_so():
    d = decode("The \u201cmill\u201d closed \u2014 workers said so. Caf\u00e9 owners agreed.".encode("cp1252"))
    assert "\u201cmill\u201d" in d.text
    assert any("not valid UTF-8" in n for n in d.notes)


def test_gzip_input_is_decompressed():
    assert decode(gzip.compress(b"Some article text here.")).text == "Some article text here."


@pytest.mark.parametrize("data,msg", [(b"", "empty"), (b"   \n\t ", "empty"), (b"\x00\x01\x02\x03" * 200, "binary")])
def test_bad_input_is_a_clear_error(data, msg):
    with pytest.raises(InputError, match=msg):
        decode(data)


def test_size_limit():
    with pytest.raises(InputError, match="limit"):
        decode(b"x" * 101, max_size=100)


def test_html_detection():
    assert looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    assert not looks_like_html("He wrote <b> in a sentence, but this is plain text about tags.")


def test_an_xhtml_page_with_an_xml_declaration_is_html():
    from converter.reading import looks_like_html
    page = ("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns='http://www.w3.org/1999/xhtml'>"
            "<body><p>The council voted.</p></body></html>")
    assert looks_like_html(page)
    assert not looks_like_html("<?xml is how XML files begin, the manual says.")
