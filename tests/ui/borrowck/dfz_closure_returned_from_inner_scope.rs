// A closure returned (inside a `Box<dyn ..>`) while it borrows a local of an inner block is
// an escaping capture, E0373 with the `move` suggestion, not the local's death (E0597).
fn scaled<'a>(input: Box<dyn Iterator<Item = u32> + 'a>, op: &str) -> Box<dyn Iterator<Item = u32> + 'a> {
    match op.split_once(':') {
        Some(("mul", n)) => {
            let k: u32 = n.parse().unwrap();
            Box::new(input.map(|x| x * k))
        }
        _ => input,
    }
}

fn main() {
    let v: Vec<u32> = scaled(Box::new(1..4), "mul:2").collect();
    println!("{:?}", v);
}
