fn main() {
    let grid = [[1, 2], [3, 4]];
    'outer for row in grid.iter() {
        for &cell in row.iter() {
            if cell == 3 {
                break 'outer;
            }
            println!("{}", cell);
        }
    }
}
