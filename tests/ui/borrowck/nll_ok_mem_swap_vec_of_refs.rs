// NLL accepts this (a false error ferric once reported: m05b_mem_swap_vec_of_refs_E0597).
fn main() {
    let mut a: Vec<&str> = vec![];
    {
        let mut b = vec!["x"];
        std::mem::swap(&mut a, &mut b);
    }
    println!("{:?}", a);
}
