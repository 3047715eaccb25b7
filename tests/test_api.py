"""The curated public API: the top level, the sub-namespaces, deprecated names, errors
with structured fields, and no private name crossing a module boundary."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
import types
import warnings
from pathlib import Path

import pytest

import argmap

PACKAGE = Path(argmap.__file__).parent
SUB_NAMESPACES = ("argmap.errors", "argmap.semantics", "argmap.formats", "argmap.render")


def _top_level_source() -> ast.Module:
    return ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))


# --- the top level ---------------------------------------------------------------------


def test_the_top_level_is_about_thirty_names() -> None:
    assert 25 <= len(argmap.__all__) <= 32
    assert len(set(argmap.__all__)) == len(argmap.__all__)


def test_every_exported_name_exists() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a curated name never warns
        missing = [name for name in argmap.__all__ if not hasattr(argmap, name)]
    assert missing == []


@pytest.mark.parametrize(
    "name",
    [
        "MapBuilder",
        "ArgumentMap",
        "load_map",
        "write_map",
        "check_map",
        "render",
        "evaluate",
        "explain",
        "what_if",
        "ArgmapError",
        "__version__",
        "CarneadesGraph",
        "CarneadesArgument",
        "Statement",
        "Issue",
    ],
)
def test_what_the_issue_names_is_at_the_top(name: str) -> None:
    assert name in argmap.__all__


def test_exports_all_and_type_checking_imports_agree() -> None:
    # The three lists in argmap/__init__.py must name the same things.
    tree = _top_level_source()
    exports: set[str] = set()
    checked: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "_EXPORTS":
            assert isinstance(node.value, ast.Dict)
            exports = {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for child in node.body:
                assert isinstance(child, ast.ImportFrom)
                checked.update(alias.asname or alias.name for alias in child.names)
    assert exports == checked == set(argmap.__all__) - {"__version__"}


def test_no_export_is_shadowed_by_a_subpackage() -> None:
    # `import argmap.render` sets the attribute `render` on argmap: a top-level name equal
    # to a sub-module's must be that module (argmap.render is, and it is callable).
    for info in pkgutil.iter_modules(argmap.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"argmap.{info.name}")
        assert isinstance(getattr(argmap, info.name), types.ModuleType), info.name
        assert getattr(argmap, info.name) is module


def test_render_is_the_callable_render_package(tmp_path: Path) -> None:
    b = argmap.MapBuilder("Tea")
    b.claim("tea", "Tea is good.")
    out = argmap.render(b.build(), tmp_path / "tea.dot")
    assert out.read_text(encoding="utf-8").startswith("digraph argmap {")
    assert argmap.render.to_dot is importlib.import_module("argmap.render._dot").to_dot


def test_errors_share_one_base() -> None:
    from argmap import errors

    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, argmap.ArgmapError), name


def test_importing_argmap_loads_no_heavy_module() -> None:
    code = (
        "import sys, argmap\n"
        "heavy = [m for m in ('numpy', 'yaml', 'pysat') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == ""


def test_the_version_is_written_once() -> None:
    import importlib.metadata
    import tomllib

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert importlib.metadata.version("argmap") == argmap.__version__


# --- sub-namespaces ----------------------------------------------------------------------


@pytest.mark.parametrize("name", SUB_NAMESPACES)
def test_each_sub_namespace_exports_what_it_lists(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__all__, name
    assert len(set(module.__all__)) == len(module.__all__)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for export in module.__all__:
            assert getattr(module, export) is not None, f"{name}.{export}"


def test_a_name_means_one_thing_across_namespaces() -> None:
    # FORMATS, Format, format_for_path and friends: wherever one name is exported from
    # several curated namespaces, it is the same object.
    seen: dict[str, tuple[str, object]] = {}
    for name in ("argmap", *SUB_NAMESPACES):
        module = importlib.import_module(name)
        for export in module.__all__:
            value = getattr(module, export)
            if isinstance(value, types.ModuleType | str | int):
                continue
            if export in seen:
                where, other = seen[export]
                assert value is other, f"{name}.{export} is not {where}.{export}"
            else:
                seen[export] = (name, value)


# --- deprecated names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new_module", "new_name"),
    [
        ("argmap", "argmap.errors", "InvalidValueError"),
        ("argmap", "argmap.render", "to_dot"),
        ("argmap", "argmap.schemes", "SCHEMES"),
        ("argmap", "argmap.formats", "read_framework"),
        ("argmap.render", "argmap.render", "IMAGE_FORMATS"),
        ("argmap.formats.iccma", "argmap.formats.iccma", "DIALECTS"),
    ],
)
def test_moved_names_warn_and_still_work(old: str, new_module: str, new_name: str) -> None:
    module = importlib.import_module(old)
    moved = getattr(module, "_MOVED", {})
    old_name = next((k for k, v in moved.items() if v == (new_module, new_name)), None)
    if old_name is None:  # a module-level rename (FORMATS -> IMAGE_FORMATS, ...)
        old_name = {"IMAGE_FORMATS": "FORMATS", "DIALECTS": "FORMATS"}.get(new_name, new_name)
    expected = getattr(importlib.import_module(new_module), new_name)
    with pytest.warns(DeprecationWarning, match=rf"{new_module}\.{new_name}"):
        value = getattr(module, old_name)
    assert value is expected


def test_every_name_that_left_the_top_level_still_works() -> None:
    from argmap import _MOVED  # type: ignore[attr-defined]

    assert not set(_MOVED) & set(argmap.__all__)
    for old, (module, name) in _MOVED.items():
        with pytest.warns(DeprecationWarning, match=f"argmap.{old} is deprecated"):
            value = getattr(argmap, old)
        assert value is getattr(importlib.import_module(module), name), old


def test_old_keywords_warn_and_still_work(tmp_path: Path) -> None:
    from argmap.formats.iccma import format_framework, parse_framework, write_framework
    from argmap.render.html import render_html

    b = argmap.MapBuilder("Tea")
    b.claim("tea", "Tea is good.")
    m = b.build()
    with pytest.warns(DeprecationWarning, match=r"write_map\(to=\.\.\.\)"):
        written = argmap.write_map(m, tmp_path / "tea.out", to="aif")
    assert written.name == "aif"
    assert argmap.load_map(tmp_path / "tea.out", format="aif").claims[0].text == "Tea is good."
    af = parse_framework("arg(a).\narg(b).\natt(a,b).\n", "apx")
    with pytest.warns(DeprecationWarning, match=r"format_framework\(fmt=\.\.\.\)"):
        assert format_framework(af, fmt="tgf") == format_framework(af, format="tgf")
    with pytest.warns(DeprecationWarning, match=r"write_framework\(fmt=\.\.\.\)"):
        write_framework(af, tmp_path / "x.txt", fmt="apx")
    assert (tmp_path / "x.txt").read_text() == "arg(a).\narg(b).\natt(a,b).\n"
    with pytest.warns(DeprecationWarning, match=r"render_html\(argmap=\.\.\.\)"):
        page = render_html(argmap=m)
    assert page == render_html(m)


def test_old_and_new_keyword_together_are_refused(tmp_path: Path) -> None:
    b = argmap.MapBuilder("Tea")
    b.claim("tea", "Tea is good.")
    with pytest.raises(TypeError, match="both to= and format="):
        argmap.write_map(b.build(), tmp_path / "x.json", to="aif", format="json")


# --- one error class per mistake, with structured fields -----------------------------------


def test_an_unknown_format_is_one_error_class_everywhere(tmp_path: Path) -> None:
    from argmap.errors import InvalidValueError, UnknownFormatError
    from argmap.formats import get_format, parse_framework
    from argmap.render import format_for_path, render_bytes

    m = argmap.MapBuilder("T").build()
    for attempt in (
        lambda: render_bytes(m, format="gif"),
        lambda: format_for_path("map.jpeg"),
        lambda: parse_framework("", "xml"),
        lambda: get_format("yaml"),
        lambda: argmap.write_map(m, tmp_path / "x.nope"),
    ):
        with pytest.raises(UnknownFormatError) as caught:
            attempt()
        assert isinstance(caught.value, InvalidValueError)  # what some of them raised before


def test_model_errors_name_field_owner_and_key() -> None:
    from argmap.errors import InvalidKeyError, InvalidValueError

    with pytest.raises(InvalidValueError) as caught:
        argmap.Argument("a1", ["p"], "c", weight=1.5)
    assert (caught.value.field, caught.value.owner, caught.value.key) == (
        "weight",
        "Argument",
        "a1",
    )
    with pytest.raises(InvalidKeyError) as bad_key:
        argmap.Claim("two words", "x")
    assert (bad_key.value.field, bad_key.value.owner, bad_key.value.key) == (
        "key",
        "Claim",
        "two words",
    )
    with pytest.raises(InvalidValueError) as blank:
        argmap.Claim("c", "   ")
    assert (blank.value.field, blank.value.owner, blank.value.key) == ("text", "Claim", "c")


def test_map_errors_name_the_key_at_fault() -> None:
    from argmap.errors import DuplicateKeyError, UnknownKeyError, WrongKindError

    b = argmap.MapBuilder("T")
    tea = b.claim("tea", "Tea is good.")
    with pytest.raises(UnknownKeyError) as unknown:
        b.argument("a1", ["nope"], tea)
    assert (unknown.value.field, unknown.value.owner, unknown.value.key) == (
        "premise",
        "Argument",
        "nope",
    )
    with pytest.raises(DuplicateKeyError) as duplicate:
        b.claim("tea", "Again.")
    assert duplicate.value.key == "tea"
    b.party("ann", "Ann")
    with pytest.raises(WrongKindError) as wrong:
        b.argument("a2", ["ann"], tea)
    assert (wrong.value.field, wrong.value.key) == ("premise", "ann")
    m = b.build()
    with pytest.raises(UnknownKeyError) as lookup:
        m["missing"]
    assert lookup.value.key == "missing"


def test_the_json_codec_points_at_the_member_the_error_names() -> None:
    from argmap.errors import InvalidDocumentError
    from argmap.formats.argmap_json import from_data

    document = {
        "format": "argmap",
        "version": 1,
        "title": "T",
        "claims": [{"key": "c", "text": "C."}, {"key": "p", "text": "P."}],
        "arguments": [{"key": "a", "premises": ["p"], "conclusion": "c", "weight": 2}],
    }
    with pytest.raises(InvalidDocumentError) as caught:
        from_data(document)
    assert [p.location for p in caught.value.problems] == ["/arguments/0/weight"]


# --- shared validators, one key pattern ------------------------------------------------------


def test_one_key_pattern() -> None:
    from argmap._validate import KEY_PATTERN
    from argmap.formats.argmap_json import json_schema

    text = str(json_schema())
    assert f"^{KEY_PATTERN}$" in text.replace("\\\\", "\\")
    pattern_literal = KEY_PATTERN.replace("\\", "\\\\")
    for path in PACKAGE.rglob("*.py"):
        if path.name == "_validate.py":
            continue
        source = path.read_text(encoding="utf-8")
        assert "[A-Za-z_][A-Za-z0-9_.\\-]*" not in source, path
        assert pattern_literal not in source, path


def test_fresh_keys_are_linear_and_shared() -> None:
    from argmap._validate import fresh_key
    from argmap.formats._keys import Keys

    keys = Keys()
    made = [keys.fresh("c") for _ in range(2000)]
    assert made[:3] == ["c", "c.2", "c.3"]
    assert len(set(made)) == 2000
    assert keys.probes == 0
    assert fresh_key("c", set(made)) == "c.2001"
    b = argmap.MapBuilder("T")
    tea = b.claim("tea", "Tea.")
    rich = b.claim("rich", "Rich.")
    arg = b.argument("a", [rich], tea)
    first = b.challenge(arg, text="Why?")
    second = b.challenge(arg, text="Why again?")
    assert (first.key, second.key) == (fresh_key(first.key, ()), f"{first.key}.2")


# --- no private name crosses a module boundary ---------------------------------------------


def _is_module(package: str, name: str) -> bool:
    base = PACKAGE.parent.joinpath(*package.split("."))
    return (base / f"{name}.py").exists() or (base / name / "__init__.py").exists()


def _private_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        modules: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.split(".")[0] != "argmap":
                    continue
                for alias in node.names:
                    if _is_module(node.module, alias.name):
                        modules.add(alias.asname or alias.name)
                    elif alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(
                            f"{path}:{node.lineno}: from {node.module} import {alias.name}"
                        )
            elif isinstance(node, ast.Import):
                modules.update(a.asname for a in node.names if a.asname and "argmap" in a.name)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{path}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_a_private_name_from_another() -> None:
    # Private modules (argmap/_io.py) may be imported; private names may not leave theirs.
    assert _private_imports() == []


def test_the_private_import_check_can_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "argmap"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "a.py").write_text("def _helper() -> None: ...\n")
    (fake / "b.py").write_text("from argmap.a import _helper\nfrom argmap import a\na._helper()\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert len(_private_imports()) == 2
