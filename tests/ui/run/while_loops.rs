// `while` loops: conditions that are one expression, that call functions, that create
// temporaries with drop glue; `break`/`continue` (labelled too) from inside.
struct Guard(u32);
impl Drop for Guard {
    fn drop(&mut self) {
        print!("g{} ", self.0);
    }
}
impl Guard {
    fn below(&self, n: u32) -> bool {
        self.0 < n
    }
}

fn steps(mut n: u64) -> u32 {
    let mut s = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        s += 1;
    }
    s
}

fn main() {
    println!("{}", steps(27));
    let mut i = 0;
    while Guard(i).below(3) {
        print!("body{} ", i);
        i += 1;
    }
    println!();
    let mut v = vec![1, 2, 3, 4, 5, 6];
    while let Some(x) = v.pop() {
        if x == 5 {
            continue;
        }
        if x == 2 {
            break;
        }
        print!("{} ", x);
    }
    println!("{:?}", v);
    let mut a = 0;
    'outer: while a < 10 {
        a += 1;
        let mut b = 0;
        while b < a {
            b += 1;
            if b == 3 {
                continue 'outer;
            }
            if a == 7 {
                break 'outer;
            }
        }
        print!("a{} ", a);
    }
    println!();
    let mut k: u8 = 250;
    while k > 0 {
        k += 3;
    }
}
