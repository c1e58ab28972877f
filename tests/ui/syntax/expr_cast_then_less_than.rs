fn main() {
    let items = vec![10, 20, 30];
    let idx: u8 = 2;
    if idx as usize < items.len() {
        println!("{}", items[idx as usize]);
    }
}
