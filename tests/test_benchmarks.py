"""``python -m benchmarks`` runs, writes its JSON and says which peers it skipped."""

from __future__ import annotations

import json
import sys

import pytest

from benchmarks.__main__ import main


@pytest.fixture
def no_peers(monkeypatch):
    # as on a machine without the bench extra: importing any peer fails
    for name in ("torch", "sklearn", "jax"):
        monkeypatch.setitem(sys.modules, name, None)


def test_a_quick_run_without_peers_reports_them_skipped(no_peers, tmp_path, capsys) -> None:
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "substeps", "training", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] and data["machine"]["torch"] is None
    rows = {r["name"]: r for r in data["results"]}
    assert rows["PyTorch"]["note"] == "skipped: torch is not installed"
    assert rows["scikit-learn"]["note"] == "skipped: scikit-learn is not installed"
    assert rows["JAX"]["note"].startswith("skipped: jax is not installed")
    # FruitNet's own figures are still measured, and no ratio is made up without a peer
    ours = ("online: FruitNet", "full batch: FruitNet", "mini-batch 32: FruitNet")
    fruitnet = [r for r in data["results"] if r["name"].startswith(ours)]
    assert len(fruitnet) >= 3 and all(r["value"] > 0 for r in fruitnet)
    # the only peer left is the tight NumPy loop (NumPy is always there), and it trains
    # the same network: its weights after one epoch equal FruitNet's
    ratios = [r for r in data["results"] if r["suite"] == "training" and " / " in r["name"]]
    assert ratios and all(r["name"].endswith("/ tight NumPy loop") for r in ratios)
    loop = rows["online: tight NumPy loop"]
    assert "weights after one epoch equal FruitNet's" in loop["note"]
    assert rows["arithmetic limit: 1024² float64 matrix product, one BLAS thread"]["value"] > 0
    build = [r for name, r in rows.items() if name.startswith("build ") and "sub-steps" in name]
    assert build and build[0]["value"] > 0
    table = capsys.readouterr().out
    assert table.startswith("| suite | measurement | value | unit | target | met |")
    assert f"{len(data['results'])} figures in" in table


def test_an_unknown_suite_is_refused(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--only", "nonsense"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_the_classroom_suite_reports_its_figures_with_their_targets(
    tmp_path, monkeypatch, qapp
) -> None:
    import benchmarks.classroom as classroom

    monkeypatch.setattr(classroom, "VARIANTS", 2)  # what is reported, not how fast
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "classroom", "--json", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["target"] for r in rows] == ["< 300 ms", "< 300 ms", "< 10 s"]
    lesson, pencil, sheets = rows
    assert pencil["value"] > 0 and "pencil" in pencil["name"]
    assert lesson["value"] > 0 and "36-36-2 first" in lesson["note"]
    assert sheets["value"] > 0 and sheets["name"].startswith("fruitnet worksheet --variants 2")
    assert "files" in sheets["note"] and isinstance(sheets["met"], bool)
