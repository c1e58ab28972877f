fn main() {
    let temp = 31;
    let label = temp > 30 ? "hot" : "mild";
    println!("{}", label);
}
