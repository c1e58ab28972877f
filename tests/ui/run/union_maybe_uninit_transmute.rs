use std::mem::{self, MaybeUninit};

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

union Pixel {
    rgba: Rgba,
    packed: u32,
    bytes: [u8; 4],
}

fn main() {
    let squares: [u64; 6] = std::array::from_fn(|i| (i * i) as u64);
    println!("{:?}", squares);
    let names = ["ada", "bob", "cy"].map(|s| s.to_uppercase());
    println!("{:?}", names);
    let mut slot = MaybeUninit::<String>::uninit();
    slot.write(String::from("written later"));
    let s = unsafe { slot.assume_init() };
    println!("{s}");
    let mut arr: [MaybeUninit<i32>; 3] = [MaybeUninit::uninit(); 3];
    for (i, a) in arr.iter_mut().enumerate() {
        a.write(i as i32 * 10 - 5);
    }
    let arr: [i32; 3] = unsafe { mem::transmute(arr) };
    println!("{:?}", arr);
    let mut x = MaybeUninit::<u32>::uninit();
    unsafe { x.as_mut_ptr().write(77) };
    println!("{}", unsafe { x.assume_init() });

    let bits: u32 = unsafe { mem::transmute(1.5f32) };
    println!("{:#x}", bits);
    let bytes: [u8; 4] = unsafe { mem::transmute(0x11223344u32) };
    println!("{:?}", bytes);
    let back: u32 = unsafe { mem::transmute(bytes) };
    println!("{:#x}", back);
    let f: f64 = unsafe { mem::transmute(0x3ff8000000000000u64) };
    println!("{}", f);
    println!("{:?}", 2.5f32.to_ne_bytes());

    let mut p = Pixel { rgba: Rgba { r: 1, g: 2, b: 3, a: 255 } };
    println!("{:#010x}", unsafe { p.packed });
    unsafe { p.bytes[1] = 0xAA };
    println!("{:?}", unsafe { p.rgba });
    p.packed = 0x01020304;
    println!("{:?} {:?}", unsafe { p.bytes }, unsafe { p.rgba });
    let z: (u16, f32) = unsafe { mem::zeroed() };
    println!("{:?} {}", z, mem::size_of::<Pixel>());
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 9;
    let flat: [u8; 6] = unsafe { mem::transmute(grid) };
    println!("{:?}", flat);
}
