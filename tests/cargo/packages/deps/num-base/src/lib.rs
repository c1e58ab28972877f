pub trait Double {
    fn double(&self) -> Self;
}

impl Double for i64 {
    fn double(&self) -> i64 {
        self * 2
    }
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Counter {
    count: u32,
}

impl Counter {
    pub fn bump(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
}
