"""A small D-Bus client on the session bus's local socket: what the desktop's notification service needs.

Why not QtDBus: PySide6 turns every Python int into a D-Bus ``int32`` (or, through `QDBusArgument`, a
``uint16``), and an empty list into ``av``, so a `QDBusMessage` cannot carry Notify's ``(susssasa{sv}i)``:
notification daemons check the signature and refuse the call (dunst: "Type of message, '(sisssasa{sv}i)',
does not match expected type '(susssasa{sv}i)'"). A `QDBusInterface` converts arguments to the types the
service's introspection declares, but without Qt's own annotations it cannot type an ``a{sv}``, which no
daemon but a Qt one gives. So the messages are written here, each value with its D-Bus type, following the
specification's wire format (https://dbus.freedesktop.org/doc/dbus-specification.html).

Only ``unix:`` addresses are used (a socket file, or Linux's abstract namespace): a session bus given as
``tcp:`` is refused, since Carnet opens no network connection.
"""

from __future__ import annotations

import os
import select
import socket
import struct
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

BUS_NAME = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
CALL_TIMEOUT_S = 3.0  # a service that does not answer must not hold the window up for D-Bus's usual 25 s
MAX_MESSAGE = 128 * 1024 * 1024  # the specification's limit: anything longer is a broken stream

METHOD_CALL, METHOD_RETURN, ERROR, SIGNAL = 1, 2, 3, 4
_NO_REPLY_EXPECTED = 0x1
# Header fields: code → the type of its value.
_PATH, _INTERFACE, _MEMBER, _ERROR_NAME, _REPLY_SERIAL, _DESTINATION, _SENDER, _SIGNATURE = range(1, 9)
_FIELD_TYPES = {_PATH: "o", _INTERFACE: "s", _MEMBER: "s", _ERROR_NAME: "s", _REPLY_SERIAL: "u",
                _DESTINATION: "s", _SENDER: "s", _SIGNATURE: "g"}
_FIXED = {"y": "B", "b": "I", "n": "h", "q": "H", "i": "i", "u": "I", "x": "q", "t": "Q", "d": "d", "h": "I"}
_ALIGNMENT = {"y": 1, "b": 4, "n": 2, "q": 2, "i": 4, "u": 4, "x": 8, "t": 8, "d": 8, "h": 4, "s": 4, "o": 4,
              "g": 1, "a": 4, "(": 8, "{": 8, "v": 1}


class DBusError(Exception):
    """The bus or a service answered with an error, or the bus could not be reached."""

    def __init__(self, name: str, text: str = "") -> None:
        super().__init__(f"{name}: {text}" if text else name)
        self.name = name


@dataclass(frozen=True)
class Variant:
    """A value of type ``v``, with the D-Bus type it is sent as."""

    signature: str
    value: Any


@dataclass
class Message:
    kind: int
    serial: int
    fields: dict[int, Any] = field(default_factory=dict)
    body: list[Any] = field(default_factory=list)

    @property
    def member(self) -> str | None:
        return self.fields.get(_MEMBER)

    @property
    def interface(self) -> str | None:
        return self.fields.get(_INTERFACE)

    @property
    def path(self) -> str | None:
        return self.fields.get(_PATH)

    @property
    def reply_serial(self) -> int | None:
        return self.fields.get(_REPLY_SERIAL)

    @property
    def error_name(self) -> str | None:
        return self.fields.get(_ERROR_NAME)


# --- types and values on the wire -------------------------------------------------------------------------


def _type_end(signature: str, start: int) -> int:
    """Where the complete type beginning at ``start`` ends."""
    code = signature[start]
    if code == "a":
        return _type_end(signature, start + 1)
    if code in "({":
        close = ")" if code == "(" else "}"
        position = start + 1
        while signature[position] != close:
            position = _type_end(signature, position)
        return position + 1
    if code not in _ALIGNMENT:
        raise DBusError("org.freedesktop.DBus.Error.InvalidSignature", signature)
    return start + 1


