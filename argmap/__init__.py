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
    InvalidDocumentError,
    InvalidKeyError,
    InvalidValueError,
    LimitExceededError,
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
    Problem,
    QuoteNotFoundError,
    RendererNotFound,
    RenderError,
    UnknownFormatError,
    UnknownKeyError,
    ValidationError,
    WriteError,
    WrongKindError,
)
from argmap.formats._registry import write_map
from argmap.formats.carneades_yaml import (
    CarneadesFile,
    load_carneades_yaml,
    parse_carneades_yaml,
)
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
from argmap.render import (
    FORMATS,
    NodeAnnotation,
    Renderer,
    RenderOptions,
    Status,
    find_renderer,
    render_bytes,
    to_dot,
)
from argmap.semantics.carneades import (
    Audience,
    BeyondReasonableDoubt,
    CarneadesArgument,
    CarneadesGraph,
    CarneadesResult,
    ClearAndConvincing,
    DialecticalValidity,
    Preponderance,
    ProofStandard,
    Scintilla,
    evaluate_carneades,
)

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "Audience",
    "BeyondReasonableDoubt",
    "CarneadesArgument",
    "CarneadesFile",
    "CarneadesGraph",
    "CarneadesResult",
    "Claim",
    "ClearAndConvincing",
    "DialecticalValidity",
    "DuplicateKeyError",
    "Evidence",
    "Finding",
    "FormatError",
    "InvalidDocumentError",
    "InvalidKeyError",
    "InvalidValueError",
    "LimitExceededError",
    "MapBuilder",
    "MapDefinitionError",
    "MapFileNotFoundError",
    "MapLoadError",
    "MapSyntaxError",
    "NoMapDefinedError",
    "NodeAnnotation",
    "Objection",
    "ObjectionKind",
    "Party",
    "Preponderance",
    "Problem",
    "ProofStandard",
    "Quote",
    "QuoteNotFoundError",
    "RenderError",
    "RenderOptions",
    "Renderer",
    "RendererNotFound",
    "Scintilla",
    "Severity",
    "Source",
    "Status",
    "UnknownFormatError",
    "UnknownKeyError",
    "ValidationError",
    "WriteError",
    "WrongKindError",
    "__version__",
    "check_map",
    "evaluate_carneades",
    "find_renderer",
    "load_carneades_yaml",
    "load_map",
    "parse_carneades_yaml",
    "render_bytes",
    "to_dot",
    "write_map",
]
