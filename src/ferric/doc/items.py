"""What `ferric doc` documents: a crate's items as a tree of `DocModule`s, read from the
expanded AST (`#[cfg]` applied, `mod x;` files loaded, derives expanded into impls).

Each item keeps its kind (rustdoc's page prefix: `struct`, `enum`, `trait`, `fn`, `type`,
`constant`, `static`, `macro`, `union`), its doc text (`cargo.doctest.doc_text`'s rules:
fragments joined, unindented) and its declaration printed from the AST
(`syntax.printer`) without bodies, doc comments and hidden fields. Impls are attached to
the type they are for (by the last segment of the self type's path) and, for trait impls,
listed under the trait as implementors.

Which items: public items of public modules (`pub`, not `pub(crate)`), or every item with
`document_private` (cargo passes it for binaries, as rustdoc's `--document-private-items`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ferric.syntax import ast
from ferric.syntax.printer import print_item, print_ty

KINDS: dict[type, str] = {
    ast.StructItem: "struct",
    ast.EnumItem: "enum",
    ast.UnionItem: "union",
    ast.TraitItem: "trait",
    ast.FnItem: "fn",
    ast.TyAliasItem: "type",
    ast.ConstItem: "constant",
    ast.StaticItem: "static",
    ast.MacroRulesItem: "macro",
}

SECTIONS: tuple[tuple[str, str], ...] = (
    ("mod", "Modules"),
    ("macro", "Macros"),
    ("struct", "Structs"),
    ("enum", "Enums"),
    ("union", "Unions"),
    ("trait", "Traits"),
    ("fn", "Functions"),
    ("type", "Type Aliases"),
    ("constant", "Constants"),
    ("static", "Statics"),
)


@dataclass(slots=True)
class Member:
    """A field, variant, associated item or method shown on an item's page."""

    kind: str
    """`structfield`, `variant`, `method`, `tymethod`, `associatedtype`, `associatedconstant`."""
    name: str
    decl: str
    docs: str


@dataclass(slots=True)
class DocImpl:
    header: str
    """`impl Shape for Square`, `impl<T> Point<T>`."""
    docs: str
    members: list[Member]
    trait_name: str | None
    self_name: str


@dataclass(slots=True)
class DocItem:
    kind: str
    name: str
    docs: str
    decl: str
    members: list[Member] = field(default_factory=list)
    impls: list[DocImpl] = field(default_factory=list)
    implementors: list[str] = field(default_factory=list)
    """For traits: the headers of the crate's impls of it."""


@dataclass(slots=True)
class DocModule:
    name: str
    path: tuple[str, ...]
    """From the crate root (the root is `()`)."""
    docs: str
    items: list[DocItem] = field(default_factory=list)
    modules: list[DocModule] = field(default_factory=list)
    reexports: list[str] = field(default_factory=list)


def _public(vis: ast.Visibility) -> bool:
    return vis.kind == "public"


def _docs(attrs: ast.Attrs) -> str:
    from ferric.doc.docstrings import doc_text

    return doc_text(attrs)[0]


def _hidden(attrs: ast.Attrs) -> bool:
    """`#[doc(hidden)]`."""
    for a in attrs:
        k = a.kind
        if (
            isinstance(k, ast.NormalAttr)
            and [s.ident.name for s in k.path.segments] == ["doc"]
            and isinstance(k.args, ast.DelimArgs)
            and any(getattr(t, "text", None) == "hidden" for t in k.args.tokens)
        ):
            return True
    return False


def _no_attrs(data: ast.VariantData, private: bool) -> tuple[ast.VariantData, bool]:
    """The fields as the declaration shows them (attributes dropped; private fields left
    out unless documented), and whether some were left out."""
    fields = tuple(
        dataclasses.replace(f, attrs=()) for f in data.fields if private or _public(f.vis)
    )
    return dataclasses.replace(data, fields=fields), len(fields) != len(data.fields)


def declaration(item: ast.Item, private: bool) -> str:
    """The item's declaration as rustdoc shows it at the top of its page."""
    if isinstance(item, ast.FnItem):
        return _fn_decl(item)
    if isinstance(item, (ast.StructItem, ast.UnionItem)):
        data, hid = _no_attrs(item.data, private)
        text = print_item(dataclasses.replace(item, attrs=(), data=data))
        if hid and data.shape is ast.VariantShape.STRUCT:
            if data.fields:
                return text.removesuffix("}") + "    /* private fields */\n}"
            return text.removesuffix("{}") + "{ /* private fields */ }"
        return text
    if isinstance(item, ast.EnumItem):
        variants = tuple(
            dataclasses.replace(v, attrs=(), data=_no_attrs(v.data, True)[0]) for v in item.variants
        )
        return print_item(dataclasses.replace(item, attrs=(), variants=variants))
    if isinstance(item, ast.TraitItem):
        head = print_item(dataclasses.replace(item, attrs=(), items=()))
        inner = []
        for it in item.items:
            if isinstance(it, ast.FnItem):
                decl = _fn_decl(it)
                inner.append(f"    {decl}" + (" { ... }" if it.body is not None else ";"))
            else:
                inner.append("    " + print_item(dataclasses.replace(it, attrs=())).strip())
        if not inner:
            return head
        return head.removesuffix("{}") + "{\n" + "\n".join(inner) + "\n}"
    if isinstance(item, ast.MacroRulesItem):
        return print_item(dataclasses.replace(item, attrs=()))
    return print_item(dataclasses.replace(item, attrs=())).strip()


def _fn_decl(item: ast.FnItem) -> str:
    return print_item(dataclasses.replace(item, attrs=(), body=None)).strip().removesuffix(";")


