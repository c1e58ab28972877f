"""`ferric doc`'s output: HTML pages laid out as rustdoc lays them out, and a search index.

    target/doc/
      CRATE/index.html              the crate root: its docs and its items by section
      CRATE/struct.Point.html       one page per item (`KIND.NAME.html`), with its
      CRATE/fn.add.html               declaration, docs, fields/variants/methods and impls
      CRATE/MOD/index.html          a module (and its items beside it)
      CRATE/all.html                every item of the crate
      search-index.js               `window.searchIndex`: every item and member with its
                                    path, kind, one-line summary and page
      crates.js                     the documented crates
      static.files/ferric.css, static.files/search.js
                                    the style and the search box (plain JavaScript over
                                    the index: works from `file://`, offline)

Byte-identical HTML with rustdoc is not the goal; the content is: the items, their
declarations, their rendered docs, their impls. Links between items are relative.
"""

from __future__ import annotations

import html
import json
import os
import posixpath
from dataclasses import dataclass

from ferric.doc.items import SECTIONS, DocItem, DocModule, Member, walk
from ferric.doc.markdown import Resolver, render, summary

_TITLES = {
    "struct": "Struct", "enum": "Enum", "union": "Union", "trait": "Trait", "fn": "Function",
    "type": "Type Alias", "constant": "Constant", "static": "Static", "macro": "Macro",
    "mod": "Module",
}


@dataclass(frozen=True, slots=True)
class _Page:
    """Where a page is (relative to `target/doc`) and how it links elsewhere."""

    path: str
    depth: int
    """Directories below `target/doc`."""

    @property
    def root(self) -> str:
        return "../" * self.depth


def item_href(crate: str, module: tuple[str, ...], item: DocItem) -> str:
    """An item's page, relative to `target/doc`."""
    return "/".join([crate, *module, f"{item.kind}.{item.name}.html"])


def module_href(crate: str, module: tuple[str, ...]) -> str:
    return "/".join([crate, *module, "index.html"])


class _Links:
    """Intra-doc links: `Point`, `shapes::Shape`, `Point::origin`, `crate::add`."""

    def __init__(self, crate: str, root: DocModule) -> None:
        self.crate = crate
        self.by_path: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for m in walk(root):
            if m.path:
                self._add("::".join(m.path), module_href(crate, m.path))
            for it in m.items:
                href = item_href(crate, m.path, it)
                self._add("::".join([*m.path, it.name]), href)
                for mem in it.members:
                    self._add("::".join([*m.path, it.name, mem.name]), f"{href}#{mem.kind}.{mem.name}")
                for imp in it.impls:
                    for mem in imp.members:
                        self._add("::".join([*m.path, it.name, mem.name]), f"{href}#{mem.kind}.{mem.name}")

    def _add(self, path: str, href: str) -> None:
        self.by_path.setdefault(path, href)
        self.by_name.setdefault(path.rsplit("::", 1)[-1], href)

    def resolver(self, page: _Page, module: tuple[str, ...]) -> Resolver:
        here = posixpath.dirname(page.path)

        def relative(href: str) -> str:
            path, hash_, anchor = href.partition("#")
            return posixpath.relpath(path, here) + hash_ + anchor

        def resolve(target: str) -> str | None:
            t = target.removeprefix("crate::").removeprefix(f"{self.crate}::")
            t = t.removeprefix("self::")
            for candidate in ("::".join([*module, t]), t):
                if candidate in self.by_path:
                    return relative(self.by_path[candidate])
            if target == self.crate:
                return relative(module_href(self.crate, ()))
            href = self.by_name.get(t)
            return relative(href) if href is not None else None

        return resolve


