pub struct Square(pub u32);

impl Square {
    pub fn area(&self) -> u32 {
        self.0 * self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Square;

    #[test]
    #[should_panic(expected = "overflow")]
    fn huge() {
        Square(u32::MAX).area();
    }

    #[test]
    #[ignore = "slow"]
    fn slow() {}
}
