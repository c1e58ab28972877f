// A closure that indexes twice (`a[r][k]`) uses both index variables: each is captured.
struct M {
    cells: [[i32; 2]; 2],
}

fn main() {
    let a = [[1, 2], [3, 4]];
    let mut out = [[0; 2]; 2];
    for r in 0..2 {
        for c in 0..2 {
            out[r][c] = (0..2).map(|k| a[r][k] * a[k][c]).sum();
        }
    }
    println!("{:?}", out);
    let m = M { cells: out };
    let i = 1;
    let j = 0;
    let get = || m.cells[i][j] + *&m.cells[j][i];
    println!("{}", get());
    let v = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let row = 1;
    let pick = move |col: usize| v[row][col] * 10;
    println!("{} {}", pick(0), pick(2));
}
