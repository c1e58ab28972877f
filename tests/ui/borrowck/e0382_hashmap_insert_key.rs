// Inserting a String key into a HashMap moves it; printing it afterwards is E0382.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    let name = String::from("carol");
    ages.insert(name, 41);
    println!("{} is {}", name, ages.len());
}
