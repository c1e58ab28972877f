use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("bob", 40);
    let next = ages.get("bob") + 1;
    println!("{}", next);
}
