"""The network canvas, in pieces: what is placed where, apart from how it is painted.

Qt-free (NumPy and the standard library), tested on plain rectangles in
``tests/canvas/``:

* ``layout``: the nodes and edges drawn (bias nodes are enumerated in one place,
  :func:`layout.bias_layers`), columns, node places and radii, node text sizes, the
  room the legend and class names take, hit-testing;
* ``labels``: the weight labels' texts and the solver that places them;
* ``state``: what is shown now (values, weights, highlight), read from the session;
* ``tooltips``: the hover texts.

Qt: ``widget`` (:class:`widget.NetworkCanvas`: frames, mouse, the weight editor),
``geometry`` (the layout plus what painting keeps between frames), ``weight_labels``
(the labels drawn, their places cached), ``edges``, ``painting``, ``chrome`` (titles,
class names, legend) and ``style`` (colours, fonts). This file imports nothing, so
importing the Qt-free modules loads no Qt.
"""
