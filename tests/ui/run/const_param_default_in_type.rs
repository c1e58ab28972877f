// A type written without its defaulted const argument (`S` for `S<8>`).
struct Buf<const N: usize = 8> {
    data: [u8; N],
}

impl<const N: usize> Buf<N> {
    fn new() -> Self {
        Buf { data: [0; N] }
    }
    fn cap(&self) -> usize {
        N
    }
}

struct Pair<T, const K: u32 = 3>(T);

impl<T: std::fmt::Debug, const K: u32> Pair<T, K> {
    fn show(&self) -> String {
        format!("{:?} x{}", self.0, K)
    }
}

fn main() {
    let a: Buf = Buf::new();
    let b = Buf::<2>::new();
    println!("{} {} {}", a.cap(), b.cap(), a.data.len() + b.data.len());
    let p: Pair<&str> = Pair("hi");
    let q: Pair<i32, 5> = Pair(1);
    println!("{} | {}", p.show(), q.show());
}
