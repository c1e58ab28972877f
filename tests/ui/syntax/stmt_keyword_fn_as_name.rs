fn main() {
    let fn = |x: i32| x + 1;
    let answer = 41;
    println!("{}", answer + 1);
}
