// A `Vec` of capturing closures without boxing: each closure has its own type: E0308.
fn main() {
    let step = 3;
    let scale = 10;
    let ops = vec![move |x: i32| x + step, move |x: i32| x * scale];
    for op in &ops {
        println!("{}", op(2));
    }
}
