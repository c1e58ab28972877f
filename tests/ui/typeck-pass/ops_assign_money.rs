// AddAssign/SubAssign/MulAssign, Sum for a user type, and PartialOrd derived comparisons.
use std::iter::Sum;
use std::ops::{AddAssign, MulAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Cents(i64);

impl AddAssign for Cents {
    fn add_assign(&mut self, rhs: Cents) {
        self.0 += rhs.0;
    }
}

impl SubAssign for Cents {
    fn sub_assign(&mut self, rhs: Cents) {
        self.0 -= rhs.0;
    }
}

impl MulAssign<i64> for Cents {
    fn mul_assign(&mut self, k: i64) {
        self.0 *= k;
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        let mut total = Cents::default();
        for c in iter {
            total += c;
        }
        total
    }
}

impl<'a> Sum<&'a Cents> for Cents {
    fn sum<I: Iterator<Item = &'a Cents>>(iter: I) -> Cents {
        iter.copied().sum()
    }
}

impl std::fmt::Display for Cents {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}

struct Wallet {
    balance: Cents,
    history: Vec<Cents>,
}

impl Wallet {
    fn deposit(&mut self, amount: Cents) {
        self.balance += amount;
        self.history.push(amount);
    }
    fn withdraw(&mut self, amount: Cents) -> Result<(), String> {
        if amount > self.balance {
            return Err(format!("insufficient funds: {} > {}", amount, self.balance));
        }
        self.balance -= amount;
        self.history.push(Cents(-amount.0));
        Ok(())
    }
}

fn main() {
    let mut w = Wallet { balance: Cents::default(), history: vec![] };
    w.deposit(Cents(1250));
    w.deposit(Cents(99));
    println!("{}", w.balance);
    match w.withdraw(Cents(5000)) {
        Ok(()) => println!("ok"),
        Err(e) => println!("{e}"),
    }
    w.withdraw(Cents(300)).unwrap();
    println!("{}", w.balance);
    let total: Cents = w.history.iter().sum();
    println!("{} {}", total, total == w.balance);
    let mut bonus = Cents(125);
    bonus *= 3;
    println!("{}", bonus);
    let max = w.history.iter().max().unwrap();
    println!("{} {}", max, Cents(-5));
    let owned_sum: Cents = vec![Cents(1), Cents(2)].into_iter().sum();
    println!("{:?}", owned_sum);
}
