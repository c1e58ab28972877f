// `Drop` for a foreign type: an orphan impl (E0117) of `Drop` on a non-local type (E0120).
struct Item;

impl Drop for Vec<Item> {
    fn drop(&mut self) {
        println!("dropping");
    }
}

fn main() {
    let _v: Vec<Item> = Vec::new();
}
