// A method returning `&'static str` from `&self`: lifetime may not live long enough.
struct Label {
    text: String,
}

impl Label {
    fn get(&self) -> &'static str {
        &self.text
    }
}

fn main() {
    let l = Label { text: String::from("t") };
    println!("{}", l.get());
}
