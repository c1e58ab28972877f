// `while` loops driving a small population / predator simulation and a
// bank balance projection, with early exits.

struct World {
    rabbits: f64,
    foxes: f64,
    day: u32,
}

impl World {
    fn step(&mut self) {
        let births = self.rabbits * 0.08;
        let eaten = self.rabbits * self.foxes * 0.002;
        let fox_births = eaten * 0.3;
        let fox_deaths = self.foxes * 0.05;
        self.rabbits += births - eaten;
        self.foxes += fox_births - fox_deaths;
        if self.rabbits < 0.0 {
            self.rabbits = 0.0;
        }
        self.day += 1;
    }
}

fn months_to_target(balance: f64, monthly: f64, rate: f64, target: f64) -> u32 {
    let mut b = balance;
    let mut months = 0;
    while b < target {
        b = b * (1.0 + rate / 12.0) + monthly;
        months += 1;
        if months > 1200 {
            break;
        }
    }
    months
}

fn main() {
    let mut w = World { rabbits: 100.0, foxes: 10.0, day: 0 };
    while w.day < 60 {
        w.step();
        if w.day % 10 == 0 {
            println!("day {:>2}: rabbits {:>7.2} foxes {:>6.2}", w.day, w.rabbits, w.foxes);
        }
    }

    let mut w2 = World { rabbits: 50.0, foxes: 40.0, day: 0 };
    while w2.rabbits > 10.0 && w2.day < 1000 {
        w2.step();
    }
    println!("rabbits fell to {:.2} on day {}", w2.rabbits, w2.day);

    println!("months to 10k saving 200/mo at 5%: {}", months_to_target(1000.0, 200.0, 0.05, 10_000.0));
    println!("months to 1M saving 0/mo at 0%: {}", months_to_target(1.0, 0.0, 0.0, 1_000_000.0));

    // digit-by-digit processing with while
    let mut n: u64 = 9_876_543_210;
    let mut digit_sum = 0;
    let mut reversed = 0u64;
    while n > 0 {
        let d = n % 10;
        digit_sum += d;
        reversed = reversed * 10 + d;
        n /= 10;
    }
    println!("digit sum {} reversed {}", digit_sum, reversed);

    // integer square root by Newton's method
    let target: u64 = 1_000_000_007;
    let mut x = target;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + target / x) / 2;
    }
    println!("isqrt({}) = {}", target, x);

    // gcd with while
    let (mut a, mut b) = (1071u32, 462u32);
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    println!("gcd(1071, 462) = {}", a);
}
