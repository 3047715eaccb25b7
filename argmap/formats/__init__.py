"""Interchange formats: reading and writing maps and frameworks.

Import from the submodules (or from :mod:`argmap`); this package file stays empty so
that modules can be added without touching it.
"""
