struct Rect {
    w: u32,
    h: u32,
}

fn area(r: &Rect) -> u32 {
    let Rect { w h } = r;
    w * h
}

fn main() {
    println!("{}", area(&Rect { w: 3, h: 4 }));
}
