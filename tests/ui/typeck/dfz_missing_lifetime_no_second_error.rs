// A field whose lifetime is missing (E0106) has a type mentioning an error: what meets it
// (a `String` where `&str` is declared) is not reported again.
struct Account {
    owner: &str,
    balance: i64,
}

fn main() {
    let acct = Account { owner: "Rosa".to_string(), balance: 100 };
    println!("{}", acct.balance);
}
