// Values consumed by methods and loops, then used again.
fn main() {
    let name = String::from("ferris");
    let bytes = name.into_bytes();
    println!("{} {}", name, bytes.len());

    let scores = vec![3, 1, 2];
    for s in scores {
        println!("{}", s);
    }
    println!("{:?}", scores);

    let maybe = Some(String::from("x"));
    if let Some(inner) = maybe {
        println!("{}", inner);
    }
    println!("{:?}", maybe);
}
