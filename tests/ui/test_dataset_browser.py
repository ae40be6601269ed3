"""The dataset browser: thumbnails of the shipped fruit images, click to load, edit, files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from fruitnet_gui.ui.data.dataset_browser import PREDICTED_ROLE, DatasetBrowser

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def browser(qtbot, session) -> DatasetBrowser:
    widget = DatasetBrowser(session)
    qtbot.addWidget(widget)
    widget.resize(560, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def loaded(qtbot, browser, session) -> DatasetBrowser:
    """The fruit net with the shipped training and test set, loaded by the button."""
    qtbot.mouseClick(browser.buttons["fruit"], Qt.MouseButton.LeftButton)
    assert len(session.dataset) == 500
    return browser


def click_thumbnail(qtbot, browser: DatasetBrowser, row: int) -> None:
    index = browser.model.index(row)
    browser.list_view.scrollTo(index)
    rect = browser.list_view.visualRect(index)
    assert rect.isValid() and browser.list_view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(browser.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def errors_of(session) -> list[str]:
    seen: list[str] = []
    session.error_occurred.connect(seen.append)
    return seen


# -- showing -------------------------------------------------------------------------
def test_empty_browser_says_how_to_fill_it(browser):
    assert browser.model.rowCount() == 0
    assert "empty" in browser.summary_label.text()
    assert not browser.buttons["delete"].isEnabled()
    assert not browser.buttons["save"].isEnabled()


def test_load_the_fruit_dataset_shows_500_thumbnails_and_the_counts(loaded, session):
    browser = loaded
    assert session.preset_name == "fruit"  # switched from the paper net, and said so
    assert "fruit network" in browser.message
    assert browser.model.rowCount() == 500
    summary = browser.summary_label.text()
    assert "500" in summary and "red apple <b>250</b>" in summary and "tomato <b>250</b>" in summary
    assert browser.tab_bar.tabText(0) == "Training set (500)"
    assert browser.tab_bar.tabText(1) == "Test set (150)"
    # the untrained net's verdict for every image at once
    right = browser.correct_count()
    assert right is not None and f"gets <b>{right}</b> of 500" in summary
    # the thumbnails are painted, not widgets
    assert browser.list_view.findChildren(DatasetBrowser) == []
    image = browser.list_view.viewport().grab().toImage()
    assert image.pixelColor(5, 5).name() != image.pixelColor(60, 40).name()


def test_the_test_tab_shows_the_test_set(qtbot, loaded, session):
    browser = loaded
    bar = browser.tab_bar
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert browser.showing_test
    assert browser.model.rowCount() == 150
    assert "75" in browser.summary_label.text()
    click_thumbnail(qtbot, browser, 3)
    pixels, label = session.test_set.sample(3)
    assert np.array_equal(session.image, pixels) and session.label == label


def test_clicking_a_thumbnail_puts_it_into_the_editor(qtbot, loaded, session):
    browser = loaded
    data = session.dataset
    tomato = data.labels.index("tomato")
    apple = data.labels.index("red apple")
    loaded_rows: list[tuple[int, bool]] = []
    browser.sample_loaded.connect(lambda row, test: loaded_rows.append((row, test)))
    for row, target in ((tomato, [0.0, 1.0]), (apple, [1.0, 0.0])):
        click_thumbnail(qtbot, browser, row)
        assert np.array_equal(session.image, data.images[row])
        assert session.label == data.labels[row]
        assert list(session.target) == target
        assert session.position == 0  # a fresh iteration on that sample
        assert browser.selected_index() == row
    assert loaded_rows[-1] == (apple, False)


def test_arrow_keys_browse_samples(qtbot, loaded, session):
    browser = loaded
    click_thumbnail(qtbot, browser, 0)
    qtbot.keyClick(browser.list_view, Qt.Key.Key_Right)
    assert browser.selected_index() == 1
    assert np.array_equal(session.image, session.dataset.images[1])


def test_predictions_follow_the_weights(loaded, session):
    browser = loaded
    apple = browser.model.index(session.dataset.labels.index("red apple"))
    net = session.network
    biases = [b.copy() for b in net.biases]
    for said, verdict in ((0, "right"), (1, "wrong")):
        # a network that says the same class for every image
        biases[-1][:] = [50.0, -50.0] if said == 0 else [-50.0, 50.0]
        session.adopt_network(net.with_params(net.weights, biases))
        assert apple.data(PREDICTED_ROLE) == said
        assert f"({verdict})" in apple.data(Qt.ItemDataRole.ToolTipRole)
        assert browser.correct_count() == 250
        assert "gets <b>250</b> of 500" in browser.summary_label.text()


# -- editing ---------------------------------------------------------------------------
def test_add_drawing_adds_the_editor_image(qtbot, loaded, session):
    browser = loaded
    image = np.zeros((6, 6))
    image[2:4, 2:4] = 0.75
    session.set_sample(image, "tomato")
    qtbot.mouseClick(browser.buttons["add"], Qt.MouseButton.LeftButton)
    assert browser.model.rowCount() == 501
    assert "tomato <b>251</b>" in browser.summary_label.text()
    assert browser.tab_bar.tabText(0) == "Training set (501)"
    assert np.array_equal(session.dataset.images[-1], image)
    assert browser.selected_index() == 500


def test_add_drawing_without_a_dataset_starts_one(qtbot, browser, session):
    session.load_preset("fruit")
    qtbot.mouseClick(browser.buttons["add"], Qt.MouseButton.LeftButton)
    assert browser.model.rowCount() == 1
    assert len(session.dataset) == 1


def test_delete_with_the_button_and_the_delete_key(qtbot, loaded, session):
    browser = loaded
    third = session.dataset.images[3].copy()
    click_thumbnail(qtbot, browser, 2)
    qtbot.mouseClick(browser.buttons["delete"], Qt.MouseButton.LeftButton)
    assert len(session.dataset) == 499 and browser.model.rowCount() == 499
    assert np.array_equal(session.dataset.images[2], third)
    assert browser.selected_index() == 2  # ready for the next Delete
    qtbot.keyClick(browser.list_view, Qt.Key.Key_Delete)
    assert len(session.dataset) == 498
    assert browser.tab_bar.tabText(0) == "Training set (498)"


def test_relabel_gives_the_other_class(qtbot, loaded, session):
    browser = loaded
    row = session.dataset.labels.index("red apple")
    click_thumbnail(qtbot, browser, row)
    qtbot.mouseClick(browser.buttons["relabel"], Qt.MouseButton.LeftButton)
    assert session.dataset.labels[row] == "tomato"
    assert "red apple <b>249</b>" in browser.summary_label.text()
    assert session.label == "tomato"  # the editor shows the relabelled sample
    assert browser.model.index(row).data() == "tomato"
    # the menu chooses a class
    browser.relabel_selected("red apple")
    assert session.dataset.labels[row] == "red apple"


def test_edits_on_the_test_tab_change_the_test_set(qtbot, loaded, session):
    browser = loaded
    browser.show_test_set(True)
    click_thumbnail(qtbot, browser, 0)
    qtbot.mouseClick(browser.buttons["delete"], Qt.MouseButton.LeftButton)
    assert len(session.test_set) == 149 and len(session.dataset) == 500
    qtbot.mouseClick(browser.buttons["add"], Qt.MouseButton.LeftButton)
    assert len(session.test_set) == 150


# -- files -----------------------------------------------------------------------------
def _fruit_json(samples: list[dict], **changes) -> dict:
    data = {
        "format": "fruitnet-dataset",
        "version": 1,
        "shape": [6, 6],
        "classes": ["red apple", "tomato"],
        "samples": samples,
    }
    data.update(changes)
    return data


def _sample(label: str = "tomato", value: object = 0.5, rows: int = 6) -> dict:
    pixels = [[0.0] * 6 for _ in range(rows)]
    if rows:
        pixels[0][0] = value
    return {"label": label, "pixels": pixels}


MALFORMED = {
    "wrong image size": json.dumps(_fruit_json([_sample(rows=5)])),
    "label not a class": json.dumps(_fruit_json([_sample(label="banana")])),
    "NaN pixel": json.dumps(_fruit_json([_sample()])).replace("0.5", "NaN"),
    "value above 1": json.dumps(_fruit_json([_sample(value=1.5)])),
    "value below 0": json.dumps(_fruit_json([_sample(value=-0.1)])),
    "not JSON": "label,p1\ntomato,0.5\n",
    "5x5 images": json.dumps(
        _fruit_json([{"label": "tomato", "pixels": [[0.1] * 5] * 5}], shape=[5, 5])
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_file_gives_one_message_and_changes_nothing(
    tmp_path: Path, loaded, session, case
):
    browser = loaded
    before_train, before_test = session.dataset.copy(), session.test_set.copy()
    path = tmp_path / "bad.json"
    path.write_text(MALFORMED[case], encoding="utf-8")
    errors = errors_of(session)
    assert browser.open_file(path) is False
    assert len(errors) == 1, errors
    assert browser.message.startswith("⚠") and errors[0] in browser.message
    assert browser.message_label.isVisible()
    assert session.dataset == before_train and session.test_set == before_test
    assert browser.model.rowCount() == 500


def test_missing_file_and_empty_save_are_explained(tmp_path, browser, session):
    errors = errors_of(session)
    assert browser.open_file(tmp_path / "nothing.json") is False
    assert "no such file" in browser.message
    assert browser.save_file(tmp_path / "empty.json") is False
    assert "nothing to save" in browser.message
    assert len(errors) == 2 and not (tmp_path / "empty.json").exists()


def test_save_and_open_round_trip(tmp_path, loaded, session):
    browser = loaded
    original = session.dataset.copy()
    path = tmp_path / "fruits.json"
    assert browser.save_file(path) and "500" in browser.message
    session.set_dataset(None, session.test_set)
    assert browser.model.rowCount() == 0
    assert browser.open_file(path)
    assert session.dataset == original and browser.model.rowCount() == 500


def test_csv_export_and_import_round_trip(tmp_path, loaded, session):
    browser = loaded
    browser.show_test_set(True)
    original = session.test_set.copy()
    path = tmp_path / "test.csv"
    assert browser.export_csv(path)
    assert path.read_text().startswith("label,p1,")
    session.set_dataset(session.dataset, None)
    assert browser.tab_bar.tabText(1) == "Test set"
    assert browser.import_csv(path), browser.message
    assert session.test_set == original
    assert browser.tab_bar.tabText(1) == "Test set (150)"


def test_image_folder_export_and_import_round_trip(tmp_path, loaded, session):
    browser = loaded
    original = session.dataset.copy()
    folder = tmp_path / "images"
    assert browser.export_image_folder(folder)
    assert len(list((folder / "tomato").glob("*.png"))) == 250
    session.set_dataset(None, session.test_set)
    assert browser.import_image_folder(folder), browser.message
    back = session.dataset
    assert back.labels == original.labels
    # PNG stores 256 gray levels: equal to within half a level
    assert np.max(np.abs(back.images - original.images)) <= 0.5 / 255 + 1e-4
    assert browser.model.rowCount() == 500
    # exporting into a folder that is not empty is refused, nothing written
    assert not browser.export_image_folder(folder)
    assert "not empty" in browser.message


def test_a_bad_csv_leaves_the_dataset(tmp_path, loaded, session):
    browser = loaded
    before = session.dataset.copy()
    path = tmp_path / "bad.csv"
    path.write_text("label," + ",".join(f"p{i}" for i in range(1, 37)) + "\nbanana" +
                    ",0" * 36 + "\n")  # fmt: skip
    errors = errors_of(session)
    assert not browser.import_csv(path)
    assert len(errors) == 1 and "banana" in browser.message
    assert session.dataset == before


def test_the_buttons_and_menus_go_through_the_file_dialogs(qtbot, tmp_path, loaded, session,
                                                           monkeypatch):  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    browser = loaded
    asked: list[str] = []

    def save_name(_parent, title, _folder, _filters):
        asked.append(title)
        return str(tmp_path / "saved"), ""  # no suffix typed: .json is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(browser.buttons["save"], LEFT)
    assert (tmp_path / "saved.json").is_file() and asked == ["Save the dataset"]

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a: (str(tmp_path / "saved.json"), "")
    )
    session.set_dataset(None, session.test_set)
    qtbot.mouseClick(browser.buttons["open"], LEFT)
    assert len(session.dataset) == 500

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path / "png"))
    browser.actions["export_folder"].trigger()
    assert len(list((tmp_path / "png" / "red apple").glob("*.png"))) == 250

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))  # cancelled
    before = session.dataset.copy()
    qtbot.mouseClick(browser.buttons["open"], LEFT)
    assert session.dataset == before


def test_the_loaded_message_goes_when_training_starts(qtbot, loaded, session):
    from fruitnet_gui.model.training import TrainingConfig

    assert "Loaded 500" in loaded.message
    with qtbot.waitSignal(session.trainer.finished, timeout=60_000):
        assert session.start_training(TrainingConfig(epochs=1))
    assert loaded.message == ""  # old news once training runs
