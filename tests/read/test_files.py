import gzip
import os
import threading

from tidings.model import InputFailure, RawDoc
from tidings.read.files import iter_files


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / ".hidden").write_text("skip me")
    sources = [d.source for d in iter_files([str(tmp_path)], 1000)]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]


def test_gzipped_page_is_decompressed_and_its_kind_left_to_content(tmp_path):
    page = tmp_path / "p.html.gz"
    page.write_bytes(gzip.compress(b"<html><title>x</title></html>"))
    (doc,) = iter_files([str(page)], 1000)
    assert isinstance(doc, RawDoc)
    assert doc.data.startswith(b"<html>") and doc.format_hint is None


def test_truncated_gzip_is_a_one_line_failure(tmp_path):
    page = tmp_path / "p.txt.gz"
    page.write_bytes(gzip.compress(b"some words " * 500)[:-12])
    (failure,) = iter_files([str(page)], 100_000)
    assert isinstance(failure, InputFailure)
    assert "truncated" in failure.error and "\n" not in failure.error


def test_gzip_bomb_is_refused(tmp_path):
    page = tmp_path / "bomb.txt.gz"
    page.write_bytes(gzip.compress(b"a" * 200_000))
    (failure,) = iter_files([str(page)], 10_000)
    assert isinstance(failure, InputFailure) and "too large" in failure.error


def test_oversized_file_is_refused_without_reading_it_all(tmp_path):
    page = tmp_path / "big.html"
    page.write_bytes(b"x" * 5000)
    (failure,) = iter_files([str(page)], 1000)
    assert "too large" in failure.error


def test_missing_path_is_reported_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("fine")
    results = list(iter_files([str(tmp_path / "nope.txt"), str(good)], 1000))
    assert isinstance(results[0], InputFailure) and "no such file" in results[0].error
    assert isinstance(results[1], RawDoc)


def test_a_named_pipe_in_a_folder_fails_alone_without_blocking(tmp_path):
    # Opening a FIFO nobody writes to blocks forever: a folder walk must not open one.
    (tmp_path / "a.txt").write_text("one")
    os.mkfifo(tmp_path / "b.pipe")
    (tmp_path / "c.txt").write_text("three")
    out = list(iter_files([str(tmp_path)], 1000))
    assert [type(o).__name__ for o in out] == ["RawDoc", "InputFailure", "RawDoc"]
    assert out[1].source == str(tmp_path / "b.pipe") and "not a regular file" in out[1].error


def test_a_named_pipe_given_by_name_is_read_as_a_stream(tmp_path):
    # As `tidings extract <(zcat page.html.gz)` passes /dev/fd/63: a stream, like stdin.
    pipe = tmp_path / "page.pipe"
    os.mkfifo(pipe)

    def feed():
        with open(pipe, "wb") as f:
            f.write(b"<html><title>x</title></html>")

    writer = threading.Thread(target=feed)
    writer.start()
    (doc,) = iter_files([str(pipe)], 1000)
    writer.join(timeout=10)
    assert isinstance(doc, RawDoc) and doc.data == b"<html><title>x</title></html>"
