// Reaching into a module for a private field, a private function and a private struct.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn new(owner: &str) -> Self {
            Account { owner: owner.to_string(), balance: 0 }
        }

        fn audit(&self) -> bool {
            self.balance >= 0
        }
    }

    fn interest_rate() -> f64 {
        0.02
    }

    struct Ledger;
}

fn main() {
    let acct = bank::Account::new("ann");
    println!("{} {}", acct.owner, acct.balance);
    println!("{}", acct.audit());
    println!("{}", bank::interest_rate());
    let _l = bank::Ledger;
}
