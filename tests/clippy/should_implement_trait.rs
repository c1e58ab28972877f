// should_implement_trait: a method named like a std trait's method, with its signature.

pub struct V(i32);

impl V {
    pub fn add(self, other: V) -> V {
        V(self.0 + other.0)
    }

    pub fn neg(self) -> V {
        V(-self.0)
    }

    // Near misses: another signature, another name.
    pub fn sub(&self, n: i32) -> i32 {
        self.0 - n
    }

    pub fn plus(self, other: V) -> V {
        V(self.0 + other.0)
    }
}

fn main() {
    let v = V(1).add(V(2)).neg().plus(V(3));
    println!("{} {}", v.0, v.sub(1));
}
