use std::thread;

fn main() {
    let h = thread::Builder::new()
        .name("cruncher".into())
        .spawn(|| {
            let x: Option<u8> = None;
            x.expect("no value in cruncher")
        })
        .unwrap();
    let r = h.join();
    println!("cruncher failed: {}", r.is_err());
}
