#[derive(Default)]
struct Window {
    width: u32,
    height: u32,
    title: String,
}

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let sizes = [640, 800 1024];
    let w = Window { width: 800 height: 600, ..Default::default() };
    println!("{} {} {}", sizes.len(), area(w.width w.height), w.title);
}
