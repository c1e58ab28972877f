//! A small inventory report: structs, enums, traits, iterators, closures and `?`.

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Category {
    Tool,
    Food,
    Book,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: Category,
    price_cents: u32,
    quantity: u32,
}

impl Item {
    fn new(name: &str, category: Category, price_cents: u32, quantity: u32) -> Self {
        Item { name: name.to_string(), category, price_cents, quantity }
    }

    fn value(&self) -> u64 {
        u64::from(self.price_cents) * u64::from(self.quantity)
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<10} {:>3} x {:>4}.{:02}", self.name, self.quantity, self.price_cents / 100, self.price_cents % 100)
    }
}

enum ParseError {
    MissingField(&'static str),
    BadNumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::MissingField(field) => write!(f, "missing {field}"),
            ParseError::BadNumber(text) => write!(f, "`{text}` is not a number"),
        }
    }
}

fn parse_line(line: &str) -> Result<Item, ParseError> {
    let mut fields = line.split(',').map(str::trim);
    let name = fields.next().filter(|s| !s.is_empty()).ok_or(ParseError::MissingField("name"))?;
    let category = match fields.next() {
        Some("tool") => Category::Tool,
        Some("food") => Category::Food,
        Some(_) => Category::Book,
        None => return Err(ParseError::MissingField("category")),
    };
    let number = |s: Option<&str>| -> Result<u32, ParseError> {
        let s = s.ok_or(ParseError::MissingField("number"))?;
        s.parse().map_err(|_| ParseError::BadNumber(s.to_string()))
    };
    let price_cents = number(fields.next())?;
    let quantity = number(fields.next())?;
    Ok(Item::new(name, category, price_cents, quantity))
}

fn main() {
    let input = "hammer, tool, 1299, 3\napple, food, 45, 120\nnovel, book, 899, 7\nbroken, tool, x, 1";
    let mut items = Vec::new();
    for (number, line) in input.lines().enumerate() {
        match parse_line(line) {
            Ok(item) => items.push(item),
            Err(e) => println!("line {}: skipped ({e})", number + 1),
        }
    }

    items.sort_by(|a, b| b.value().cmp(&a.value()));
    for item in &items {
        println!("{item}");
    }

    let mut by_category: HashMap<Category, u64> = HashMap::new();
    for item in &items {
        *by_category.entry(item.category).or_insert(0) += item.value();
    }
    let mut totals: Vec<_> = by_category.into_iter().collect();
    totals.sort_by_key(|&(category, _)| format!("{category:?}"));
    for (category, cents) in totals {
        println!("{:?}: {}.{:02}", category, cents / 100, cents % 100);
    }
}
