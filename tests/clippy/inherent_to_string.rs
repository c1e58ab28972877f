// inherent_to_string: an inherent `to_string(&self) -> String` should be a `Display` impl.

pub struct Point {
    x: i32,
}

impl Point {
    pub fn to_string(&self) -> String {
        format!("({})", self.x)
    }
}

// Near misses: other name, takes arguments, private.
pub struct Named {
    n: i32,
}

impl Named {
    pub fn to_text(&self) -> String {
        self.n.to_string()
    }

    pub fn to_string_with(&self, sep: &str) -> String {
        format!("{}{}", sep, self.n)
    }
}

pub struct Allowed;

impl Allowed {
    #[allow(clippy::inherent_to_string)]
    pub fn to_string(&self) -> String {
        String::from("allowed")
    }
}

fn main() {
    let n = Named { n: 2 };
    println!("{} {} {} {}", Point { x: 1 }.to_string(), n.to_text(), n.to_string_with(","), Allowed.to_string());
}
