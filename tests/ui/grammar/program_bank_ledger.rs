// A bank ledger processing a transaction log: accounts in a Vec, parsing
// with `?` and let-else, overdraft rules, interest in integer cents, and an
// audit trail.

#[derive(Debug)]
struct Account {
    id: u32,
    owner: String,
    cents: i64,
    frozen: bool,
}

#[derive(Debug)]
enum TxError {
    Parse(String),
    NoAccount(u32),
    Frozen(u32),
    Insufficient { id: u32, needed: i64, available: i64 },
}

fn parse_amount(s: &str) -> Result<i64, TxError> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
    let whole: i64 = whole.parse().map_err(|_| TxError::Parse(s.to_string()))?;
    let frac: i64 = format!("{:0<2}", frac)[..2].parse().map_err(|_| TxError::Parse(s.to_string()))?;
    Ok(whole * 100 + frac)
}

fn find(accts: &mut [Account], id: u32) -> Result<&mut Account, TxError> {
    let acct = accts.iter_mut().find(|a| a.id == id).ok_or(TxError::NoAccount(id))?;
    if acct.frozen {
        return Err(TxError::Frozen(id));
    }
    Ok(acct)
}

fn apply(accts: &mut Vec<Account>, line: &str) -> Result<String, TxError> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    let parse_id = |s: &str| s.parse::<u32>().map_err(|_| TxError::Parse(s.to_string()));
    match parts.as_slice() {
        ["open", id, owner] => {
            accts.push(Account { id: parse_id(id)?, owner: owner.to_string(), cents: 0, frozen: false });
            Ok(format!("opened {} for {}", id, owner))
        }
        ["dep", id, amt] => {
            let amount = parse_amount(amt)?;
            let a = find(accts, parse_id(id)?)?;
            a.cents += amount;
            Ok(format!("deposit {} -> {}", amt, a.cents))
        }
        ["wd", id, amt] => {
            let amount = parse_amount(amt)?;
            let a = find(accts, parse_id(id)?)?;
            if a.cents < amount {
                return Err(TxError::Insufficient { id: a.id, needed: amount, available: a.cents });
            }
            a.cents -= amount;
            Ok(format!("withdraw {} -> {}", amt, a.cents))
        }
        ["xfer", from, to, amt] => {
            let amount = parse_amount(amt)?;
            let (from, to) = (parse_id(from)?, parse_id(to)?);
            find(accts, to)?;
            let src = find(accts, from)?;
            if src.cents < amount {
                return Err(TxError::Insufficient { id: from, needed: amount, available: src.cents });
            }
            src.cents -= amount;
            find(accts, to)?.cents += amount;
            Ok(format!("transfer {} from {} to {}", amt, from, to))
        }
        ["freeze", id] => {
            let id = parse_id(id)?;
            let Some(a) = accts.iter_mut().find(|a| a.id == id) else {
                return Err(TxError::NoAccount(id));
            };
            a.frozen = true;
            Ok(format!("froze {}", id))
        }
        ["interest", bps] => {
            let bps: i64 = bps.parse().map_err(|_| TxError::Parse(bps.to_string()))?;
            let mut paid = 0;
            for a in accts.iter_mut().filter(|a| !a.frozen && a.cents > 0) {
                let i = a.cents * bps / 10_000;
                a.cents += i;
                paid += i;
            }
            Ok(format!("interest paid {} cents", paid))
        }
        _ => Err(TxError::Parse(line.to_string())),
    }
}

fn main() {
    let log = "open 1 alice\nopen 2 bob\ndep 1 250.75\ndep 2 40\nwd 2 55.5\nxfer 1 2 100.5\nwd 2 55.5\nfreeze 1\ndep 1 10\ninterest 150\nxfer 2 9 1\ndep 2 12.3.4\nbogus line";
    let mut accts = Vec::new();
    for (n, line) in log.lines().enumerate() {
        match apply(&mut accts, line) {
            Ok(msg) => println!("{:>2} ok   {}", n + 1, msg),
            Err(e) => println!("{:>2} fail {:?}", n + 1, e),
        }
    }
    for a in &accts {
        println!("{} {:<6} {:>4}.{:02}{}", a.id, a.owner, a.cents / 100, a.cents % 100, if a.frozen { " (frozen)" } else { "" });
    }
}
