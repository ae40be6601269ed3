"""Training from the window: the runner and the views that watch a run.

``worker`` runs training in a separate process and never blocks the GUI thread;
``panel`` starts, pauses and stops it; ``plot`` draws the error and accuracy curves,
``hidden_weights`` the first layer's weights as images, ``confusion`` the confusion
matrix when a run ends. What a run is (its data, settings, history and outcome) is the
Qt-free :class:`fruitnet_gui.model.training.run.TrainingRun`.
"""
