// Calling functions with the wrong argument types and counts.
fn greet(name: &str, times: u32) {
    for _ in 0..times {
        println!("hi {}", name);
    }
}

fn area(w: f64, h: f64) -> f64 {
    w * h
}

fn total(xs: &Vec<i64>) -> i64 {
    xs.iter().sum()
}

fn main() {
    let name = String::from("Ann");
    greet(name, 2);
    let n: i32 = 3;
    greet("Bob", n);
    println!("{}", area(2, 3.5));
    let xs = vec![1i64, 2];
    println!("{}", total(xs));
    greet("Cy");
}
