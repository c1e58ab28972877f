// Function pointer types with qualifiers: unsafe fn, extern "C" fn, unsafe extern "C" fn.

type Hook = unsafe extern "C" fn();
type CMath = extern "C" fn(f64) -> f64;
type RawReader = unsafe fn(*const u8, usize) -> u32;

static mut EVENTS: u32 = 0;

unsafe extern "C" fn on_start() {
    unsafe { EVENTS += 1 };
}

unsafe extern "C" fn on_stop() {
    unsafe { EVENTS += 100 };
}

extern "C" fn half(x: f64) -> f64 {
    x / 2.0
}

extern "C" fn cube(x: f64) -> f64 {
    x * x * x
}

unsafe fn sum_bytes(p: *const u8, n: usize) -> u32 {
    let mut total = 0u32;
    for i in 0..n {
        total += unsafe { *p.add(i) } as u32;
    }
    total
}

unsafe fn xor_bytes(p: *const u8, n: usize) -> u32 {
    (0..n).fold(0u32, |acc, i| acc ^ unsafe { *p.add(i) } as u32)
}

fn run_hooks(hooks: &[Option<Hook>]) -> usize {
    let mut ran = 0;
    for h in hooks.iter().flatten() {
        unsafe { h() };
        ran += 1;
    }
    ran
}

fn tabulate(name: &str, f: CMath) {
    let vals: Vec<String> = [1.0, 2.0, 3.0].iter().map(|&x| format!("{}", f(x))).collect();
    println!("{:<5} {}", name, vals.join(" "));
}

fn main() {
    let hooks: [Option<Hook>; 4] = [Some(on_start), None, Some(on_stop), Some(on_start)];
    let ran = run_hooks(&hooks);
    let events = unsafe { EVENTS };
    println!("ran {} hooks, events = {}", ran, events);

    tabulate("half", half);
    tabulate("cube", cube);

    let data = *b"Rust!";
    let readers: [(&str, RawReader); 2] = [("sum", sum_bytes), ("xor", xor_bytes)];
    for (name, r) in readers {
        let v = unsafe { r(data.as_ptr(), data.len()) };
        println!("{} of {:?} = {}", name, std::str::from_utf8(&data).unwrap(), v);
    }

    let safe_as_unsafe: unsafe fn(*const u8, usize) -> u32 = {
        fn count(_: *const u8, n: usize) -> u32 {
            n as u32
        }
        count
    };
    println!("count = {}", unsafe { safe_as_unsafe(data.as_ptr(), 3) });
    let plain: fn(f64) -> f64 = f64::sqrt;
    println!("sqrt(81) = {}", plain(81.0));
    println!("hook slot is pointer-sized: {}", std::mem::size_of::<Option<Hook>>() == std::mem::size_of::<usize>());
}
