use std::cell::Cell;

#[derive(Debug)]
struct Plain {
    id: u32,
    label: &'static str,
}

#[derive(Debug)]
struct Logged {
    id: u32,
}

impl Drop for Logged {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

#[derive(Debug)]
struct Flag {
    on: Cell<bool>,
}

struct Registry<'a> {
    plain: Vec<&'a Plain>,
    logged: Vec<&'a Logged>,
    flags: Vec<&'a Flag>,
}

fn main() {
    let mut reg = Registry { plain: Vec::new(), logged: Vec::new(), flags: Vec::new() };
    // A struct literal of constants is promoted to a `'static`: fine.
    reg.plain.push(&Plain { id: 1, label: "one" });
    let p: &'static Plain = &Plain { id: 2, label: "two" };
    reg.plain.push(p);
    // A type with `Drop` is never promoted: the temporary dies at the `;`.
    reg.logged.push(&Logged { id: 3 });
    // Nor is one with interior mutability.
    reg.flags.push(&Flag { on: Cell::new(false) });
    let tuple_struct: &'static (u8, Plain) = &(1, Plain { id: 4, label: "four" });
    println!("{:?} {:?} {:?} {:?}", reg.plain, reg.logged, reg.flags, tuple_struct);
}
