"""The curated public API in argmap/__init__.py."""

from __future__ import annotations

import importlib
import pkgutil
import types

import argmap


def test_every_exported_name_exists() -> None:
    missing = [name for name in argmap.__all__ if not hasattr(argmap, name)]
    assert missing == []


def test_no_export_shadows_a_subpackage() -> None:
    # `from argmap.render import render` at top level would make `argmap.render` a function
    # and break `import argmap.render as r`.
    for info in pkgutil.iter_modules(argmap.__path__):
        if info.name.startswith("_"):
            continue
        assert info.name not in argmap.__all__, info.name
        module = importlib.import_module(f"argmap.{info.name}")
        assert isinstance(getattr(argmap, info.name, module), types.ModuleType), info.name


def test_errors_share_one_base() -> None:
    for name in argmap.__all__:
        value = getattr(argmap, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, argmap.ArgmapError), name
