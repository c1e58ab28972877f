// Indexing a struct that does not implement `Index`: E0608.
struct Grid {
    cells: Vec<u8>,
    width: usize,
}

fn main() {
    let g = Grid { cells: vec![0; 9], width: 3 };
    println!("{}", g[4]);
}
