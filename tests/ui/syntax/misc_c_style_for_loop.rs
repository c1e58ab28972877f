fn main() {
    let data = [3, 1, 4, 1, 5];
    for (let i = 0; i < data.len(); i += 1) {
        println!("{}", data[i]);
    }
}
