fn count_matches(hay: &[i32], needle: i32) -> usize {
    let match = hay.iter().filter(|&&x| x == needle).count();
    match
}

fn pick(flag: bool) -> i32 {
    let type = if flag { 1 } else { 2 };
    type
}

fn main() {
    println!("{} {}", count_matches(&[1, 2, 1], 1), pick(true));
}
