// Reading a private field from outside its module: E0616.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }
    }
}

fn main() {
    let a = bank::Account::open("Lin");
    println!("{} has {}", a.owner, a.balance);
}
