// Block scoping and shadowing: re-binding with a different type, shadowing in
// inner blocks, values escaping blocks, and drop order at block end.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn main() {
    let input = "  42  ";
    let input = input.trim();
    let input: i32 = input.parse().unwrap();
    let input = input * 2;
    println!("shadowed through three types: {}", input);

    let x = 5;
    {
        let x = x * 10;
        println!("inner x = {}", x);
        {
            let x = "now a string";
            println!("innermost x = {}", x);
        }
        println!("inner x again = {}", x);
    }
    println!("outer x = {}", x);

    // shadowing in loops does not leak
    let count = 0;
    for i in 0..3 {
        let count = count + i;
        print!("{} ", count);
    }
    println!("| count after loop = {}", count);

    // a block that computes a value and drops its temporaries
    println!("entering block");
    let summary = {
        let _a = Noisy("a");
        let _b = Noisy("b");
        let s = format!("built inside block");
        s
    };
    println!("summary: {}", summary);

    // drop order: reverse declaration order at end of scope
    {
        let _first = Noisy("first");
        let _second = Noisy("second");
        let _ = Noisy("immediately-dropped wildcard");
        println!("end of scope coming");
    }

    // shadowing a variable with one derived from itself in a match
    let level = 3;
    let level = match level {
        0 => "off",
        1..=2 => "low",
        _ => "high",
    };
    println!("level = {}", level);

    // block expressions nest and can contain items
    let area = {
        fn square(n: u32) -> u32 {
            n * n
        }
        const SIDE: u32 = 7;
        let s = square(SIDE);
        s + { let border = 4 * SIDE; border }
    };
    println!("area with border = {}", area);

    let v = vec![1, 2, 3];
    let v: Vec<String> = v.iter().map(|n| n.to_string()).collect();
    let v = v.join("+");
    println!("v = {}", v);
    let _keep = Noisy("end of main");
    println!("main ending");
}
