"""Lower layers never import higher ones: base < library < diag < lexer < syntax < fmt < expand < resolve < hir < ty < metadata < infer < traits < typeck < consteval < pattern < mir < borrowck < lint < backend < driver < doc < cargo < cli.

Every `import ferric.X` / `from ferric.X import` anywhere in a module (function-level imports
included) is checked against the layer order. `ferric` itself (the version) is importable
from anywhere. A new package takes its place in `LAYERS` (DESIGN.md's pipeline order).
"""

from __future__ import annotations

import ast
from pathlib import Path

import ferric

LAYERS = ["base", "rt", "library", "diag", "lexer", "syntax", "fmt", "expand", "resolve", "hir", "ty", "metadata", "infer", "traits", "typeck", "consteval", "pattern", "mir", "borrowck", "lint", "backend", "driver", "doc", "cargo", "cli"]
SRC = Path(ferric.__file__).resolve().parent


def _imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {n.split(".")[1] for n in names if n.startswith("ferric.")}


def test_every_package_has_a_layer() -> None:
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages <= set(LAYERS), f"add {sorted(packages - set(LAYERS))} to LAYERS"


def test_lower_layers_never_import_higher() -> None:
    bad = []
    for layer in LAYERS:
        rank = LAYERS.index(layer)
        for path in sorted((SRC / layer).rglob("*.py")):
            for pkg in _imported_packages(path):
                if pkg in LAYERS and LAYERS.index(pkg) > rank:
                    bad.append(f"{path.relative_to(SRC)} imports ferric.{pkg}")
    assert not bad, "\n".join(bad)


def test_std_metadata_key_covers_every_layer_it_depends_on() -> None:
    # The std cache key hashes the packages at or below `metadata` (rt is imported by nothing
    # the front-end runs); a new lower layer must be added to the key too.
    from ferric.metadata.std import _METADATA_INPUTS

    below = set(LAYERS[: LAYERS.index("metadata") + 1]) - {"rt"}
    assert set(_METADATA_INPUTS) == below
