#[derive(Debug)]
struct Account {
    id: u16,
    balance: u32,
}

struct Audit(&'static str);
impl Drop for Audit {
    fn drop(&mut self) {
        println!("audit: {}", self.0);
    }
}

fn apply_interest(a: &mut Account, pct: u32) {
    let _a = Audit("interest");
    let delta = a.balance * pct / 100;
    a.balance += delta;
}

fn compound(a: &mut Account, years: u32) {
    let _a = Audit("compound");
    for y in 0..years {
        apply_interest(a, 50);
        println!("year {}: {}", y, a.balance);
    }
}

fn main() {
    let mut accts = vec![Account { id: 1, balance: 1_000 }, Account { id: 2, balance: 3_000_000 }];
    let total: u64 = accts.iter().map(|a| a.balance as u64).sum();
    println!("total {}", total);
    let ids: u16 = accts.iter().map(|a| a.id).sum();
    println!("ids {}", ids);
    let mut checks = 0i8;
    for a in accts.iter_mut() {
        checks = checks.wrapping_add(100);
        compound(a, 6);
        println!("{:?} checks={}", a, checks);
    }
}
