fn banner {
    println!("=== report ===");
}

fn main() {
    banner();
}
