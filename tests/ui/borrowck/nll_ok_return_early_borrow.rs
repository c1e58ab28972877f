// A function that returns a borrow early on one path and mutates on the other.
fn find_or_push(v: &mut Vec<String>, needle: &str) -> usize {
    for (i, s) in v.iter().enumerate() {
        if s == needle {
            return i;
        }
    }
    v.push(needle.to_string());
    v.len() - 1
}

fn main() {
    let mut v = vec![String::from("a")];
    let i = find_or_push(&mut v, "b");
    let j = find_or_push(&mut v, "a");
    let k = find_or_push(&mut v, "b");
    println!("{i} {j} {k} {:?}", v);
}
