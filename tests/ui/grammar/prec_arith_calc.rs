// Arithmetic precedence and associativity: * / % bind tighter than + -,
// all of them associate to the left, unary minus binds tighter still.

fn show(label: &str, value: i64) {
    println!("{:<28} = {}", label, value);
}

fn average(values: &[i64]) -> i64 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total / values.len() as i64
}

fn main() {
    show("2 + 3 * 4", 2 + 3 * 4);
    show("(2 + 3) * 4", (2 + 3) * 4);
    show("100 / 10 / 5", 100 / 10 / 5);
    show("100 / (10 / 5)", 100 / (10 / 5));
    show("10 - 4 - 3", 10 - 4 - 3);
    show("10 - (4 - 3)", 10 - (4 - 3));
    show("17 % 5 * 3", 17 % 5 * 3);
    show("17 % (5 * 3)", 17 % (5 * 3));
    show("2 * 9 % 4", 2 * 9 % 4);
    show("-7 / 2", -7 / 2);
    show("-7 % 3", -7 % 3);
    show("7 % -3", 7 % -3);
    show("-2 * -3 + -4", -2 * -3 + -4);
    show("- - 5", - -5);
    show("1 + 2 * 3 - 4 / 2 % 3", 1 + 2 * 3 - 4 / 2 % 3);

    // unary minus applies after method calls: -x.pow(2) == -(x.pow(2))
    let x: i64 = 3;
    show("-x.pow(2)", -x.pow(2));
    show("(-x).pow(2)", (-x).pow(2));
    show("-2i64.pow(3)", -2i64.pow(3));
    show("(-2i64).pow(3)", (-2i64).pow(3));

    // a little price calculator
    let unit_price = 250; // cents
    let quantity = 7;
    let discount_percent = 15;
    let shipping = 499;
    let subtotal = unit_price * quantity;
    let discounted = subtotal - subtotal * discount_percent / 100;
    let total = discounted + shipping;
    show("subtotal", subtotal);
    show("discounted", discounted);
    show("total", total);
    println!("total in dollars: {}.{:02}", total / 100, total % 100);

    let scores = [88, 92, 79, 95, 61];
    let avg = average(&scores);
    show("average", avg);
    let spread = scores.iter().max().unwrap() - scores.iter().min().unwrap();
    show("spread", spread);
    let weighted = scores[0] * 2 + scores[1] * 3 - scores[4] / 2 * 2;
    show("weighted", weighted);
}
