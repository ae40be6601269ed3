"""The runs of a session: the list, replaying one, undoing one, resetting to its start.

:class:`RunLog` keeps the runs in the order they started (at most :data:`MAX_RUNS`; the
newest :data:`KEEP_WEIGHTS` keep their weight snapshots, older ones their curves and
settings only, so a session of many fruit-net runs stays within ~70 MB).

:class:`RunHistoryMixin` is the state's side of it (a part of
:class:`~fruitnet_gui.model.state.AppState`, kept here so that module stays small):
replaying a run's epoch as an overlay that leaves the live network alone, resetting to
a run's initial weights, and Edit → Undo / Redo of every change of the weights (a
weight typed, a run, a reset: :mod:`.undo` keeps them, in order). It uses only the state's
public methods and events, so the rules (a run owns the network, a lesson's locks) are
the state's.
"""

from __future__ import annotations

from dataclasses import dataclass

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import translate
from fruitnet_gui.model.training.history import same_design
from fruitnet_gui.model.training.loop import TrainingConfig
from fruitnet_gui.model.training.run import TrainingRun
from fruitnet_gui.model.training.undo import Change, WeightUndo

__all__ = ["KEEP_WEIGHTS", "MAX_RUNS", "Replay", "RunHistoryMixin", "RunLog"]

#: The run list keeps this many runs (the oldest goes).
MAX_RUNS = 20
#: The newest this many runs keep their weight snapshots (the fruit net's take ≤ 11 MB).
KEEP_WEIGHTS = 6


@dataclass(frozen=True)
class Replay:
    """The run being replayed and which of its snapshots is shown."""

    run: TrainingRun
    index: int

    @property
    def network(self) -> Network:
        return self.run.weights.network(self.index)

    @property
    def epoch(self) -> int:
        return int(self.run.weights.epochs[self.index])


class RunLog:
    """The runs in the order they started."""

    def __init__(self) -> None:
        self.runs: list[TrainingRun] = []

    def __len__(self) -> int:
        return len(self.runs)

    def __iter__(self):
        return iter(self.runs)

    def add(self, run: TrainingRun) -> None:
        self.runs.append(run)
        del self.runs[:-MAX_RUNS]
        for old in self.runs[:-KEEP_WEIGHTS]:
            if not old.weights.released:
                old.weights.release()

    def find(self, number: int) -> TrainingRun | None:
        return next((r for r in self.runs if r.number == number), None)