def split_types(signature: str) -> list[str]:
    """"susssasa{sv}i" → ["s", "u", "s", "s", "s", "as", "a{sv}", "i"]."""
    types, position = [], 0
    while position < len(signature):
        end = _type_end(signature, position)
        types.append(signature[position:end])
        position = end
    return types


class _Writer:
    def __init__(self) -> None:
        self.data = bytearray()

    def align(self, size: int) -> None:
        self.data += bytes(-len(self.data) % size)

    def write(self, signature: str, value: Any) -> None:
        code = signature[0]
        self.align(_ALIGNMENT[code])
        if code in _FIXED:
            self.data += struct.pack("<" + _FIXED[code], int(value) if code == "b" else value)
        elif code in "so":
            encoded = str(value).encode("utf-8")
            self.data += struct.pack("<I", len(encoded)) + encoded + b"\0"
        elif code == "g":
            encoded = str(value).encode("ascii")
            self.data += struct.pack("<B", len(encoded)) + encoded + b"\0"
        elif code == "v":
            variant = value if isinstance(value, Variant) else _guess_variant(value)
            self.write("g", variant.signature)
            self.write(variant.signature, variant.value)
        elif code == "(":
            for part, item in zip(split_types(signature[1:-1]), value, strict=True):
                self.write(part, item)
        elif code == "a":
            self._write_array(signature[1:], value)

    def _write_array(self, element: str, value: Any) -> None:
        length_at = len(self.data)
        self.data += bytes(4)
        self.align(_ALIGNMENT[element[0]])
        start = len(self.data)
        if element[0] == "{":
            key, item = split_types(element[1:-1])
            for entry_key, entry_value in dict(value).items():
                self.align(8)
                self.write(key, entry_key)
                self.write(item, entry_value)
        elif element == "y" and isinstance(value, bytes | bytearray):  # a picture's pixels: one copy, not a loop
            self.data += value
        else:
            for item in value:
                self.write(element, item)
        struct.pack_into("<I", self.data, length_at, len(self.data) - start)


def _guess_variant(value: Any) -> Variant:
    if isinstance(value, bool):
        return Variant("b", value)
    if isinstance(value, int):
        return Variant("i", value)
    if isinstance(value, str):
        return Variant("s", value)
    if isinstance(value, bytes):
        return Variant("ay", list(value))
    raise TypeError(f"no D-Bus type for {value!r}")


class _Reader:
    def __init__(self, data: bytes, little: bool, position: int = 0) -> None:
        self.data = data
        self.order = "<" if little else ">"
        self.position = position

    def align(self, size: int) -> None:
        self.position += -self.position % size

    def _take(self, size: int) -> bytes:
        if self.position + size > len(self.data):
            raise DBusError("org.freedesktop.DBus.Error.InvalidArgs", "a message shorter than its contents")
        chunk = self.data[self.position:self.position + size]
        self.position += size
        return chunk

    def read(self, signature: str) -> Any:
        code = signature[0]
        self.align(_ALIGNMENT[code])
        if code in _FIXED:
            form = self.order + _FIXED[code]
            (value,) = struct.unpack(form, self._take(struct.calcsize(form)))
            return bool(value) if code == "b" else value
        if code in "so":
            (length,) = struct.unpack(self.order + "I", self._take(4))
            text = self._take(length + 1)[:-1]
            return text.decode("utf-8", errors="replace")
        if code == "g":
            (length,) = self._take(1)
            return self._take(length + 1)[:-1].decode("ascii", errors="replace")
        if code == "v":
            inner = self.read("g")
            return self.read(inner)
        if code == "(":
            return tuple(self.read(part) for part in split_types(signature[1:-1]))
        return self._read_array(signature[1:])

    def _read_array(self, element: str) -> Any:
        (length,) = struct.unpack(self.order + "I", self._take(4))
        self.align(_ALIGNMENT[element[0]])
        end = self.position + length
        if element[0] == "{":
            key, item = split_types(element[1:-1])
            entries = {}
            while self.position < end:
                self.align(8)
                entry_key = self.read(key)
                entries[entry_key] = self.read(item)
            return entries
        items = []
        while self.position < end:
            items.append(self.read(element))
        return items


