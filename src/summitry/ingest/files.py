"""Opening input files safely: only regular files are read, and folders report what they
cannot list.

Opening a FIFO for reading blocks until some other process writes to it, and a device can
stream for ever, so a file is opened without blocking and checked with ``fstat`` before a
byte is read: anything but a regular file is reported and skipped. A folder that cannot be
listed (permissions, a vanished mount) is reported by name instead of silently giving
nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from summitry.errors import InputError, NotRegularFileError, SourceUnavailableError

#: What ``stat`` calls each kind of file that is not an article, for the message.
SPECIAL_FILES: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def kind_of(mode: int) -> str | None:
    """None for a regular file, else what the file is (``a FIFO (named pipe)``)."""
    if stat.S_ISREG(mode):
        return None
    for test, what in SPECIAL_FILES:
        if test(mode):
            return what
    return "not a regular file"


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading in binary, or raise :class:`InputError` saying why not."""
    source = str(path)
    try:
        # Sockets cannot be opened at all, so look before opening; fstat below closes the
        # gap between the look and the open.
        _refuse_special(os.stat(path).st_mode, source)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceUnavailableError(f"cannot read: {exc.strerror or exc}",
                                     source=source) from None
    try:
        _refuse_special(os.fstat(fd).st_mode, source)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _refuse_special(mode: int, source: str) -> None:
    what = kind_of(mode)
    if what is not None:
        raise NotRegularFileError(f"{what}, not a regular file: skipped", source=source)


def walk(folder: Path, accepted: tuple[str, ...]) -> Iterator[Path | InputError]:
    """Files under ``folder`` whose names end in ``accepted``, in sorted order (hidden
    files and folders left out), and an :class:`InputError` for each folder that cannot be
    listed."""
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        yield from _drain(problems)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(accepted):
                yield Path(root) / name
    yield from _drain(problems)


def _drain(problems: list[OSError]) -> Iterator[InputError]:
    while problems:
        exc = problems.pop(0)
        yield SourceUnavailableError(
            f"cannot list this folder ({exc.strerror or exc}); its files were not read",
            source=str(exc.filename) if exc.filename is not None else None)
