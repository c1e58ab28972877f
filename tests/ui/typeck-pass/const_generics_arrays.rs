// Const generics: [T; N] with N inferred at call sites, generic structs over N, const exprs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vector<const N: usize> {
    c: [f64; N],
}

impl<const N: usize> Vector<N> {
    fn zero() -> Self {
        Vector { c: [0.0; N] }
    }

    fn dot(&self, o: &Self) -> f64 {
        self.c.iter().zip(o.c.iter()).map(|(a, b)| a * b).sum()
    }

    fn dims(&self) -> usize {
        N
    }
}

fn sum_array<const N: usize>(xs: [i32; N]) -> i32 {
    xs.iter().sum()
}

fn first_and_last<T: Copy, const N: usize>(xs: &[T; N]) -> Option<(T, T)> {
    if N == 0 { None } else { Some((xs[0], xs[N - 1])) }
}

fn chunked<const K: usize>(data: &[u8]) -> Vec<[u8; K]> {
    data.chunks_exact(K).map(|c| {
        let mut a = [0u8; K];
        a.copy_from_slice(c);
        a
    }).collect()
}

struct RingBuffer<T, const CAP: usize> {
    items: [Option<T>; CAP],
    next: usize,
}

impl<T: Copy + std::fmt::Debug, const CAP: usize> RingBuffer<T, CAP> {
    fn new() -> Self {
        RingBuffer { items: [None; CAP], next: 0 }
    }
    fn push(&mut self, x: T) {
        self.items[self.next % CAP] = Some(x);
        self.next += 1;
    }
    fn contents(&self) -> Vec<T> {
        self.items.iter().flatten().copied().collect()
    }
}

fn main() {
    println!("{}", sum_array([1, 2, 3]));
    println!("{}", sum_array([10; 7]));
    println!("{:?}", first_and_last(&['a', 'b', 'c']));
    println!("{:?}", first_and_last::<u8, 0>(&[]));

    let a = Vector { c: [1.0, 2.0, 3.0] };
    let b = Vector { c: [4.0, 5.0, 6.0] };
    println!("{} {}", a.dot(&b), a.dims());
    let z: Vector<5> = Vector::zero();
    println!("{:?}", z);

    let pairs = chunked::<2>(&[1, 2, 3, 4, 5]);
    println!("{:?}", pairs);
    let triples: Vec<[u8; 3]> = chunked(&[9, 8, 7, 6, 5, 4]);
    println!("{:?}", triples);

    let mut rb: RingBuffer<i32, 3> = RingBuffer::new();
    for i in 1..=5 {
        rb.push(i);
    }
    println!("{:?}", rb.contents());

    let grid = [[0u8; 4]; 2];
    println!("{} x {}", grid.len(), grid[0].len());
    let arr: [String; 3] = std::array::from_fn(|i| format!("s{i}"));
    println!("{:?}", arr);
    let doubled = [1, 2, 3].map(|x| x * 2);
    println!("{:?}", doubled);
}
