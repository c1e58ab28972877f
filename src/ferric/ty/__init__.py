"""Types and the type context: interned types (`ty`), their printing, generics, predicates, ADT definitions, folding, and `TyCtxt`, which answers questions about definitions."""
