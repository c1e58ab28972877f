"""A small CommonMark subset → HTML, for doc comments (`ferric doc`).

Blocks: ATX headings (`# Title`), paragraphs, fenced code blocks (```` ``` ```` and
`~~~`, with an info string) and indented code blocks, bullet (`-`, `*`, `+`) and ordered
(`1.`) lists — one level, items of one or more lines —, block quotes (`>`), thematic
breaks (`---`). Inline: code spans, `**strong**`/`__strong__`, `*emphasis*`/`_emphasis_`,
links `[text](url)`, autolinks `<https://...>`, and rustdoc's intra-doc links
(`` [`Point`] ``, `[Point]`), resolved by the caller's `resolve` function.

Rust code blocks (no info string, `rust`, or rustdoc's test attributes) are shown as
rustdoc shows them: lines hidden with `# ` left out, `##` shown as `#`.

Invariant: every character of the input reaches the output HTML-escaped, unless it is
Markdown syntax; the renderer never fails on any input (unclosed fences run to the end,
unmatched `*` and `[` stay text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

Resolver = Callable[[str], str | None]
"""An intra-doc link target (`Point`, `shapes::Shape`) → its page's URL, or None."""

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^ {0,3}([-*+])[ \t]+(.*)$")
_ORDERED = re.compile(r"^ {0,3}(\d{1,9})([.)])[ \t]+(.*)$")
_RULE = re.compile(r"^ {0,3}((?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_RUST_WORDS = {"rust", "should_panic", "no_run", "ignore", "compile_fail", "test_harness",
               "standalone_crate", "edition2015", "edition2018", "edition2021", "edition2024"}


def _no_links(_: str) -> str | None:
    return None


def render(text: str, resolve: Resolver = _no_links, heading_shift: int = 0) -> str:
    """The HTML of a Markdown text (`heading_shift` adds to heading levels, capped at 6)."""
    return _Blocks(text.split("\n"), resolve, heading_shift).render()


def summary(text: str, resolve: Resolver = _no_links) -> str:
    """The first paragraph as inline HTML: what rustdoc lists beside an item's name."""
    lines: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if lines:
                break
            continue
        if _FENCE.match(line) or _HEADING.match(line):
            if lines:
                break
            continue
        lines.append(line.strip())
    return inline(" ".join(lines), resolve)


def is_rust(info: str) -> bool:
    words = [w for w in re.split(r"[,\s]+", info.strip()) if w]
    return not words or any(w in _RUST_WORDS for w in words) or all(
        w.startswith("ignore-") or re.fullmatch(r"E\d{4}", w) for w in words
    )


