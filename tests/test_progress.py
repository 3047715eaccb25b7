"""The progress helper: drawn on a terminal, silent when piped, throttled, clean at the end."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap._progress import ENV_VAR, Progress, progress_enabled, track
from argmap.errors import InvalidValueError


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _auto_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "100")


def frames(screen: io.StringIO) -> list[str]:
    """The successive states of the line as a terminal would show them."""
    return [frame.rstrip() for frame in screen.getvalue().replace("\n", "").split("\r") if frame]


def test_terminal_gets_a_bar_that_ends_with_a_newline() -> None:
    screen = FakeTerminal()
    with Progress("Converting", total=4, stream=screen) as bar:
        for name in ["a", "b", "c", "d"]:
            bar.advance(item=name)
    assert screen.getvalue().endswith("\n")
    assert frames(screen)[0] == "Converting [------------------------] 0/4"
    assert frames(screen)[-1] == "Converting [########################] 4/4 d"


def test_pipe_gets_nothing() -> None:
    piped = io.StringIO()
    with Progress("Converting", total=4, stream=piped) as bar:
        for _ in range(4):
            bar.advance()
    assert piped.getvalue() == ""
    assert bar.done == 4
    assert not bar.enabled


def test_dumb_terminal_gets_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    assert not progress_enabled(FakeTerminal())


@pytest.mark.parametrize(("value", "expected"), [("always", True), ("never", False)])
def test_environment_overrides_detection(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: bool
) -> None:
    monkeypatch.setenv(ENV_VAR, value)
    assert progress_enabled(io.StringIO()) is expected
    assert progress_enabled(FakeTerminal()) is expected


def test_bad_environment_value_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "sometimes")
    with pytest.raises(InvalidValueError, match="'sometimes'"):
        progress_enabled(FakeTerminal())


def test_redraws_are_throttled_but_the_last_state_is_shown() -> None:
    screen, clock = FakeTerminal(), FakeClock()
    with Progress("Solving", total=1000, stream=screen, clock=clock) as bar:
        for _ in range(999):
            bar.advance()  # the clock stands still: no redraw
        assert len(frames(screen)) == 1
        clock.now += 1.0
        bar.advance()
    shown = frames(screen)
    assert len(shown) <= 3
    assert shown[-1].endswith("1000/1000")


def test_unknown_total_shows_a_count() -> None:
    screen = FakeTerminal()
    with Progress("Reading", stream=screen, clock=FakeClock()) as bar:
        bar.advance(5)
    assert frames(screen)[-1] == "Reading 5"


def test_shorter_line_covers_the_longer_one_before_it() -> None:
    screen = FakeTerminal()
    with Progress("Converting", total=2, stream=screen) as bar:
        bar.advance(item="a-very-long-file-name.json")
        bar.advance(item="b.json")
    last = screen.getvalue().rstrip("\n").split("\r")[-1]
    before = screen.getvalue().rstrip("\n").split("\r")[-2]
    assert len(last) >= len(before.rstrip())


def test_long_lines_are_cut_to_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    bar = Progress("Converting", total=3, enabled=True)
    bar.advance(item="x" * 200)
    assert len(bar.line()) == 39
    assert bar.line().endswith("…")


def test_an_error_still_ends_the_line() -> None:
    screen = FakeTerminal()

    def fail_halfway() -> None:
        with Progress("Converting", total=3, stream=screen) as bar:
            bar.advance()
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        fail_halfway()
    assert screen.getvalue().endswith("\n")


@pytest.mark.parametrize("total", [-1, 2.5, True, "3"])
def test_bad_total_is_named(total: object) -> None:
    with pytest.raises(InvalidValueError, match=repr(total).replace("(", r"\(")):
        Progress("x", total=total)  # type: ignore[arg-type]


@given(st.lists(st.integers(), max_size=50))
def test_track_yields_the_items_unchanged_and_counts_them(items: list[int]) -> None:
    screen = FakeTerminal()
    assert list(track(items, "Counting", stream=screen)) == items
    assert frames(screen)[-1].endswith(f"{len(items)}/{len(items)}")


def test_track_names_the_current_item() -> None:
    screen = FakeTerminal()
    list(track(["one.json", "two.json"], "Converting", stream=screen, describe=str.upper))
    assert frames(screen)[-1].endswith("2/2 TWO.JSON")


def test_print_keeps_messages_whole_on_a_terminal() -> None:
    screen = FakeTerminal()
    with Progress("Converting", total=2, stream=screen) as bar:
        bar.advance(item="a.json")
        bar.print("argmap: error: b.json: not JSON")
        bar.advance(item="b.json")
    lines = screen.getvalue().split("\n")
    assert lines[0].split("\r")[-1] == "argmap: error: b.json: not JSON"
    assert lines[-2].split("\r")[-1].rstrip() == "Converting [########################] 2/2 b.json"


def test_batch_convert_shows_progress_and_keeps_errors_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from argmap.cli import main
    from argmap.cli._new import write_starter_map

    good = [write_starter_map(str(tmp_path / name)) for name in ("one", "two")]
    bad = tmp_path / "bad.py"
    bad.write_text("this is not python (\n", encoding="utf-8")
    inputs = [str(good[0]), str(bad), str(good[1])]
    out = tmp_path / "out"
    monkeypatch.setenv(ENV_VAR, "always")
    assert main(["convert", *inputs, "-o", str(out), "--to", "json"]) == 1
    err = capsys.readouterr().err
    shown = [line.split("\r")[-1].rstrip() for line in err.split("\n")]
    assert any(line.startswith("argmap: error: ") and "bad.py:1" in line for line in shown)
    assert "Converting [########################] 3/3 two.py" in shown
    assert sorted(p.name for p in out.iterdir()) == ["one.argmap.json", "two.argmap.json"]
    monkeypatch.setenv(ENV_VAR, "never")
    assert main(["convert", *inputs, "-o", str(tmp_path / "again"), "--to", "json"]) == 1
    quiet = capsys.readouterr().err
    assert "\r" not in quiet
    assert "Converting" not in quiet
