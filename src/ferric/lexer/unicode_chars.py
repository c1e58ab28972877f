"""Unicode look-alikes of ASCII punctuation, for "unknown start of token" diagnostics.

Input: a character the lexer cannot start a token with. Output: its Unicode name and the
ASCII text it looks like, and the token the lexer substitutes for it so that parsing can go
on as if the user had typed the ASCII character (rustc's `unicode_chars.rs`; the pairs come
from Unicode's confusables.txt). Only the lexer uses this table.
"""

from __future__ import annotations

from ferric.lexer.token import TokenKind

# (character, Unicode name, ASCII look-alike), in rustc's order.
_TABLE = """\
\u2028|Line Separator|SP
\u2029|Paragraph Separator|SP
\u1680|Ogham Space mark|SP
\u2000|En Quad|SP
\u2001|Em Quad|SP
\u2002|En Space|SP
\u2003|Em Space|SP
\u2004|Three-Per-Em Space|SP
\u2005|Four-Per-Em Space|SP
\u2006|Six-Per-Em Space|SP
\u2008|Punctuation Space|SP
\u2009|Thin Space|SP
\u200a|Hair Space|SP
\u205f|Medium Mathematical Space|SP
\u00a0|No-Break Space|SP
\u2007|Figure Space|SP
\u202f|Narrow No-Break Space|SP
\u3000|Ideographic Space|SP
\u07fa|Nko Lajanyalan|_
\ufe4d|Dashed Low Line|_
\ufe4e|Centreline Low Line|_
\ufe4f|Wavy Low Line|_
\uff3f|Fullwidth Low Line|_
\u2010|Hyphen|-
\u2011|Non-Breaking Hyphen|-
\u2012|Figure Dash|-
\u2013|En Dash|-
\u2014|Em Dash|-
\ufe58|Small Em Dash|-
\u06d4|Arabic Full Stop|-
\u2043|Hyphen Bullet|-
\u02d7|Modifier Letter Minus Sign|-
\u2212|Minus Sign|-
\u2796|Heavy Minus Sign|-
\u2cba|Coptic Letter Dialect-P Ni|-
\u30fc|Katakana-Hiragana Prolonged Sound Mark|-
\uff0d|Fullwidth Hyphen-Minus|-
\u2015|Horizontal Bar|-
\u2500|Box Drawings Light Horizontal|-
\u2501|Box Drawings Heavy Horizontal|-
\u31d0|CJK Stroke H|-
\ua7f7|Latin Epigraphic Letter Sideways I|-
\u1173|Hangul Jungseong Eu|-
\u3161|Hangul Letter Eu|-
\u4e00|CJK Unified Ideograph-4E00|-
\u2f00|Kangxi Radical One|-
\u060d|Arabic Date Separator|,
\u066b|Arabic Decimal Separator|,
\u201a|Single Low-9 Quotation Mark|,
\u00b8|Cedilla|,
\ua4f9|Lisu Letter Tone Na Po|,
\uff0c|Fullwidth Comma|,
\u037e|Greek Question Mark|;
\uff1b|Fullwidth Semicolon|;
\ufe14|Presentation Form For Vertical Semicolon|;
\u0903|Devanagari Sign Visarga|:
\u0a83|Gujarati Sign Visarga|:
\uff1a|Fullwidth Colon|:
\u0589|Armenian Full Stop|:
\u0703|Syriac Supralinear Colon|:
\u0704|Syriac Sublinear Colon|:
\u16ec|Runic Multiple Punctuation|:
\ufe30|Presentation Form For Vertical Two Dot Leader|:
\u1803|Mongolian Full Stop|:
\u1809|Mongolian Manchu Full Stop|:
\u205a|Two Dot Punctuation|:
\u05c3|Hebrew Punctuation Sof Pasuq|:
\u02f8|Modifier Letter Raised Colon|:
\ua789|Modifier Letter Colon|:
\u2236|Ratio|:
\u02d0|Modifier Letter Triangular Colon|:
\ua4fd|Lisu Letter Tone Mya Jeu|:
\ufe13|Presentation Form For Vertical Colon|:
\uff01|Fullwidth Exclamation Mark|!
\u01c3|Latin Letter Retroflex Click|!
\u2d51|Tifinagh Letter Tuareg Yang|!
\ufe15|Presentation Form For Vertical Exclamation Mark|!
\u0294|Latin Letter Glottal Stop|?
\u0241|Latin Capital Letter Glottal Stop|?
\u097d|Devanagari Letter Glottal Stop|?
\u13ae|Cherokee Letter He|?
\ua6eb|Bamum Letter Ntuu|?
\uff1f|Fullwidth Question Mark|?
\ufe16|Presentation Form For Vertical Question Mark|?
\U0001d16d|Musical Symbol Combining Augmentation Dot|.
\u2024|One Dot Leader|.
\u0701|Syriac Supralinear Full Stop|.
\u0702|Syriac Sublinear Full Stop|.
\ua60e|Vai Full Stop|.
\U00010a50|Kharoshthi Punctuation Dot|.
\u0660|Arabic-Indic Digit Zero|.
\u06f0|Extended Arabic-Indic Digit Zero|.
\ua4f8|Lisu Letter Tone Mya Ti|.
\u00b7|Middle Dot|.
\u30fb|Katakana Middle Dot|.
\uff65|Halfwidth Katakana Middle Dot|.
\u16eb|Runic Single Punctuation|.
\u0387|Greek Ano Teleia|.
\u2e31|Word Separator Middle Dot|.
\U00010101|Aegean Word Separator Dot|.
\u2022|Bullet|.
\u2027|Hyphenation Point|.
\u2219|Bullet Operator|.
\u22c5|Dot Operator|.
\ua78f|Latin Letter Sinological Dot|.
\u1427|Canadian Syllabics Final Middle Dot|.
\uff0e|Fullwidth Full Stop|.
\u3002|Ideographic Full Stop|.
\ufe12|Presentation Form For Vertical Ideographic Full Stop|.
\u055d|Armenian Comma|'
\uff07|Fullwidth Apostrophe|'
\u2018|Left Single Quotation Mark|'
\u2019|Right Single Quotation Mark|'
\u201b|Single High-Reversed-9 Quotation Mark|'
\u2032|Prime|'
\u2035|Reversed Prime|'
\u055a|Armenian Apostrophe|'
\u05f3|Hebrew Punctuation Geresh|'
`|Grave Accent|'
\u1fef|Greek Varia|'
\uff40|Fullwidth Grave Accent|'
\u00b4|Acute Accent|'
\u0384|Greek Tonos|'
\u1ffd|Greek Oxia|'
\u1fbd|Greek Koronis|'
\u1fbf|Greek Psili|'
\u1ffe|Greek Dasia|'
\u02b9|Modifier Letter Prime|'
\u0374|Greek Numeral Sign|'
\u02c8|Modifier Letter Vertical Line|'
\u02ca|Modifier Letter Acute Accent|'
\u02cb|Modifier Letter Grave Accent|'
\u02f4|Modifier Letter Middle Grave Accent|'
\u02bb|Modifier Letter Turned Comma|'
\u02bd|Modifier Letter Reversed Comma|'
\u02bc|Modifier Letter Apostrophe|'
\u02be|Modifier Letter Right Half Ring|'
\ua78c|Latin Small Letter Saltillo|'
\u05d9|Hebrew Letter Yod|'
\u07f4|Nko High Tone Apostrophe|'
\u07f5|Nko Low Tone Apostrophe|'
\u144a|Canadian Syllabics West-Cree P|'
\u16cc|Runic Letter Short-Twig-Sol S|'
\U00016f51|Miao Sign Aspiration|'
\U00016f52|Miao Sign Reformed Voicing|'
\u1cd3|Vedic Sign Nihshvasa|"
\uff02|Fullwidth Quotation Mark|"
\u201c|Left Double Quotation Mark|"
\u201d|Right Double Quotation Mark|"
\u201f|Double High-Reversed-9 Quotation Mark|"
\u2033|Double Prime|"
\u2036|Reversed Double Prime|"
\u3003|Ditto Mark|"
\u05f4|Hebrew Punctuation Gershayim|"
\u02dd|Double Acute Accent|"
\u02ba|Modifier Letter Double Prime|"
\u02f6|Modifier Letter Middle Double Acute Accent|"
\u02f5|Modifier Letter Middle Double Grave Accent|"
\u02ee|Modifier Letter Double Apostrophe|"
\u05f2|Hebrew Ligature Yiddish Double Yod|"
\u275e|Heavy Double Comma Quotation Mark Ornament|"
\u275d|Heavy Double Turned Comma Quotation Mark Ornament|"
\uff08|Fullwidth Left Parenthesis|(
\u2768|Medium Left Parenthesis Ornament|(
\ufd3e|Ornate Left Parenthesis|(
\uff09|Fullwidth Right Parenthesis|)
\u2769|Medium Right Parenthesis Ornament|)
\ufd3f|Ornate Right Parenthesis|)
\uff3b|Fullwidth Left Square Bracket|[
\u2772|Light Left Tortoise Shell Bracket Ornament|[
\u300c|Left Corner Bracket|[
\u300e|Left White Corner Bracket|[
\u3010|Left Black Lenticular Bracket|[
\u3014|Left Tortoise Shell Bracket|[
\u3016|Left White Lenticular Bracket|[
\u3018|Left White Tortoise Shell Bracket|[
\u301a|Left White Square Bracket|[
\uff3d|Fullwidth Right Square Bracket|]
\u2773|Light Right Tortoise Shell Bracket Ornament|]
\u300d|Right Corner Bracket|]
\u300f|Right White Corner Bracket|]
\u3011|Right Black Lenticular Bracket|]
\u3015|Right Tortoise Shell Bracket|]
\u3017|Right White Lenticular Bracket|]
\u3019|Right White Tortoise Shell Bracket|]
\u301b|Right White Square Bracket|]
\u2774|Medium Left Curly Bracket Ornament|{
\U0001d114|Musical Symbol Brace|{
\uff5b|Fullwidth Left Curly Bracket|{
\u2775|Medium Right Curly Bracket Ornament|}
\uff5d|Fullwidth Right Curly Bracket|}
\u204e|Low Asterisk|*
\u066d|Arabic Five Pointed Star|*
\u2217|Asterisk Operator|*
\U0001031f|Old Italic Letter Ess|*
\uff0a|Fullwidth Asterisk|*
\u1735|Philippine Single Punctuation|/
\u2041|Caret Insertion Point|/
\u2215|Division Slash|/
\u2044|Fraction Slash|/
\u2571|Box Drawings Light Diagonal Upper Right To Lower Left|/
\u27cb|Mathematical Rising Diagonal|/
\u29f8|Big Solidus|/
\U0001d23a|Greek Instrumental Notation Symbol-47|/
\u31d3|CJK Stroke Sp|/
\u3033|Vertical Kana Repeat Mark Upper Half|/
\u2cc6|Coptic Capital Letter Old Coptic Esh|/
\u30ce|Katakana Letter No|/
\u4e3f|CJK Unified Ideograph-4E3F|/
\u2f03|Kangxi Radical Slash|/
\uff0f|Fullwidth Solidus|/
\uff3c|Fullwidth Reverse Solidus|\\
\ufe68|Small Reverse Solidus|\\
\u2216|Set Minus|\\
\u27cd|Mathematical Falling Diagonal|\\
\u29f5|Reverse Solidus Operator|\\
\u29f9|Big Reverse Solidus|\\
\u31d4|CJK Stroke D|\\
\u4e36|CJK Unified Ideograph-4E36|\\
\u2f02|Kangxi Radical Dot|\\
\u3001|Ideographic Comma|\\
\u30fd|Katakana Iteration Mark|\\
\ua778|Latin Small Letter Um|&
\uff06|Fullwidth Ampersand|&
\u16ed|Runic Cross Punctuation|+
\u2795|Heavy Plus Sign|+
\U0001029b|Lycian Letter H|+
\ufb29|Hebrew Letter Alternative Plus Sign|+
\uff0b|Fullwidth Plus Sign|+
\u2039|Single Left-Pointing Angle Quotation Mark|<
\u276e|Heavy Left-Pointing Angle Quotation Mark Ornament|<
\u02c2|Modifier Letter Left Arrowhead|<
\U0001d236|Greek Instrumental Symbol-40|<
\u1438|Canadian Syllabics Pa|<
\u16b2|Runic Letter Kauna|<
\u276c|Medium Left-Pointing Angle Bracket Ornament|<
\u27e8|Mathematical Left Angle Bracket|<
\u2329|Left-Pointing Angle Bracket|<
\u3008|Left Angle Bracket|<
\u31db|CJK Stroke Pd|<
\u304f|Hiragana Letter Ku|<
\U00021fe8|CJK Unified Ideograph-21FE8|<
\u300a|Left Double Angle Bracket|<
\uff1c|Fullwidth Less-Than Sign|<
\u1400|Canadian Syllabics Hyphen|=
\u2e40|Double Hyphen|=
\u30a0|Katakana-Hiragana Double Hyphen|=
\ua4ff|Lisu Punctuation Full Stop|=
\uff1d|Fullwidth Equals Sign|=
\u203a|Single Right-Pointing Angle Quotation Mark|>
\u276f|Heavy Right-Pointing Angle Quotation Mark Ornament|>
\u02c3|Modifier Letter Right Arrowhead|>
\U0001d237|Greek Instrumental Symbol-42|>
\u1433|Canadian Syllabics Po|>
\U00016f3f|Miao Letter Archaic Zza|>
\u276d|Medium Right-Pointing Angle Bracket Ornament|>
\u27e9|Mathematical Right Angle Bracket|>
\u232a|Right-Pointing Angle Bracket|>
\u3009|Right Angle Bracket|>
\u300b|Right Double Angle Bracket|>
\uff1e|Fullwidth Greater-Than Sign|>
\u2a75|Two Consecutive Equals Signs|==
"""

