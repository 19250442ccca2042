"""Exports: encoders, metadata checks, per-platform files and kits."""