class RunHistoryMixin:
    """The state's run history (see the module): needs ``runs`` (a :class:`RunLog`),
    ``changes`` (a :class:`.undo.WeightUndo`), ``replay``, ``made_by``, and the state's
    ``run``, ``network``, ``unsaved``, ``events``, ``refused``, ``lesson_refused``,
    ``adopt_network``, ``set_network`` and ``_fail``."""

    runs: RunLog
    changes: WeightUndo
    replay: Replay | None
    _network: Network
    _runs: int
    made_by: TrainingRun | None
    run: TrainingRun | None
    unsaved: dict[str, str]

    # -- a run begins and ends (the state's, kept here so state.py stays small) ----------
    def begin_run(self, config: TrainingConfig) -> TrainingRun | None:
        """A new run record on the current network and data (None if one is live)."""
        if self.run is not None and self.run.live and not self.run.superseded:
            self._fail(translate("State", "training is already running; stop it first"))
            return None
        source, xs, ts, tx, tt = self.training_data()
        self._runs += 1
        run = TrainingRun(config, self._network.copy(), xs, ts, tx, tt, source=source,
                          number=self._runs)  # fmt: skip
        self.end_replay()
        self.run = run
        self.runs.add(run)
        self.events.run(run=run, what="started")
        self.events.runs()
        return run

    def end_run(self, run: TrainingRun, *, adopt: bool = True) -> None:
        """A run ended (its record says how): its weights become the network's unless it
        failed, trained nothing (stopped before its first snapshot: the network is the
        same), another network was chosen meanwhile, or ``adopt`` is False (the window
        is closing: rebuilding the iteration would only delay it)."""
        trained = run.latest is not None and run.latest.epoch + run.latest.samples_done > 0
        ours = run is self.run and not run.superseded and run.status != "failed"
        if adopt and trained and ours:
            before, made_by = self._network, self.made_by
            run.adopted = self.adopt_network(run.last_progress().network)
            if run.adopted:
                self.made_by = run
                self.changes.record(Change("run", before.copy(), self._network.copy(),
                                           number=run.number, made_by_before=made_by,
                                           made_by_after=run))  # fmt: skip
                self.events.runs()
        self.events.run(run=run, what="ended")
        self.events.runs()

    # -- replaying ----------------------------------------------------------------------
    @property
    def replayed_network(self) -> Network | None:
        """The network of the epoch being replayed, or None (the live one is shown)."""
        return None if self.replay is None else self.replay.network

    def replay_to(self, run: TrainingRun, index: int) -> bool:
        """Show snapshot ``index`` of ``run`` (the weights after that epoch) instead of
        the live network, which stays as it is; False (and why) if it cannot be shown."""
        if run.live:
            return self._fail(translate("State", "a run can be replayed when it has ended"))
        if self.run is not None and self.run.locks_edits:
            return self._fail(translate("State", "runs can be replayed when training has ended"))
        if run.weights.released:
            return self._fail(
                translate("State", "run {number} is old: only its curves were kept").format(
                    number=run.number
                )
            )
        if not same_design(run.initial, self.network):
            return self._fail(
                translate(
                    "State",
                    "run {number} trained another network: reset to its initial weights "
                    "to work with that network",
                ).format(number=run.number)
            )
        if not 0 <= index < len(run.weights):
            return self._fail(
                translate("State", "run {number} has no snapshot {index}").format(
                    number=run.number, index=index
                )
            )
        replay = Replay(run, index)
        if replay != self.replay:
            self.replay = replay
            self.events.replay(replay=replay)
        return True

    def end_replay(self) -> None:
        """Show the live network again."""
        if self.replay is not None:
            self.replay = None
            self.events.replay(replay=None)

    # -- undo, redo and reset -----------------------------------------------------------
    def undo(self) -> bool:
        """Undo the last change of the weights (a weight typed, a run, a reset): the
        network as it was before it, bit for bit, and its iteration built again."""
        change = self.changes.undoable()
        if change is None:
            return self._fail(translate("State", "there is nothing to undo"))
        if self.refused("the weights"):
            return False
        if not self._restore(change.before, change.unsaved_after_undo()):
            return False
        self.changes.undone()
        self.made_by = change.made_by_before
        self.events.runs()
        return True

    def redo(self) -> bool:
        """Do the last undone change again."""
        change = self.changes.redoable()
        if change is None:
            return self._fail(translate("State", "there is nothing to redo"))
        if self.refused("the weights"):
            return False
        if not self._restore(change.after, change.unsaved_after_redo()):
            return False
        self.changes.redone()
        self.made_by = change.made_by_after
        self.events.runs()
        return True

    def record_edit(self, name: str, before: Network) -> None:
        """Weight ``name`` was typed: ``before`` is the network shown before (undoable)."""
        self.changes.record(Change("edit", before, self._network.copy(), name=name,
                                   made_by_before=self.made_by))  # fmt: skip
        self.made_by = None  # a typed weight: no run trained these weights
        self.events.runs()

    def reset_to_initial(self, run: TrainingRun) -> bool:
        """The network ``run`` started from, bit for bit (with its own design if it was
        another network: that network comes back)."""
        if self.refused("the weights"):
            return False
        if same_design(run.initial, self.network):
            before, made_by = self._network.copy(), self.made_by
            self._restore(
                run.initial,
                translate("Unsaved", "the weights run {number} started from").format(
                    number=run.number
                ),
            )
            self.changes.record(Change("reset", before, run.initial.copy(), number=run.number,
                                       made_by_before=made_by))  # fmt: skip
        elif self.lesson_refused("the network"):
            return False
        else:
            self.set_network(run.initial.copy(), "")
        self.made_by = None
        self.events.runs()
        return True

    def _restore(self, network: Network, what: str) -> bool:
        self.end_replay()
        if not self.adopt_network(network.copy()):
            return False
        self.unsaved["weights"] = what  # what a Save / Discard / Cancel question names
        return True

    # -- saving -------------------------------------------------------------------------
    def training_record(self) -> dict | None:
        """The settings and summary of the run whose weights the network has, or None
        (a model file saves it beside the weights)."""
        run = self.made_by
        if run is None:
            return None
        return {"settings": run.settings(), "summary": run.summary()}
