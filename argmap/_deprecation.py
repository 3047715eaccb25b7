"""Old names that keep working for one release, with a DeprecationWarning naming the new one.

Two kinds of rename are covered: a keyword parameter (``write_map(m, p, to="aif")`` became
``format=``), and a module attribute (``argmap.FORMATS``, now ``argmap.render.IMAGE_FORMATS``).
Both are listed in CHANGELOG.md and go away in the release after next.

>>> import warnings
>>> @renamed_parameters(fmt="format")
... def parse(text: str, format: str = "apx") -> str:
...     return format
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     parse("x", fmt="tgf")
'tgf'
>>> str(caught[0].message)
'parse(fmt=...) is deprecated since argmap 0.2: use format=... (the old name goes in the next release)'
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import warnings
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

__all__ = ["SINCE", "lazy_module_getattr", "renamed_parameters", "warn"]

SINCE = "0.2"
"""The release that renamed what this module keeps working."""

_P = ParamSpec("_P")
_R = TypeVar("_R")


def warn(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` is deprecated in favour of ``new``."""
    msg = (
        f"{old} is deprecated since argmap {SINCE}: use {new} (the old name goes in the next "
        "release)"
    )
    warnings.warn(msg, DeprecationWarning, stacklevel=stacklevel)


def renamed_parameters(**renames: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Accept each old keyword in ``renames`` (old -> new) with a DeprecationWarning.

    Passing both the old and the new name is refused with a ``TypeError``, as Python
    refuses a keyword given twice.
    """

    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(function)
        def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            for old, new in renames.items():
                if old in kwargs:
                    if new in kwargs:
                        msg = f"{function.__name__}() got both {old}= and {new}=; pass {new}= only"
                        raise TypeError(msg)
                    warn(f"{function.__name__}({old}=...)", f"{new}=...")
                    kwargs[new] = kwargs.pop(old)
            return function(*args, **kwargs)

        return wrapper

    return decorate


def lazy_module_getattr(
    module: str,
    exports: Mapping[str, str],
    deprecated: Mapping[str, tuple[str, str]],
    namespace: dict[str, Any],
) -> Callable[[str], Any]:
    """A PEP 562 ``__getattr__`` for the package ``module``.

    ``exports`` maps each public name to the module it lives in (imported on first use);
    ``deprecated`` maps each old name to ``(module, name)`` where it lives now: reading
    it warns, naming the new home, and returns the object. Any other public name that is
    a sub-module is imported. ``namespace`` is the package's
    ``globals()``: public names are stored there so later look-ups skip this function
    (deprecated ones are not, so each use warns).
    """

    def __getattr__(name: str) -> Any:
        home = exports.get(name)
        if home is not None:
            found = importlib.import_module(home)
            # A sub-package exported under its own name (argmap.render) is the module itself.
            value = found if home == f"{module}.{name}" else getattr(found, name)
            namespace[name] = value
            return value
        moved = deprecated.get(name)
        if moved is not None:
            new_module, new_name = moved
            warn(f"{module}.{name}", f"{new_module}.{new_name}")
            return getattr(importlib.import_module(new_module), new_name)
        package = "__path__" in namespace
        if package and not name.startswith("_") and importlib.util.find_spec(f"{module}.{name}"):
            # A sub-module reached as an attribute (``argmap.errors.X`` after ``import
            # argmap``): import it, as ``import argmap.errors`` would.
            return importlib.import_module(f"{module}.{name}")
        msg = f"module {module!r} has no attribute {name!r}"
        raise AttributeError(msg)

    return __getattr__
