// A range pattern of chars matched against an integer: E0308.
fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        'a'..='z' => '?',
        _ => 'F',
    }
}

fn main() {
    println!("{}", grade(95));
}
