// Calling a mutating method through a `&` reference parameter: E0596.
fn add_default(list: &Vec<String>) {
    list.push(String::from("default"));
}

fn main() {
    let mut list = Vec::new();
    add_default(&list);
    println!("{:?}", list);
}
