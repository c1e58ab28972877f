fn grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80
        'B'
    } else {
        'C'
    }
}

fn main() {
    println!("{}", grade(85));
}
