// Field-level visibility: public read-only views, crate-visible counters, private state.

mod store {
    #[derive(Debug)]
    pub struct Cart {
        pub customer: String,
        pub(crate) discount_pct: u8,
        lines: Vec<Line>,
    }

    #[derive(Debug, Clone)]
    pub struct Line {
        pub sku: &'static str,
        pub qty: u32,
        unit_cents: u32,
    }

    pub struct Totals(pub u32, pub u32);

    impl Line {
        pub fn new(sku: &'static str, qty: u32, unit_cents: u32) -> Line {
            Line { sku, qty, unit_cents }
        }
        pub fn cost(&self) -> u32 {
            self.qty * self.unit_cents
        }
    }

    impl Cart {
        pub fn new(customer: &str) -> Cart {
            Cart { customer: customer.to_string(), discount_pct: 0, lines: Vec::new() }
        }

        pub fn add(&mut self, line: Line) {
            match self.lines.iter_mut().find(|l| l.sku == line.sku) {
                Some(existing) => existing.qty += line.qty,
                None => self.lines.push(line),
            }
        }

        pub fn lines(&self) -> &[Line] {
            &self.lines
        }

        pub fn totals(&self) -> Totals {
            let gross: u32 = self.lines.iter().map(Line::cost).sum();
            let net = gross - gross * self.discount_pct as u32 / 100;
            Totals(gross, net)
        }
    }
}

use store::{Cart, Line, Totals};

fn apply_coupon(cart: &mut Cart, code: &str) -> bool {
    let pct = match code {
        "SAVE10" => 10,
        "HALF" => 50,
        _ => return false,
    };
    cart.discount_pct = pct;
    true
}

fn main() {
    let mut cart = Cart::new("dana");
    cart.add(Line::new("tea", 2, 450));
    cart.add(Line::new("mug", 1, 1200));
    cart.add(Line::new("tea", 1, 450));
    for l in cart.lines() {
        println!("{:<4} x{} = {}", l.sku, l.qty, l.cost());
    }
    let Totals(gross, net) = cart.totals();
    println!("{}: gross {} net {}", cart.customer, gross, net);
    println!("coupon BOGUS: {}", apply_coupon(&mut cart, "BOGUS"));
    println!("coupon SAVE10: {}", apply_coupon(&mut cart, "SAVE10"));
    let t = cart.totals();
    println!("gross {} net {} (discount {}%)", t.0, t.1, cart.discount_pct);
    cart.customer.push_str(" (member)");
    println!("{:?}", cart);
}
