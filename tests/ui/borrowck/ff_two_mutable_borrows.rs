// Two mutable borrows into one vector, and a mutable borrow across a method call.
fn main() {
    let mut grid = vec![vec![0; 3]; 3];
    let row0 = &mut grid[0];
    let row1 = &mut grid[1];
    row0[0] = 1;
    row1[0] = 2;

    let mut s = String::from("abc");
    let r1 = &mut s;
    let r2 = &mut s;
    r1.push('d');
    r2.push('e');
}
