"""Writers: rows (dicts) -> JSONL, CSV or Parquet, streamed to a file or stdout."""
from __future__ import annotations

import csv
import io
import json
from itertools import islice
from typing import BinaryIO, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

_CHUNK = 1000


def _text(out: BinaryIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)


def write_jsonl(rows: Iterable[dict], out: BinaryIO) -> int:
    n = 0
    text = _text(out)
    for row in rows:
        text.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    text.flush()
    text.detach()
    return n


def _cell(value):
    # Lists and objects become JSON inside one cell, so a CSV row stays one record.
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def write_csv(rows: Iterable[dict], out: BinaryIO, columns: list[str]) -> int:
    n = 0
    text = _text(out)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        n += 1
    text.flush()
    text.detach()
    return n


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def write_parquet(rows: Iterable[dict], out: BinaryIO, schema: pa.Schema) -> int:
    """Parquet in row groups of _CHUNK rows: a large table never sits in memory whole."""
    n = 0
    sink = out if out.seekable() else io.BytesIO()  # parquet footers need a seekable file
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for chunk in _chunks(rows, _CHUNK):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
        if n == 0:
            writer.write_table(schema.empty_table())
    if sink is not out:
        out.write(sink.getvalue())
    return n
