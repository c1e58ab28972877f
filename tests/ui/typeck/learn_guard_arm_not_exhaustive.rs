fn main() {
    let opt: Option<i32> = Some(3);
    match opt {
        Some(n) if n > 2 => println!("big"),
        None => println!("none"),
    }
    let v = vec![1, 2];
    let n: usize = v.iter().count() as i32;
    println!("{}", n);
}
