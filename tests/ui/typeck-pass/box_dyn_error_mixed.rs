// Box<dyn Error> as a catch-all error: `?` boxes std errors, custom errors and strings.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct EmptyInput;

impl fmt::Display for EmptyInput {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "input was empty")
    }
}

impl Error for EmptyInput {}

fn first_number(line: &str) -> Result<i32, Box<dyn Error>> {
    if line.trim().is_empty() {
        return Err(Box::new(EmptyInput));
    }
    let word = line.split(',').next().ok_or("no field")?;
    let n: i32 = word.trim().parse()?;
    if n < 0 {
        return Err(format!("negative: {}", n).into());
    }
    Ok(n)
}

fn sum_lines(lines: &[&str]) -> Result<i32, Box<dyn Error>> {
    let mut total = 0;
    for l in lines {
        total += first_number(l)?;
    }
    Ok(total)
}

fn describe(r: Result<i32, Box<dyn Error>>) -> String {
    match r {
        Ok(v) => format!("ok {}", v),
        Err(e) if e.is::<EmptyInput>() => format!("empty! ({})", e),
        Err(e) => format!("error: {}", e),
    }
}

fn run() -> Result<(), Box<dyn Error + Send + Sync>> {
    let v: u8 = "200".parse()?;
    println!("parsed {}", v);
    Err("stopping early".into())
}

fn main() {
    println!("{}", describe(first_number("42, x")));
    println!("{}", describe(first_number("   ")));
    println!("{}", describe(first_number("abc")));
    println!("{}", describe(first_number("-3")));
    println!("{}", describe(sum_lines(&["1", "2,3", "39"])));
    println!("{}", describe(sum_lines(&["1", ""])));
    if let Err(e) = run() {
        println!("run failed: {}", e);
    }
}
