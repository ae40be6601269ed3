"""The French and German translations: complete, faithful to their sources' placeholders,
compiled (.qm up to date with .ts) and installed with the package."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_translations  # noqa: E402

LANGUAGES = ("fr", "de")
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
#: What an HTML translation must keep of its source's markup.
_TAG = re.compile(r"</?(?:b|i|sub|sup|br|p|h3|ul|li)>")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ROOT / "translations" / f"fruitnet_{lang}.ts").getroot()
    return [
        (c.findtext("name"), m.findtext("source"), m.find("translation"))
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def _has_tools() -> bool:
    return all(
        (Path(sys.executable).parent / name).exists() or shutil.which(name)
        for name in ("pyside6-lupdate", "pyside6-lrelease")
    )


def _forms(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms (a ``%n`` message)."""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang):
    messages = _messages(lang)
    assert len(messages) > 500
    unfinished = [
        (c, s) for c, s, t in messages if t.get("type") or not all(f.strip() for f in _forms(t))
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_markup_and_symbols(lang):
    for context, source, translation in _messages(lang):
        for text in _forms(translation):
            _keeps(context, source, text)


def _keeps(context: str, source: str, text: str) -> None:
    where = f"[{context}] {source!r}"
    assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), where
    assert sorted(_TAG.findall(text)) == sorted(_TAG.findall(source)), where
    for symbol in ("∂", "η", "Σ", "ε", "×", "E_total", "neth1", "w5_new"):
        assert source.count(symbol) <= text.count(symbol), (symbol, where)
    assert source.count("&") == text.count("&"), where  # one accelerator each
    assert source.count("%n") == text.count("%n"), where  # a plural's count
    # "99 %" stays together: a no-break space (U+202F) before the sign, never a space
    assert not re.search(r"[\d}] %", text), where


def test_the_translations_are_installed_and_bundled():
    tomllib = pytest.importorskip("tomllib")

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tool = project["tool"]["setuptools"]
    assert "fruitnet_gui.translations" in tool["packages"]
    assert tool["package-dir"]["fruitnet_gui.translations"] == "translations"
    assert tool["package-data"]["fruitnet_gui.translations"] == ["*.qm"]
    for lang in LANGUAGES:
        assert (ROOT / "translations" / f"fruitnet_{lang}.qm").stat().st_size > 10_000


@pytest.mark.skipif(not _has_tools(), reason="pyside6-lupdate/lrelease are not installed")
def test_the_ts_have_every_string_of_the_code_and_the_qm_are_up_to_date():
    assert build_translations.check() == []
