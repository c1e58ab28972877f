"""`ferric.doc.markdown`: the CommonMark subset doc comments are rendered with."""

from __future__ import annotations

import pytest

from ferric.doc.markdown import inline, render, summary


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("plain & <text>", "plain &amp; &lt;text&gt;"),
        ("*em* and _em_", "<em>em</em> and <em>em</em>"),
        ("**strong** and __strong__", "<strong>strong</strong> and <strong>strong</strong>"),
        ("*a **b** c*", "<em>a <strong>b</strong> c</em>"),
        ("`a < b` and ``x ` y``", "<code>a &lt; b</code> and <code>x ` y</code>"),
        ("`*not em*`", "<code>*not em*</code>"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("unclosed *star and [bracket", "unclosed *star and [bracket"),
        ("[site](https://x.org/a?b=1&c=2)", '<a href="https://x.org/a?b=1&amp;c=2">site</a>'),
        ("<https://rust-lang.org>", '<a href="https://rust-lang.org">https://rust-lang.org</a>'),
        (r"\*escaped\*", "*escaped*"),
        ("[`Vec`] is unknown", "[<code>Vec</code>] is unknown"),
    ],
)
def test_inline(text: str, html: str) -> None:
    assert inline(text) == html


def test_blocks() -> None:
    doc = (
        "Intro line\ncontinued.\n\n# Examples\n\n```\n# use hidden::Thing;\nlet x = 1;\n## not hidden\n```\n\n"
        "- one\n- two\n  wrapped\n\n3. three\n4. four\n\n> quoted *text*\n\n---\n\n    indented code\n\n"
        "~~~text\n<raw>\n~~~\n"
    )
    assert render(doc).split("\n") == [
        "<p>Intro line continued.</p>",
        '<h1 id="examples">Examples</h1>',
        '<pre class="rust"><code>let x = 1;',
        "# not hidden</code></pre>",
        "<ul><li>one</li><li>two wrapped</li></ul>",
        '<ol start="3"><li>three</li><li>four</li></ol>',
        "<blockquote><p>quoted <em>text</em></p></blockquote>",
        "<hr>",
        '<pre class="rust"><code>indented code</code></pre>',
        '<pre class="text"><code>&lt;raw&gt;</code></pre>',
    ]


def test_headings_shift_and_unclosed_fence() -> None:
    assert render("## Panics", heading_shift=1) == '<h3 id="panics">Panics</h3>'
    assert render("```\nfn f() {}") == '<pre class="rust"><code>fn f() {}</code></pre>'


def test_intra_doc_links_use_the_resolver() -> None:
    pages = {"Point": "struct.Point.html", "shapes::Shape": "shapes/trait.Shape.html"}
    html = inline("[`Point`], [Point], [a shape](shapes::Shape), [`Missing`]", pages.get)
    assert html == (
        '<a href="struct.Point.html"><code>Point</code></a>, <a href="struct.Point.html">Point</a>, '
        '<a href="shapes/trait.Shape.html">a shape</a>, [<code>Missing</code>]'
    )


def test_summary_is_the_first_paragraph() -> None:
    assert summary("\nAdds *two*\nnumbers.\n\nMore.") == "Adds <em>two</em> numbers."
    assert summary("# Title\n\nBody.") == "Body."


def test_any_input_renders() -> None:
    """Random Markdown-ish text: no exception, no endless loop, and text stays escaped."""
    import random

    rng = random.Random(7)
    pieces = ["*", "_", "`", "[", "]", "(", ")", "<", ">", "#", " ", "\n", "-", "1.", "> ",
              "```", "~~~", "    ", "a", "\\", "::", "&"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        out = render(text, lambda _p: "x.html") + summary(text)
        assert "<script" not in out and " & " not in out
