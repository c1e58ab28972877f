// A Money type with arithmetic, Sum, comparison traits and Rem/Div for splitting bills.
use std::cmp::Ordering;
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Div, Rem, Sub, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Money {
    cents: i64,
}

impl Money {
    const ZERO: Money = Money { cents: 0 };
    fn new(dollars: i64, cents: i64) -> Money {
        Money { cents: dollars * 100 + cents }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money { cents: self.cents - o.cents }
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, o: Money) {
        self.cents -= o.cents;
    }
}

impl Div<i64> for Money {
    type Output = Money;
    fn div(self, n: i64) -> Money {
        Money { cents: self.cents / n }
    }
}

impl Rem<i64> for Money {
    type Output = Money;
    fn rem(self, n: i64) -> Money {
        Money { cents: self.cents % n }
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Money {
    fn cmp(&self, other: &Money) -> Ordering {
        self.cents.cmp(&other.cents)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + *b)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.cents.abs() / 100, self.cents.abs() % 100)
    }
}

fn split(total: Money, people: i64) -> Vec<Money> {
    let base = total / people;
    let extra = (total % people).cents;
    (0..people).map(|i| if i < extra { base + Money { cents: 1 } } else { base }).collect()
}

fn main() {
    let items = [Money::new(12, 99), Money::new(7, 50), Money::new(0, 35), Money::new(23, 0)];
    let total: Money = items.iter().sum();
    println!("total {}", total);
    let shares = split(total, 3);
    let shown: Vec<String> = shares.iter().map(|m| m.to_string()).collect();
    println!("split 3 ways: {}", shown.join(", "));
    println!("shares sum back: {}", shares.iter().sum::<Money>() == total);
    println!("max item {} min item {}", items.iter().max().unwrap(), items.iter().min().unwrap());
    let mut budget = Money::new(40, 0);
    budget -= total;
    println!("budget left {}", budget);
    println!("over budget: {}", budget < Money::ZERO);
    println!("cmp: {:?}", Money::new(1, 0).cmp(&Money { cents: 100 }));
    let mut sorted = items.to_vec();
    sorted.sort_by(|a, b| b.cmp(a));
    println!("{}", sorted.iter().map(|m| format!("{}", m)).collect::<Vec<_>>().join(" > "));
}
