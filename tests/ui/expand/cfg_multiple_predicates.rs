#[cfg(unix, test)]
fn platform_helper() -> u32 {
    1
}

fn main() {
    println!("start");
}
