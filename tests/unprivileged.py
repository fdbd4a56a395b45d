"""Running a piece of a test as a real unprivileged user, so file permissions are enforced by the OS.

CI runs as root, whom modes do not stop. Rather than faking ``os.access``, `as_user` forks the test process
and drops to the ``nobody`` user in the child (``setgroups``/``setgid``/``setuid``: irreversible there), runs
the function and sends its result or exception back through a pipe. Run by a normal user, the function
simply runs in the test process. Everything the child needs must be imported before the fork: the
interpreter's own files may sit in a folder the unprivileged user cannot read (``/root/.pyenv``).
"""

from __future__ import annotations

import os
import pickle
import pwd
import resource
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
USER = "nobody"


def user_ids() -> tuple[int, int]:
    """The uid and gid the tests run restricted code as: this user's when not root, else ``nobody``'s."""
    if os.geteuid() != 0:
        return os.geteuid(), os.getegid()
    entry = pwd.getpwnam(USER)
    return entry.pw_uid, entry.pw_gid


@contextmanager
def user_folder() -> Iterator[Path]:
    """A fresh folder owned by the test user, in a place that user can reach (not pytest's root-only tmp)."""
    folder = Path(tempfile.mkdtemp(prefix="carnet-perm-", dir="/tmp"))
    try:
        os.chown(folder, *user_ids())
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give(path: Path) -> None:
    """Make ``path`` (and its -wal/-shm, backups…) belong to the test user, as if that user had written them."""
    uid, gid = user_ids()
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.lchown(item, uid, gid)


def as_user(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` run as the unprivileged user; its exception, if any, is raised here."""
    if os.geteuid() != 0:
        return function(*args)
    return in_child(function, *args, as_unprivileged=True)


def in_child(function: Callable[..., T], *args: Any, as_unprivileged: bool = False,
             file_size_limit: int | None = None) -> T:
    """``function(*args)`` in a forked child, as the unprivileged user if asked, and with the OS refusing to
    write any file past ``file_size_limit`` bytes (``RLIMIT_FSIZE``: a write fails as on a full disk)."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(reading)
            if as_unprivileged:
                uid, gid = user_ids()
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            if file_size_limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails (EFBIG) instead of killing us
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))
            try:
                outcome: tuple[str, Any] = ("value", function(*args))
            except BaseException as exc:
                outcome = ("error", exc)
            try:
                data = pickle.dumps(outcome)
            except Exception as exc:
                data = pickle.dumps(("error", RuntimeError(f"unpicklable outcome: {outcome!r} ({exc})")))
            with os.fdopen(writing, "wb") as pipe:
                pipe.write(data)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        raise RuntimeError(f"the unprivileged child died (status {status})")
    kind, value = pickle.loads(data)
    if kind == "error":
        raise value
    return value  # type: ignore[no-any-return]
