"""The bytes of an import file (CSV or vCard) as text, whatever program wrote them.

What real exports are, and how each is recognised:

- UTF-8, with a byte-order mark (Excel's "CSV UTF-8", Outlook.com) or without (Google, LinkedIn, phones):
  read as UTF-8;
- UTF-16 and UTF-32 with a byte-order mark (Excel's "Unicode text", Google's legacy Outlook CSV): read as
  such; without one, UTF-16 and UTF-32 are recognised by where their NUL bytes fall (every other byte, or
  three bytes in four, for Latin text);
- Windows-1252 (Excel's "CSV (séparateur: point-virgule)", classic Outlook): a file with no valid UTF-8
  beyond ASCII; Latin-1 when even that fails (the few bytes Windows-1252 leaves undefined);
- a UTF-8 file with a few lines in Windows-1252 (a line pasted from another program): read line by line,
  so that the UTF-8 lines are not garbled into "ZoÃ©" by reading the whole file as Windows-1252; each line
  that was not UTF-8 is a warning, for the user to check its accents. The file counts as UTF-8 when at
  least as many lines hold UTF-8 beyond ASCII as lines fail to decode; otherwise it is Windows-1252.

NUL characters never belong in text: a few (a program's padding) are removed, with a warning. A file
that is really binary is refused in one line (`InvalidInput`): a spreadsheet's own format (.xlsx, .ods,
.xls) by its signature, anything else by its share of control bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import ImportWarning, Notice

SPREADSHEET_FILE = ("This file is a spreadsheet's own format (such as .xlsx, .ods or .xls), not a text file: save "
                    "it from your spreadsheet as \"CSV UTF-8\" and import that file.")
NOT_TEXT = ("This is not a text file: line {line} holds bytes that no CSV or vCard file holds. Save it from its "
            "program as CSV (\"CSV UTF-8\") or vCard, and import that file.")
NOT_UTF8_LINE = ("Line {line} is not in UTF-8 like the rest of the file: it was read as Windows-1252 (Western "
                 "European). Check its accented letters.")
NOT_UTF8_MORE = ("{count} more line(s) are not in UTF-8 either, the first on line {line}: they were read as "
                 "Windows-1252 (Western European).")
NUL_REMOVED = ("{count} NUL character(s) were removed, the first on line {line}: the program that wrote the "
               "file left them there, and no text holds them.")

_WARNED_LINES = 20  # lines not in UTF-8 warned about one by one; the others in one warning
_SAMPLE = 1 << 16  # bytes looked at to tell text from binary
# A zip archive (.xlsx, .ods, .docx) or an OLE compound file (.xls, .doc): a spreadsheet's own file.
_SPREADSHEETS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_BINARIES = (b"%PDF-", b"SQLite format 3\x00", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF")
# Control bytes no text holds: everything below space but tab, LF, VT, FF, CR and SUB (DOS's end of file).
_BINARY_CONTROLS = bytes(byte for byte in range(32) if byte not in b"\t\n\x0b\x0c\r\x1a")
_BINARY_CONTROL = re.compile(b"[" + re.escape(_BINARY_CONTROLS) + b"]")
_BINARY_SHARE = 0.1  # more control bytes than this (after UTF-16/32 were ruled out): not text
_BOMS = (  # UTF-32's before UTF-16's: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    """A file's text, the encoding it was read in, and what the reader had to do (by physical line)."""

    text: str
    encoding: str
    warnings: tuple[ImportWarning, ...] = ()


def decode_text(data: bytes) -> DecodedText:
    """Read ``data`` as text (see the module's docstring); raises `InvalidInput` for a binary file."""
    decoded = _with_bom(data) or _wide_without_bom(data)
    if decoded is None:
        _refuse_binary(data)
        decoded = _eight_bit(data)
    return _without_nul(decoded)


def _with_bom(data: bytes) -> DecodedText | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                return _eight_bit(data[len(bom):])
            return DecodedText(_strict(data, encoding), encoding)
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InvalidInput(NOT_TEXT, line=line_at(data[: error.start].decode(encoding, "replace"),
                                                   error.start)) from None


def _wide_without_bom(data: bytes) -> DecodedText | None:
    """UTF-32 or UTF-16 without byte-order mark, told by where the NUL bytes of Latin text fall."""
    sample = data[: _SAMPLE - _SAMPLE % 4]
    if b"\0" not in sample or len(sample) < 4:
        return None
    candidates = []
    if _nul_share(sample[2::4]) > 0.95 and _nul_share(sample[3::4]) > 0.95 and _nul_share(sample[0::4]) < 0.05:
        candidates.append("utf-32-le")
    if _nul_share(sample[0::4]) > 0.95 and _nul_share(sample[1::4]) > 0.95 and _nul_share(sample[3::4]) < 0.05:
        candidates.append("utf-32-be")
    if _nul_share(sample[1::2]) > 0.5 and _nul_share(sample[0::2]) < 0.05:
        candidates.append("utf-16-le")
    if _nul_share(sample[0::2]) > 0.5 and _nul_share(sample[1::2]) < 0.05:
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            return DecodedText(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return None


def _nul_share(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


def _refuse_binary(data: bytes) -> None:
    if data.startswith(_SPREADSHEETS):
        raise InvalidInput(SPREADSHEET_FILE)
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    if data.startswith(_BINARIES) or (sample and controls / len(sample) > _BINARY_SHARE):
        first = _BINARY_CONTROL.search(sample)
        raise InvalidInput(NOT_TEXT, line=line_at(data, first.start()) if first else 1)


def _eight_bit(data: bytes) -> DecodedText:
    """UTF-8 when it decodes (the quick path: one call), else line by line or Windows-1252 (see above)."""
    try:
        return DecodedText(data.decode("utf-8"), "utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)  # bytes split on CR, LF and CRLF only: the physical lines
    texts: list[str] = []
    foreign: list[int] = []
    utf8_lines = 0
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = _windows_1252(line)
            foreign.append(number)
        else:
            utf8_lines += not line.isascii()
        texts.append(text)
    if utf8_lines < len(foreign):
        return DecodedText(_windows_1252(data), "cp1252")
    warnings = [ImportWarning.of(number, Notice(NOT_UTF8_LINE, line=number)) for number in foreign[:_WARNED_LINES]]
    if len(foreign) > _WARNED_LINES:
        rest = foreign[_WARNED_LINES:]
        warnings.append(ImportWarning.of(rest[0], Notice(NOT_UTF8_MORE, count=len(rest), line=rest[0])))
    return DecodedText("".join(texts), "utf-8-sig", tuple(warnings))


def _windows_1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined there
        return data.decode("latin-1")


def _without_nul(decoded: DecodedText) -> DecodedText:
    text = decoded.text
    if "\0" not in text:
        return decoded
    first = line_at(text, text.index("\0"))
    warning = ImportWarning.of(first, Notice(NUL_REMOVED, count=text.count("\0"), line=first))
    return DecodedText(text.replace("\0", ""), decoded.encoding, (*decoded.warnings, warning))


def line_at(text: str | bytes, position: int) -> int:
    """The physical line (1-based; lines end with CR, LF or CRLF) holding ``text[position]``."""
    head = text[:position]
    # A character after the head makes splitlines count a line that the head ends.
    if isinstance(head, bytes):
        return len((head + b".").splitlines())
    return len(head.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
