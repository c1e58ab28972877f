// A method taking `self` consumes the receiver; using it afterwards is E0382.
struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn add(&mut self, p: &str) {
        self.parts.push(p.to_string());
    }
    fn build(self) -> String {
        self.parts.join("-")
    }
}

fn main() {
    let mut b = Builder { parts: Vec::new() };
    b.add("a");
    b.add("b");
    let s = b.build();
    b.add("c");
    println!("{s}");
}
