fn max_of(a: i32, b: i32) -> i32 {
    if a > b {
        a
    } else {
        b
    }
    }
}

fn main() {
    println!("{}", max_of(3, 9));
}
