"""Every file nnstudio writes is written whole or not at all.

A save first goes to a temporary file in the target's own folder (same file system, so the
final rename is atomic), is flushed and fsync'ed, and only then replaces the target with
``os.replace``. If anything fails on the way (a full disk, no permission, the writer raising
half-way, the process killed), the previous file is untouched and the temporary file is
removed (a kill leaves at most a hidden ``.NAME.*.tmp`` beside it, never a damaged target).

Failures become one sentence (InputError) that names the file and the reason.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("AtomicWrite", "the disk is full"),
    errno.EACCES: QT_TRANSLATE_NOOP("AtomicWrite", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("AtomicWrite", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("AtomicWrite", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("AtomicWrite", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("AtomicWrite", "the folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("AtomicWrite", "it is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("AtomicWrite", "the name is too long"),
}


def reason(exc: OSError) -> str:
    """A short, translated reason for an OSError ("the disk is full")."""
    known = _REASONS.get(exc.errno or 0)
    if known is not None:
        return translate("AtomicWrite", known)
    return (exc.strerror or type(exc).__name__).lower()


def write_error(path: str | Path, exc: OSError) -> InputError:
    """The one sentence for a save that failed; the previous file is unchanged."""
    return InputError(translate(
        "AtomicWrite", "Could not write {name}: {reason}; nothing was changed.").format(
        name=Path(path).name or str(path), reason=reason(exc)))


def check_writable(path: str | Path) -> Path:
    """Raise InputError now if `path` cannot be written (missing or read-only folder, a
    folder in the way), so that a long job never ends in "could not save"."""
    path = Path(path)
    name = path.name or str(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not str(path) or path.name in ("", ".", "..") or "\0" in str(path):
        raise InputError(translate("AtomicWrite", "{path} is not a file name.").format(
            path=repr(str(path)[:80])))
    if path.is_dir():
        raise InputError(translate("AtomicWrite", "Cannot write {name}: it is a folder.").format(name=name))
    if not folder.is_dir():
        raise InputError(translate(
            "AtomicWrite", "Cannot write {name}: the folder {folder} does not exist.").format(
            name=name, folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(translate(
            "AtomicWrite", "Cannot write {name}: the folder {folder} is read-only.").format(
            name=name, folder=folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise InputError(translate("AtomicWrite", "Cannot write {name}: permission denied.").format(name=name))
    return path


def _mode_for(path: Path) -> int:
    """The permissions a plain open() would give: the old file's, else 0o666 less the umask."""
    with suppress(OSError):
        return stat.S_IMODE(path.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_write(path: str | Path) -> Iterator[BinaryIO]:
    """``with atomic_write(path) as f: f.write(...)``: the target changes only when the block
    ends without an error. OSError (disk full, permission, ...) becomes InputError; any other
    exception propagates, and in every case the previous file stays as it was."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        # os.replace would swap a read-only file without asking; open() would refuse.
        raise write_error(path, PermissionError(errno.EACCES, "permission denied"))
    if "\0" in str(path):
        check_writable(path)  # raises: a NUL byte cannot be in a file name
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise write_error(path, exc) from None
        raise
    _sync_folder(folder)


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` atomically; returns the path."""
    with atomic_write(path) as handle:
        handle.write(data)
    return Path(path)


def write_text(path: str | Path, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return write_bytes(path, text.encode("utf-8"))


def write_with(path: str | Path, writer: Callable[[BinaryIO], object]) -> Path:
    """Let `writer(file)` serialise into the temporary file (np.save, torch.save, ...)."""
    with atomic_write(path) as handle:
        writer(handle)
    return Path(path)


def _sync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder is synced (POSIX; Windows has no
    # directory handles to sync, and a failure here cannot lose the new file).
    with suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
