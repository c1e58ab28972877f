mod helpers {
    macro_rules! shout {
        ($s:expr) => {
            $s.to_uppercase()
        };
    }

    pub fn greet() -> String {
        shout!("hello")
    }
}

fn main() {
    println!("{}", helpers::greet());
    println!("{}", shout!("bye"));
}
