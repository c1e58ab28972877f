// Const arithmetic on a generic parameter (`{ N + 1 }`) parses but is rejected
// without the unstable `generic_const_exprs` feature.

struct Stack<const N: usize> {
    items: [u8; N],
}

impl<const N: usize> Stack<N> {
    fn grow(self, extra: u8) -> Stack<{ N + 1 }> {
        let mut items = [0u8; N + 1];
        items[..N].copy_from_slice(&self.items);
        items[N] = extra;
        Stack { items }
    }
}

fn main() {
    let s = Stack { items: [1, 2] };
    let t = s.grow(3);
    println!("{:?}", t.items);
}
