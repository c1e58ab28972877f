// Match guards: `if` conditions on arms, guards using bindings from the
// pattern, guards with side-effect-free function calls, and fallthrough order.

#[derive(Debug)]
enum Txn {
    Deposit(u64),
    Withdraw(u64),
    Transfer { to: &'static str, amount: u64 },
    Fee(u64),
}

fn is_round(n: u64) -> bool {
    n % 100 == 0
}

fn apply(balance: &mut u64, txn: &Txn) -> String {
    match *txn {
        Txn::Deposit(0) => "ignored empty deposit".to_string(),
        Txn::Deposit(n) if n > 10_000 => {
            *balance += n;
            format!("large deposit {} flagged for review", n)
        }
        Txn::Deposit(n) => {
            *balance += n;
            format!("deposited {}", n)
        }
        Txn::Withdraw(n) if n > *balance => format!("insufficient funds for {}", n),
        Txn::Withdraw(n) if is_round(n) => {
            *balance -= n;
            format!("cash withdrawal {}", n)
        }
        Txn::Withdraw(n) => {
            *balance -= n;
            format!("withdrew {}", n)
        }
        Txn::Transfer { to, amount } if to.is_empty() || amount == 0 => "invalid transfer".to_string(),
        Txn::Transfer { to, amount } if amount <= *balance => {
            *balance -= amount;
            format!("sent {} to {}", amount, to)
        }
        Txn::Transfer { to, .. } => format!("transfer to {} bounced", to),
        Txn::Fee(f) => {
            *balance = balance.saturating_sub(f);
            format!("fee {}", f)
        }
    }
}

fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".into(),
        (0, _) => "Fizz".into(),
        (_, 0) => "Buzz".into(),
        _ if n % 7 == 0 => "Bazz".into(),
        _ => n.to_string(),
    }
}

fn main() {
    let txns = [
        Txn::Deposit(500),
        Txn::Deposit(0),
        Txn::Withdraw(200),
        Txn::Withdraw(45),
        Txn::Withdraw(1_000),
        Txn::Deposit(20_000),
        Txn::Transfer { to: "bob", amount: 5_000 },
        Txn::Transfer { to: "", amount: 5 },
        Txn::Transfer { to: "eve", amount: 1_000_000 },
        Txn::Fee(1_000_000),
    ];
    let mut balance = 0;
    for t in &txns {
        let msg = apply(&mut balance, t);
        println!("{:<45} balance {}", msg, balance);
    }
    let line: Vec<String> = (1..=21).map(fizz).collect();
    println!("{}", line.join(" "));

    // guard with an or-pattern applies to all alternatives
    for pair in [(1, 9), (9, 1), (5, 5), (2, 3)] {
        let kind = match pair {
            (a, b) | (b, a) if a < b && b - a > 5 => "far apart",
            (x, y) if x == y => "equal",
            _ => "close",
        };
        println!("{:?} {}", pair, kind);
    }
}
