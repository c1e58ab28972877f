// `Option::take` moves a value out from behind `&mut self`.
struct Slot {
    item: Option<String>,
}

impl Slot {
    fn claim(&mut self) -> Option<String> {
        self.item.take()
    }
}

fn main() {
    let mut s = Slot { item: Some(String::from("prize")) };
    println!("{:?}", s.claim());
    println!("{:?}", s.claim());
    s.item = Some(String::from("again"));
    println!("{:?}", s.item);
}
