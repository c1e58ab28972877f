// take_while, skip_while, skip, take, step_by, last, nth on ranges and slices.
fn leading_spaces(s: &str) -> usize {
    s.chars().take_while(|c| *c == ' ').count()
}

fn trim_leading_zeros(digits: &[u8]) -> Vec<u8> {
    let v: Vec<u8> = digits.iter().copied().skip_while(|&d| d == 0).collect();
    if v.is_empty() { vec![0] } else { v }
}

fn main() {
    println!("{}", leading_spaces("    indented"));
    println!("{:?}", trim_leading_zeros(&[0, 0, 4, 0, 2]));
    println!("{:?}", trim_leading_zeros(&[0, 0]));

    let odds: Vec<u32> = (1..20).step_by(2).collect();
    println!("{:?}", odds);

    let page: Vec<u32> = odds.iter().skip(3).take(4).cloned().collect();
    println!("{:?}", page);

    let small: Vec<&u32> = odds.iter().take_while(|&&x| x < 8).collect();
    println!("{:?}", small);

    println!("{:?} {:?}", odds.iter().last(), odds.iter().nth(2));
    println!("{:?}", (0..5).rev().step_by(2).collect::<Vec<_>>());

    let log = ["# header", "# more", "data 1", "data 2", "# trailing"];
    let body: Vec<&str> = log.iter().skip_while(|l| l.starts_with('#')).take_while(|l| !l.starts_with('#')).copied().collect();
    println!("{:?}", body);

    let mut it = (1..=10).into_iter();
    let first_three: Vec<i32> = it.by_ref().take(3).collect();
    let rest: i32 = it.sum();
    println!("{:?} {}", first_three, rest);

    let triangular: Vec<u64> = (1..)
        .scan(0u64, |acc, n: u64| {
            *acc += n;
            Some(*acc)
        })
        .take_while(|&t| t < 50)
        .collect();
    println!("{:?}", triangular);

    let cycle: String = "ab".chars().cycle().take(5).collect();
    println!("{}", cycle);
}
