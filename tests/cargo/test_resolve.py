"""Manifest reading, workspaces, profiles and feature resolution, in-process (no
compilation): the rules the blessed package cases exercise only in part. Each expectation
was checked against cargo 1.95 on the same manifests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ferric.cargo.features import FeatureRequest, check_request, parse_request, resolve
from ferric.cargo.manifest import ManifestError, read_manifest
from ferric.cargo.workspace import load_workspace, select


def _package(root: Path, manifest: str, files: tuple[str, ...] = ("src/lib.rs",)) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(manifest)
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
        (root / f).write_text("fn main() {}\n" if f.endswith("main.rs") else "")
    return root


def _pkg(name: str, extra: str = "") -> str:
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n{extra}'


def test_profile_labels_and_keys(tmp_path: Path) -> None:
    """`[profile.*]` keys change the semantics and cargo's `Finished` label; `test`
    inherits `dev`, `bench` inherits `release`, a custom profile what `inherits` names
    (its directory is its name)."""
    root = _package(
        tmp_path / "p",
        _pkg(
            "p",
            "[profile.dev]\ndebug-assertions = false\nopt-level = 1\n"
            '[profile.release]\noverflow-checks = true\ndebug = "limited"\nopt-level = 0\n'
            '[profile.fast]\ninherits = "release"\ndebug-assertions = true\n'
            '[profile.faster]\ninherits = "fast"\nopt-level = 3\ndebug = false\n',
        ),
    )
    profiles = {p.name: p for p in read_manifest(str(root / "Cargo.toml")).profiles}
    dev, release, test, fast = (
        profiles["dev"],
        profiles["release"],
        profiles["test"],
        profiles["fast"],
    )
    assert dev.label == "`dev` profile [optimized + debuginfo]"
    assert (dev.debug_assertions, dev.overflow_checks) == (False, True)
    assert release.label == "`release` profile [unoptimized + debuginfo]"
    assert (release.debug_assertions, release.overflow_checks) == (False, True)
    assert test.label == "`test` profile [optimized + debuginfo]" and not test.debug_assertions
    assert fast.label == "`fast` profile [unoptimized + debuginfo]" and fast.debug_assertions
    assert (
        profiles["faster"].label == "`faster` profile [optimized]"
        and profiles["faster"].debug_assertions
    )
    assert profiles["bench"].label == "`bench` profile [unoptimized + debuginfo]"
    dirs = {n: p.dir for n, p in profiles.items()}
    assert dirs == {
        "dev": "debug",
        "test": "debug",
        "release": "release",
        "bench": "release",
        "fast": "fast",
        "faster": "faster",
    }
    (root / "Cargo.toml").write_text(_pkg("p", "[profile.nope]\nopt-level = 1\n"))
    with pytest.raises(ManifestError, match=r"^profile `nope` is missing an `inherits` directive"):
        read_manifest(str(root / "Cargo.toml"))


def _features_fixture(tmp_path: Path) -> Path:
    _package(
        tmp_path / "helper",
        _pkg("helper", '[features]\nloud = []\nquiet = []\ndefault = ["quiet"]\n'),
    )
    _package(tmp_path / "other", _pkg("other", "[features]\nx = []\n"))
    return _package(
        tmp_path / "app",
        _pkg(
            "app",
            '[dependencies]\nhelper = { path = "../helper", optional = true, default-features = false }\n'
            'other = { path = "../other", optional = true }\n'
            '[features]\ndefault = ["a"]\na = []\nb = ["a", "helper?/loud"]\nc = ["dep:helper"]\n'
            'd = ["other/x"]\n',
        ),
        ("src/main.rs",),
    )


@pytest.mark.parametrize(
    ("request_", "app", "helper", "other"),
    [
        (FeatureRequest(), ("a", "default"), None, None),
        (FeatureRequest(no_default=True), (), None, None),
        # `helper?/loud` does not activate helper ...
        (FeatureRequest(("b",)), ("a", "b", "default"), None, None),
        # ... but enables `loud` once something else does (no defaults: default-features = false)
        (FeatureRequest(("b", "c")), ("a", "b", "c", "default"), ("loud",), None),
        # `other/x` activates `other`, with its defaults (none) and `x`
        # (and the implicit feature `other`)
        (FeatureRequest(("d",), no_default=True), ("d", "other"), None, ("x",)),
        (
            FeatureRequest(all_features=True),
            ("a", "b", "c", "d", "default", "other"),
            ("loud",),
            ("x",),
        ),
        # `--features helper/quiet`: a dependency's feature from the command line
        (FeatureRequest(("helper/quiet",)), ("a", "default"), ("quiet",), None),
    ],
)
def test_feature_resolution(
    tmp_path: Path,
    request_: FeatureRequest,
    app: tuple[str, ...],
    helper: tuple[str, ...] | None,
    other: tuple[str, ...] | None,
) -> None:
    pkg = read_manifest(str(_features_fixture(tmp_path) / "Cargo.toml"))
    res = resolve((pkg,), request_, dev=False)
    assert res.features_of(pkg) == app
    deps = dict(res.deps_of(pkg, False))
    assert (res.features_of(deps["helper"]) if "helper" in deps else None) == helper
    assert (res.features_of(deps["other"]) if "other" in deps else None) == other


def test_feature_request_parsing_and_errors(tmp_path: Path) -> None:
    assert parse_request(["a,b c", "d"], False, False).features == ("a", "b", "c", "d")
    pkg = read_manifest(str(_features_fixture(tmp_path) / "Cargo.toml"))
    with pytest.raises(ManifestError) as e:
        check_request((pkg,), FeatureRequest(("e",)))
    assert str(e.value) == (
        "the package 'app' does not contain this feature: e\n"
        "help: there are similarly named features: a, b, c, d"
    )
    with pytest.raises(ManifestError, match="does not contain these features: e, zz\n"):
        check_request((pkg,), FeatureRequest(("zz", "e")))
    # `helper` is named by `dep:helper`: no implicit feature (the resolver's error)
    check_request((pkg,), FeatureRequest(("helper",)))
    with pytest.raises(
        ManifestError, match=r"Dependency `helper` would be enabled by these features:\n\t- `c`$"
    ):
        resolve((pkg,), FeatureRequest(("helper",)), dev=False)
    # `other` is not: it has the implicit feature `other`
    res = resolve((pkg,), FeatureRequest(("other",), no_default=True), dev=False)
    assert res.features_of(pkg) == ("other",)


def test_manifest_feature_errors(tmp_path: Path) -> None:
    root = _package(tmp_path / "p", _pkg("p", '[features]\nf = ["g"]\n'))
    with pytest.raises(
        ManifestError,
        match="feature `f` includes `g` which is neither a dependency nor another feature",
    ):
        read_manifest(str(root / "Cargo.toml"))


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "Cargo.toml").write_text(
        '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/skip"]\ndefault-members = ["crates/b"]\n'
    )
    _package(
        ws / "crates" / "a",
        _pkg("a", '[dependencies]\nc = { path = "../../c" }\n'),
        ("src/main.rs",),
    )
    _package(ws / "crates" / "b", _pkg("b"))
    _package(ws / "crates" / "skip", _pkg("skip"))
    _package(ws / "c", _pkg("c"))
    return ws


def test_workspace_members_and_selection(tmp_path: Path) -> None:
    """Glob members, `exclude`, path dependencies inside the workspace, `default-members`,
    the member of the working directory, `-p`, `--workspace`."""
    ws_dir = _workspace(tmp_path)
    ws = load_workspace(str(ws_dir))
    assert sorted(p.name for p in ws.members) == ["a", "b", "c"]
    assert [p.name for p in ws.default] == ["b"]
    assert sorted(p.name for p in select(ws, [], True)) == ["a", "b", "c"]
    assert [p.name for p in select(ws, ["c", "a"], False)] == ["c", "a"]
    with pytest.raises(
        ManifestError, match=f"^package\\(s\\) `x` not found in workspace `{ws_dir}`$"
    ):
        select(ws, ["x"], False, members_only=True)  # (`run -p`)
    with pytest.raises(ManifestError) as e:
        select(ws, ["bb"], False)  # any package of the graph may be named, as a package ID spec
    assert str(e.value) == (
        "package ID specification `bb` did not match any packages\n\n"
        "help: a package with a similar name exists: `b`"
    )
    inner = load_workspace(str(ws_dir / "crates" / "a" / "src"))
    assert inner.root == str(ws_dir) and [p.name for p in inner.default] == ["a"]
    alone = load_workspace(str(ws_dir / "crates" / "skip"))  # excluded: a package of its own
    assert [p.name for p in alone.members] == ["skip"] and alone.root == str(
        ws_dir / "crates" / "skip"
    )
    (ws_dir / "crates" / "b" / "stray").mkdir()
    _package(ws_dir / "crates" / "b" / "stray", _pkg("stray"))
    with pytest.raises(
        ManifestError, match="current package believes it's in a workspace when it's not"
    ):
        load_workspace(str(ws_dir / "crates" / "b" / "stray"))


def test_missing_workspace_member(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "Cargo.toml").write_text('[workspace]\nmembers = ["gone"]\n')
    with pytest.raises(ManifestError) as e:
        load_workspace(str(ws))
    gone = os.path.join(ws, "gone")
    assert str(e.value) == (
        f"failed to load manifest for workspace member `{gone}`\nreferenced by workspace at "
        f"`{ws}/Cargo.toml`\n\nCaused by:\n  failed to read `{gone}/Cargo.toml`\n\n"
        "Caused by:\n  No such file or directory (os error 2)"
    )


def test_workspace_inheritance(tmp_path: Path) -> None:
    """`version.workspace = true` and `dep = { workspace = true, features = [...] }` take
    the root's `[workspace.package]` and `[workspace.dependencies]` (paths relative to the
    root); a key the root does not define is cargo's error."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "Cargo.toml").write_text(
        '[workspace]\nmembers = ["a", "b"]\n[workspace.package]\nversion = "1.2.3"\nedition = "2018"\n'
        '[workspace.dependencies]\nb = { path = "b", features = ["x"] }\n'
    )
    _package(
        ws / "a",
        '[package]\nname = "a"\nversion.workspace = true\nedition = { workspace = true }\n'
        '[dependencies]\nb = { workspace = true, features = ["y"] }\n',
        ("src/main.rs",),
    )
    _package(
        ws / "b", '[package]\nname = "b"\nversion.workspace = true\n[features]\nx = []\ny = []\n'
    )
    loaded = load_workspace(str(ws))
    a = next(p for p in loaded.members if p.name == "a")
    assert (a.version, a.edition) == ("1.2.3", 2018)
    res = resolve((a,), FeatureRequest(), dev=False, known=loaded.members)
    ((name, b),) = res.deps_of(a, False)
    assert (name, b.root, res.features_of(b)) == ("b", str(ws / "b"), ("x", "y"))
    (ws / "b" / "Cargo.toml").write_text(
        '[package]\nname = "b"\nversion.workspace = true\nlicense.workspace = true\n'
    )
    with pytest.raises(ManifestError) as e:
        load_workspace(str(ws))
    assert str(e.value).endswith(
        "Caused by:\n  error inheriting `license` from workspace root manifest's "
        "`workspace.package.license`\n\nCaused by:\n  `workspace.package.license` was not defined"
    )


