// upper_case_acronyms: names written in capitals (`HTTP`, `ADD`) should be `Http`, `Add`.

#[derive(Debug)]
enum Op {
    ADD,
    SUB,
    Mul,
}

#[derive(Debug)]
struct HTTP {
    code: u16,
}

// Near misses: camel case, one letter, public items.
#[derive(Debug)]
struct HttpCode(u16);

#[derive(Debug)]
struct X;

#[derive(Debug)]
pub struct JSON;

#[allow(clippy::upper_case_acronyms)]
#[derive(Debug)]
struct XML;

fn main() {
    println!("{:?} {:?} {:?}", Op::ADD, Op::SUB, Op::Mul);
    println!("{:?} {:?} {:?} {:?} {:?}", HTTP { code: 1 }, HttpCode(2), X, JSON, XML);
    println!("{} {}", HTTP { code: 3 }.code, HttpCode(4).0);
}
