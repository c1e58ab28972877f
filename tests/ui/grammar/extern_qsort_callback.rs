// Passing Rust `extern "C" fn` callbacks to C's qsort and bsearch.
use std::ffi::c_void;
use std::os::raw::c_int;

type Comparator = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;

extern "C" {
    fn qsort(base: *mut c_void, n: usize, size: usize, cmp: Comparator);
    fn bsearch(key: *const c_void, base: *const c_void, n: usize, size: usize, cmp: Comparator) -> *mut c_void;
}

unsafe extern "C" fn cmp_i32(a: *const c_void, b: *const c_void) -> c_int {
    let (x, y) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    x.cmp(&y) as c_int
}

unsafe extern "C" fn cmp_i32_desc(a: *const c_void, b: *const c_void) -> c_int {
    unsafe { -cmp_i32(a, b) }
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Player {
    score: u32,
    id: u8,
}

extern "C" fn cmp_player(a: *const c_void, b: *const c_void) -> c_int {
    let (p, q) = unsafe { (&*(a as *const Player), &*(b as *const Player)) };
    q.score.cmp(&p.score).then(p.id.cmp(&q.id)) as c_int
}

fn sort_with<T>(items: &mut [T], cmp: Comparator) {
    unsafe { qsort(items.as_mut_ptr() as *mut c_void, items.len(), std::mem::size_of::<T>(), cmp) }
}

fn find(sorted: &[i32], key: i32) -> Option<usize> {
    let p = unsafe {
        bsearch(
            &key as *const i32 as *const c_void,
            sorted.as_ptr() as *const c_void,
            sorted.len(),
            std::mem::size_of::<i32>(),
            cmp_i32,
        )
    };
    if p.is_null() {
        None
    } else {
        Some((p as usize - sorted.as_ptr() as usize) / std::mem::size_of::<i32>())
    }
}

fn main() {
    let mut v = [42, -3, 17, 8, 99, 0, 8];
    sort_with(&mut v, cmp_i32);
    println!("ascending:  {:?}", v);
    for key in [17, 5, 99] {
        println!("find {} -> {:?}", key, find(&v, key));
    }
    sort_with(&mut v, cmp_i32_desc);
    println!("descending: {:?}", v);

    let mut players = [
        Player { score: 30, id: 1 },
        Player { score: 85, id: 2 },
        Player { score: 30, id: 0 },
        Player { score: 60, id: 3 },
    ];
    sort_with(&mut players, cmp_player);
    for p in &players {
        println!("player {} scored {}", p.id, p.score);
    }
}
