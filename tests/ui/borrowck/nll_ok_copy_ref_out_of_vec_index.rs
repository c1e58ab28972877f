// NLL accepts this (a false error ferric once reported: m07_copy_ref_out_of_vec_index_E0502).
fn main() {
    let s = String::from("a b");
    let mut words: Vec<&str> = s.split(' ').collect();
    let w = words[0];
    words.clear();
    println!("{}", w);
}
