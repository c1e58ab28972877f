fn longest_line(text: &str) -> &str {
    text.lines().max_by_key(|l| l.len()).unwrap_or("")
}

fn append_all(dst: &mut Vec<String>, src: &Vec<String>) {
    for s in src {
        dst.push(s.clone());
    }
}

fn main() {
    let v = Vec::new();
    v.push(1);

    let total = 0;
    for i in 0..3 {
        total += i;
    }

    let mut names = vec![String::from("ann"), String::from("bob")];
    let first = &names[0];
    names.push(String::from("cy"));
    println!("{} {}", first, total);

    let mut lines = vec![String::from("x")];
    append_all(&mut lines, &lines);

    let s = String::from("hello world");
    let word = longest_line(&s);
    drop(s);
    println!("{}", word);

    let mut scores = vec![1, 2, 3];
    for s in scores.iter() {
        if *s > 1 {
            scores.retain(|x| x != s);
        }
    }

    let text = String::from("abc");
    let moved = text;
    let len = text.len();
    println!("{} {}", moved, len);

    let data = vec![1, 2, 3];
    let handle = std::thread::spawn(|| data.len());
    println!("{:?}", handle.join());
}
