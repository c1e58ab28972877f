// Calling `drop` on a value whose borrow is used later: E0505.
struct Conn {
    id: u32,
}

fn main() {
    let c = Conn { id: 4 };
    let id_ref = &c.id;
    drop(c);
    println!("{id_ref}");
}
