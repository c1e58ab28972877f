// Comparison operators are non-associative and bind tighter than &&, which binds
// tighter than ||. Both logical operators short-circuit.

fn noisy(label: &str, value: bool, log: &mut Vec<String>) -> bool {
    log.push(label.to_string());
    value
}

fn in_range(x: i32, lo: i32, hi: i32) -> bool {
    lo <= x && x < hi
}

fn leap(year: u32) -> bool {
    year % 4 == 0 && year % 100 != 0 || year % 400 == 0
}

fn main() {
    let a = 3;
    let b = 7;
    println!("a < b && b < 10 = {}", a < b && b < 10);
    println!("a > b || a == 3 = {}", a > b || a == 3);
    println!("a != b == true = {}", (a != b) == true);
    println!("a >= 3 && b <= 6 || a + b == 10 = {}", a >= 3 && b <= 6 || a + b == 10);
    println!("true || false && false = {}", true || false && false);
    println!("(true || false) && false = {}", (true || false) && false);
    println!("!true || true = {}", !true || true);
    println!("!(true || true) = {}", !(true || true));
    println!("1 + 2 == 3 && 2 * 2 > 3 = {}", 1 + 2 == 3 && 2 * 2 > 3);

    let mut log = Vec::new();
    let r = noisy("A", false, &mut log) && noisy("B", true, &mut log) || noisy("C", true, &mut log);
    println!("short-circuit result {} evaluated {:?}", r, log);
    log.clear();
    let r = noisy("A", true, &mut log) || noisy("B", false, &mut log) && noisy("C", false, &mut log);
    println!("short-circuit result {} evaluated {:?}", r, log);

    for year in [1900, 1996, 2000, 2023, 2024] {
        println!("{} leap: {}", year, leap(year));
    }

    let temps = [-5, 0, 12, 25, 31, 40];
    for t in temps {
        let label = if t < 0 {
            "freezing"
        } else if in_range(t, 0, 15) {
            "cold"
        } else if in_range(t, 15, 30) {
            "pleasant"
        } else {
            "hot"
        };
        println!("{:>3}C is {}", t, label);
    }

    // comparisons on other types
    println!("\"apple\" < \"banana\" = {}", "apple" < "banana");
    println!("'Z' < 'a' = {}", 'Z' < 'a');
    println!("(1, 2) < (1, 3) = {}", (1, 2) < (1, 3));
    println!("[1, 2, 3] == [1, 2, 3] = {}", [1, 2, 3] == [1, 2, 3]);
    println!("Some(2) > None = {}", Some(2) > None);
    println!("2.5 >= 2.5 = {}", 2.5 >= 2.5);
}
