use std::collections::VecDeque;
use std::fmt::{self, Debug, Display};

#[derive(Debug, Clone, Default)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + Debug> Stack<T> {
    fn push(&mut self, x: T) -> &mut Self {
        self.items.push(x);
        self
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

struct MinHeap<T> {
    data: Vec<T>,
}

impl<T: PartialOrd + Copy + Display> MinHeap<T> {
    fn new() -> Self {
        MinHeap { data: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.data.push(x);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }
    fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let n = self.data.len() - 1;
        self.data.swap(0, n);
        let top = self.data.pop();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < self.data.len() && self.data[l] < self.data[m] {
                m = l;
            }
            if r < self.data.len() && self.data[r] < self.data[m] {
                m = r;
            }
            if m == i {
                break;
            }
            self.data.swap(i, m);
            i = m;
        }
        top
    }
}

impl<T: Display> Display for MinHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "heap[")?;
        for (i, x) in self.data.iter().enumerate() {
            if i > 0 {
                write!(f, " ")?;
            }
            write!(f, "{}", x)?;
        }
        write!(f, "]")
    }
}

struct RingBuffer<T, const N: usize> {
    buf: [Option<T>; N],
    head: usize,
    len: usize,
}

impl<T: Copy + Debug, const N: usize> RingBuffer<T, N> {
    fn new() -> Self {
        RingBuffer { buf: [None; N], head: 0, len: 0 }
    }
    fn push(&mut self, x: T) -> Option<T> {
        let idx = (self.head + self.len) % N;
        if self.len == N {
            let old = self.buf[self.head].replace(x);
            self.head = (self.head + 1) % N;
            old
        } else {
            self.buf[idx] = Some(x);
            self.len += 1;
            None
        }
    }
    fn to_vec(&self) -> Vec<T> {
        (0..self.len).filter_map(|i| self.buf[(self.head + i) % N]).collect()
    }
    const CAPACITY: usize = N;
}

fn balanced(s: &str) -> bool {
    let mut st: Stack<char> = Stack::default();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => {
                st.push(c);
            }
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                if st.pop() != Some(want) {
                    return false;
                }
            }
            _ => {}
        }
    }
    st.is_empty()
}

fn rpn(expr: &str) -> Result<f64, String> {
    let mut st: Stack<f64> = Stack::default();
    for tok in expr.split_whitespace() {
        if let Ok(n) = tok.parse::<f64>() {
            st.push(n);
            continue;
        }
        let b = st.pop().ok_or("stack underflow")?;
        let a = st.pop().ok_or("stack underflow")?;
        st.push(match tok {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a / b,
            "^" => a.powf(b),
            op => return Err(format!("unknown operator {:?}", op)),
        });
    }
    if st.len() == 1 { Ok(st.pop().unwrap()) } else { Err(format!("{} values left", st.len())) }
}

fn main() {
    let mut s = Stack::default();
    s.push(1).push(2).push(3);
    println!("{:?} peek={:?} len={}", s, s.peek(), s.len());
    let snapshot = s.clone();
    while let Some(x) = s.pop() {
        print!("{} ", x);
    }
    println!("| snapshot {:?}", snapshot.items);
    for e in ["([]{})", "([)]", "((", "", "{[()()]}"] {
        println!("{:>10} balanced: {}", e, balanced(e));
    }
    for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^", "1 +", "1 2", "4 2 %", "1 0 /"] {
        println!("{:<20} => {:?}", e, rpn(e));
    }
    let mut h = MinHeap::new();
    for x in [5, 3, 8, 1, 9, 2, 7] {
        h.push(x);
    }
    println!("{}", h);
    let sorted: Vec<i32> = std::iter::from_fn(|| h.pop()).collect();
    println!("{:?}", sorted);
    let mut hf = MinHeap::new();
    for x in [2.5, -1.0, 0.25] {
        hf.push(x);
    }
    println!("{}", hf);
    println!("first={:?}", hf.pop());
    let mut rb: RingBuffer<u8, 3> = RingBuffer::new();
    for i in 1..=5 {
        let ev = rb.push(i * 10);
        println!("push {} evicted {:?} -> {:?}", i * 10, ev, rb.to_vec());
    }
    println!("capacity {}", RingBuffer::<u8, 3>::CAPACITY);
    let mut q: VecDeque<&str> = VecDeque::with_capacity(4);
    q.push_back("b");
    q.push_front("a");
    q.extend(["c", "d", "e"]);
    q.rotate_left(2);
    println!("{:?} front={:?} back={:?}", q, q.front(), q.back());
    q.make_contiguous().sort();
    println!("{:?} {:?}", q, q.as_slices().0);
    println!("{:?}", q.iter().rev().step_by(2).collect::<Vec<_>>());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?} contains c? {}", q.range(1..).collect::<Vec<_>>(), q.contains(&"c"));
    q.retain(|s| *s != "c");
    q.truncate(1);
    println!("{:?} {}", q, q.len());
}