class _Blocks:
    def __init__(self, lines: list[str], resolve: Resolver, shift: int) -> None:
        self.lines = lines
        self.resolve = resolve
        self.shift = shift
        self.out: list[str] = []
        self.para: list[str] = []

    def flush(self) -> None:
        if self.para:
            self.out.append(f"<p>{inline(' '.join(s.strip() for s in self.para), self.resolve)}</p>")
            self.para = []

    def render(self) -> str:
        lines = self.lines
        i = 0
        while i < len(lines):
            i = self.block(i)
        self.flush()
        return "\n".join(self.out)

    def block(self, i: int) -> int:
        """Render the block starting at line `i`; the index after it."""
        line = self.lines[i]
        if not line.strip():
            self.flush()
            return i + 1
        if line.startswith("    ") and not self.para:
            return self.indented_code(i)
        fence = _FENCE.match(line)
        if fence and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
            self.flush()
            return self.fenced(i, fence)
        heading = _HEADING.match(line)
        if heading:
            self.flush()
            level = min(len(heading.group(1)) + self.shift, 6)
            body = inline(heading.group(2) or "", self.resolve)
            anchor = re.sub(r"[^a-z0-9]+", "-", (heading.group(2) or "").lower()).strip("-")
            self.out.append(f'<h{level} id="{anchor}">{body}</h{level}>')
            return i + 1
        if _RULE.match(line):
            self.flush()
            self.out.append("<hr>")
            return i + 1
        if _QUOTE.match(line):
            self.flush()
            j = i
            inner = []
            while j < len(self.lines) and (q := _QUOTE.match(self.lines[j])):
                inner.append(q.group(1))
                j += 1
            self.out.append(f"<blockquote>{render(chr(10).join(inner), self.resolve, self.shift)}</blockquote>")
            return j
        if _BULLET.match(line) or _ORDERED.match(line):
            self.flush()
            return self.listing(i)
        self.para.append(line)
        return i + 1

    def fenced(self, i: int, m: re.Match[str]) -> int:
        indent, fence, info = len(m.group(1)), m.group(2), m.group(3).strip()
        body: list[str] = []
        j = i + 1
        while j < len(self.lines):
            close = re.match(r"^ {0,3}(`{3,}|~{3,})\s*$", self.lines[j])
            if close and close.group(1)[0] == fence[0] and len(close.group(1)) >= len(fence):
                break
            ln = self.lines[j]
            body.append(ln[min(indent, len(ln) - len(ln.lstrip(" "))):])
            j += 1
        rust = is_rust(info)
        if rust:
            body = [s for s in (_shown(ln) for ln in body) if s is not None]
        lang = "rust" if rust else (re.split(r"[,\s]+", info)[0] or "text")
        code = html.escape("\n".join(body), quote=False)
        self.out.append(f'<pre class="{html.escape(lang)}"><code>{code}</code></pre>')
        return j + 1

    def indented_code(self, i: int) -> int:
        body: list[str] = []
        j = i
        while j < len(self.lines) and (self.lines[j].startswith("    ") or not self.lines[j].strip()):
            body.append(self.lines[j][4:])
            j += 1
        while body and not body[-1].strip():
            body.pop()
        code = html.escape("\n".join(body), quote=False)
        self.out.append(f'<pre class="rust"><code>{code}</code></pre>')
        return j

    def listing(self, i: int) -> int:
        ordered = _ORDERED.match(self.lines[i]) is not None
        items: list[list[str]] = []
        j = i
        while j < len(self.lines):
            line = self.lines[j]
            m = _ORDERED.match(line) if ordered else _BULLET.match(line)
            if m:
                items.append([m.group(3) if ordered else m.group(2)])
            elif line.strip() and (line.startswith("  ") or not _starts_block(line)) and items:
                items[-1].append(line.strip())
            elif not line.strip() and j + 1 < len(self.lines) and self.lines[j + 1].startswith("  "):
                items[-1].append("")
            else:
                break
            j += 1
        tag = "ol" if ordered else "ul"
        start = ""
        if ordered:
            first = _ORDERED.match(self.lines[i])
            if first and first.group(1) != "1":
                start = f' start="{int(first.group(1))}"'
        body = "".join(
            f"<li>{_list_item(item, self.resolve, self.shift)}</li>" for item in items
        )
        self.out.append(f"<{tag}{start}>{body}</{tag}>")
        return j


def _list_item(lines: list[str], resolve: Resolver, shift: int) -> str:
    if "" not in lines:
        return inline(" ".join(lines), resolve)
    return render("\n".join(lines), resolve, shift)


def _starts_block(line: str) -> bool:
    return bool(
        _FENCE.match(line) or _HEADING.match(line) or _RULE.match(line) or _QUOTE.match(line)
        or _BULLET.match(line) or _ORDERED.match(line)
    )


def _shown(line: str) -> str | None:
    """rustdoc's `map_line` for display: `# x` lines are hidden, `##x` shows `#x`."""
    t = line.strip()
    if t.startswith("##"):
        return line.replace("##", "#", 1)
    if t.startswith("# ") or t == "#":
        return None
    return line


# -- inlines ----------------------------------------------------------------------------------

_INLINE = re.compile(
    r"(?P<code>`+)"
    r"|(?P<auto><(?:https?|ftp|mailto):[^\s<>]*>)"
    r"|(?P<link>\[)"
    r"|(?P<em>\*\*|__|\*|_)"
    r"|(?P<esc>\\[!-/:-@\[-`{-~])"
)


