fn checksum(data: &[u8]) -> u32 {
    data.iter().map(|&b| b as u32).sum()
}

fn main() {
    let word = b"café";
    println!("{}", checksum(word));
}
