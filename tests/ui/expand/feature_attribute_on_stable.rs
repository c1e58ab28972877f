#![feature(never_type)]
#![feature(box_patterns)]

fn main() {
    let x: i32 = "five";
    println!("{x}");
}
