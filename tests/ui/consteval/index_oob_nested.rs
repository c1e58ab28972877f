// An index past the end of a constant array of tuples: E0080.
const PAIRS: [(u8, char); 2] = [(1, 'a'), (2, 'b')];
const THIRD: char = PAIRS[2].1;

fn main() {}
