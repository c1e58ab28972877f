// Slice patterns: fixed length, `[first, .., last]`, `[x, rest @ ..]`,
// `[.., penultimate, _]`, on arrays, slices and Vec via as_slice.

fn sum(values: &[i64]) -> i64 {
    match values {
        [] => 0,
        [x, rest @ ..] => x + sum(rest),
    }
}

fn is_palindrome(chars: &[char]) -> bool {
    match chars {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn describe(cmd: &[&str]) -> String {
    match cmd {
        ["go", dir] => format!("walk {}", dir),
        ["go", dir, steps] => format!("walk {} {} steps", dir, steps),
        ["take", items @ ..] if !items.is_empty() => format!("take {} item(s): {}", items.len(), items.join(", ")),
        ["look"] | ["l"] => "look around".to_string(),
        [verb, ..] => format!("unknown verb {:?}", verb),
        [] => "say something".to_string(),
    }
}

fn median(sorted: &[i32]) -> Option<f64> {
    match sorted {
        [] => None,
        [m] => Some(*m as f64),
        [a, b] => Some((*a + *b) as f64 / 2.0),
        [_, inner @ .., _] => median(inner),
    }
}

fn main() {
    println!("sum = {}", sum(&[1, 2, 3, 4, 5, 6]));

    for word in ["racecar", "level", "rust", "a", "", "abca"] {
        let chars: Vec<char> = word.chars().collect();
        println!("{:?} palindrome: {}", word, is_palindrome(&chars));
    }

    for line in ["go north", "go east 3", "take lamp key rope", "take", "look", "l", "dance now", ""] {
        let words: Vec<&str> = line.split_whitespace().collect();
        println!("{:<20} -> {}", format!("{:?}", line), describe(&words));
    }

    let mut data = vec![9, 2, 7, 4, 5, 1];
    data.sort();
    println!("median of {:?} = {:?}", data, median(&data));
    data.push(10);
    println!("median of {:?} = {:?}", data, median(&data));

    // fixed-size array patterns
    let rgb = [255u8, 128, 0];
    let [r, g, b] = rgb;
    println!("r={} g={} b={}", r, g, b);
    let quad = [1, 2, 3, 4];
    let [a, .., d] = quad;
    let [_, mid @ .., _] = quad;
    println!("ends {} {} middle {:?}", a, d, mid);

    // binding the tail of a Vec by reference and mutating through it
    let mut scores = vec![50, 60, 70, 80];
    if let [head, tail @ ..] = scores.as_mut_slice() {
        *head += 5;
        for t in tail.iter_mut() {
            *t -= 5;
        }
    }
    println!("adjusted scores {:?}", scores);
    if let [.., second_last, _] = scores[..] {
        println!("second to last: {}", second_last);
    }
    match scores.as_slice() {
        [x, y, ..] if x < y => println!("ascending start: {} < {}", x, y),
        _ => println!("not ascending"),
    }
}
