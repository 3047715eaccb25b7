"""Loading maps from Python modules by path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import argmap
from argmap.errors import (
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
)

GOOD = """\
import argmap

b = argmap.MapBuilder("Good")
b.claim("c", "A claim.")
MAP = b.build()
"""


def write(tmp_path: Path, text: str, name: str = "m.py") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loads_a_module_not_on_sys_path(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    # A first load imports the parts of argmap a map module needs (lazily, so that
    # `import argmap` stays fast); the map module itself must not stay in sys.modules.
    argmap.load_map(write(tmp_path, GOOD, "warm_up.py"))
    before = set(sys.modules)
    m = argmap.load_map(path)
    assert m.title == "Good"
    assert set(sys.modules) == before
    assert argmap.load_map(str(path)) == m


def test_module_can_read_files_beside_it(tmp_path: Path) -> None:
    (tmp_path / "text.txt").write_text("Beside.", encoding="utf-8")
    path = write(
        tmp_path,
        "from pathlib import Path\nimport argmap\n"
        "b = argmap.MapBuilder((Path(__file__).parent / 'text.txt').read_text())\n"
        "b.claim('c', 'x')\nMAP = b.build()\n",
    )
    assert argmap.load_map(path).title == "Beside."


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MapFileNotFoundError, match=r"nope\.py: map file does not exist"):
        argmap.load_map(tmp_path / "nope.py")
    with pytest.raises(FileNotFoundError):
        argmap.load_map(tmp_path / "nope.py")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(MapFileNotFoundError, match="is a directory"):
        argmap.load_map(tmp_path)


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "import argmap\n\nMAP = (\n")
    with pytest.raises(MapSyntaxError) as info:
        argmap.load_map(path)
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert str(info.value).startswith(f"{path}:3: invalid Python syntax")


def test_null_bytes(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_bytes(b"x = 1\x00\n")
    with pytest.raises(MapSyntaxError):
        argmap.load_map(path)


def test_error_while_running_names_the_map_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "import argmap\nb = argmap.MapBuilder('M')\nb.claim('c', 'x')\n"
        "b.argument('a', ['missing'], 'c')\nMAP = b.build()\n",
    )
    with pytest.raises(MapDefinitionError) as info:
        argmap.load_map(path)
    assert info.value.line == 4
    assert "UnknownKeyError" in str(info.value)
    assert "'missing'" in str(info.value)


def test_system_exit_in_module_is_reported_not_raised(tmp_path: Path) -> None:
    path = write(tmp_path, "import sys\nsys.exit(3)\n")
    with pytest.raises(MapDefinitionError, match=":2: "):
        argmap.load_map(path)


def test_no_map(tmp_path: Path) -> None:
    path = write(tmp_path, "x = 1\n")
    with pytest.raises(NoMapDefinedError, match="defines no MAP"):
        argmap.load_map(path)


def test_map_of_wrong_type(tmp_path: Path) -> None:
    path = write(tmp_path, "MAP = {'claims': []}\n")
    with pytest.raises(NoMapDefinedError, match="MAP is a dict, expected an argmap.ArgumentMap"):
        argmap.load_map(path)


def test_all_load_errors_share_a_base(tmp_path: Path) -> None:
    for text in ("MAP = (", "raise ValueError('boom')", "x = 1"):
        with pytest.raises(MapLoadError):
            argmap.load_map(write(tmp_path, text))
