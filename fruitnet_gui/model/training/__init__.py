"""Training: the loop as a generator of snapshots (loop.py), the fast arithmetic
(kernel.py, _compiled.py) and a run's record (run.py)."""

from fruitnet_gui.model.training.loop import (
    COLUMNS,
    EpochResult,
    History,
    OnlineKernel,
    Progress,
    TrainingConfig,
    confusion_matrix,
    evaluate,
    train,
)

__all__ = [
    "COLUMNS",
    "EpochResult",
    "History",
    "OnlineKernel",
    "Progress",
    "TrainingConfig",
    "confusion_matrix",
    "evaluate",
    "train",
]
