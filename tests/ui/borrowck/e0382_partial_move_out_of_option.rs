fn main() {
    let opt = Some(String::from("x"));
    if let Some(s) = opt {
        println!("{s}");
    }
    println!("{:?}", opt);
}
