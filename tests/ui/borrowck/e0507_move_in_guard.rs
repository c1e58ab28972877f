fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    for w in words {
        match w {
            s if s.len() > 1 && { let owned = s; owned.len() > 0 } => println!("long"),
            s => println!("{s}"),
        }
    }
}
