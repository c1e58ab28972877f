// Raw pointers: *const T and *mut T arithmetic over an image buffer.

struct Image {
    w: usize,
    h: usize,
    px: Vec<u8>,
}

impl Image {
    fn new(w: usize, h: usize) -> Self {
        Image { w, h, px: vec![0; w * h] }
    }

    fn row_ptr(&mut self, y: usize) -> *mut u8 {
        assert!(y < self.h);
        unsafe { self.px.as_mut_ptr().add(y * self.w) }
    }

    fn fill_gradient(&mut self) {
        for y in 0..self.h {
            let row = self.row_ptr(y);
            for x in 0..self.w {
                unsafe { *row.add(x) = (x * 16 + y * 4) as u8 };
            }
        }
    }

    fn sum_region(&self, x0: usize, y0: usize, w: usize, h: usize) -> u32 {
        let base: *const u8 = self.px.as_ptr();
        let mut total = 0u32;
        for y in y0..y0 + h {
            let row = base.wrapping_add(y * self.w);
            for x in x0..x0 + w {
                total += unsafe { row.add(x).read() } as u32;
            }
        }
        total
    }

    fn invert(&mut self) {
        let start = self.px.as_mut_ptr();
        let end = unsafe { start.add(self.px.len()) };
        let mut p = start;
        while p != end {
            unsafe {
                *p = 255 - *p;
                p = p.offset(1);
            }
        }
    }
}

fn split_at_ptr(v: &[u32], mid: usize) -> (*const u32, *const u32, usize) {
    let p = v.as_ptr();
    (p, p.wrapping_add(mid), v.len() - mid)
}

fn main() {
    let mut img = Image::new(8, 4);
    img.fill_gradient();
    for y in 0..img.h {
        println!("{:?}", &img.px[y * img.w..(y + 1) * img.w]);
    }
    println!("region sum {}", img.sum_region(2, 1, 3, 2));
    img.invert();
    println!("after invert row0 {:?}", &img.px[..4]);

    let nums = [10u32, 20, 30, 40, 50];
    let (a, b, n) = split_at_ptr(&nums, 2);
    unsafe {
        println!("first {} second-half start {} ({} items)", *a, *b, n);
        println!("distance {}", b.offset_from(a));
        let tail = std::slice::from_raw_parts(b, n);
        println!("tail {:?}", tail);
    }
    let null: *const u8 = std::ptr::null();
    println!("null is_null {}", null.is_null());
    let mut x = 5;
    let px = &mut x as *mut i32;
    unsafe {
        px.write(px.read() * 7);
    }
    println!("x = {}", x);
}
