"""Change events without Qt: a small emitter, callbacks connected by name.

Modelled on napari's ``EventedModel`` and its ``components/dims.py``: a model owns an
:class:`EmitterGroup` (``state.events``) with one :class:`EventEmitter` per kind of
change (``state.events.network``, ``state.events.cursor``), and anything that wants to
know connects a callback to it. The window's Qt adapter turns them into signals; a test,
the command line or a future lesson player connects plain functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EmitterGroup", "Event", "EventEmitter"]


@dataclass(frozen=True)
class Event:
    """What changed (``type``, the emitter's name), in which object, and the details."""

    type: str
    source: object
    values: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


Callback = Callable[[Event], object]


class EventEmitter:
    """Calls every connected callback with an :class:`Event`, in the order connected.

    A callback that raises is not hidden: the exception reaches whoever changed the
    model (a half-notified model is a bug to see, not to log).
    """

    def __init__(self, source: object, name: str) -> None:
        self.source = source
        self.name = name
        self._callbacks: list[Callback] = []

    def connect(self, callback: Callback) -> Callback:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callback | None = None) -> None:
        """Disconnect ``callback``, or every callback."""
        if callback is None:
            self._callbacks.clear()
        elif callback in self._callbacks:
            self._callbacks.remove(callback)

    @property
    def callbacks(self) -> tuple[Callback, ...]:
        return tuple(self._callbacks)

    def __call__(self, **values: Any) -> Event:
        event = Event(self.name, self.source, values)
        for callback in tuple(self._callbacks):
            callback(event)
        return event


class EmitterGroup:
    """One :class:`EventEmitter` per name, as attributes: ``group.network.connect(f)``."""

    def __init__(self, source: object, names: tuple[str, ...]) -> None:
        self.names = names
        for name in names:
            setattr(self, name, EventEmitter(source, name))

    def __getitem__(self, name: str) -> EventEmitter:
        if name not in self.names:
            raise KeyError(name)
        return getattr(self, name)

    def __getattr__(self, name: str) -> EventEmitter:  # for type checkers: set in __init__
        raise AttributeError(f"no event called {name!r}")
