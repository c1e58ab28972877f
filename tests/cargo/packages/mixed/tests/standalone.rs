// An integration test that does not use the library (ferric cannot link crates yet).

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

#[test]
fn fib_10() {
    assert_eq!(fib(10), 55);
}

#[test]
fn returns_result() -> Result<(), String> {
    if fib(5) == 5 { Ok(()) } else { Err(format!("fib(5) = {}", fib(5))) }
}
