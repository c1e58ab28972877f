fn main() {
    let c = |q: i32| 3;
    println!("{}", c(1));
}
