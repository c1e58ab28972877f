fn main() {
    let mut n = 0;
    'a loop {
        n += 1;
        if n > 3 { break 'a; }
    }
    'b {
        println!("{}", n);
    }
}
