// NLL accepts this (a false error ferric once reported: m05_vec_append_lifetime_elem_E0597).
fn main() {
    let mut res: Vec<&str> = vec![];
    for x in ["a", "b"] {
        let mut more = vec![x];
        res.append(&mut more);
    }
    println!("{:?}", res);
}