def _layout(page: _Page, title: str, crate: str, body: str, sidebar: str) -> str:
    r = page.root
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        f'<link rel="stylesheet" href="{r}static.files/ferric.css"></head>\n'
        f'<body data-root="{r}">\n<nav class="sidebar"><h2><a href="{r}{crate}/index.html">'
        f"{html.escape(crate)}</a></h2>{sidebar}</nav>\n"
        '<main><form class="search-form" onsubmit="return false">'
        '<input id="search" type="search" autocomplete="off" '
        'placeholder="Type to search…" aria-label="Search"></form>\n'
        f'<section id="results" hidden></section>\n<section id="content">{body}</section></main>\n'
        f'<script src="{r}search-index.js"></script><script src="{r}static.files/search.js"></script>\n'
        "</body></html>\n"
    )


def _decl(text: str) -> str:
    return f'<pre class="item-decl"><code>{html.escape(text, quote=False)}</code></pre>'


def _docblock(text: str, resolve: Resolver) -> str:
    return f'<div class="docblock">{render(text, resolve, 1)}</div>' if text.strip() else ""


def _member(m: Member, resolve: Resolver) -> str:
    anchor = f"{m.kind}.{m.name}"
    return (
        f'<section id="{html.escape(anchor)}" class="member"><h4 class="code-header">'
        f'<a href="#{html.escape(anchor)}">§</a> <code>{html.escape(m.decl, quote=False)}</code></h4>'
        f"{_docblock(m.docs, resolve)}</section>"
    )


def _item_body(crate: str, module: tuple[str, ...], it: DocItem, resolve: Resolver) -> str:
    crumbs = "::".join(html.escape(p) for p in (crate, *module))
    out = [
        f'<h1>{_TITLES[it.kind]} {crumbs}::<span class="{it.kind}">{html.escape(it.name)}</span></h1>',
        _decl(it.decl),
        _docblock(it.docs, resolve),
    ]
    groups = {
        "structfield": "Fields", "variant": "Variants", "associatedtype": "Required Associated Types",
        "associatedconstant": "Required Associated Constants", "tymethod": "Required Methods",
        "method": "Provided Methods",
    }
    for kind, title in groups.items():
        members = [m for m in it.members if m.kind == kind]
        if members:
            anchor = title.lower().replace(" ", "-")
            out.append(f'<h2 id="{anchor}">{title}</h2>' + "".join(_member(m, resolve) for m in members))
    inherent = [i for i in it.impls if i.trait_name is None]
    traits = [i for i in it.impls if i.trait_name is not None]
    for title, anchor, impls in (
        ("Implementations", "implementations", inherent),
        ("Trait Implementations", "trait-implementations", traits),
    ):
        if not impls:
            continue
        out.append(f'<h2 id="{anchor}">{title}</h2>')
        for imp in impls:
            out.append(
                f'<details class="impl" open><summary><h3 class="code-header"><code>'
                f"{html.escape(imp.header, quote=False)}</code></h3></summary>"
                f"{_docblock(imp.docs, resolve)}"
                + "".join(_member(m, resolve) for m in imp.members)
                + "</details>"
            )
    if it.implementors:
        out.append(
            '<h2 id="implementors">Implementors</h2><ul class="implementors">'
            + "".join(f"<li><code>{html.escape(h, quote=False)}</code></li>" for h in it.implementors)
            + "</ul>"
        )
    return "\n".join(x for x in out if x)


def _module_body(crate: str, m: DocModule, resolve: Resolver) -> str:
    if m.path:
        crumbs = "::".join(html.escape(p) for p in (crate, *m.path[:-1]))
        head = f'<h1>Module {crumbs}::<span class="mod">{html.escape(m.name)}</span></h1>'
    else:
        head = f'<h1>Crate <span class="mod">{html.escape(crate)}</span></h1>'
    out = [head, _docblock(m.docs, resolve)]
    if m.reexports:
        out.append(
            '<h2 id="reexports">Re-exports</h2><ul class="reexports">'
            + "".join(f"<li><code>{html.escape(r, quote=False)}</code></li>" for r in m.reexports)
            + "</ul>"
        )
    for kind, title in SECTIONS:
        rows = []
        if kind == "mod":
            for sub in m.modules:
                rows.append((sub.name, f"{sub.name}/index.html", summary(sub.docs, resolve), "mod"))
        else:
            for it in m.items:
                if it.kind == kind:
                    rows.append((it.name, f"{it.kind}.{it.name}.html", summary(it.docs, resolve), kind))
        if rows:
            anchor = title.lower().replace(" ", "-")
            out.append(
                f'<h2 id="{anchor}">{title}</h2><dl class="item-table">'
                + "".join(
                    f'<dt><a class="{k}" href="{html.escape(href)}">{html.escape(name)}</a></dt>'
                    f"<dd>{desc}</dd>"
                    for name, href, desc, k in sorted(rows)
                )
                + "</dl>"
            )
    return "\n".join(x for x in out if x)


