"""Semantics: from a map to frameworks, labels, strengths and explanations.

Import from the submodules (or from :mod:`argmap`); this package file stays empty so
that modules can be added without touching it.
"""
