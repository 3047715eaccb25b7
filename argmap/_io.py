"""Safe file writes and reads of paths a user names.

Every file argmap writes goes through :func:`atomic_write_bytes`, so every command treats
the place it writes to the same way:

* a regular file (or a new one) is replaced atomically: the data goes to a temporary
  file in the same folder, which is then renamed over the target, so a reader never sees
  a half-written file and a failure leaves the old one untouched; its mode is kept;
* a symbolic link is written *through*: its final target is replaced atomically and the
  link stays a link (a dangling link creates its target);
* a FIFO (named pipe) is written through as a stream, as ``cat > fifo`` would: there is
  nothing on disk to replace, and the write waits until something reads;
* ``/dev/stdout``, ``/dev/fd/N`` and ``/proc/self/fd/N`` are written to the open file
  descriptor they name, at its current offset;
* a directory, a character or block device (``/dev/null``, a terminal, a disk) or a
  socket is refused: replacing ``/dev/null`` with a regular file, as a plain rename would,
  breaks the system for everyone; write to standard output with ``-`` instead.

:func:`input_problem` says, in a few words, why a path cannot be read as a map file (a
symbolic link loop, a FIFO, a device), so loaders can fail with one clear line.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

__all__ = [
    "STDOUT",
    "atomic_write_bytes",
    "atomic_write_text",
    "file_kind",
    "input_problem",
    "names_stdout",
    "same_file",
    "write_stdout",
]

STDOUT = "-"
"""The output name that means standard output (``-o -``)."""


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def file_kind(mode: int) -> str:
    """What a file of ``mode`` (an ``st_mode``) is, in words, e.g. ``'a character device'``.

    >>> import stat
    >>> file_kind(stat.S_IFCHR), file_kind(stat.S_IFREG)
    ('a character device', 'a regular file')
    """
    kinds = (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    for test, name in kinds:
        if test(mode):
            return name
    return "a special file"


def _refuse(path: Path, reason: str, code: int = errno.EINVAL) -> OSError:
    # Callers turn an OSError into a one-line WriteError from its strerror.
    return OSError(code, reason, os.fspath(path))


def _stat(path: Path) -> os.stat_result | None:
    """``os.stat`` following links; ``None`` if nothing is there (or a link dangles)."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _refuse(path, "it is a loop of symbolic links", errno.ELOOP) from None
        raise


def _descriptor(path: str | os.PathLike[str]) -> int | None:
    """The number of the open file descriptor that ``path`` names (``/dev/stdout``,
    ``/dev/fd/3``, ``/proc/self/fd/1``), or ``None`` for any other path."""
    if os.name != "posix":
        return None
    own = os.path.realpath(f"/proc/{os.getpid()}/fd")
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        if os.path.realpath(os.path.dirname(current)) == own:
            name = os.path.basename(current)
            return int(name) if name.isdigit() else None
        if not os.path.islink(current):
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return None


def names_stdout(name: str | os.PathLike[str]) -> bool:
    """Whether an output name means standard output: ``-``, or ``/dev/stdout`` and the
    like.

    >>> names_stdout("-"), names_stdout("out.svg")
    (True, False)
    """
    return os.fspath(name) == STDOUT or _descriptor(name) == 1


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` safely, creating parent folders; return the path.

    A regular file is replaced atomically (mode kept), a symbolic link is written through
    to its target, a FIFO is written as a stream; anything else is refused (see the
    module docstring).

    Raises
    ------
    OSError
        If the file cannot be written; ``strerror`` says why in words (e.g. ``"it is a
        character device, not a regular file; ..."``), and nothing at ``path`` changed.
    """
    target = Path(path)
    descriptor = _descriptor(target)
    if descriptor is not None:
        # /dev/stdout and the like: write to the descriptor itself, at its offset, as a
        # shell redirection expects (reopening it would truncate what came before).
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        return target
    found = _stat(target)
    if found is not None and not stat.S_ISREG(found.st_mode):
        if stat.S_ISFIFO(found.st_mode):
            with open(target, "wb") as stream:  # follows links; blocks until a reader opens
                stream.write(data)
            return target
        if stat.S_ISDIR(found.st_mode):
            raise _refuse(target, "it is a directory, expected a file", errno.EISDIR)
        msg = (
            f"it is {file_kind(found.st_mode)}, not a regular file; argmap never replaces "
            "one (write to a file, or to - for standard output)"
        )
        raise _refuse(target, msg)
    # Write through symbolic links: replace the file the link leads to, not the link.
    real = Path(os.path.realpath(target)) if os.path.islink(target) else target
    real.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode an ordinary write would:
        # the existing file's, or 0666 less the umask.
        mode = stat.S_IMODE(found.st_mode) if found is not None else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Look again just before the rename: a special file that appeared meanwhile is
        # left alone rather than replaced.
        try:
            now = os.lstat(real)
        except FileNotFoundError:
            pass
        else:
            if not stat.S_ISREG(now.st_mode):
                msg = f"it became {file_kind(now.st_mode)} while argmap was writing"
                raise _refuse(target, msg)
        os.replace(tmp, real)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` as :func:`atomic_write_bytes` does; return the path."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_stdout(data: bytes, *, binary: bool = False) -> None:
    """Write ``data`` to standard output (``-o -``), exactly as given.

    Binary data (PNG, PDF) is refused when standard output is a terminal, where it would
    only garble the screen; piped or redirected, it is written.

    Raises
    ------
    OSError
        If binary data would go to a terminal.
    """
    stream = sys.stdout
    stream.flush()
    if binary and stream.isatty():
        msg = "refusing to write binary data to a terminal; redirect it to a file or a pipe"
        raise _refuse(Path(STDOUT), msg)
    stream.buffer.write(data)
    stream.buffer.flush()


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether ``a`` and ``b`` both exist and are the same file (links followed)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def input_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be read as a map file, in a few words; ``None`` if it can.

    >>> input_problem("/no/such/file.py")
    'does not exist'
    >>> input_problem("/")
    'is a directory'
    >>> input_problem("/dev/null")
    'is a character device, not a regular file'
    """
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return "is a symbolic link to nothing" if os.path.islink(path) else "does not exist"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "is a loop of symbolic links"
        return f"cannot be read: {error.strerror or type(error).__name__}"
    except ValueError:  # e.g. a NUL byte in the name
        return "is not a valid file name"
    if stat.S_ISDIR(found.st_mode):
        return "is a directory"
    if not stat.S_ISREG(found.st_mode):
        return f"is {file_kind(found.st_mode)}, not a regular file"
    if not os.access(path, os.R_OK):
        return "cannot be read: permission denied"
    return None