def _sidebar(m: DocModule, prefix: str) -> str:
    """The module's items, linked (`prefix` leads from the page to the module's directory)."""
    parts = []
    for kind, title in SECTIONS:
        names = (
            [(s.name, f"{prefix}{s.name}/index.html") for s in m.modules]
            if kind == "mod"
            else [(i.name, f"{prefix}{i.kind}.{i.name}.html") for i in m.items if i.kind == kind]
        )
        if names:
            parts.append(
                f"<h3>{title}</h3><ul>"
                + "".join(f'<li><a href="{html.escape(h)}">{html.escape(n)}</a></li>' for n, h in sorted(names))
                + "</ul>"
            )
    return "".join(parts)


def write_crate(out_dir: str, crate: str, root: DocModule) -> list[dict[str, str]]:
    """Write the crate's pages under `out_dir` (`target/doc`); its search-index entries."""
    links = _Links(crate, root)
    index: list[dict[str, str]] = []
    everything: list[tuple[str, str, str]] = []
    for m in walk(root):
        mod_page = _Page(module_href(crate, m.path), len(m.path) + 1)
        resolve = links.resolver(mod_page, m.path)
        title = "::".join((crate, *m.path)) + " - Rust"
        _write(out_dir, mod_page.path, _layout(mod_page, title, crate, _module_body(crate, m, resolve), _sidebar(m, "")))
        if m.path:
            index.append(_entry(crate, m.path[:-1], m.name, "mod", m.docs, mod_page.path))
        for it in m.items:
            page = _Page(item_href(crate, m.path, it), len(m.path) + 1)
            resolve = links.resolver(page, m.path)
            body = _item_body(crate, m.path, it, resolve)
            title = f"{it.name} in {'::'.join((crate, *m.path))} - Rust"
            _write(out_dir, page.path, _layout(page, title, crate, body, _sidebar(m, "")))
            index.append(_entry(crate, m.path, it.name, it.kind, it.docs, page.path))
            everything.append((_TITLES[it.kind], "::".join([*m.path, it.name]), page.path))
            members = it.members + [mem for imp in it.impls if imp.trait_name is None for mem in imp.members]
            for mem in members:
                index.append(
                    _entry(crate, (*m.path, it.name), mem.name, mem.kind, mem.docs, f"{page.path}#{mem.kind}.{mem.name}")
                )
    all_page = _Page(f"{crate}/all.html", 1)
    body = "<h1>List of all items</h1>" + "".join(
        f'<h3>{kind}</h3><ul class="all-items">'
        + "".join(
            f'<li><a href="{html.escape(href.split("/", 1)[1])}">{html.escape(path)}</a></li>'
            for k, path, href in sorted(everything)
            if k == kind
        )
        + "</ul>"
        for kind in sorted({k for k, _, _ in everything})
    )
    _write(out_dir, all_page.path, _layout(all_page, "List of all items in this crate", crate, body, _sidebar(root, "")))
    return index


def _entry(crate: str, parent: tuple[str, ...], name: str, kind: str, docs: str, href: str) -> dict[str, str]:
    import re

    text = re.sub(r"<[^>]+>", "", summary(docs))
    return {"n": name, "p": "::".join((crate, *parent)), "k": kind, "d": html.unescape(text), "h": href}


