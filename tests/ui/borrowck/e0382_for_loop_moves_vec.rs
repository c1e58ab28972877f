// `for x in v` moves the Vec into the loop; using it after the loop is E0382.
fn main() {
    let lines = vec![String::from("a"), String::from("b")];
    for line in lines {
        println!("{line}");
    }
    println!("{}", lines.len());
}
