// E0170: a binding named like a unit variant (the deny-by-default lint) makes every arm
// after it unreachable.
#[derive(Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn stop(l: Light) -> bool {
    match l {
        Red => true,
        _ => false,
    }
}

fn main() {
    println!("{}", stop(Light::Green));
    let _ = (Light::Red, Light::Yellow);
}
