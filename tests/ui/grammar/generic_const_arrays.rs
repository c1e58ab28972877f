// Const generics over arrays: ring buffers, chunking, and const arguments.

#[derive(Debug)]
struct Ring<T, const N: usize> {
    buf: [T; N],
    head: usize,
    len: usize,
}

impl<T: Copy + Default, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { buf: [T::default(); N], head: 0, len: 0 }
    }

    fn push(&mut self, v: T) -> Option<T> {
        let idx = (self.head + self.len) % N;
        if self.len == N {
            let old = self.buf[self.head];
            self.buf[self.head] = v;
            self.head = (self.head + 1) % N;
            Some(old)
        } else {
            self.buf[idx] = v;
            self.len += 1;
            None
        }
    }

    fn to_vec(&self) -> Vec<T> {
        (0..self.len).map(|i| self.buf[(self.head + i) % N]).collect()
    }

    const fn capacity(&self) -> usize {
        N
    }
}

fn sum_array<const N: usize>(a: [i32; N]) -> i32 {
    a.iter().sum()
}

fn first_n<const N: usize>(v: &[u8]) -> Option<[u8; N]> {
    v.get(..N)?.try_into().ok()
}

fn pad<const N: usize>(s: &str) -> [char; N] {
    let mut out = ['.'; N];
    for (slot, c) in out.iter_mut().zip(s.chars()) {
        *slot = c;
    }
    out
}

const WIDTH: usize = 3;

fn main() {
    let mut r: Ring<u32, 4> = Ring::new();
    for i in 1..=6 {
        if let Some(evicted) = r.push(i * 10) {
            println!("evicted {}", evicted);
        }
    }
    println!("ring {:?} cap {}", r.to_vec(), r.capacity());

    println!("sum3 = {}", sum_array([1, 2, 3]));
    println!("sum5 = {}", sum_array([5; 5]));
    println!("sum0 = {}", sum_array::<0>([]));

    let bytes = [9u8, 8, 7, 6, 5];
    println!("{:?}", first_n::<2>(&bytes));
    println!("{:?}", first_n::<{ WIDTH + 1 }>(&bytes));
    println!("{:?}", first_n::<{ 2 * WIDTH }>(&bytes));

    let p: [char; 6] = pad("abc");
    println!("{}", p.iter().collect::<String>());
    let q = pad::<{ WIDTH * 2 - 1 }>("rustacean");
    println!("{}", q.iter().collect::<String>());
    let grid = [[0u8; WIDTH]; { WIDTH - 1 }];
    println!("grid {}x{}", grid.len(), grid[0].len());
}
