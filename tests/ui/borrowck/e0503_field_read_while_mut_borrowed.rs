// Reading a Copy field of a struct while the struct is mutably borrowed: E0503.
struct Window {
    width: u32,
    height: u32,
}

fn main() {
    let mut w = Window { width: 80, height: 24 };
    let handle = &mut w;
    let area = w.width * 2;
    handle.height = 30;
    println!("{area} {}", w.height);
}
