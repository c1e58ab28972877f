fn main() {
    let count = 5;
    for i in 0..cout {
        println!("{}", i);
    }
    println!("{}", totl);
}
