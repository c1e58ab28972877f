"""Feature resolution: which features each package is built with, which optional
dependencies that brings in.

`resolve(selected, request)` starts from the selected packages (their `default` feature
unless `--no-default-features`, every feature with `--all-features`, and the
`--features` list: `f` of the selected package, `pkg/f` of a member or of a dependency)
and follows `[features]` entries as cargo does: `g` enables feature `g`, `dep:d`
activates optional dependency `d`, `d/f` activates `d` and its feature `f`, `d?/f`
enables `f` only if `d` is active anyway. Each activated dependency brings its own
defaults (unless `default-features = false`) and the features its declaration lists.
Features are unified per package over the whole build (cargo's resolver unifies the
normal dependencies of one build the same way).

Invariant: the result holds only packages the build reaches, each read once; errors are
`ManifestError`s with cargo's wording for unknown features.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ferric.cargo.manifest import ManifestError, Package, read_manifest


@dataclass(frozen=True, slots=True)
class FeatureRequest:
    """What the command line asked for."""

    features: tuple[str, ...] = ()
    all_features: bool = False
    no_default: bool = False


def parse_request(values: list[str], all_features: bool, no_default: bool) -> FeatureRequest:
    """`--features "a b,c" --features d` → `(a, b, c, d)`."""
    words = [w for v in values for w in v.replace(",", " ").split()]
    return FeatureRequest(tuple(words), all_features, no_default)


@dataclass(slots=True)
class Resolve:
    packages: dict[str, Package] = field(default_factory=dict)
    """Every package reached, by root directory."""
    features: dict[str, set[str]] = field(default_factory=dict)
    active: dict[str, set[str]] = field(default_factory=dict)
    """The optional dependencies (by the dependent's name for them) activated."""

    def features_of(self, pkg: Package) -> tuple[str, ...]:
        return tuple(sorted(self.features.get(pkg.root, ())))

    def deps_of(self, pkg: Package, dev: bool) -> tuple[tuple[str, Package], ...]:
        """The dependencies `pkg` uses (by the name it gives each): its normal ones (and
        dev-dependencies when `dev`), optional ones only when activated."""
        out = []
        active = self.active.get(pkg.root, set())
        for d in pkg.dependencies:
            if (d.dev and not dev) or (d.optional and d.name not in active):
                continue
            out.append((d.name, self.packages[d.path]))
        return tuple(out)


class _Resolver:
    def __init__(self) -> None:
        self.r = Resolve()
        self.weak: list[tuple[Package, str, str]] = []

    def load(self, path: str) -> Package:
        pkg = self.r.packages.get(path)
        if pkg is None:
            pkg = read_manifest(os.path.join(path, "Cargo.toml"))
            self.r.packages[path] = pkg
        return pkg

    def use(self, pkg: Package, default: bool, dev: bool) -> None:
        """`pkg` is part of the build: its non-optional dependencies are too."""
        first = pkg.root not in self.r.features
        self.r.packages.setdefault(pkg.root, pkg)
        self.r.features.setdefault(pkg.root, set())
        self.r.active.setdefault(pkg.root, set())
        if default and "default" in dict(pkg.features):
            self.feature(pkg, "default")
        if first:
            for d in pkg.dependencies:
                if not d.optional and (dev or not d.dev):
                    self.dependency(pkg, d.name)

    def dependency(self, pkg: Package, name: str) -> Package:
        """Activate `pkg`'s dependency `name` (first time: with its defaults and the
        features its declaration lists)."""
        decl = next(d for d in pkg.dependencies if d.name == name)
        dep = self.load(decl.path)
        if decl.optional:
            self.r.active[pkg.root].add(name)
        self.use(dep, decl.default_features, dev=False)
        for f in decl.features:
            self.entry(dep, f)
        return dep

    def feature(self, pkg: Package, name: str) -> None:
        enabled = self.r.features[pkg.root]
        if name in enabled:
            return
        enabled.add(name)
        for entry in dict(pkg.features).get(name, ()):
            self.entry(pkg, entry)

    def entry(self, pkg: Package, entry: str) -> None:
        """One item of a feature's list (or of a dependency's `features = [...]`)."""
        if entry.startswith("dep:"):
            self.dependency(pkg, entry[4:])
        elif "/" in entry:
            dep_name, feat = entry.split("/", 1)
            if dep_name.endswith("?"):
                self.weak.append((pkg, dep_name[:-1], feat))
                return
            dep = self.dependency(pkg, dep_name)
            if dep_name in dict(pkg.features):
                # An optional dependency's implicit feature is enabled with it.
                self.feature(pkg, dep_name)
            self.feature_checked(dep, feat, pkg)
        elif entry in dict(pkg.features):
            self.feature(pkg, entry)
        else:
            self.dependency(pkg, entry)

    def feature_checked(self, dep: Package, feat: str, by: Package) -> None:
        if feat not in dict(dep.features) and not any(
            d.optional and d.name == feat for d in dep.dependencies
        ):
            available = ", ".join(n for n, _ in dep.features)
            raise ManifestError(
                f"failed to select a version for `{dep.name}`.\n    ... required by package "
                f"`{by.id}`\nversions that meet the requirements `*` (locked to {dep.version}) "
                f"are: {dep.version}\n\npackage `{by.name}` depends on `{dep.name}` with feature "
                f"`{feat}` but `{dep.name}` does not have that feature.\n available features: "
                f"{available}\n\n\nfailed to select a version for `{dep.name}` which could "
                "resolve this conflict"
            )
        self.entry(dep, feat)

    def settle_weak(self) -> None:
        """`d?/f` entries: enable `f` of each `d` that ended up active."""
        changed = True
        while changed:
            changed = False
            for pkg, dep_name, feat in list(self.weak):
                if dep_name in self.r.active.get(pkg.root, ()) or any(
                    d.name == dep_name and not d.optional for d in pkg.dependencies
                ):
                    decl = next(d for d in pkg.dependencies if d.name == dep_name)
                    dep = self.r.packages[decl.path]
                    if feat not in self.r.features[dep.root]:
                        self.entry(dep, feat)
                        changed = True


def resolve(
    selected: tuple[Package, ...], request: FeatureRequest, dev: bool, known: tuple[Package, ...] = ()
) -> Resolve:
    """Features and active dependencies of a build of `selected` (with their
    dev-dependencies when `dev`: tests and examples); `known` packages (the workspace's
    members, read with what they inherit) are not read again."""
    res = _Resolver()
    for p in known:
        res.r.packages[p.root] = p
    for pkg in selected:
        res.use(pkg, not request.no_default, dev)
        if request.all_features:
            for name, _ in pkg.features:
                res.feature(pkg, name)
    _cli_features(res, selected, request.features)
    res.settle_weak()
    return res.r


def _cli_features(res: _Resolver, selected: tuple[Package, ...], wanted: tuple[str, ...]) -> None:
    plain: list[str] = []
    for w in wanted:
        if "/" in w:
            owner, feat = w.split("/", 1)
            pkg = next((p for p in selected if p.name == owner), None)
            if pkg is not None:
                _enable_cli(res, pkg, [feat])
                continue
            holder = next(
                (p for p in selected if any(d.name == owner for d in p.dependencies)), None
            )
            if holder is None:
                raise ManifestError(
                    f"the package '{selected[0].name}' does not contain this feature: {w}"
                )
            res.entry(holder, w)
        else:
            plain.append(w)
    if not plain:
        return
    if len(selected) == 1:
        _enable_cli(res, selected[0], plain)
        return
    for w in plain:
        owners = [p for p in selected if w in dict(p.features)]
        if not owners:
            raise ManifestError(
                f"none of the selected packages contains this feature: {w}\n"
                f"selected packages: {', '.join(p.name for p in selected)}"
            )
        for p in owners:
            res.feature(p, w)


def closest(word: str, candidates: list[str]) -> str | None:
    """cargo's `closest`: the candidate within edit distance 3 of `word`, nearest first."""
    from ferric.base.edit_distance import edit_distance

    scored = [(d, c) for c in candidates if (d := edit_distance(word, c, 3)) is not None]
    return min(scored, key=lambda e: e[0])[1] if scored else None


def _check_known(pkg: Package, wanted: list[str]) -> None:
    """cargo's error for features the package does not have (optional dependencies
    named by a `dep:` entry aside: the resolver reports those)."""
    table = dict(pkg.features)
    optional = {d.name for d in pkg.dependencies if d.optional}
    missing = sorted({w for w in wanted if w not in table and w not in optional})
    if not missing:
        return
    what = "this feature" if len(missing) == 1 else "these features"
    text = f"the package '{pkg.name}' does not contain {what}: {', '.join(missing)}"
    from ferric.base.edit_distance import edit_distance

    similar = sorted({f for f in table for w in missing if edit_distance(w, f, 3) is not None})
    if len(similar) == 1:
        text += f"\nhelp: there is a similarly named feature: {similar[0]}"
    elif similar:
        text += f"\nhelp: there are similarly named features: {', '.join(similar)}"
    raise ManifestError(text)


def check_request(selected: tuple[Package, ...], request: FeatureRequest) -> None:
    """The checks cargo makes on `--features` before it locks and resolves: each plain
    name must be a feature of the (single) selected package."""
    if len(selected) == 1:
        _check_known(selected[0], [w for w in request.features if "/" not in w])


def _enable_cli(res: _Resolver, pkg: Package, wanted: list[str]) -> None:
    table = dict(pkg.features)
    for w in wanted:
        if w not in table and any(d.optional and d.name == w for d in pkg.dependencies):
            users = sorted(
                f
                for f, entries in table.items()
                if any(e == f"dep:{w}" or e.startswith(f"{w}/") for e in entries)
            )
            raise ManifestError(
                f"package `{pkg.id}` does not have feature `{w}`\n\nhelp: an optional "
                "dependency with that name exists, but the `features` table includes it with "
                'the "dep:" syntax so it does not have an implicit feature with that name\n'
                f"Dependency `{w}` would be enabled by these features:\n"
                + "".join(f"\t- `{u}`\n" for u in users).rstrip("\n")
            )
    _check_known(pkg, wanted)
    for w in wanted:
        res.feature(pkg, w)
