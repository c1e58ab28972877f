// Global mutable state with `static mut`, accessed through raw pointers in unsafe blocks.
use std::ptr::{addr_of, addr_of_mut};

static mut CALLS: u32 = 0;
static mut HISTORY: [i32; 8] = [0; 8];
static mut HISTORY_LEN: usize = 0;
static mut LAST_ERROR: Option<&'static str> = None;

fn record(v: i32) {
    unsafe {
        CALLS += 1;
        let hist = &raw mut HISTORY;
        let len = HISTORY_LEN;
        if len < 8 {
            (*hist)[len] = v;
            HISTORY_LEN = len + 1;
        } else {
            LAST_ERROR = Some("history full");
        }
    }
}

fn checked_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 {
        unsafe { LAST_ERROR = Some("division by zero") };
        return None;
    }
    let q = a / b;
    record(q);
    Some(q)
}

fn snapshot() -> Vec<i32> {
    unsafe {
        let len = *addr_of!(HISTORY_LEN);
        let hist = &*addr_of!(HISTORY);
        hist[..len].to_vec()
    }
}

fn reset() {
    unsafe {
        let n = addr_of_mut!(HISTORY_LEN);
        *n = 0;
        LAST_ERROR = None;
    }
}

fn main() {
    for (a, b) in [(10, 2), (9, 3), (1, 0), (100, 7)] {
        println!("{} / {} = {:?}", a, b, checked_div(a, b));
    }
    println!("history {:?}", snapshot());
    let err = unsafe { LAST_ERROR };
    println!("last error {:?}", err);
    for i in 0..7 {
        record(i);
    }
    println!("history {:?}", snapshot());
    println!("last error {:?}", unsafe { LAST_ERROR });
    reset();
    record(42);
    println!("after reset {:?}", snapshot());
    let calls = unsafe { CALLS };
    println!("record called {} times", calls);
}
