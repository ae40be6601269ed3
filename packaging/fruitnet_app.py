"""The frozen program's entry point: what ``dist/FruitNet/FruitNet`` runs.

PyInstaller freezes this script (see packaging/fruitnet.spec), not the console-script
wrapper pip makes. The training panel trains in a process of its own, started with
multiprocessing's "spawn" method: the child is this same executable, started again with
multiprocessing's arguments. ``freeze_support()`` must therefore come before anything
else, so that the child becomes the training process instead of opening a second window
(PyInstaller's runtime hook makes it do so on Linux and macOS too, not only Windows).
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from fruitnet_gui.cli import gui_main

    raise SystemExit(gui_main())
