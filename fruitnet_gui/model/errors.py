"""The exception a user can cause, with a message a person understands."""

from __future__ import annotations


class FruitNetError(Exception):
    """Base of every error FruitNet shows to a user instead of a traceback."""


class ModelError(FruitNetError):
    """A network, an input or a setting that cannot be used as given."""


class FileFormatError(FruitNetError):
    """A model or dataset file that cannot be read; the message names the file."""
