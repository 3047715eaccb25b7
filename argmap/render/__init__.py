"""Rendering: maps to DOT, SVG, PNG and interactive HTML.

(Placeholder package file on the docs branch; the renderer's own package file replaces it.)
"""
