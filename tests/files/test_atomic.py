"""Atomic saving: without os.fchmod, and the leftovers of a save that was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fruitnet_gui.files import atomic
from fruitnet_gui.files.atomic import STALE_SECONDS, atomic_write_text, remove_leftovers
from fruitnet_gui.files.dataset_io import export_image_folder
from fruitnet_gui.files.model_io import load_model, save_model
from fruitnet_gui.model.data.fruits import generate
from fruitnet_gui.model.net.network import paper_network


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saving_works_without_os_fchmod(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no os.fchmod before Python 3.13: the mode is set through the name."""
    monkeypatch.delattr(os, "fchmod", raising=False)
    path = tmp_path / "m.json"
    save_model(paper_network(), path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    path.chmod(0o640)
    save_model(paper_network(), path)  # a replaced file keeps its mode
    assert path.stat().st_mode & 0o777 == 0o640
    assert load_model(path).layers == (2, 2, 2)


def test_saving_works_where_modes_cannot_be_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise NotImplementedError("no modes here")

    monkeypatch.delattr(os, "fchmod", raising=False)
    monkeypatch.setattr(os, "chmod", refuse)
    atomic_write_text(tmp_path / "t.txt", "kept")
    assert (tmp_path / "t.txt").read_text() == "kept"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftovers(folder: Path, pid: int) -> dict[str, Path]:
    names = {
        "dead": f".m.json.fruitnet-{pid}-abc_1234.tmp",
        "mine": f".m.json.fruitnet-{os.getpid()}-abcd1234.tmp",
        "other program": ".m.json.abcd1234.tmp",
        "not hidden": f"m.json.fruitnet-{pid}-abcd1234.tmp",
        "dead export": f".imgs.fruitnet-partial-{pid}-deadbeef",
    }
    paths = {key: folder / name for key, name in names.items()}
    for key, p in paths.items():
        if "export" in key:
            (p / "tomato").mkdir(parents=True)
            (p / "tomato" / "00001.png").write_bytes(b"png")
        else:
            p.write_text("half a model")
    return paths


@pytest.mark.skipif(os.name != "posix", reason="processes are asked for by number on POSIX")
@pytest.mark.parametrize("how", ["save", "load", "export"])
def test_leftovers_of_ended_processes_are_removed_at_the_next_save_or_load(
    tmp_path: Path, how: str
) -> None:
    model = tmp_path / "m.json"
    if how == "load":
        save_model(paper_network(), model)
    paths = _leftovers(tmp_path, _dead_pid())
    if how == "load":
        load_model(model)
    elif how == "save":
        save_model(paper_network(), model)
    else:
        export_image_folder(generate(1, seed=0), tmp_path / "imgs")
    assert not paths["dead"].exists() and not paths["dead export"].exists()
    for key in ("mine", "other program", "not hidden"):
        assert paths[key].read_text() == "half a model", key


def test_a_leftover_older_than_a_day_is_removed_whoever_made_it(tmp_path: Path) -> None:
    old = tmp_path / f".m.json.fruitnet-{os.getpid()}-abcd1234.tmp"
    old.write_text("x")
    then = time.time() - STALE_SECONDS - 60
    os.utime(old, (then, then))
    other = tmp_path / ".m.json.abcd1234.tmp"  # not ours, however old
    other.write_text("x")
    os.utime(other, (then, then))
    assert remove_leftovers(tmp_path) == 1
    assert not old.exists() and other.exists()


def test_a_link_or_a_folder_named_like_a_leftover_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep")
    then = time.time() - STALE_SECONDS - 60
    link = tmp_path / f".m.json.fruitnet-{os.getpid()}-abcd1234.tmp"
    link.symlink_to(target)
    folder = tmp_path / f".m.json.fruitnet-{os.getpid()}-abcd5678.tmp"
    folder.mkdir()
    os.utime(link, (then, then), follow_symlinks=False)
    os.utime(folder, (then, then))
    assert remove_leftovers(tmp_path) == 0
    assert link.is_symlink() and folder.is_dir() and target.read_text() == "keep"
    assert remove_leftovers(tmp_path / "missing") == 0


_KILLED_SAVE = """
import os, sys, time
from fruitnet_gui.files.model_io import save_model
from fruitnet_gui.model.net.network import fruit_network

def stop_before_the_rename(src, dst):
    print("written", flush=True)
    time.sleep(600)

os.replace = stop_before_the_rename
save_model(fruit_network(), sys.argv[1])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_save_killed_before_its_rename_is_cleaned_up_next_time(tmp_path: Path) -> None:
    model = tmp_path / "m.json"
    save_model(paper_network(), model)
    before = model.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_SAVE, str(model)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "written"  # blocks until it is
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(60)
        child.stdout.close()
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".m.json.fruitnet-")]
    assert len(left) == 1 and left[0].stat().st_size > 10_000  # a whole model
    assert model.read_bytes() == before  # the old file as it was
    load_model(model)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


def test_check_can_save_leaves_nothing(tmp_path: Path) -> None:
    atomic.check_can_save(tmp_path / "later.json")
    assert list(tmp_path.iterdir()) == []
