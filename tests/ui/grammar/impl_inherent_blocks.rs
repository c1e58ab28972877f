// Several inherent impl blocks: constructors, associated consts, and grouped methods.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Account {
    id: u32,
    balance_cents: i64,
    frozen: bool,
}

// constructors and constants
impl Account {
    pub const OVERDRAFT_LIMIT: i64 = -5_000;
    const FEE: i64 = 150;

    pub fn open(id: u32) -> Self {
        Self { id, balance_cents: 0, frozen: false }
    }

    pub fn with_balance(id: u32, balance_cents: i64) -> Self {
        Self { balance_cents, ..Self::open(id) }
    }
}

// transactions
impl Account {
    pub fn deposit(&mut self, cents: i64) -> Result<i64, String> {
        self.check_active()?;
        self.balance_cents += cents;
        Ok(self.balance_cents)
    }

    pub fn withdraw(&mut self, cents: i64) -> Result<i64, String> {
        self.check_active()?;
        let after = self.balance_cents - cents - Self::FEE;
        if after < Self::OVERDRAFT_LIMIT {
            return Err(format!("account {}: would go to {}", self.id, after));
        }
        self.balance_cents = after;
        Ok(after)
    }

    fn check_active(&self) -> Result<(), String> {
        if self.frozen { Err(format!("account {} is frozen", self.id)) } else { Ok(()) }
    }
}

// administration
impl Account {
    pub fn freeze(&mut self) {
        self.frozen = true;
    }

    pub fn transfer(from: &mut Account, to: &mut Account, cents: i64) -> Result<(), String> {
        from.withdraw(cents)?;
        to.deposit(cents).map(|_| ())
    }
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.balance_cents < 0 { "-" } else { "" };
        let abs = self.balance_cents.abs();
        write!(f, "#{} {}${}.{:02}{}", self.id, sign, abs / 100, abs % 100, if self.frozen { " [frozen]" } else { "" })
    }
}

fn main() {
    let mut a = Account::with_balance(1, 10_000);
    let mut b = Account::open(2);
    println!("{} | {}", a, b);
    println!("{:?}", Account::transfer(&mut a, &mut b, 2_500));
    println!("{} | {}", a, b);
    println!("{:?}", b.withdraw(7_000));
    println!("{:?}", b.withdraw(1_000));
    println!("{} | {}", a, b);
    a.freeze();
    println!("{:?}", Account::transfer(&mut b, &mut a, 100));
    println!("{:?}", a.deposit(1));
    println!("{} | {}", a, b);
    println!("limit {}", Account::OVERDRAFT_LIMIT);
}
