use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32>> = HashMap::new();
    ages.insert(String::from("ann"), 31);
    println!("{:?}", ages.get("ann"));
}