def _self_name(ty: ast.Ty) -> str:
    """The name of the type an impl is for (`Point` for `Point<T>`, `&Point`)."""
    text = print_ty(ty)
    base = text.split("<", 1)[0].lstrip("&*").removeprefix("mut ").removeprefix("const ")
    return base.rsplit("::", 1)[-1].strip()


def _impl(item: ast.ImplItem, private: bool) -> DocImpl:
    derived = any(
        isinstance(a.kind, ast.NormalAttr)
        and [s.ident.name for s in a.kind.path.segments] == ["automatically_derived"]
        for a in item.attrs
    )
    trait_name = None
    if item.of_trait is not None:
        trait_name = item.of_trait.path.segments[-1].ident.name
    if derived and trait_name is not None:
        header = f"impl {trait_name} for {print_ty(item.self_ty)}"
    else:
        header = print_item(dataclasses.replace(item, attrs=(), items=())).strip().removesuffix("{}").strip()
    members = []
    for it in item.items:
        if item.of_trait is None and not private and not _public(it.vis):
            continue
        if isinstance(it, ast.FnItem):
            members.append(Member("method", it.ident.name, _fn_decl(it), _docs(it.attrs)))
        elif isinstance(it, ast.TyAliasItem):
            members.append(Member("associatedtype", it.ident.name, declaration(it, private), _docs(it.attrs)))
        elif isinstance(it, ast.ConstItem):
            members.append(Member("associatedconstant", it.ident.name, declaration(it, private), _docs(it.attrs)))
    return DocImpl(header, _docs(item.attrs), members, trait_name, _self_name(item.self_ty))


def collect(krate: ast.Crate, crate_name: str, document_private: bool) -> DocModule:
    """The crate's documented items, impls attached."""
    root = DocModule(crate_name, (), _docs(krate.attrs))
    impls: list[DocImpl] = []
    work: list[tuple[tuple[ast.Item, ...], DocModule]] = [(krate.items, root)]
    while work:
        items, module = work.pop()
        for item in items:
            if isinstance(item, ast.ImplItem):
                impls.append(_impl(item, document_private))
                continue
            if _hidden(item.attrs):
                continue
            exported_macro = isinstance(item, ast.MacroRulesItem) and any(
                isinstance(a.kind, ast.NormalAttr)
                and [s.ident.name for s in a.kind.path.segments] == ["macro_export"]
                for a in item.attrs
            )
            if not (document_private or _public(item.vis) or exported_macro):
                continue
            if isinstance(item, ast.ModItem):
                sub = DocModule(
                    item.ident.name,
                    (*module.path, item.ident.name),
                    _docs(item.attrs + item.inner_attrs),
                )
                module.modules.append(sub)
                work.append((item.items or (), sub))
            elif isinstance(item, ast.UseItem):
                module.reexports.append(print_item(dataclasses.replace(item, attrs=())).strip())
            elif type(item) in KINDS:
                target = root if exported_macro else module
                target.items.append(_item(item, document_private))
    _attach(root, impls)
    return root


def _item(item: ast.Item, private: bool) -> DocItem:
    kind = KINDS[type(item)]
    doc = DocItem(kind, item.ident.name, _docs(item.attrs), declaration(item, private))
    if isinstance(item, (ast.StructItem, ast.UnionItem)) and item.data.shape is not ast.VariantShape.UNIT:
        for i, f in enumerate(item.data.fields):
            if private or _public(f.vis):
                name = f.ident.name if f.ident is not None else str(i)
                doc.members.append(Member("structfield", name, f"{name}: {print_ty(f.ty)}", _docs(f.attrs)))
    elif isinstance(item, ast.EnumItem):
        for v in item.variants:
            doc.members.append(Member("variant", v.ident.name, _variant(v), _docs(v.attrs)))
    elif isinstance(item, ast.TraitItem):
        for it in item.items:
            if isinstance(it, ast.FnItem):
                kind = "tymethod" if it.body is None else "method"
                doc.members.append(Member(kind, it.ident.name, _fn_decl(it), _docs(it.attrs)))
            elif isinstance(it, ast.TyAliasItem):
                doc.members.append(Member("associatedtype", it.ident.name, declaration(it, private), _docs(it.attrs)))
            elif isinstance(it, ast.ConstItem):
                doc.members.append(Member("associatedconstant", it.ident.name, declaration(it, private), _docs(it.attrs)))
    return doc


def _variant(v: ast.Variant) -> str:
    """`A`, `B(i32)`, `C { x: i32 }`."""
    fields = v.data.fields
    if v.data.shape is ast.VariantShape.TUPLE:
        return f"{v.ident.name}({', '.join(print_ty(f.ty) for f in fields)})"
    if v.data.shape is ast.VariantShape.STRUCT:
        inner = ", ".join(f"{f.ident.name if f.ident else ''}: {print_ty(f.ty)}" for f in fields)
        return f"{v.ident.name} {{ {inner} }}"
    return v.ident.name


def _attach(root: DocModule, impls: list[DocImpl]) -> None:
    types: dict[str, DocItem] = {}
    traits: dict[str, DocItem] = {}
    for module in walk(root):
        for it in module.items:
            if it.kind in ("struct", "enum", "union"):
                types.setdefault(it.name, it)
            elif it.kind == "trait":
                traits.setdefault(it.name, it)
    for imp in impls:
        ty = types.get(imp.self_name)
        if ty is not None:
            ty.impls.append(imp)
        if imp.trait_name is not None and imp.trait_name in traits:
            traits[imp.trait_name].implementors.append(imp.header)


def walk(root: DocModule) -> list[DocModule]:
    """Every module, the root first, parents before children."""
    out = []
    work = [root]
    while work:
        m = work.pop(0)
        out.append(m)
        work.extend(m.modules)
    return out
