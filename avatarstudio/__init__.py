"""avatarstudio: an offline studio for illustrated anime-style personas."""

__version__ = "0.1.0"