def inline(text: str, resolve: Resolver = _no_links) -> str:
    """Inline Markdown → HTML."""
    out: list[str] = []
    i = 0
    while i < len(text):
        m = _INLINE.search(text, i)
        if m is None:
            out.append(html.escape(text[i:], quote=False))
            break
        out.append(html.escape(text[i : m.start()], quote=False))
        i = m.start()
        kind = m.lastgroup
        if kind == "code":
            ticks = m.group("code")
            closing = re.compile(rf"(?<!`){ticks}(?!`)").search(text, m.end())
            end = closing.start() if closing else -1
            if end == -1:
                out.append(html.escape(ticks))
                i = m.end()
                continue
            code = text[m.end() : end]
            if code.startswith(" ") and code.endswith(" ") and code.strip():
                code = code[1:-1]
            out.append(f"<code>{html.escape(code, quote=False)}</code>")
            i = end + len(ticks)
        elif kind == "auto":
            url = m.group("auto")[1:-1]
            out.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
            i = m.end()
        elif kind == "esc":
            out.append(html.escape(m.group("esc")[1], quote=False))
            i = m.end()
        elif kind == "link":
            i = _link(text, m.start(), out, resolve)
        else:
            i = _emphasis(text, m, out, resolve)
    return "".join(out)


def _closing_bracket(text: str, start: int) -> int:
    depth = 0
    j = start
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "`":
            end = text.find("`", j + 1)
            j = end + 1 if end != -1 else j + 1
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _link(text: str, start: int, out: list[str], resolve: Resolver) -> int:
    close = _closing_bracket(text, start)
    if close == -1:
        out.append("[")
        return start + 1
    label = text[start + 1 : close]
    after = close + 1
    if text.startswith("(", after):
        end = text.find(")", after)
        if end != -1:
            target = text[after + 1 : end].strip().split(" ")[0].strip("<>")
            href = resolve(target) if not re.match(r"^[A-Za-z][\w+.-]*:(?!:)|^[#./]", target) else None
            href = href or target
            out.append(f'<a href="{html.escape(href)}">{inline(label, resolve)}</a>')
            return end + 1
    if text.startswith("[]", after):
        after += 2
    # An intra-doc link: `[Point]`, ``[`Point`]``, `[Point::new]`.
    path = label.strip("`")
    for prefix in ("struct@", "enum@", "trait@", "fn@", "mod@", "macro@", "type@", "const@", "static@"):
        path = path.removeprefix(prefix)
    path = path.removesuffix("()").removesuffix("!")
    href = resolve(path) if re.fullmatch(r"[A-Za-z_][\w:]*", path) else None
    if href is None:
        out.append("[")
        return start + 1
    out.append(f'<a href="{html.escape(href)}">{inline(label, resolve)}</a>')
    return after


def _emphasis(text: str, m: re.Match[str], out: list[str], resolve: Resolver) -> int:
    mark = m.group("em")
    start = m.end()
    # `_` inside a word is not emphasis (`snake_case`).
    if mark[0] == "_" and m.start() > 0 and text[m.start() - 1].isalnum():
        out.append(mark)
        return start
    if start >= len(text) or text[start].isspace():
        out.append(html.escape(mark))
        return start
    end = start
    while True:
        end = text.find(mark, end)
        if end == -1:
            out.append(html.escape(mark))
            return start
        if len(mark) == 1 and text.startswith(mark * 2, end):
            end += 2  # (a `**` inside `*...*` is strong text, not the closing mark)
            continue
        word_inside = mark[0] == "_" and text[end + len(mark) : end + len(mark) + 1].isalnum()
        if not text[end - 1].isspace() and not word_inside:
            break
        end += len(mark)
    tag = "strong" if len(mark) == 2 else "em"
    out.append(f"<{tag}>{inline(text[start:end], resolve)}</{tag}>")
    return end + len(mark)
