"""Interchange formats: reading and writing maps and frameworks.

The names most code needs are here; each format's own module (``argmap.formats.aif``,
``argmap.formats.argdown``, ``argmap.formats.argmap_json``, ...) holds the rest. Every
name loads on first use, so importing this package costs nothing until a format is used.

>>> from argmap import formats
>>> formats.get_format("aif").title, "graphml" in formats.writable_formats()
('AIF', True)
>>> [f.name for f in formats.FORMATS][:3]
['python', 'json', 'aif']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap._deprecation import lazy_module_getattr

__all__ = [
    "DIALECTS",
    "FORMATS",
    "CarneadesFile",
    "Format",
    "detect_format",
    "format_framework",
    "get_format",
    "load_carneades_yaml",
    "parse_carneades_yaml",
    "parse_framework",
    "read_framework",
    "read_map",
    "readable_formats",
    "writable_formats",
    "write_framework",
    "write_map",
]

_EXPORTS = {
    "FORMATS": "argmap.formats._registry",
    "detect_format": "argmap.formats._registry",
    "get_format": "argmap.formats._registry",
    "read_map": "argmap.formats._registry",
    "readable_formats": "argmap.formats._registry",
    "writable_formats": "argmap.formats._registry",
    "write_map": "argmap.formats._registry",
    "Format": "argmap.formats._format",
    "DIALECTS": "argmap.formats.iccma",
    "format_framework": "argmap.formats.iccma",
    "parse_framework": "argmap.formats.iccma",
    "read_framework": "argmap.formats.iccma",
    "write_framework": "argmap.formats.iccma",
    "CarneadesFile": "argmap.formats.carneades_yaml",
    "load_carneades_yaml": "argmap.formats.carneades_yaml",
    "parse_carneades_yaml": "argmap.formats.carneades_yaml",
}

__getattr__ = lazy_module_getattr(__name__, _EXPORTS, {}, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from argmap.formats._format import Format
    from argmap.formats._registry import (
        FORMATS,
        detect_format,
        get_format,
        read_map,
        readable_formats,
        writable_formats,
        write_map,
    )
    from argmap.formats.carneades_yaml import (
        CarneadesFile,
        load_carneades_yaml,
        parse_carneades_yaml,
    )
    from argmap.formats.iccma import (
        DIALECTS,
        format_framework,
        parse_framework,
        read_framework,
        write_framework,
    )
