use std::fmt;
use std::process;

#[derive(Debug)]
enum CliError {
    Missing(&'static str),
    Bad { arg: String, reason: String },
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CliError::Missing(what) => write!(f, "missing {}", what),
            CliError::Bad { arg, reason } => write!(f, "bad argument '{}': {}", arg, reason),
        }
    }
}

impl CliError {
    fn code(&self) -> i32 {
        match self {
            CliError::Missing(_) => 2,
            CliError::Bad { .. } => 3,
        }
    }
}

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn parse_args(args: &[&str]) -> Result<(u32, u32), CliError> {
    let a = args.first().ok_or(CliError::Missing("width"))?;
    let b = args.get(1).ok_or(CliError::Missing("height"))?;
    let w = a.parse::<u32>().map_err(|e| CliError::Bad { arg: a.to_string(), reason: e.to_string() })?;
    let h = b.parse::<u32>().map_err(|e| CliError::Bad { arg: b.to_string(), reason: e.to_string() })?;
    Ok((w, h))
}

fn run(args: &[&str]) -> Result<u32, CliError> {
    let (w, h) = parse_args(args)?;
    Ok(w * h)
}

fn main() {
    let _n = Noisy("main guard");
    let cases: [&[&str]; 5] = [&["3", "4"], &["5"], &[], &["7", "x"], &["", "1"]];
    let mut last_err = None;
    for c in cases.iter() {
        match run(c) {
            Ok(area) => println!("{:?} -> area {}", c, area),
            Err(e) => {
                println!("{:?} -> error: {} (code {})", c, e, e.code());
                last_err = Some(e);
            }
        }
    }
    if let Some(e) = last_err {
        eprintln!("fatal: {}", e);
        let _inner = Noisy("inner");
        process::exit(e.code() + 40);
    }
    println!("not reached");
}
