// E0716's advice: a `let binding` suggestion for a statement of the function's own block,
// a note when a block lies between the statement and the temporary.
fn main() {
    let r: &String;
    {
        r = &String::from("inner");
    }
    println!("{}", r);
    let s: &str;
    s = String::from("outer").as_str();
    println!("{}", s);
    let mut v: Vec<&String> = Vec::new();
    for i in 0..2 {
        v.push(&i.to_string());
    }
    println!("{:?}", v);
}