UNICODE_ARRAY: dict[str, tuple[str, str]] = {}
"""Look-alike character -> (its Unicode name, the ASCII text it resembles)."""
for _line in _TABLE.rstrip("\n").split("\n"):
    _c, _name, _ascii = _line.split("|")
    if _ascii == "SP":
        _ascii = " "
    UNICODE_ARRAY.setdefault(_c, (_name, _ascii))

ASCII_ARRAY: dict[str, tuple[str, TokenKind | None]] = {
    " ": ("Space", None),
    "_": ("Underscore", TokenKind.IDENT),
    "-": ("Minus/Hyphen", TokenKind.MINUS),
    ",": ("Comma", TokenKind.COMMA),
    ";": ("Semicolon", TokenKind.SEMI),
    ":": ("Colon", TokenKind.COLON),
    "!": ("Exclamation Mark", TokenKind.NOT),
    "?": ("Question Mark", TokenKind.QUESTION),
    ".": ("Period", TokenKind.DOT),
    "(": ("Left Parenthesis", TokenKind.OPEN_PAREN),
    ")": ("Right Parenthesis", TokenKind.CLOSE_PAREN),
    "[": ("Left Square Bracket", TokenKind.OPEN_BRACKET),
    "]": ("Right Square Bracket", TokenKind.CLOSE_BRACKET),
    "{": ("Left Curly Brace", TokenKind.OPEN_BRACE),
    "}": ("Right Curly Brace", TokenKind.CLOSE_BRACE),
    "*": ("Asterisk", TokenKind.STAR),
    "/": ("Slash", TokenKind.SLASH),
    "\\": ("Backslash", None),
    "&": ("Ampersand", TokenKind.AND),
    "+": ("Plus Sign", TokenKind.PLUS),
    "<": ("Less-Than Sign", TokenKind.LT),
    "=": ("Equals Sign", TokenKind.EQ),
    "==": ("Double Equals Sign", TokenKind.EQ_EQ),
    ">": ("Greater-Than Sign", TokenKind.GT),
    "'": ("Single Quote", None),
    '"': ("Quotation Mark", None),
}
"""ASCII text -> (its name, the token substituted for a look-alike, if any)."""

INVISIBLE_CHARACTERS: frozenset[str] = frozenset("\u00ad\u034f\u061c\u200b\u200c\u2060\u2061\u2062")
"""Characters rustc calls out as "not usually visible in text editors"."""
