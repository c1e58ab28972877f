fn main() {
    let x = 5u32;
    x;
    if x >= 0 { println!("a"); }
    if x < 0 { println!("b"); }
    if 0 <= x { println!("c"); }
    let y = 3i32;
    if y >= 0 { println!("d"); }
    #[allow(path_statements)]
    x;
}
