"""Error types and every user-facing message, with codes (grep a code to find its source)."""
from __future__ import annotations


class TidingsError(Exception):
    """Base class: carries a one-line, user-facing message."""

    code = "T000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class InputError(TidingsError):
    """An input cannot be read: empty, binary, undecodable, truncated, too large."""

    code = "T100"


class ExtractError(TidingsError):
    code = "T200"


class NlpError(TidingsError):
    code = "T300"


class StoreError(TidingsError):
    code = "T400"


class ConfigError(TidingsError):
    code = "T500"


class QueryError(TidingsError):
    """A question to the store that cannot be asked: bad country code, period, date."""

    code = "T600"


class Messages:
    """All message templates. Format with keyword arguments."""

    E101 = "empty input"
    E102 = "binary content ({kind}), not a news page"
    E103 = "input too large: {size} bytes (limit {limit})"
    E104 = "cannot decode text: {reason}"
    E105 = "truncated or corrupt archive: {reason}"
    E106 = "no such file or folder: {path}"
    E107 = "line {line} is not valid JSON: {reason}"
    E108 = "record has neither 'html' nor 'text'"
    E109 = "cannot read: {reason}"
    E110 = "no HTML pages in this {kind}"
    E111 = "line {line} is not a JSON object"
    E112 = "not a readable feed: {reason}"
    E113 = "ARC files are not supported; convert to WARC (warcio recompress)"
    E114 = "not a regular file ({kind}); skipped in a folder, name it on its own to read it"
    E201 = "no article text found"
    E202 = "extraction took too long (over {seconds}s)"
    E203 = "page is nested too deeply to read"
    E204 = "the extractor failed on this page: {reason}"
    E205 = "page nests its elements more than {limit:,} deep: refused as hostile HTML"
    E301 = "spaCy model {name!r} is not installed; install it or set TIDINGS_SPACY_MODEL"
    E302 = "the NLP layers failed on this text: {reason}"
    E303 = "the {layer} layer took too long on this text (over {seconds}s)"
    E401 = "database {path} has schema version {found}, newer than this tidings ({known})"
    E402 = "database {path} cannot be opened: {reason}"
    E403 = "worker failed on this input: {reason}"
    E404 = "cannot export {what!r}; choose one of {choices}"
    E405 = "--format {fmt} is for events only (use --what events)"
    E501 = "unknown setting {name!r}"
    E502 = "bad value for {name}: {value!r}"
    E503 = "cannot read settings file {path}: {reason}"
    E504 = "bad value for {name}: {value!r} (allowed: {allowed})"
    E601 = "country must be an ISO 3166-1 alpha-3 code like USA, not {value!r}"
    E602 = "period must be one of {choices}, not {value!r}"
    E603 = "date must be YYYY-MM-DD, not {value!r}"
    E604 = "no database at {path}; run `tidings ingest PATH --db {path}` first"
    E605 = "no {what} with id {id}"
    E606 = "no watch named {name!r}; `tidings watch list` shows them"
    E607 = "a watch needs search words, a country or an entity to look for"
    E608 = "a watch named {name!r} exists already; remove it first or pick another name"
    E609 = "a watch name must be 1 to {limit} characters, not {length}"


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An unexpected exception as a short one-line reason for an error record."""
    return (" ".join(str(exc).split()) or type(exc).__name__)[:limit]


def msg(code: str, **values) -> str:
    return getattr(Messages, code).format(**values)
