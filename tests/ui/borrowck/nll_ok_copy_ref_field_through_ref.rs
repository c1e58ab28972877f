// NLL accepts this (a false error ferric once reported: m07b_copy_ref_field_through_ref_E0506).
struct T { kind: &'static str }
fn main() {
    let mut t = T { kind: "a" };
    let r = &t;
    let k = r.kind;
    t.kind = "b";
    println!("{}", k);
}
