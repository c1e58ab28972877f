"""`ferric doc`'s pages: the items, declarations, rendered docs and impls of
`packages/doc-kit` (cargo's status lines are compared in `test_cargo.py`; the HTML is
ferric's own, so these tests check its content, not its bytes).

One run per configuration, shared by the tests (`ferric doc` in a copy of the package).
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from test_cargo import HERE, ferric


def _document(tmp: Path, *flags: str) -> Path:
    shutil.copytree(Path(HERE, "packages", "doc-kit"), tmp / "doc-kit")
    r = ferric(["doc", *flags], tmp / "doc-kit")
    assert r.returncode == 0, r.stderr
    return tmp / "doc-kit" / "target" / "doc"


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _document(tmp_path_factory.mktemp("doc"))


@pytest.fixture(scope="module")
def private_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _document(tmp_path_factory.mktemp("doc-private"), "--document-private-items")


def _text(page: Path) -> str:
    """The page's text without tags, entities decoded (what a reader sees)."""
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def test_pages_are_laid_out_as_rustdoc_lays_them_out(docs: Path) -> None:
    crate = docs / "doc_kit"
    for page in (
        "index.html", "all.html", "fn.add.html", "fn.div.html", "fn.double.html",
        "struct.Point.html", "struct.Label.html", "enum.Colour.html",
        "shapes/index.html", "shapes/trait.Shape.html", "shapes/struct.Square.html",
    ):
        assert (crate / page).is_file(), page
    # Private and `pub(crate)` items are not documented by default.
    assert not (crate / "fn.private.html").exists()
    assert not (crate / "fn.internal.html").exists()


def test_private_items_with_the_flag(private_docs: Path) -> None:
    crate = private_docs / "doc_kit"
    assert (crate / "fn.private.html").is_file()
    assert (crate / "fn.internal.html").is_file()
    assert "count: usize" in _text(crate / "struct.Label.html")


def test_crate_page_lists_items_with_their_summaries(docs: Path) -> None:
    text = _text(docs / "doc_kit" / "index.html")
    assert "Doc kit: a crate whose documentation is tested." in text
    for section, entry in (
        ("Modules", "shapesShapes."), ("Structs", "LabelA labelled value"),
        ("Enums", "ColourColours."), ("Functions", "addAdds two numbers."),
    ):
        assert section in text and entry in text, (section, entry)


def test_signatures_are_printed(docs: Path) -> None:
    crate = docs / "doc_kit"
    assert "pub fn add(left: u64, right: u64) -> u64" in _text(crate / "fn.add.html")
    point = _text(crate / "struct.Point.html")
    assert "pub struct Point {\n    pub x: i32,\n    pub y: i32,\n}" in point
    label = _text(crate / "struct.Label.html")
    assert "pub struct Label {\n    pub text: String,\n    /* private fields */\n}" in label
    shape = _text(crate / "shapes" / "trait.Shape.html")
    assert "pub trait Shape {\n    fn area(&self) -> f64;\n}" in shape
    assert "pub enum Colour {\n    Red,\n    Green,\n}" in _text(crate / "enum.Colour.html")


def test_docs_are_rendered_from_markdown(docs: Path) -> None:
    add = (docs / "doc_kit" / "fn.add.html").read_text(encoding="utf-8")
    assert '<h2 id="examples">Examples</h2>' in add
    assert "<pre class=\"rust\"><code>let x = doc_kit::add(2, 3);\nassert_eq!(x, 5);</code></pre>" in add
    point = (docs / "doc_kit" / "struct.Point.html").read_text(encoding="utf-8")
    # `# `-hidden lines are compiled by the doc test, not shown.
    assert "use doc_kit::Point" not in point and "let p = Point { x: 1, y: 2 };" in point
    label = (docs / "doc_kit" / "struct.Label.html").read_text(encoding="utf-8")
    assert "<strong>bold</strong> and <em>emphasised</em>" in label
    # Intra-doc links go to the items' pages.
    assert '<a href="struct.Point.html"><code>Point</code></a>' in label
    assert '<a href="fn.add.html"><code>add</code></a>' in label
    assert '<a href="shapes/trait.Shape.html">the shapes</a>' in label


def test_impls_are_on_the_type_pages(docs: Path) -> None:
    point = _text(docs / "doc_kit" / "struct.Point.html")
    assert "Implementations" in point and "impl Point" in point
    assert "pub fn origin() -> Point" in point and "The origin." in point
    square = _text(docs / "doc_kit" / "shapes" / "struct.Square.html")
    assert "Trait Implementations" in square and "impl Shape for Square" in square
    assert "Side squared." in square
    label = _text(docs / "doc_kit" / "struct.Label.html")
    assert "impl Debug for Label" in label and "impl Clone for Label" in label
    shape = _text(docs / "doc_kit" / "shapes" / "trait.Shape.html")
    assert "Implementors" in shape and "impl Shape for Square" in shape


def test_search_index_and_box(docs: Path) -> None:
    text = (docs / "search-index.js").read_text(encoding="utf-8")
    rows = json.loads(text.removeprefix("window.searchIndex = ").rstrip().removesuffix(";"))
    found = {(r["p"], r["n"]): r for r in rows}
    assert found[("doc_kit", "add")]["h"] == "doc_kit/fn.add.html"
    assert found[("doc_kit", "add")]["d"] == "Adds two numbers."
    assert found[("doc_kit::shapes", "Shape")]["k"] == "trait"
    assert found[("doc_kit::Point", "origin")]["h"] == "doc_kit/struct.Point.html#method.origin"
    page = (docs / "doc_kit" / "shapes" / "index.html").read_text(encoding="utf-8")
    assert '<input id="search"' in page
    assert '<script src="../../search-index.js"></script>' in page
    assert (docs / "static.files" / "search.js").is_file()


def test_open_without_a_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """cargo's lines when `$BROWSER` cannot be started."""
    shutil.copytree(Path(HERE, "packages", "doc-kit"), tmp_path / "doc-kit")
    monkeypatch.setenv("BROWSER", str(tmp_path / "no-such-browser"))
    r = ferric(["doc", "--open", "-q"], tmp_path / "doc-kit")
    assert r.returncode == 0
    assert r.stderr == (
        f"warning: Couldn't open docs with {tmp_path}/no-such-browser: "
        "No such file or directory (os error 2)\n"
    )
