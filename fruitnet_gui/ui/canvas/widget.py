"""The network drawn as the paper draws it: layers in columns, bias nodes, weights.

Nodes are filled by their revealed value (0 = white, 1 = black, like the ink of the
input pixels; not yet computed = hatched), edges are coloured by sign with a
colour-blind-safe pair and sized by magnitude, and the current sub-step's nodes and
edges are highlighted while everything else is dimmed. The small net (at most
:data:`SMALL_NET_MAX_NODES` nodes per layer) also prints every name and value, as the
paper's figures do, and (up to :data:`LABEL_ALL_MAX_EDGES` edges) every weight, at
every sub-step, with its new value once the update is revealed. Clicking a weight edits
it in place.

Where things go is decided without Qt (:mod:`.layout`, :mod:`.labels`); this widget
paints and handles the mouse. The fruit net's 1406 edges go into a cached background
layer (:mod:`.edges`; a training snapshot's in slices, :mod:`.progressive`) with the
titles and legend; when an edge changes colour or width class, the frame draws every
edge onto itself and the layer is drawn when idle. Other frames blit it and draw the
few highlighted edges and the nodes (sprites) on top, paced by a ~30 fps timer that
runs only while something changed (``benchmarks/canvas_redraw.py``).

Zoom (:meth:`NetworkCanvas.set_zoom`) lays out for the size divided by the zoom and
paints through a scaled painter: the solver sees "canvas units" at every zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import number, translate
from fruitnet_gui.ui.canvas import edges
from fruitnet_gui.ui.canvas.chrome import chrome_image
from fruitnet_gui.ui.canvas.export import paint_static_vector
from fruitnet_gui.ui.canvas.geometry import FEW_EDGES, Geometry
from fruitnet_gui.ui.canvas.keyboard import CanvasKeyboard
from fruitnet_gui.ui.canvas.labels import LABEL_ALL_MAX_EDGES
from fruitnet_gui.ui.canvas.layout import (
    SMALL_NET_MAX_NODES,
    Structure,
    build_structure,
    hit_test,
    output_texts,
)
from fruitnet_gui.ui.canvas.painting import QtMeasure, Sprites, paint_label, paint_nodes
from fruitnet_gui.ui.canvas.progressive import ProgressiveLayer
from fruitnet_gui.ui.canvas.queries import CanvasQueries
from fruitnet_gui.ui.canvas.state import Shown, shown_state
from fruitnet_gui.ui.canvas.style import BACKGROUND, FOCUS, HIGHLIGHT, follow_theme, parse_number
from fruitnet_gui.ui.canvas.tooltips import item_tooltip
from fruitnet_gui.ui.inline_editor import InlineEditor
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import theme_manager

__all__ = ["LABEL_ALL_MAX_EDGES", "SMALL_NET_MAX_NODES", "NetworkCanvas", "parse_number"]

FRAME_MS = 33
PRERENDER_MS = 40  # after the frame that needed a new edge layer
_MEASURE = QtMeasure()


class NetworkCanvas(CanvasQueries, CanvasKeyboard, QWidget):
    """Draws ``session.shown_network`` and the current sub-step; click a weight to edit it.

    Signals
    -------
    input_node_hovered(int)
        Index of the input node under the mouse, -1 when the mouse leaves it.
    """

    input_node_hovered = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Tab reaches it: Up/Down choose a weight, Enter edits it (canvas/keyboard.py)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("NetworkCanvas", "Network canvas"))
        self.setMinimumSize(320, 240)
        self._timer = QTimer(self)
        self._timer.setObjectName("network_canvas_frame_timer")
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_frame_timer)
        # After a new edge layer is drawn, its other dimming is drawn when the window is
        # idle, so the first Step (which dims everything else) finds it ready.
        self._prerender = QTimer(self)
        self._prerender.setObjectName("network_canvas_prerender_timer")
        self._prerender.setSingleShot(True)
        self._prerender.setInterval(PRERENDER_MS)
        self._prerender.timeout.connect(self._on_prerender)
        self._dirty = False
        self._structure_dirty = True
        self._state_dirty = True
        self._geometry: Geometry | None = None
        # background layers by what they show; the last two are kept (dimmed and not)
        self._static: dict[tuple, QImage] = {}
        self._chrome: QImage | None = None
        self._chrome_key: tuple = ()
        self._slices = ProgressiveLayer(lambda k, im: self._keep(k, im, show=True), self)
        self._drawn_directly: tuple = ()  # the edges the last frame drew onto itself
        self._sprites = Sprites()
        self._hovered_input = -1
        self._highlighted_input = -1
        self._hover_item: tuple[str, str] | None = None
        self._editing: str | None = None
        self._shown: Shown | None = None  # what is shown; None until first needed
        self._live: Network | None = None  # a training snapshot shown instead of the session's
        self._zoom = 1.0  # canvas units -> widget pixels
        self.weight_editor = InlineEditor(
            self, object_name="weight_editor", message_color="#B34700", min_width=140, caption=True
        )
        self.weight_editor.committed.connect(self._on_editor_committed)
        self.weight_editor.cancelled.connect(self.cancel_edit)
        session.network_changed.connect(self._on_network_changed)
        session.iteration_changed.connect(self._on_iteration_changed)
        session.cursor_moved.connect(self._on_cursor_moved)
        session.input_changed.connect(self._on_input_changed)
        session.error_occurred.connect(self._on_error_occurred)
        follow_theme()
        theme_manager().changed.connect(self._on_theme_changed)
        self.describe()

    # -- public ---------------------------------------------------------------------------
    def set_live_network(self, network: Network | None) -> None:
        """Show ``network`` (a training snapshot) with the editor's input flowing through it,
        instead of the session's iteration; ``None`` goes back to the session."""
        if network is not None and network.layers != self.session.network.layers:
            network = None  # a snapshot of a network the session no longer shows
        self._live = network
        if network is None:
            self._slices.cancel()
        self._state_dirty = True
        self._schedule()

    @property
    def live_network(self) -> Network | None:
        return self._live

    def item_at(self, pos: QPointF | QPoint) -> tuple[str, str] | None:
        """``("node", name)``, ``("edge", name)`` or None under a widget position."""
        g = self._ensure_geometry()
        if g is None:
            return None
        boxes = {n: lb.box for n, lb in g.labels.items()}
        p = self._units(pos)
        return hit_test(g.layout, self._structure, p.x(), p.y(), labels=boxes, widths=g.widths)

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        """The hover text of whatever lies under ``pos`` ("" for empty space)."""
        item = self.item_at(pos)
        if item is None:
            return ""
        return self._item_tooltip(item)

    def _item_tooltip(self, item: tuple[str, str]) -> str:
        self._ensure_state()
        net = self.session.network
        return item_tooltip(item, self._structure, self._shown, net, self.session.target)

    def _edge_tooltip(self, name: str) -> str:
        """The hover text of weight ``name`` (the keyboard's description reads it too)."""
        return self._item_tooltip(("edge", name))

    def edit_weight(self, name: str, at: QPointF | None = None) -> None:
        """Open the inline editor for weight ``name`` near ``at`` (its edge by default)."""
        self._ensure_state()
        k = self._structure.edge_index[name]
        ed = self.weight_editor
        self._editing = name
        ed.caption.setText(f"{name} =")
        ed.line_edit.setAccessibleName(
            translate("NetworkCanvas", "New value of {name}").format(name=name)
        )
        ed.line_edit.setText(number(f"{float(self._shown.weights[k]):.10g}"))  # 0,1 in French
        ed.show_message("")
        ed.adjustSize()
        p = at if at is not None else self.edge_point(name)
        x = min(max(int(p.x()) - ed.width() // 2, 2), max(self.width() - ed.width() - 2, 2))
        y = min(max(int(p.y()) + 14, 2), max(self.height() - ed.height() - 2, 2))
        ed.move(x, y)
        ed.show()
        ed.raise_()
        ed.line_edit.selectAll()
        ed.line_edit.setFocus()

    @property
    def editing(self) -> str | None:
        """The weight being edited, or None."""
        return self._editing

    def cancel_edit(self) -> None:
        """Close the weight editor without changing anything."""
        if self._editing is None and not self.weight_editor.isVisible():
            return
        had_focus = self.weight_editor.line_edit.hasFocus()
        self._editing = None
        self.weight_editor.hide()
        self.weight_editor.show_message("")
        if had_focus:
            self.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(960, 600)

    # -- session signals -----------------------------------------------------------------
    def _on_network_changed(self) -> None:
        self._shown = None
        self._live = None
        self.cancel_edit()
        self._key_edge = None
        self._structure_dirty = True
        self._state_dirty = True
        self._schedule()
        self.describe()

    def _on_theme_changed(self, _theme: object) -> None:
        self._sprites = Sprites()  # their hatch and outline came from the old theme
        self._chrome = None
        self._static.clear()
        self._schedule()

    def retranslate(self) -> None:  # a new language or separator: everything drawn again
        self._on_network_changed()

    def _on_iteration_changed(self) -> None:
        # Let go of the old iteration now: freeing its ~50,000 objects (fruit net) belongs
        # to the restart, not to the next frame.
        self._shown = None
        self._state_dirty = True
        self._schedule()

    def _on_cursor_moved(self, _position: int) -> None:
        self._state_dirty = True
        self._schedule()

    def _on_input_changed(self) -> None:
        self._state_dirty = True
        self._schedule()

    def _on_error_occurred(self, message: str) -> None:
        if self._editing is not None:
            self.weight_editor.show_message(message)

    def _on_editor_committed(self, text: str) -> None:
        name = self._editing
        if name is None:
            return
        try:
            value = parse_number(text)
        except ValueError as exc:
            self.weight_editor.show_message(str(exc))
            return
        if self.session.set_weight(name, value):
            self.cancel_edit()
        # otherwise error_occurred has put the reason under the box, which stays open

    # -- frame pacing --------------------------------------------------------------------
    def _schedule(self) -> None:
        self._dirty = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _on_frame_timer(self) -> None:
        if self._dirty:
            self._dirty = False
            self.update()
        else:
            self._timer.stop()

    def _on_prerender(self) -> None:
        # A restart since the timer started leaves no state shown yet: make it first (a
        # new network also drops the geometry, which is then not worth drawing ahead).
        self._ensure_state()
        g = self._geometry
        if g is None or self._few_edges or self._live is not None or not self.isVisible():
            return
        for dimming in (False, True):
            self._static_layer(g, dimming)  # draws the one that is missing, if any
        self._prerender.stop()  # (drawing the first restarted it for the second)

    def hideEvent(self, event) -> None:
        self._timer.stop()  # never leave a timer running for a hidden or closed canvas
        self._prerender.stop()
        self._slices.cancel()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._dirty = False
        self.update()

    # -- derived state -------------------------------------------------------------------
    def _ensure_structure(self) -> None:
        if not self._structure_dirty:
            return
        network = self.session.network
        # Which bias nodes exist is decided in one place, layout.bias_layers.
        self._structure: Structure = build_structure(
            network.layers,
            getattr(network, "conventions", None),
            getattr(network, "activations", None),
        )
        self._layers = network.layers
        self._few_edges = len(self._structure.edge_names) <= FEW_EDGES
        self._structure_dirty = False
        self._geometry = None
        self._chrome = None
        self._state_dirty = True
        self._hover_item = None
        self._hovered_input = -1

    def _ensure_state(self) -> None:
        """Values, shown weights and highlight from the session (cheap; done lazily)."""
        self._ensure_structure()
        if self._state_dirty:
            self._shown = shown_state(self.session, self._structure, self._live)
            self._state_dirty = False

    def _ensure_geometry(self) -> Geometry | None:
        self._ensure_state()
        w, h = round(self.width() / self._zoom), round(self.height() / self._zoom)
        if w < 120 or h < 100:
            self._geometry = None
            return None
        if self._geometry is None:
            classes, targets = output_texts(self.session.network, self.session.target)
            self._geometry = Geometry.build(self._structure, w, h, classes, targets)
        key = self._shown.weights.tobytes()
        if self._structure.small:  # labels show new values once revealed
            key += f"{self._shown.position} {self.session.pencil} {self._live is None}".encode()
        key += str(self.devicePixelRatioF()).encode()
        # the labels' floor follows the screen's scale, not the zoom: zoomed text is larger
        self._geometry.update(self._structure, self._shown, key, self.devicePixelRatioF())
        return self._geometry

    # -- painting ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        self._chrome = None
        self.cancel_edit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        g = self._ensure_geometry()
        if g is None:
            painter.fillRect(self.rect(), BACKGROUND)
            painter.end()
            return
        dimming = self._shown.dimming
        layer = self._cached_layer(g, dimming)
        # the layer has the widget's pixels: blitted 1:1, before the painter is scaled
        painter.drawImage(QRectF(self.rect()), self._chrome_layer(g) if layer is None else layer)
        painter.save()
        painter.scale(self._zoom, self._zoom)  # the rest is drawn in canvas units
        if layer is None:  # every edge anew, onto the frame: a copy and a blit less
            edges.paint_buckets_with(painter, g.buckets, dimming)
            self._drawn_directly = (g.bucket_key, dimming)
            self._prerender.start()  # their layer: when idle, or by the next frame
        self._paint_top(painter, g, self._sprites)
        painter.restore()
        self.paint_focus_frame(painter)
        painter.end()

    def paint_picture(self, painter: QPainter) -> None:
        """The canvas as drawn now without its raster caches: titles, legend, edges,
        nodes and labels as shapes and text (File → Export picture… as SVG)."""
        g = self._ensure_geometry()
        if g is None:
            return
        net = self.session.network
        classes, targets = output_texts(net, self.session.target)
        static = (self._structure.naming, net.input_shape, classes, targets)
        buckets = None if self._few_edges else g.buckets
        paint_static_vector(painter, g.layout, static, buckets, self._shown.dimming)
        from fruitnet_gui.ui.canvas.painting import VectorNodes

        self._paint_top(painter, g, VectorNodes())

    def _paint_top(self, painter: QPainter, g: Geometry, sprites: Sprites) -> None:
        """Everything over the background layer: the small net's edges or the big net's
        highlighted ones, the nodes, the weight labels."""
        dimming = self._shown.dimming
        hover = self._hover_item[1] if self._hover_item and self._hover_item[0] == "edge" else None
        if self._few_edges:
            edges.paint_small(
                painter,
                self._structure.edge_names,
                g.lines,
                g.widths,
                self._shown.weights,
                highlighted=self._shown.hl_edges,
                focus=self._shown.focus_edge,
                hover=hover,
                dimming=dimming,
            )
        else:
            index = self._structure.edge_index
            special = [index[n] for n in self._shown.hl_edges if n in index]
            pairs = ((self._shown.focus_edge, FOCUS), (hover, HIGHLIGHT))
            casings = [(index[n], c) for n, c in pairs if n is not None]
            edges.paint_big_highlights(
                painter, special, g.lines, g.widths, self._shown.weights, casings
            )
        paint_nodes(
            painter,
            self._structure,
            g.layout,
            self._shown,
            sprites,
            rings={self._hovered_input, self._highlighted_input},
            bias_input=self.session.network.bias_input,
            ratio=self.devicePixelRatioF() * self._zoom,
        )
        for label in g.labels.values():
            paint_label(painter, label)

    def _cached_layer(self, g: Geometry, dimming: bool) -> QImage | None:
        """The background layer, unless all edges are to be drawn onto this frame."""
        chrome = self._chrome_layer(g)
        again = self._drawn_directly == (g.bucket_key, dimming)  # a second frame of it
        if self._few_edges or self._live is not None or again:
            return self._static_layer(g, dimming)
        return self._static.get((g.bucket_key, dimming, chrome.cacheKey()))

    def _static_layer(self, g: Geometry, dimming: bool) -> QImage:
        """The chrome plus (big net) every edge, cached by the edges' colour and width classes."""
        chrome = self._chrome_layer(g)
        if self._few_edges:
            return chrome  # its dozen edges are drawn with each frame, antialiased
        key = (g.bucket_key, dimming, chrome.cacheKey())
        if key in self._static:
            return self._static[key]
        if self._live is not None and self._static:
            # Training: the new layer is drawn in slices between frames (the GUI thread
            # never paints a whole layer at once); the last one is shown meanwhile.
            self._slices.start(key, chrome, g.buckets, dimming)
            return next(reversed(self._static.values()))
        img = chrome.copy()
        edges.paint_buckets(img, g.buckets, dimming)
        self._keep(key, img)
        if self._live is None and (g.bucket_key, not dimming, key[2]) not in self._static:
            self._prerender.start()
        return img

    def _keep(self, key: tuple, image: QImage, *, show: bool = False) -> None:
        """Cache a background layer (the last two are kept: dimmed and not)."""
        if len(self._static) >= 2:
            del self._static[next(iter(self._static))]
        self._static[key] = image
        if show:  # (a training snapshot's, finished in slices; a new chrome cancels them)
            self._schedule()

    def _chrome_layer(self, g: Geometry) -> QImage:
        """Background, layer titles, class names and targets, legend: cached."""
        ratio = self.devicePixelRatioF() * self._zoom
        key = (self.session.label, self.session.network.classes, ratio)
        if self._chrome is not None and self._chrome_key == key:
            return self._chrome
        net = self.session.network
        # not the shown iteration's format: the prerender timer may come before it exists
        classes, targets = output_texts(net, self.session.target)
        static = (self._structure.naming, net.input_shape, classes, targets)
        # as many pixels as the widget has on the screen (blitted 1:1), drawn in canvas units
        img = chrome_image(self.size() * self.devicePixelRatioF(), ratio, g.layout, static)
        self._chrome, self._chrome_key = img, key
        self._static.clear()
        self._slices.cancel()
        return img

    # -- mouse and tooltips --------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        hovered = -1
        if item and item[0] == "node":
            k = self._structure.node_index[item[1]]
            if k < self._layers[0]:
                hovered = k
        if hovered != self._hovered_input:
            self._hovered_input = hovered
            self.input_node_hovered.emit(hovered)
            self._schedule()
        hover_edge = item if item and item[0] == "edge" else None
        if hover_edge != self._hover_item:
            self._hover_item = hover_edge
            shape = Qt.CursorShape.PointingHandCursor if hover_edge else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            self._schedule()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered_input != -1:
            self._hovered_input = -1
            self.input_node_hovered.emit(-1)
            self._schedule()
        if self._hover_item is not None:
            self._hover_item = None
            self._schedule()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self.item_at(event.position())
        self.cancel_edit()
        if item and item[0] == "edge":
            self.edit_weight(item[1], event.position())
        event.accept()
