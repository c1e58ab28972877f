// A new enum variant not handled by an existing match in a method: E0004.
#[derive(Debug, Clone, Copy)]
enum Currency {
    Usd,
    Eur,
    Jpy,
    Gbp,
}

struct Price {
    amount: u64,
    currency: Currency,
}

impl Price {
    fn symbol(&self) -> &'static str {
        match self.currency {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Jpy => "¥",
        }
    }

    fn render(&self) -> String {
        format!("{}{}", self.symbol(), self.amount)
    }
}

fn main() {
    let p = Price { amount: 12, currency: Currency::Gbp };
    println!("{} ({:?})", p.render(), p.currency);
}
