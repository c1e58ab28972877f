// A String moved into a Vec inside a loop: moved in the previous iteration (E0382).
fn main() {
    let label = String::from("item");
    let mut items = Vec::new();
    for i in 0..3 {
        items.push(label);
        println!("pushed {i}");
    }
    println!("{}", items.len());
}
