fn main() {
    let opt = Some(42);
    let _ = match opt {
        Some(_) = true,
        None -> false,
    };
}
