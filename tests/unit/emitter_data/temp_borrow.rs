fn main() {
    let r: &String;
    {
        let s = String::from("a");
        r = &s;
    }
    println!("{}", r);
    let t: &str = &String::from("b").as_str().to_string(); println!("{}", t);
}
