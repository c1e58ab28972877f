// Result combinators: map, map_err, and_then, or_else, unwrap_or, ok, collect into Result.
#[derive(Debug, PartialEq)]
enum MathError {
    DivByZero,
    Negative(f64),
}

fn div(a: f64, b: f64) -> Result<f64, MathError> {
    if b == 0.0 { Err(MathError::DivByZero) } else { Ok(a / b) }
}

fn sqrt(x: f64) -> Result<f64, MathError> {
    if x < 0.0 { Err(MathError::Negative(x)) } else { Ok(x.sqrt()) }
}

fn parse_pair(s: &str) -> Result<(i32, i32), String> {
    let (a, b) = s.split_once(',').ok_or_else(|| format!("no comma in {:?}", s))?;
    let a = a.trim().parse::<i32>().map_err(|e| format!("left: {}", e))?;
    let b = b.trim().parse::<i32>().map_err(|e| format!("right: {}", e))?;
    Ok((a, b))
}

fn main() {
    println!("{:?}", div(8.0, 2.0).and_then(sqrt));
    println!("{:?}", div(8.0, 0.0).and_then(sqrt));
    println!("{:?}", div(-8.0, 2.0).and_then(sqrt));
    println!("{:?}", div(1.0, 0.0).or_else(|_| div(1.0, 4.0)));
    println!("{:?}", sqrt(-1.0).map_err(|e| format!("{:?}", e)));
    println!("{}", sqrt(16.0).map(|r| r * 10.0).unwrap_or(-1.0));
    println!("{:?}", sqrt(-4.0).ok());
    println!("{}", div(1.0, 0.0).is_err());

    for s in ["3, 4", "3;4", "x,1", "5,y"] {
        match parse_pair(s) {
            Ok((a, b)) => println!("{} + {} = {}", a, b, a + b),
            Err(e) => println!("error: {}", e),
        }
    }

    let all: Result<Vec<i32>, _> = ["1", "2", "3"].iter().map(|s| s.parse::<i32>()).collect();
    let bad: Result<Vec<i32>, _> = ["1", "x"].iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?} {}", all, bad.is_err());

    let results = vec![Ok(1), Err("bad"), Ok(3)];
    let oks: Vec<i32> = results.iter().filter_map(|r| r.as_ref().ok()).copied().collect();
    let errs: Vec<&&str> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    println!("{:?} {:?}", oks, errs);

    let value: Result<u8, String> = Ok(7);
    let doubled = value.as_ref().map(|v| v * 2).unwrap_or_default();
    println!("{} {:?}", doubled, value);
    let n = "12".parse::<u32>().unwrap_or_else(|_| 0) + "x".parse::<u32>().unwrap_or(1);
    println!("{}", n);
    println!("{}", div(1.0, 2.0) == Ok(0.5));
    println!("{:?}", Ok::<i32, String>(3).and(Err::<i32, String>("later".into())));
}
