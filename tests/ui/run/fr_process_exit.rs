use std::process;

struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn validate(args: &[&str]) -> Result<u32, String> {
    let mut total = 0;
    for a in args {
        total += a.parse::<u32>().map_err(|e| format!("{}: {}", a, e))?;
    }
    Ok(total)
}

fn main() {
    let _g = Guard("outer");
    {
        let _inner = Guard("inner");
        println!("in block");
    }
    match validate(&["1", "2", "3"]) {
        Ok(t) => println!("total {}", t),
        Err(e) => println!("err {}", e),
    }
    match validate(&["4", "x5"]) {
        Ok(t) => println!("total {}", t),
        Err(e) => {
            println!("fatal: {}", e);
            eprintln!("exiting with 3");
            process::exit(3);
        }
    }
    println!("not reached");
}
