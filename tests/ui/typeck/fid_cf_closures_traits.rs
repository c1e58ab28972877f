use std::fmt::Display;

trait Plugin {
    fn name(&self) -> String;
    fn configure<T: Display>(&mut self, value: T);
}

fn run_twice<F: Fn() -> u32>(f: F) -> u32 {
    f() + f()
}

fn make_shape(round: bool) -> impl Display {
    if round {
        "circle"
    } else {
        42
    }
}

fn average(xs: &[f64]) -> f64 {
    let total: f64 = xs.iter().sum();
    total / xs.len() as f64;
}

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => "B",
        _ => 'F',
    }
}

fn main() {
    let mut counter = 0;
    let n = run_twice(|| {
        counter += 1;
        counter
    });
    let plugins: Vec<Box<dyn Plugin>> = Vec::new();
    println!("{} {} {} {} {}", n, make_shape(true), average(&[1.0]), grade(85), plugins.len());
}
