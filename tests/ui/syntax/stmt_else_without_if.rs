fn main() {
    let n = 4;
    if n % 2 == 0 {
        println!("even");
    };
    else {
        println!("odd");
    }
}
