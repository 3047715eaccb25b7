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
    InvalidDocumentError,
    InvalidKeyError,
    InvalidValueError,
    LimitExceededError,
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
    OutputExistsError,
    PreviewServerError,
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
from argmap.render.html import render_html, write_html
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
from argmap.semantics.dung import Labelling, Semantics
from argmap.semantics.framework import ArgumentationFramework, Label
from argmap.semantics.translate import framework_from_map

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "ArgumentationFramework",
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
    "FrameworkFileNotFoundError",
    "InvalidDocumentError",
    "InvalidKeyError",
    "InvalidValueError",
    "Label",
    "Labelling",
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
    "OutputExistsError",
    "Party",
    "Preponderance",
    "PreviewServerError",
    "Problem",
    "ProofStandard",
    "Quote",
    "QuoteNotFoundError",
    "RenderError",
    "RenderOptions",
    "Renderer",
    "RendererNotFound",
    "Scintilla",
    "Semantics",
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
    "framework_from_map",
    "load_carneades_yaml",
    "load_map",
    "parse_carneades_yaml",
    "read_framework",
    "render_bytes",
    "render_html",
    "to_dot",
    "write_framework",
    "write_html",
    "write_map",
]
