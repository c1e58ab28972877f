fn main() {
    let grid = [[0u8; 3]; 3;
    let mut sum = 0u32;
    for row in grid.iter() {
        for &cell in row.iter() {
            sum += cell as u32;
        }
    }
    println!("{}", sum);
}
