use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
    Parse(ParseIntError),
    Frozen(u32),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "no account #{}", id),
            BankError::Insufficient { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::Parse(e) => write!(f, "parse error: {}", e),
            BankError::Frozen(id) => write!(f, "account {} is frozen", id),
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

#[derive(Debug, Default)]
struct Account {
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

#[derive(Default)]
struct Bank {
    accounts: HashMap<u32, Account>,
}

impl Bank {
    fn account(&mut self, id: u32) -> Result<&mut Account, BankError> {
        let acct = self.accounts.get_mut(&id).ok_or(BankError::NoSuchAccount(id))?;
        if acct.frozen {
            return Err(BankError::Frozen(id));
        }
        Ok(acct)
    }
    fn deposit(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let a = self.accounts.entry(id).or_default();
        a.balance += amount;
        a.history.push(amount as i64);
        Ok(a.balance)
    }
    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let a = self.account(id)?;
        if a.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: a.balance });
        }
        a.balance -= amount;
        a.history.push(-(amount as i64));
        Ok(a.balance)
    }
    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        self.account(to)?;
        self.withdraw(from, amount)?;
        self.deposit(to, amount)?;
        Ok(())
    }
    fn run(&mut self, cmd: &str) -> Result<String, Box<dyn Error>> {
        let parts: Vec<&str> = cmd.split_whitespace().collect();
        match parts.as_slice() {
            ["dep", id, amt] => Ok(format!("balance {}", self.deposit(id.parse()?, amt.parse()?)?)),
            ["wd", id, amt] => {
                let id: u32 = id.parse().map_err(BankError::from)?;
                Ok(format!("balance {}", self.withdraw(id, amt.parse()?)?))
            }
            ["xfer", a, b, amt] => {
                self.transfer(a.parse()?, b.parse()?, amt.parse()?)?;
                Ok("ok".to_string())
            }
            ["freeze", id] => {
                self.account(id.parse()?)?.frozen = true;
                Ok(String::from("frozen"))
            }
            [] => Err("empty command".into()),
            [other, ..] => Err(format!("unknown command {:?}", other).into()),
        }
    }
}

fn main() {
    let mut bank = Bank::default();
    let cmds = ["dep 1 100", "dep 2 50", "wd 1 30", "wd 2 80", "xfer 1 2 50", "xfer 1 3 5",
                "wd x 5", "dep 1 -4", "freeze 2", "wd 2 1", "", "launch rockets", "wd 1 99999999999999999999"];
    for c in cmds.iter() {
        match bank.run(c) {
            Ok(msg) => println!("{:>16} -> {}", c, msg),
            Err(e) => {
                let src = e.source().map(|s| s.to_string()).unwrap_or_else(|| "-".into());
                println!("{:>16} !! {} (source: {})", c, e, src);
            }
        }
    }
    let mut ids: Vec<_> = bank.accounts.keys().copied().collect();
    ids.sort_unstable();
    for id in ids {
        let a = &bank.accounts[&id];
        println!("#{id}: {:?}", a);
    }
}
