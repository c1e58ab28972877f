//! A library with modules in files, unit tests in them, a failing test and a
//! should_panic test.

pub mod geometry;

pub fn double(x: i32) -> i32 {
    x * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles() {
        assert_eq!(double(21), 42);
    }

    #[test]
    fn fails() {
        println!("double(1) = {}", double(1));
        assert!(double(1) == 3, "one doubled is not three");
    }
}
