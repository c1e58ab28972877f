// NLL accepts this (a false error ferric once reported: m08b_drain_box_dyn_E0506).
fn main() {
    let mut jobs: Vec<Box<dyn Fn()>> = vec![Box::new(|| ())];
    let mut keep = Vec::new();
    for j in jobs.drain(..) { keep.push(j); }
    jobs = keep;
    jobs.clear();
}
