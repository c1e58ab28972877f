// Coercions that need what the context or pending obligations know: expected argument
// types from the expected result, deref coercion of loop items, operator rhs from the
// single impl, unsizing through Pin and Box, unsafe fn pointers, calls through `&fn`.
use std::error::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

#[derive(Debug)]
struct Empty;

impl fmt::Display for Empty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "empty")
    }
}

impl Error for Empty {}

fn first(line: &str) -> Result<i32, Box<dyn Error>> {
    if line.is_empty() {
        return Err(Box::new(Empty));
    }
    Ok(line.trim().parse::<i32>()?)
}

fn total(lines: &[&str]) -> i32 {
    let mut sum = 0;
    for l in lines {
        sum += first(l).unwrap_or(0);
    }
    sum
}

fn twice(x: u32) -> u32 {
    x * 2
}

fn make() -> Pin<Box<dyn Future<Output = u8>>> {
    Box::pin(async { 7 })
}

fn main() {
    let mut text = String::from("a");
    let more = String::from("b");
    text += &more;
    let a: &[u8] = b"ab";
    let b: &[u8] = b"ac";
    let ord = a.partial_cmp(&b);
    let f: unsafe fn(u32) -> u32 = twice;
    let g: &fn(u32) -> u32 = &(twice as fn(u32) -> u32);
    let d: &dyn fmt::Display = &2.5;
    let _fut = make();
    println!("{} {} {:?} {} {} {}", total(&["1", "2", ""]), text, ord, unsafe { f(2) }, g(3), d);
}
