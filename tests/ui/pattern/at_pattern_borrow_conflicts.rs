// Bindings after `@` that borrow or move what the outer binding already holds.
struct Token(String);

fn main() {
    let mut pair = Some((Token("a".to_string()), 1u8));
    match pair {
        ref mut _all @ Some((ref mut _inner, _)) => {}
        None => {}
    }
    let owned = Some(Token("b".to_string()));
    match owned {
        _whole @ Some(ref _part) => {}
        None => {}
    }
    let n = Some(3u8);
    if let copied @ Some(ref inner) = n {
        println!("{:?} {}", copied, inner);
    }
}
