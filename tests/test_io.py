"""Safe writes: atomic for files, through for links and FIFOs, never onto devices."""

from __future__ import annotations

import io
import os
import socket
import stat
import sys
import threading
from pathlib import Path

import pytest

from argmap._io import (
    atomic_write_bytes,
    atomic_write_text,
    input_problem,
    names_stdout,
    write_stdout,
)


def test_writes_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    assert atomic_write_text(target, "héllo") == target
    assert target.read_text(encoding="utf-8") == "héllo"
    assert list(target.parent.iterdir()) == [target]


def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = atomic_write_bytes(tmp_path / "new.svg", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_existing_mode_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "script.sh"
    target.write_bytes(b"old")
    target.chmod(0o750)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o750
    assert target.read_bytes() == b"new"


def test_failure_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "keep.txt"
    target.write_text("precious", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "precious"
    assert list(tmp_path.iterdir()) == [target]


# --- places that are not regular files (issue #15) --------------------------------------------


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.svg"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "link.svg"
    link.symlink_to("real/out.svg")
    atomic_write_bytes(link, b"new")
    assert link.is_symlink()
    assert os.readlink(link) == "real/out.svg"
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out.svg"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.svg"
    link.symlink_to("made/here.svg")
    atomic_write_bytes(link, b"data")
    assert link.is_symlink()
    assert (tmp_path / "made" / "here.svg").read_bytes() == b"data"


@pytest.mark.parametrize("kind", ["device", "socket", "directory", "loop"])
def test_special_files_are_refused_and_left_alone(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out"
    if kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    elif kind == "directory":
        target.mkdir()
    else:
        target.symlink_to("out2")
        (tmp_path / "out2").symlink_to("out")
    before = target.lstat()
    with pytest.raises(OSError, match="character device|socket|directory|loop") as info:
        atomic_write_bytes(target, b"x")
    assert info.value.strerror
    assert "it is" in info.value.strerror
    after = target.lstat()
    assert (after.st_ino, after.st_mode, after.st_rdev) == (
        before.st_ino,
        before.st_mode,
        before.st_rdev,
    )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_fifo_is_written_as_a_stream(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    atomic_write_bytes(pipe, b"through the pipe")
    reader.join(timeout=20)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_a_descriptor_path_writes_at_the_descriptor(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    with out.open("wb") as handle:
        handle.write(b"header\n")
        handle.flush()
        link = tmp_path / "fd-link"
        link.symlink_to(f"/proc/self/fd/{handle.fileno()}")
        atomic_write_bytes(link, b"body\n")  # appended, as `>> /dev/stdout` would be
    assert out.read_bytes() == b"header\nbody\n"
    assert link.is_symlink()
    assert names_stdout("-")
    assert names_stdout("/dev/stdout")
    assert not names_stdout(out)


def test_input_problems_are_named(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "dangling").symlink_to("nowhere")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "file").write_text("x")
    assert input_problem(tmp_path / "loop") == "is a loop of symbolic links"
    assert input_problem(tmp_path / "dangling") == "is a symbolic link to nothing"
    assert input_problem(tmp_path / "fifo") == "is a FIFO (named pipe), not a regular file"
    assert input_problem(tmp_path) == "is a directory"
    assert input_problem(tmp_path / "file") is None
    assert input_problem("bad\0name") == "is not a valid file name"


def test_binary_output_is_never_sent_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    screen = Terminal(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", screen)
    with pytest.raises(OSError, match="binary data to a terminal"):
        write_stdout(b"\x89PNG", binary=True)
    write_stdout(b"<svg/>")  # text is fine
    assert screen.buffer.getvalue() == b"<svg/>"  # type: ignore[attr-defined]
