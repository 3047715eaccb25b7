"""argmap: map arguments, evaluate claims, render support/attack diagrams.

>>> import argmap
>>> b = argmap.MapBuilder("Example")
>>> c = b.claim("c", "A claim.")
>>> len(b.build())
1
"""

from argmap.errors import (
    ArgmapError,
    DuplicateKeyError,
    FormatError,
    FrameworkFileNotFoundError,
    InvalidKeyError,
    InvalidValueError,
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
    QuoteNotFoundError,
    RendererNotFound,
    RenderError,
    UnknownKeyError,
    ValidationError,
    WrongKindError,
)
from argmap.formats.iccma import read_framework, write_framework
from argmap.lint import Finding, Severity, check_map
from argmap.loader import load_map
from argmap.map import ArgumentMap, MapBuilder
from argmap.model import (
    Argument,
    Claim,
    Evidence,
    Objection,
    ObjectionKind,
    Party,
    Quote,
    Source,
)
from argmap.semantics.dung import Labelling, Semantics
from argmap.semantics.framework import ArgumentationFramework, Label
from argmap.semantics.translate import framework_from_map

__version__ = "0.1.0"

__all__ = [
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "ArgumentationFramework",
    "Claim",
    "DuplicateKeyError",
    "Evidence",
    "Finding",
    "FormatError",
    "FrameworkFileNotFoundError",
    "InvalidKeyError",
    "InvalidValueError",
    "Label",
    "Labelling",
    "MapBuilder",
    "MapDefinitionError",
    "MapFileNotFoundError",
    "MapLoadError",
    "MapSyntaxError",
    "NoMapDefinedError",
    "Objection",
    "ObjectionKind",
    "Party",
    "Quote",
    "QuoteNotFoundError",
    "RenderError",
    "RendererNotFound",
    "Semantics",
    "Severity",
    "Source",
    "UnknownKeyError",
    "ValidationError",
    "WrongKindError",
    "__version__",
    "check_map",
    "framework_from_map",
    "load_map",
    "read_framework",
    "write_framework",
]
