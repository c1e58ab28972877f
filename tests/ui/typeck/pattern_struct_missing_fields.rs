// A struct pattern that omits fields without `..`: E0027.
struct Packet {
    id: u16,
    payload: Vec<u8>,
    checksum: u32,
}

fn inspect(p: &Packet) {
    let Packet { id, payload } = p;
    println!("{} {}", id, payload.len());
}

fn main() {
    inspect(&Packet { id: 1, payload: vec![1, 2], checksum: 0 });
}
