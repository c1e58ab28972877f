// Formatting with `{:?}` a struct that does not derive `Debug`: E0277.
struct Account {
    id: u32,
    balance: i64,
}

fn main() {
    let accounts = vec![Account { id: 1, balance: 100 }, Account { id: 2, balance: -5 }];
    for a in &accounts {
        println!("{:?}", a);
    }
}
