// Recursion through a generic wrapper, a tuple and an array (E0072 each).
struct Cell<T> {
    value: T,
}

struct Grid {
    cells: Cell<Grid>,
}

struct Tree {
    children: (u8, [Tree; 2]),
}

fn main() {}
