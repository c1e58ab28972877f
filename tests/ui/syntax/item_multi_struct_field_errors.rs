#[derive(Debug)]
struct Account {
    id: u64
    owner: String,
}

#[derive(Debug)]
struct Limits {
    daily: u32;
    monthly: u32,
}

fn fee(amount: u32) => u32 {
    amount / 100
}

fn main() {
    let a = Account { id: 1, owner: String::from("li") };
    let l = Limits { daily: 500, monthly: 5000 };
    println!("{:?} {:?} {}", a, l, fee(l.daily));
}
