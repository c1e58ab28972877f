// A trait with an associated type, implemented for several containers, used generically.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}

struct Ring {
    slots: [u8; 4],
}

impl<T> Container for Stack<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

impl Container for Ring {
    type Item = u8;
    fn get(&self, i: usize) -> Option<&u8> {
        self.slots.get(i % 4)
    }
    fn size(&self) -> usize {
        4
    }
}

fn describe<C>(c: &C) -> String
where
    C: Container,
    C::Item: std::fmt::Debug,
{
    let mut parts = Vec::new();
    for i in 0..c.size() {
        if let Some(x) = c.get(i) {
            parts.push(format!("{:?}", x));
        }
    }
    format!("[{}] first={:?}", parts.join(", "), c.first())
}

fn sum_container<C: Container<Item = u8>>(c: &C) -> u32 {
    (0..c.size()).filter_map(|i| c.get(i)).map(|&b| b as u32).sum()
}

trait Shape {
    const SIDES: u32;
    fn name(&self) -> String;
}

struct Tri;
struct Quad;

impl Shape for Tri {
    const SIDES: u32 = 3;
    fn name(&self) -> String {
        "triangle".into()
    }
}

impl Shape for Quad {
    const SIDES: u32 = 4;
    fn name(&self) -> String {
        "quad".into()
    }
}

fn sides<S: Shape>(s: &S) -> String {
    format!("{} has {} sides", s.name(), S::SIDES)
}

fn main() {
    let s = Stack { items: vec!["a", "b", "c"] };
    let r = Ring { slots: [1, 2, 3, 4] };
    println!("{}", describe(&s));
    println!("{}", describe(&r));
    println!("{}", sum_container(&r));
    println!("{:?}", r.get(6));
    let empty: Stack<i32> = Stack { items: vec![] };
    println!("{}", describe(&empty));
    println!("{}", sides(&Tri));
    println!("{}", sides(&Quad));
    println!("{}", Tri::SIDES + <Quad as Shape>::SIDES);
}
