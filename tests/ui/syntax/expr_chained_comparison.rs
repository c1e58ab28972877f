fn in_range(lo: i32, x: i32, hi: i32) -> bool {
    lo < x < hi
}

fn main() {
    println!("{}", in_range(1, 5, 10));
}
