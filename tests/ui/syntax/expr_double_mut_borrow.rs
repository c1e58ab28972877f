fn main() {
    let mut log = Vec::new();
    let writer = &mut mut log;
    writer.push("started");
    println!("{:?}", log);
}
