import pytest

from tidings.errors import InputError
from tidings.read.decode import decode_bytes


def test_utf8_is_read_as_is():
    assert decode_bytes("Müller sagte „ja“".encode()) == "Müller sagte „ja“"


def test_declared_legacy_charset_is_honoured():
    html = '<html><head><meta charset="windows-1251"></head><body>Москва сообщила</body></html>'
    assert "Москва сообщила" in decode_bytes(html.encode("cp1251"))


def test_missing_charset_on_latin1_bytes_is_detected():
    text = "Le président a déclaré que la journée était très réussie, à Genève. " * 5
    assert "président" in decode_bytes(text.encode("latin-1"))


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
])
def test_non_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(codec):
    # Windows tools and some scrapers save UTF-16 with no BOM: every other byte is zero for
    # Latin text, which must not pass for binary data.
    page = "<html><head><title>Ferry strike</title></head><body><p>Ferries stopped on Monday, the union said.</p></body></html>"
    assert decode_bytes(page.encode(codec)) == page


def test_zeros_scattered_in_binary_data_are_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 8)