def encode_message(kind: int, serial: int, fields: dict[int, Any], signature: str = "",
                   body: Sequence[Any] = (), flags: int = 0) -> bytes:
    """One message, little-endian."""
    content = _Writer()
    for part, value in zip(split_types(signature), body, strict=True):
        content.write(part, value)
    if signature:
        fields = {**fields, _SIGNATURE: signature}
    header = _Writer()
    header.data += struct.pack("<cBBBII", b"l", kind, flags, 1, len(content.data), serial)
    header.write("a(yv)", [(code, Variant(_FIELD_TYPES[code], value)) for code, value in sorted(fields.items())])
    header.align(8)
    return bytes(header.data + content.data)


def message_length(data: bytes) -> int | None:
    """The length of the message at the start of ``data``, None while its fixed header is incomplete."""
    if len(data) < 16:
        return None
    order = "<" if data[:1] == b"l" else ">"
    body_length, _serial, fields_length = struct.unpack(order + "III", data[4:16])
    header = 16 + fields_length
    total = header + (-header % 8) + body_length
    if total > MAX_MESSAGE:
        raise DBusError("org.freedesktop.DBus.Error.LimitsExceeded", "a message longer than D-Bus allows")
    return int(total)


def decode_message(data: bytes) -> Message:
    """A whole message (``message_length(data)`` bytes)."""
    little = data[:1] == b"l"
    reader = _Reader(data, little, 4)
    kind = data[1]
    _body_length, serial = reader.read("u"), reader.read("u")
    fields = dict(reader.read("a(yv)"))
    reader.align(8)
    signature = fields.get(_SIGNATURE, "")
    body = [reader.read(part) for part in split_types(signature)]
    return Message(kind, serial, fields, body)


# --- the connection -------------------------------------------------------------------------------------


def session_bus_addresses(environment: dict[str, str] | None = None) -> list[str | bytes]:
    """The session bus's socket addresses, in the order to try: a path, or (Linux) an abstract name as bytes.

    From DBUS_SESSION_BUS_ADDRESS (``unix:path=…`` or ``unix:abstract=…``; ``tcp:`` and the others are
    skipped), else ``$XDG_RUNTIME_DIR/bus``, where systemd's user session puts it.
    """
    environ = os.environ if environment is None else environment
    found: list[str | bytes] = []
    for address in (environ.get("DBUS_SESSION_BUS_ADDRESS") or "").split(";"):
        method, _colon, options = address.strip().partition(":")
        if method != "unix":
            continue
        values = dict(option.partition("=")[::2] for option in options.split(",") if "=" in option)
        if "path" in values:
            found.append(unquote(values["path"]))
        elif "abstract" in values:
            found.append(b"\0" + unquote(values["abstract"]).encode())
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not found and runtime and os.path.exists(os.path.join(runtime, "bus")):
        found.append(os.path.join(runtime, "bus"))
    return found


