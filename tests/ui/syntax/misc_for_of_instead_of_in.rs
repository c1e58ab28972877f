fn main() {
    let fruits = ["apple", "pear"];
    for fruit of fruits.iter() {
        println!("{}", fruit);
    }
}
