fn pascal(rows: usize) -> Vec<Vec<u64> {
    let mut out: Vec<Vec<u64>> = Vec::new();
    for i in 0..rows {
        let mut row = vec![1u64; i + 1];
        for j in 1..i {
            row[j] = out[i - 1][j - 1] + out[i - 1][j];
        }
        out.push(row);
    }
    out
}

fn main() {
    println!("{:?}", pascal(5));
}
