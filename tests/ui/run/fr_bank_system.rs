use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, PartialEq)]
enum BankError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountNotFound(String),
    Frozen(String),
    Parse(ParseIntError),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "insufficient funds: needed {} but only {} available", needed, available)
            }
            BankError::AccountNotFound(name) => write!(f, "account '{}' not found", name),
            BankError::Frozen(name) => write!(f, "account {name} is frozen"),
            BankError::Parse(e) => write!(f, "bad amount: {}", e),
        }
    }
}

impl Error for BankError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            BankError::Parse(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseIntError> for BankError {
    fn from(e: ParseIntError) -> Self {
        BankError::Parse(e)
    }
}

trait Account: fmt::Debug {
    fn name(&self) -> &str;
    fn balance(&self) -> u64;
    fn deposit(&mut self, amount: u64);
    fn withdraw(&mut self, amount: u64) -> Result<(), BankError>;
    fn kind(&self) -> &'static str {
        "generic"
    }
}

#[derive(Debug)]
struct Checking {
    name: String,
    balance: u64,
    frozen: bool,
}

#[derive(Debug)]
struct Savings {
    name: String,
    balance: u64,
    rate_bp: u64,
}

impl Account for Checking {
    fn name(&self) -> &str { &self.name }
    fn balance(&self) -> u64 { self.balance }
    fn deposit(&mut self, amount: u64) { self.balance += amount; }
    fn withdraw(&mut self, amount: u64) -> Result<(), BankError> {
        if self.frozen {
            return Err(BankError::Frozen(self.name.clone()));
        }
        if amount > self.balance {
            return Err(BankError::InsufficientFunds { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        Ok(())
    }
    fn kind(&self) -> &'static str { "checking" }
}

impl Account for Savings {
    fn name(&self) -> &str { &self.name }
    fn balance(&self) -> u64 { self.balance }
    fn deposit(&mut self, amount: u64) { self.balance += amount + amount * self.rate_bp / 10_000; }
    fn withdraw(&mut self, amount: u64) -> Result<(), BankError> {
        self.balance = self.balance.checked_sub(amount).ok_or(BankError::InsufficientFunds {
            needed: amount,
            available: self.balance,
        })?;
        Ok(())
    }
}

struct Bank {
    accounts: HashMap<String, Box<dyn Account>>,
    log: Vec<String>,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: HashMap::new(), log: Vec::new() }
    }
    fn open(&mut self, acct: Box<dyn Account>) {
        self.log.push(format!("open {} ({})", acct.name(), acct.kind()));
        self.accounts.insert(acct.name().to_string(), acct);
    }
    fn get_mut(&mut self, name: &str) -> Result<&mut Box<dyn Account>, BankError> {
        self.accounts.get_mut(name).ok_or_else(|| BankError::AccountNotFound(name.to_string()))
    }
    fn transfer(&mut self, from: &str, to: &str, amount: &str) -> Result<u64, BankError> {
        let amount: u64 = amount.trim().parse()?;
        if !self.accounts.contains_key(to) {
            return Err(BankError::AccountNotFound(to.into()));
        }
        self.get_mut(from)?.withdraw(amount)?;
        self.get_mut(to)?.deposit(amount);
        self.log.push(format!("transfer {amount} {from}->{to}"));
        Ok(amount)
    }
    fn total(&self) -> u64 {
        self.accounts.values().map(|a| a.balance()).sum()
    }
}

fn main() {
    let mut bank = Bank::new();
    bank.open(Box::new(Checking { name: "alice".into(), balance: 500, frozen: false }));
    bank.open(Box::new(Savings { name: "bob".into(), balance: 1000, rate_bp: 250 }));
    bank.open(Box::new(Checking { name: "carol".into(), balance: 50, frozen: true }));

    let ops = [
        ("alice", "bob", "200"),
        ("bob", "alice", " 40 "),
        ("alice", "dave", "1"),
        ("carol", "alice", "10"),
        ("alice", "bob", "100000"),
        ("bob", "alice", "12x"),
        ("bob", "carol", "-5"),
        ("bob", "alice", "99999999999999999999999"),
    ];
    for (from, to, amt) in ops.iter() {
        match bank.transfer(from, to, amt) {
            Ok(n) => println!("ok: moved {}", n),
            Err(e) => {
                print!("error: {}", e);
                if let Some(src) = e.source() {
                    print!(" (caused by: {})", src);
                }
                println!();
                println!("  debug: {:?}", e);
            }
        }
    }
    let mut names: Vec<_> = bank.accounts.keys().cloned().collect();
    names.sort();
    for n in &names {
        let a = &bank.accounts[n];
        println!("{:<6} {:>8} {:>6}", a.name(), a.kind(), a.balance());
    }
    println!("total = {}", bank.total());
    println!("log:\n  {}", bank.log.join("\n  "));
    let boxed: Box<dyn Error> = Box::new(BankError::AccountNotFound("x".into()));
    println!("boxed: {}", boxed);
    assert_eq!(BankError::Frozen("a".into()), BankError::Frozen("a".into()));
}
