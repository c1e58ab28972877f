struct Rect {
    w: u32;
    h: u32;
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    println!("{}", r.w * r.h);
}
