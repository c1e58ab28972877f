// Moving a `Vec` into a function inside a loop, and a `String` into a closure twice.
fn consume(items: Vec<String>) -> usize {
    items.len()
}

fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let mut total = 0;
    for _round in 0..3 {
        total += consume(names);
    }
    println!("{}", total);

    let label = String::from("done");
    let print = move || println!("{}", label);
    print();
    println!("{}", label);
}
