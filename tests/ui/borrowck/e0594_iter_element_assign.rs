// Assigning through the `&T` items of `iter()`: E0594.
fn main() {
    let mut grid = vec![1, 2, 3];
    for cell in grid.iter() {
        *cell = 0;
    }
    println!("{:?}", grid);
}
