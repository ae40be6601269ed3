"""The Step menu's words for the stepper's actions, each with its access key."""

from __future__ import annotations

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP

__all__ = ["MENU_TEXTS"]

#: The Step menu's words for each action, with its access key (Alt+letter once the menu
#: is open); the buttons show the words without it (QAction.iconText), and the tooltips
#: the plain source. Each translation picks letters unique within the Step menu
#: (tests/ui/test_access_keys.py).
MENU_TEXTS = {
    "Reset": QT_TRANSLATE_NOOP("Stepper", "&Reset"),
    "Back": QT_TRANSLATE_NOOP("Stepper", "&Back"),
    "Step": QT_TRANSLATE_NOOP("Stepper", "S&tep"),  # not "&Step", the menu's own title
    "Run to end of phase": QT_TRANSLATE_NOOP("Stepper", "Run to &end of phase"),
    "Finish iteration": QT_TRANSLATE_NOOP("Stepper", "&Finish iteration"),
    "Play": QT_TRANSLATE_NOOP("Stepper", "&Play"),
    "Next iteration": QT_TRANSLATE_NOOP("Stepper", "&Next iteration"),
}
