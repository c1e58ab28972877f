// `panic!` in a `const fn` while evaluating a constant: E0080.
const fn checked_limit(limit: usize) -> usize {
    if limit == 0 {
        panic!("limit must be positive");
    }
    limit
}

const LIMIT: usize = checked_limit(0);

fn main() {}
