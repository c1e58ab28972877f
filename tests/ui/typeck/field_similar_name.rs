// A misspelt field access: the similar field is suggested.
struct Account {
    balance: i64,
}
fn main() {
    let a = Account { balance: 10 };
    println!("{}", a.balanse);
}
