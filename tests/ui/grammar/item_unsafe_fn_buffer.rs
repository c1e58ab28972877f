// A fixed-capacity byte buffer whose fast paths are unsafe fns.

struct ByteBuf {
    data: [u8; 16],
    len: usize,
}

impl ByteBuf {
    fn new() -> Self {
        ByteBuf { data: [0; 16], len: 0 }
    }

    /// # Safety
    /// The caller must ensure `self.len < 16`.
    unsafe fn push_unchecked(&mut self, b: u8) {
        let p = self.data.as_mut_ptr();
        unsafe { *p.add(self.len) = b };
        self.len += 1;
    }

    fn push(&mut self, b: u8) -> bool {
        if self.len < self.data.len() {
            // SAFETY: checked above.
            unsafe { self.push_unchecked(b) };
            true
        } else {
            false
        }
    }

    /// # Safety
    /// `i` must be below `self.len`.
    unsafe fn get_unchecked(&self, i: usize) -> u8 {
        unsafe { *self.data.as_ptr().add(i) }
    }

    fn sum(&self) -> u32 {
        let mut total = 0u32;
        for i in 0..self.len {
            total += unsafe { self.get_unchecked(i) } as u32;
        }
        total
    }
}

unsafe fn swap_raw(a: *mut u8, b: *mut u8) {
    unsafe {
        let t = *a;
        *a = *b;
        *b = t;
    }
}

fn reverse(buf: &mut ByteBuf) {
    let n = buf.len;
    let base = buf.data.as_mut_ptr();
    for i in 0..n / 2 {
        unsafe { swap_raw(base.add(i), base.add(n - 1 - i)) };
    }
}

fn main() {
    let mut buf = ByteBuf::new();
    let mut accepted = 0;
    for b in 1..=20u8 {
        if buf.push(b * 3) {
            accepted += 1;
        }
    }
    println!("accepted {} bytes, len {}", accepted, buf.len);
    println!("sum = {}", buf.sum());
    reverse(&mut buf);
    println!("first = {}, last = {}", buf.data[0], buf.data[buf.len - 1]);
    let head: Vec<u8> = buf.data[..4].to_vec();
    println!("head = {:?}", head);
}