def test_required_features(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A target with `required-features` is skipped without them, and naming it is
    cargo's error (no compilation happens in these runs)."""
    from ferric.cli.main import main

    root = _package(
        tmp_path / "rq",
        _pkg(
            "rq",
            '[features]\nx = []\n[[bin]]\nname = "extra"\nrequired-features = ["x"]\n'
            '[[example]]\nname = "ex"\nrequired-features = ["x"]\n',
        ),
        ("src/main.rs", "src/bin/extra.rs", "examples/ex.rs"),
    )
    monkeypatch.chdir(root)
    hint = 'Consider enabling them by passing, e.g., `--features="x"`\n'
    assert main(["run", "--bin", "extra"]) == 101
    assert (
        capsys.readouterr().err
        == f"error: target `extra` in package `rq` requires the features: `x`\n{hint}"
    )
    assert main(["build", "--example", "ex"]) == 101
    assert (
        capsys.readouterr().err
        == f"error: target `ex` in package `rq` requires the features: `x`\n{hint}"
    )
    assert main(["build", "--examples"]) == 0
    assert capsys.readouterr().err.startswith(
        "warning: target filter `examples` specified, but no targets matched; this is a no-op\n"
        "    Finished `dev` profile [unoptimized + debuginfo] target(s) in "
    )
    assert main(["check", "--test", "nope"]) == 101
    assert capsys.readouterr().err == "error: no test target named `nope` in default-run packages\n"
    assert main(["run"]) == 101  # both binaries count when choosing one
    assert capsys.readouterr().err.endswith("available binaries: extra, rq\n")


def test_empty_virtual_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ferric.cli.main import main

    (tmp_path / "Cargo.toml").write_text("[workspace]\n")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 101
    assert capsys.readouterr().err == (
        f"error: manifest path `{tmp_path}` contains no package: The manifest is virtual, and the "
        "workspace has no members.\n"
    )
    assert main(["run"]) == 101
    assert capsys.readouterr().err == "error: a bin target must be available for `ferric run`\n"
