// A bank organised in nested modules with restricted visibility.

mod bank {
    pub mod accounts {
        #[derive(Debug)]
        pub struct Account {
            pub owner: String,
            pub(crate) balance: u64,
            pub(super) audit_log: Vec<String>,
            pub(in crate::bank) pin: u16,
        }

        impl Account {
            pub fn new(owner: &str, pin: u16) -> Self {
                Account { owner: owner.to_string(), balance: 0, audit_log: Vec::new(), pin }
            }

            pub(crate) fn credit(&mut self, amount: u64) {
                self.balance += amount;
                self.log(format!("credit {}", amount));
            }

            pub(super) fn debit(&mut self, amount: u64) -> bool {
                if amount > self.balance {
                    self.log(format!("denied {}", amount));
                    return false;
                }
                self.balance -= amount;
                self.log(format!("debit {}", amount));
                true
            }

            fn log(&mut self, entry: String) {
                self.audit_log.push(entry);
            }
        }
    }

    pub mod teller {
        use super::accounts::Account;

        pub fn withdraw(acct: &mut Account, pin: u16, amount: u64) -> Result<u64, &'static str> {
            if acct.pin != pin {
                return Err("bad pin");
            }
            if super::policy::over_limit(amount) {
                return Err("over daily limit");
            }
            if acct.debit(amount) { Ok(acct.balance) } else { Err("insufficient funds") }
        }
    }

    mod policy {
        pub(super) const DAILY_LIMIT: u64 = 500;

        pub(super) fn over_limit(amount: u64) -> bool {
            amount > DAILY_LIMIT
        }
    }

    pub fn history(acct: &accounts::Account) -> String {
        acct.audit_log.join(", ")
    }

    pub fn limit() -> u64 {
        policy::DAILY_LIMIT
    }
}

use bank::accounts::Account;

fn main() {
    let mut acct = Account::new("ada", 1234);
    acct.credit(800);
    println!("{} has {}", acct.owner, acct.balance);
    println!("{:?}", bank::teller::withdraw(&mut acct, 1111, 10));
    println!("{:?}", bank::teller::withdraw(&mut acct, 1234, 600));
    println!("{:?}", bank::teller::withdraw(&mut acct, 1234, 300));
    println!("{:?}", bank::teller::withdraw(&mut acct, 1234, 450));
    println!("{:?}", bank::teller::withdraw(&mut acct, 1234, 500));
    println!("history: {}", bank::history(&acct));
    println!("limit: {}", bank::limit());
    println!("final balance: {}", acct.balance);
}
