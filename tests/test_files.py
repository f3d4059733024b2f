import os

import pytest

from converter.errors import OutputError
from converter.files import Source, discover, output_path, stem, write_atomic


def test_discover_files_dirs_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / "y.html.gz").write_bytes(b"")
    (tmp_path / "a" / "skip.pdf").write_bytes(b"")
    (tmp_path / "a" / ".hidden.txt").write_text("h")
    rels = [s.rel for s in discover([str(tmp_path)])]
    assert rels == [os.path.join("a", "x.txt"), os.path.join("a", "y.html.gz")]
    assert [s.rel for s in discover([str(tmp_path / "a" / "*.txt")])] == ["x.txt"]


def test_output_names():
    assert stem("dir/story.html.gz") == os.path.join("dir", "story")
    assert output_path("out", Source("in/dir/s.txt", "dir/s.txt"), "tei") == os.path.join("out", "dir", "s.tei.xml")


def test_atomic_write_and_guards(tmp_path):
    p = tmp_path / "o" / "f.txt"
    write_atomic(str(p), b"one")
    assert p.read_bytes() == b"one"
    with pytest.raises(OutputError, match="exists"):
        write_atomic(str(p), b"two")
    write_atomic(str(p), b"two", overwrite=True)
    assert p.read_bytes() == b"two"
    with pytest.raises(OutputError, match="input"):
        write_atomic(str(p), b"three", overwrite=True, inputs=frozenset({os.path.realpath(p)}))
    assert not [x for x in os.listdir(p.parent) if x.startswith(".newsmark-")]
