// Assigning to a field of `self` in a `&self` method: E0594.
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let a = Account { balance: 0 };
    a.deposit(5);
    println!("{}", a.balance);
}
