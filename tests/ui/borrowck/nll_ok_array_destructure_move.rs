// NLL accepts this (a false error ferric once reported: m09_array_destructure_move_E0508).
fn main() {
    let arr = [String::new(), String::new()];
    let [a, b] = arr;
    drop(a); drop(b);
}
