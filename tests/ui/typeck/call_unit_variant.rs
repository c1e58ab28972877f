// Calling a unit enum variant with arguments: E0618.
#[derive(Debug)]
enum Event {
    Start,
    Stop,
    Data(u32),
}

fn main() {
    let e = Event::Start(5);
    println!("{:?}", e);
}
