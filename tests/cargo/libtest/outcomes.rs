// Every outcome libtest reports: ok, failed (assert, Result Err), should_panic (ok,
// no panic, wrong message), ignored (with and without a reason), a top-level test.
pub fn add(a: i32, b: i32) -> i32 { a + b }

fn main() { println!("main"); }

#[test]
fn top_level() { assert_eq!(add(1, 2), 3); }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_works() {
        println!("hello from it_works");
        assert_eq!(add(2, 2), 4);
    }

    #[test]
    fn fails() {
        println!("some output");
        eprintln!("some err output");
        assert_eq!(add(2, 2), 5);
    }

    #[test]
    #[should_panic]
    fn panics_ok() { panic!("boom"); }

    #[test]
    #[should_panic(expected = "boom")]
    fn panics_expected() { panic!("big boom here"); }

    #[test]
    #[should_panic(expected = "zap")]
    fn panics_wrong() { panic!("big boom here"); }

    #[test]
    #[should_panic]
    fn no_panic() { }

    #[test]
    #[ignore]
    fn ignored() { panic!("ignored ran"); }

    #[test]
    #[ignore = "slow"]
    fn ignored_reason() { }

    #[test]
    fn result_ok() -> Result<(), String> { Ok(()) }

    #[test]
    fn result_err() -> Result<(), String> { println!("before err"); Err("bad thing".to_string()) }
}
