"""The network canvas, in pieces: what is placed where, apart from how it is painted.

``layout`` (node places, radii, hit-testing) and ``labels`` (the weight labels' texts
and the solver that places them) use NumPy and the standard library only, so they can
be tested without Qt; ``widget`` (the :class:`NetworkCanvas` itself: painting, mouse,
tooltips), ``painting``, ``chrome`` (titles, class names, legend) and ``style``
(colours, fonts) are the Qt side. This file imports nothing, so importing the Qt-free
modules loads no Qt.
"""
