"""Readers for actor data files: one module per file format."""
