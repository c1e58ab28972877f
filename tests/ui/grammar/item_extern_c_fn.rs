// Rust functions with the C ABI, used as callbacks through fn pointers.

extern "C" fn double(x: i32) -> i32 {
    x * 2
}

extern "C" fn negate(x: i32) -> i32 {
    -x
}

#[no_mangle]
pub extern "C" fn ferric_checksum(a: u32, b: u32) -> u32 {
    a.wrapping_mul(31).wrapping_add(b)
}

extern "C" fn is_even(x: i32) -> bool {
    x % 2 == 0
}

type Callback = extern "C" fn(i32) -> i32;

fn apply_all(values: &[i32], cb: Callback) -> Vec<i32> {
    values.iter().map(|&v| cb(v)).collect()
}

fn compose(first: Callback, second: Callback, x: i32) -> i32 {
    second(first(x))
}

struct Pipeline {
    stages: Vec<(&'static str, Callback)>,
}

impl Pipeline {
    fn run(&self, mut x: i32) -> i32 {
        for (name, f) in &self.stages {
            let y = f(x);
            println!("  {:>6}: {} -> {}", name, x, y);
            x = y;
        }
        x
    }
}

fn main() {
    let values = [1, 2, 3, 4];
    println!("doubled: {:?}", apply_all(&values, double));
    println!("negated: {:?}", apply_all(&values, negate));
    println!("compose: {}", compose(double, negate, 21));
    let evens: Vec<i32> = (1..=10).filter(|&x| is_even(x)).collect();
    println!("evens: {:?}", evens);
    println!("checksum: {}", ferric_checksum(7, 11));

    let p = Pipeline {
        stages: vec![("double", double), ("negate", negate), ("double", double)],
    };
    println!("pipeline:");
    let out = p.run(5);
    println!("result = {}", out);
}
