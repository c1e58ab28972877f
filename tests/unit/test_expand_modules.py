"""`mod name;`: which file, by rustc's rules, and rustc's errors (texts from rustc 1.95 on
the same fixture directories under `fixtures/expand_modules/`)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ferric.driver.pipeline import check, emit_diagnostics
from ferric.driver.session import ColorChoice, Options, Session
from ferric.syntax import ast

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "expand_modules"


def _check(folder: str, monkeypatch: pytest.MonkeyPatch) -> tuple[ast.Crate | None, str]:
    monkeypatch.chdir(FIXTURES / folder)
    sess = Session.create(Options(color=ColorChoice.NEVER))
    krate = check(sess, "main.rs")
    buf = io.StringIO()
    emit_diagnostics(sess, buf)
    return krate, buf.getvalue()


def _module(items: tuple[ast.Item, ...], *path: str) -> ast.ModItem:
    mod: ast.ModItem | None = None
    for name in path:
        mod = next(i for i in items if isinstance(i, ast.ModItem) and i.ident.name == name)
        assert mod.items is not None
        items = mod.items
    assert mod is not None
    return mod


def _fns(mod: ast.ModItem) -> list[str]:
    assert mod.items is not None
    return [i.ident.name for i in mod.items if isinstance(i, ast.FnItem)]


def test_module_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    krate, out = _check("tree", monkeypatch)
    assert out == ""
    assert krate is not None
    items = krate.items
    assert _fns(_module(items, "a")) == ["from_a"]  # a.rs
    assert _fns(_module(items, "a", "b")) == ["from_b"]  # a/b.rs (a.rs is not a mod.rs)
    assert _fns(_module(items, "a", "inl", "deep")) == ["from_deep"]  # a/inl/deep.rs
    assert _fns(_module(items, "c", "g")) == ["from_g"]  # c/mod.rs, then c/g.rs
    assert _fns(_module(items, "d", "e")) == ["from_e"]  # inline `mod d`: d/e.rs
    assert _fns(_module(items, "f")) == ["from_f"]  # #[path = "other/renamed.rs"]
    assert _fns(_module(items, "f", "h")) == ["from_h"]  # other/h.rs (a #[path] file owns its dir)
    assert not any(isinstance(i, ast.ModItem) and i.ident.name == "ignored" for i in items)


def test_loaded_items_have_spans_in_their_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES / "tree")
    sess = Session.create()
    krate = check(sess, "main.rs")
    assert krate is not None
    fn = _module(krate.items, "a", "b").items[0]  # type: ignore[index]
    loc = sess.source_map.lookup(fn.span.lo)
    assert loc is not None and loc.file.name == "a/b.rs" and loc.line == 1


def test_file_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    _, out = _check("missing", monkeypatch)
    assert out == (
        "error[E0583]: file not found for module `nothere`\n"
        " --> main.rs:1:1\n"
        "  |\n"
        "1 | mod nothere;\n"
        "  | ^^^^^^^^^^^^\n"
        "  |\n"
        '  = help: to create the module `nothere`, create file "nothere.rs" or "nothere/mod.rs"\n'
        "  = note: if there is a `mod nothere` elsewhere in the crate already, import it with `use crate::...` instead\n"
        "\n"
        "error: aborting due to 1 previous error\n"
        "\n"
        "For more information about this error, try `ferric explain E0583`.\n"
    )


def test_both_files_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    _, out = _check("both", monkeypatch)
    assert out.startswith(
        'error[E0761]: file for module `dup` found at both "dup.rs" and "dup/mod.rs"\n'
        " --> main.rs:1:1\n"
        "  |\n"
        "1 | mod dup;\n"
        "  | ^^^^^^^^\n"
        "  |\n"
        "  = help: delete or rename one of them to remove the ambiguity\n"
    )


def test_circular_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    _, out = _check("circular", monkeypatch)
    assert out.startswith(
        "error: circular modules: main.rs -> main.rs\n"
        " --> main.rs:2:1\n"
        "  |\n"
        "2 | mod again;\n"
        "  | ^^^^^^^^^^\n"
    )
