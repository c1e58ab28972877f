// Private functions, structs and modules used from outside: E0603.
mod bank {
    pub struct Account {
        balance: u64,
    }
    fn audit() {}
    mod internal {
        pub fn reset() {}
    }
    pub fn open() -> Account {
        Account { balance: 0 }
    }
}

fn main() {
    bank::audit();
    bank::internal::reset();
    let a = bank::open();
}
