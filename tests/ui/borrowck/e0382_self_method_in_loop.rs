// A `self`-consuming method called in a loop: E0382 on the later iterations.
struct Token(String);

impl Token {
    fn redeem(self) -> String {
        self.0
    }
}

fn main() {
    let t = Token(String::from("abc"));
    let mut out = Vec::new();
    for _ in 0..2 {
        out.push(t.redeem());
    }
    println!("{:?}", out);
}
