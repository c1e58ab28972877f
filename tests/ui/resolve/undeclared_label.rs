// Labels that were never declared: E0426 (with a similar label suggested).
fn main() {
    'outer: for i in 0..3 {
        for j in 0..3 {
            if i * j > 2 {
                break 'outr;
            }
            if j == 1 {
                continue 'inner;
            }
        }
    }
}
