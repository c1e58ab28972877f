// unsafe traits and unsafe impls, including Send/Sync for a raw-pointer wrapper.
use std::marker::PhantomData;

/// Implementors promise that every bit pattern of their size is a valid value.
unsafe trait Pod: Copy {
    fn zeroed() -> Self {
        unsafe { std::mem::zeroed() }
    }
}

unsafe impl Pod for u32 {}
unsafe impl Pod for i16 {}
unsafe impl Pod for [u8; 4] {}

fn from_bytes<T: Pod>(bytes: &[u8]) -> Option<T> {
    if bytes.len() != std::mem::size_of::<T>() {
        return None;
    }
    let mut out = T::zeroed();
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), &mut out as *mut T as *mut u8, bytes.len());
    }
    Some(out)
}

struct RawSlice<T> {
    ptr: *const T,
    len: usize,
    _owner: PhantomData<T>,
}

unsafe impl<T: Sync> Send for RawSlice<T> {}
unsafe impl<T: Sync> Sync for RawSlice<T> {}

impl<T: Copy + std::fmt::Debug> RawSlice<T> {
    fn new(data: &'static [T]) -> Self {
        RawSlice { ptr: data.as_ptr(), len: data.len(), _owner: PhantomData }
    }
    fn get(&self, i: usize) -> Option<T> {
        if i < self.len {
            Some(unsafe { *self.ptr.add(i) })
        } else {
            None
        }
    }
}

fn assert_send_sync<T: Send + Sync>(_: &T) -> &'static str {
    "Send + Sync"
}

static DATA: [u16; 5] = [10, 20, 30, 40, 50];

fn main() {
    let le = from_bytes::<u32>(&0xDEADBEEFu32.to_ne_bytes());
    println!("u32: {:x?}", le);
    println!("i16: {:?}", from_bytes::<i16>(&(-2i16).to_ne_bytes()));
    println!("[u8;4]: {:?}", from_bytes::<[u8; 4]>(&[1, 2, 3, 4]));
    println!("wrong size: {:?}", from_bytes::<u32>(&[1, 2]));
    println!("zeroed u32 = {}", u32::zeroed());

    let rs = RawSlice::new(&DATA);
    println!("raw slice is {}", assert_send_sync(&rs));
    let picks: Vec<Option<u16>> = [0, 2, 4, 5].iter().map(|&i| rs.get(i)).collect();
    println!("{:?}", picks);
}
