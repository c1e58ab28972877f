fn main() {
    let v = vec[1, 2, 3];
    let sum: i32 = v.iter().sum();
    println!("{:?} {}", v, sum);
}
