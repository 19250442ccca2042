"""Every error a user can meet names the file and the problem."""

from __future__ import annotations


class AvatarStudioError(Exception):
    """Base class: ``str(err)`` is a message fit to show a user."""

    def __init__(self, problem: str, *, file: str | None = None) -> None:
        self.problem = problem
        self.file = file
        super().__init__(f"{file}: {problem}" if file else problem)


class PackError(AvatarStudioError):
    """A pack (folder, zip, manifest or part) is broken or refused."""


class SvgRejected(PackError):
    """An SVG part was refused by the sanitizer."""


class DesignError(AvatarStudioError):
    """A design file is damaged, hostile, or from a newer version."""


class PresetError(AvatarStudioError):
    """A preset file is broken or asks for something impossible."""


class ExportError(AvatarStudioError):
    """An export could not be produced within its platform's rules."""


class MetadataError(ExportError):
    """An encoded file carries a chunk or segment outside the allowlist."""