class BusConnection:
    """A connection to the session bus: blocking calls (with a timeout), and the signals received meanwhile
    kept for `signals`."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._serial = 0
        self._buffer = b""
        self._signals: list[Message] = []
        self.unique_name = ""

    @classmethod
    def open(cls, environment: dict[str, str] | None = None, timeout: float = CALL_TIMEOUT_S) -> BusConnection:
        """Connect, authenticate and say Hello; `DBusError` when there is no session bus to reach."""
        problems = []
        for address in session_bus_addresses(environment):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # a local socket, never a network one
            sock.settimeout(timeout)
            try:
                sock.connect(address)
                _authenticate(sock)
            except OSError as exc:
                sock.close()
                problems.append(f"{address!r}: {exc}")
                continue
            sock.setblocking(False)
            connection = cls(sock)
            try:
                connection.unique_name = str(connection.call(BUS_NAME, BUS_PATH, BUS_NAME, "Hello")[0])
            except DBusError:
                connection.close()
                raise
            return connection
        raise DBusError("org.freedesktop.DBus.Error.NoServer", "; ".join(problems) or "no session bus address")

    def fileno(self) -> int:
        return self.sock.fileno()

    def close(self) -> None:
        self.sock.close()

    def send(self, destination: str, path: str, interface: str, member: str, signature: str = "",
             body: Sequence[Any] = (), *, reply: bool = True) -> int:
        """Send a method call; its serial (to match its reply)."""
        self._serial += 1
        fields = {_PATH: path, _INTERFACE: interface, _MEMBER: member, _DESTINATION: destination}
        data = encode_message(METHOD_CALL, self._serial, fields, signature, body,
                              0 if reply else _NO_REPLY_EXPECTED)
        self.sock.setblocking(True)
        try:
            self.sock.settimeout(CALL_TIMEOUT_S)
            self.sock.sendall(data)
        except OSError as exc:
            raise DBusError("org.freedesktop.DBus.Error.Disconnected", str(exc)) from exc
        finally:
            self.sock.setblocking(False)
        return self._serial

    def call(self, destination: str, path: str, interface: str, member: str, signature: str = "",
             body: Sequence[Any] = (), timeout: float = CALL_TIMEOUT_S) -> list[Any]:
        """A method call and its answer's values; `DBusError` for an error answer, a timeout or a lost bus."""
        serial = self.send(destination, path, interface, member, signature, body)
        deadline = time.monotonic() + timeout
        while True:
            for message in self._received():
                if message.kind in (METHOD_RETURN, ERROR) and message.reply_serial == serial:
                    if message.kind == ERROR:
                        text = message.body[0] if message.body and isinstance(message.body[0], str) else ""
                        raise DBusError(message.error_name or "org.freedesktop.DBus.Error.Failed", text)
                    return message.body
                if message.kind == SIGNAL:
                    self._signals.append(message)
            left = deadline - time.monotonic()
            if left <= 0:
                raise DBusError("org.freedesktop.DBus.Error.NoReply", f"{member}: no answer in {timeout:g} s")
            select.select([self.sock], [], [], left)
            self._fill()

    def has_signals(self) -> bool:
        """Signals read while waiting for an answer, or still in the buffer: the socket will not say so again."""
        return bool(self._signals) or message_length(self._buffer) is not None

    def signals(self) -> list[Message]:
        """The signals received so far (read without waiting); `DBusError` if the bus went away."""
        self._fill()
        found = self._signals + [message for message in self._received() if message.kind == SIGNAL]
        self._signals = []
        return found

    def _fill(self) -> None:
        while True:
            try:
                chunk = self.sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                raise DBusError("org.freedesktop.DBus.Error.Disconnected", str(exc)) from exc
            if not chunk:
                raise DBusError("org.freedesktop.DBus.Error.Disconnected", "the bus closed the connection")
            self._buffer += chunk

    def _received(self) -> Iterator[Message]:
        while True:
            length = message_length(self._buffer)
            if length is None or len(self._buffer) < length:
                return
            data, self._buffer = self._buffer[:length], self._buffer[length:]
            yield decode_message(data)


def _authenticate(sock: socket.socket) -> None:
    """SASL EXTERNAL: the bus knows who we are from the socket itself."""
    sock.sendall(b"\0AUTH EXTERNAL " + str(os.getuid()).encode().hex().encode() + b"\r\n")
    answer = b""
    while not answer.endswith(b"\r\n"):
        chunk = sock.recv(1)  # byte by byte: nothing of the messages after BEGIN may be read here
        if not chunk:
            raise ConnectionError("the bus closed the connection while authenticating")
        answer += chunk
        if len(answer) > 512:
            raise ConnectionError("the bus's answer to AUTH is too long")
    if not answer.startswith(b"OK "):
        raise ConnectionError(f"the bus refused the authentication: {answer.decode(errors='replace').strip()}")
    sock.sendall(b"BEGIN\r\n")