def write_shared(out_dir: str, crates: list[str], index: list[dict[str, str]]) -> None:
    """The files every crate's pages share: the search index, the crate list, style, script."""
    rows = ",\n".join(json.dumps(e, ensure_ascii=False) for e in index)
    _write(out_dir, "search-index.js", f"window.searchIndex = [\n{rows}\n];\n")
    _write(out_dir, "crates.js", "window.ALL_CRATES = " + json.dumps(sorted(crates)) + ";\n")
    _write(out_dir, "static.files/ferric.css", _CSS)
    _write(out_dir, "static.files/search.js", _SEARCH_JS)


def _write(out_dir: str, rel: str, text: str) -> None:
    path = os.path.join(out_dir, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


_CSS = """body { display: flex; margin: 0; font-family: "Source Serif 4", Georgia, serif; color: #000; }
nav.sidebar { width: 220px; min-height: 100vh; background: #f5f5f5; padding: 1em; box-sizing: border-box; font-family: sans-serif; font-size: 14px; }
nav.sidebar ul { list-style: none; padding-left: 0.5em; }
main { flex: 1; padding: 1em 2em; max-width: 960px; }
a { color: #3873ad; text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre { font-family: "Source Code Pro", Menlo, monospace; font-size: 0.9em; }
pre { background: #f5f5f5; padding: 0.8em; overflow-x: auto; }
pre.item-decl { background: none; padding: 0; font-weight: 500; }
h1 .struct, h1 .enum, h1 .union, a.struct, a.enum, a.union { color: #ad378a; }
h1 .trait, a.trait { color: #6e4fc9; }
h1 .fn, a.fn, h1 .macro, a.macro { color: #9a6e31; }
h1 .mod, a.mod, h1 .type, a.type { color: #3873ad; }
dl.item-table { display: grid; grid-template-columns: max-content auto; gap: 0.3em 1.5em; }
dl.item-table dd { margin: 0; }
.search-form input { width: 100%; padding: 0.5em; font-size: 16px; box-sizing: border-box; }
#results ul { list-style: none; padding: 0; }
#results li { padding: 0.2em 0; }
.member { margin-left: 1em; }
details.impl > summary { cursor: pointer; }
details.impl > summary h3 { display: inline; }
"""

_SEARCH_JS = """// ferric doc: the search box. Filters window.searchIndex (search-index.js) by name and
// path; works from file:// without a server. `?search=QUERY` in the address searches too.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var results = document.getElementById("results");
  var content = document.getElementById("content");
  var root = document.body.getAttribute("data-root") || "";
  var index = window.searchIndex || [];
  function rank(e, q) {
    var name = e.n.toLowerCase(), full = (e.p + "::" + e.n).toLowerCase();
    if (name === q) return 0;
    if (name.indexOf(q) === 0) return 1;
    if (name.indexOf(q) >= 0) return 2;
    if (full.indexOf(q) >= 0) return 3;
    if (e.d.toLowerCase().indexOf(q) >= 0) return 4;
    return -1;
  }
  function show(query) {
    var q = query.trim().toLowerCase();
    if (!q) { results.hidden = true; content.hidden = false; return; }
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var r = rank(index[i], q);
      if (r >= 0) found.push([r, index[i]]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1].n.length - b[1].n.length; });
    var html = "<h1>Results for " + escapeHtml(query) + "</h1><ul>";
    found.slice(0, 100).forEach(function (f) {
      var e = f[1];
      html += '<li><a class="' + e.k + '" href="' + root + e.h + '">' + escapeHtml(e.p + "::" + e.n) +
        "</a> <small>(" + e.k + ")</small> " + escapeHtml(e.d) + "</li>";
    });
    if (!found.length) html += "<li>No results.</li>";
    results.innerHTML = html + "</ul>";
    results.hidden = false;
    content.hidden = true;
  }
  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  input.addEventListener("input", function () { show(input.value); });
  var m = /[?&]search=([^&]*)/.exec(window.location.search);
  if (m) { input.value = decodeURIComponent(m[1].replace(/\\+/g, " ")); show(input.value); }
})();
"""
