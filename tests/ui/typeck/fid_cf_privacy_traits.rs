mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }
        fn audit(&self) -> bool {
            self.balance >= 0
        }
        pub fn balance(&self) -> i64 {
            self.balance
        }
    }

    mod internal {
        pub fn secret() -> u32 {
            42
        }
    }

    pub enum Kind {
        Checking,
        Savings,
    }
}

trait Describe {
    fn describe(&self) -> String;
    fn short(&self) -> String;
}

struct Car;

impl Describe for Car {
    fn describe(&self) -> String {
        "car".into()
    }
}

#[derive(Debug)]
struct Wrapper(Vec<u8>);

fn main() {
    let mut acct = bank::Account::open("ann");
    acct.balance = 100;
    println!("{}", acct.audit());
    let direct = bank::Account { owner: "bob".into(), balance: 5 };
    println!("{}", bank::internal::secret());
    let k = bank::Kind::Checking;
    match k {
        bank::Kind::Checking => println!("c"),
    }
    let w = Wrapper(vec![1]);
    let w2 = w.clone();
    println!("{:?} {:?} {}", w2, direct.balance(), Car.describe());
    println!("{}", w);
}
