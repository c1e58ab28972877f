// Inference that depends on rustc's order: `Vec<_>` method lookup through Deref, closures
// whose captured integers are only known after fallback, `Err(e)?;` whose value type falls
// back to `()`, qualified associated consts, and `Iterator::flatten().copied()`.
trait Bounded {
    const MIN: Self;
}

impl Bounded for u8 {
    const MIN: u8 = 0;
}

#[derive(Debug)]
enum AppError {
    Empty,
}

fn check(s: &str) -> Result<usize, AppError> {
    if s.is_empty() {
        Err(AppError::Empty)?;
    }
    Ok(s.len())
}

fn main() {
    let words = "b a c".split(' ').collect::<Vec<_>>().join("-");
    let adders: Vec<Box<dyn Fn(i32) -> i32>> =
        (1..=3).map(|k| Box::new(move |x| x + k) as Box<dyn Fn(i32) -> i32>).collect();
    let grid = [[1, 2], [3, 4]];
    let flat: Vec<i32> = grid.iter().flatten().copied().collect();
    println!("{} {} {:?} {} {:?}", words, adders[2](1), flat, <u8 as Bounded>::MIN, check(""));
}
