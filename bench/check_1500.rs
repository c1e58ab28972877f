//! The front-end benchmark: a realistic program of about 1,500 lines (structs, enums, traits,
//! generics, closures, iterators, collections, matches, error handling, trait objects).
//! `bench/check_bench.py` times `ferric check` on it beside `rustc --emit=metadata`.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg, Sub};
use std::rc::Rc;

// =================================================================================================
// Geometry: operator overloading, traits with default methods, trait objects
// =================================================================================================

mod geometry {
    use std::fmt;
    use std::ops::{Add, Mul, Neg, Sub};

    #[derive(Debug, Clone, Copy, PartialEq, Default)]
    pub struct Vec2 {
        pub x: f64,
        pub y: f64,
    }

    impl Vec2 {
        pub const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

        pub fn new(x: f64, y: f64) -> Self {
            Vec2 { x, y }
        }

        pub fn dot(self, other: Vec2) -> f64 {
            self.x * other.x + self.y * other.y
        }

        pub fn cross(self, other: Vec2) -> f64 {
            self.x * other.y - self.y * other.x
        }

        pub fn length(self) -> f64 {
            self.dot(self).sqrt()
        }

        pub fn normalized(self) -> Option<Vec2> {
            let len = self.length();
            if len == 0.0 {
                None
            } else {
                Some(Vec2::new(self.x / len, self.y / len))
            }
        }

        pub fn rotate(self, angle: f64) -> Vec2 {
            let (s, c) = (angle.sin(), angle.cos());
            Vec2::new(self.x * c - self.y * s, self.x * s + self.y * c)
        }

        pub fn distance(self, other: Vec2) -> f64 {
            (self - other).length()
        }
    }

    impl Add for Vec2 {
        type Output = Vec2;
        fn add(self, rhs: Vec2) -> Vec2 {
            Vec2::new(self.x + rhs.x, self.y + rhs.y)
        }
    }

    impl Sub for Vec2 {
        type Output = Vec2;
        fn sub(self, rhs: Vec2) -> Vec2 {
            Vec2::new(self.x - rhs.x, self.y - rhs.y)
        }
    }

    impl Mul<f64> for Vec2 {
        type Output = Vec2;
        fn mul(self, k: f64) -> Vec2 {
            Vec2::new(self.x * k, self.y * k)
        }
    }

    impl Neg for Vec2 {
        type Output = Vec2;
        fn neg(self) -> Vec2 {
            Vec2::new(-self.x, -self.y)
        }
    }

    impl fmt::Display for Vec2 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "({:.2}, {:.2})", self.x, self.y)
        }
    }

    pub trait Shape {
        fn area(&self) -> f64;
        fn perimeter(&self) -> f64;
        fn name(&self) -> String;
        fn centroid(&self) -> Vec2;

        fn describe(&self) -> String {
            format!(
                "{} at {} with area {:.3} and perimeter {:.3}",
                self.name(),
                self.centroid(),
                self.area(),
                self.perimeter()
            )
        }

        fn is_larger_than(&self, other: &dyn Shape) -> bool {
            self.area() > other.area()
        }
    }

    #[derive(Debug, Clone)]
    pub struct Circle {
        pub center: Vec2,
        pub radius: f64,
    }

    #[derive(Debug, Clone)]
    pub struct Rect {
        pub min: Vec2,
        pub max: Vec2,
    }

    #[derive(Debug, Clone)]
    pub struct Polygon {
        pub points: Vec<Vec2>,
    }

    impl Shape for Circle {
        fn area(&self) -> f64 {
            std::f64::consts::PI * self.radius * self.radius
        }
        fn perimeter(&self) -> f64 {
            2.0 * std::f64::consts::PI * self.radius
        }
        fn name(&self) -> String {
            String::from("circle")
        }
        fn centroid(&self) -> Vec2 {
            self.center
        }
    }

    impl Shape for Rect {
        fn area(&self) -> f64 {
            let d = self.max - self.min;
            d.x.abs() * d.y.abs()
        }
        fn perimeter(&self) -> f64 {
            let d = self.max - self.min;
            2.0 * (d.x.abs() + d.y.abs())
        }
        fn name(&self) -> String {
            "rectangle".to_string()
        }
        fn centroid(&self) -> Vec2 {
            (self.min + self.max) * 0.5
        }
    }

    impl Polygon {
        pub fn edges(&self) -> impl Iterator<Item = (Vec2, Vec2)> + '_ {
            let n = self.points.len();
            (0..n).map(move |i| (self.points[i], self.points[(i + 1) % n]))
        }
    }

    impl Shape for Polygon {
        fn area(&self) -> f64 {
            self.edges().map(|(a, b)| a.cross(b)).sum::<f64>().abs() / 2.0
        }
        fn perimeter(&self) -> f64 {
            self.edges().map(|(a, b)| a.distance(b)).sum()
        }
        fn name(&self) -> String {
            format!("{}-gon", self.points.len())
        }
        fn centroid(&self) -> Vec2 {
            let n = self.points.len() as f64;
            let sum = self.points.iter().fold(Vec2::ZERO, |acc, p| acc + *p);
            sum * (1.0 / n)
        }
    }

    pub fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
        let mut best: Option<&dyn Shape> = None;
        for s in shapes {
            match best {
                Some(b) if !s.is_larger_than(b) => {}
                _ => best = Some(s.as_ref()),
            }
        }
        best
    }

    pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
        shapes.iter().map(|s| s.area()).sum()
    }

    pub fn sample_shapes() -> Vec<Box<dyn Shape>> {
        vec![
            Box::new(Circle { center: Vec2::new(1.0, 1.0), radius: 2.0 }),
            Box::new(Rect { min: Vec2::new(0.0, 0.0), max: Vec2::new(3.0, 4.0) }),
            Box::new(Polygon {
                points: vec![Vec2::new(0.0, 0.0), Vec2::new(4.0, 0.0), Vec2::new(0.0, 3.0)],
            }),
            Box::new(Circle { center: Vec2::new(-2.0, 5.0), radius: 0.5 }),
        ]
    }
}

// =================================================================================================
// Inventory: enums, HashMap grouping, sorting with closures, custom errors
// =================================================================================================

mod inventory {
    use std::collections::HashMap;
    use std::fmt;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Category {
        Tool,
        Food,
        Book,
        Toy,
    }

    impl Category {
        pub fn parse(s: &str) -> Option<Category> {
            match s.trim().to_lowercase().as_str() {
                "tool" | "tools" => Some(Category::Tool),
                "food" => Some(Category::Food),
                "book" | "books" => Some(Category::Book),
                "toy" => Some(Category::Toy),
                _ => None,
            }
        }

        pub fn tax_rate(self) -> u32 {
            match self {
                Category::Food => 5,
                Category::Book => 0,
                Category::Tool | Category::Toy => 20,
            }
        }
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Item {
        pub name: String,
        pub category: Category,
        pub price_cents: u32,
        pub quantity: u32,
    }

    impl Item {
        pub fn new(name: &str, category: Category, price_cents: u32, quantity: u32) -> Item {
            Item { name: name.to_string(), category, price_cents, quantity }
        }

        pub fn value(&self) -> u64 {
            u64::from(self.price_cents) * u64::from(self.quantity)
        }

        pub fn value_with_tax(&self) -> u64 {
            let base = self.value();
            base + base * u64::from(self.category.tax_rate()) / 100
        }
    }

    impl fmt::Display for Item {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "{:<12} {:>4} x {:>5}.{:02}",
                self.name,
                self.quantity,
                self.price_cents / 100,
                self.price_cents % 100
            )
        }
    }

    #[derive(Debug, PartialEq)]
    pub enum ParseError {
        MissingField(&'static str),
        BadNumber { field: &'static str, text: String },
        UnknownCategory(String),
    }

    impl fmt::Display for ParseError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ParseError::MissingField(name) => write!(f, "missing field `{name}`"),
                ParseError::BadNumber { field, text } => {
                    write!(f, "field `{field}`: `{text}` is not a number")
                }
                ParseError::UnknownCategory(c) => write!(f, "unknown category `{c}`"),
            }
        }
    }

    fn number(field: &'static str, text: Option<&str>) -> Result<u32, ParseError> {
        let text = text.ok_or(ParseError::MissingField(field))?;
        text.trim()
            .parse::<u32>()
            .map_err(|_| ParseError::BadNumber { field, text: text.trim().to_string() })
    }

    pub fn parse_line(line: &str) -> Result<Item, ParseError> {
        let mut fields = line.split(',');
        let name = fields
            .next()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .ok_or(ParseError::MissingField("name"))?;
        let category_text = fields.next().ok_or(ParseError::MissingField("category"))?;
        let category = Category::parse(category_text)
            .ok_or_else(|| ParseError::UnknownCategory(category_text.trim().to_string()))?;
        let price = number("price", fields.next())?;
        let quantity = number("quantity", fields.next())?;
        Ok(Item::new(name, category, price, quantity))
    }

    pub struct Inventory {
        items: Vec<Item>,
        errors: Vec<(usize, ParseError)>,
    }

    impl Inventory {
        pub fn parse(input: &str) -> Inventory {
            let mut items = Vec::new();
            let mut errors = Vec::new();
            for (number, line) in input.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                match parse_line(line) {
                    Ok(item) => items.push(item),
                    Err(e) => errors.push((number + 1, e)),
                }
            }
            Inventory { items, errors }
        }

        pub fn items(&self) -> &[Item] {
            &self.items
        }

        pub fn errors(&self) -> &[(usize, ParseError)] {
            &self.errors
        }

        pub fn by_category(&self) -> HashMap<Category, Vec<&Item>> {
            let mut map: HashMap<Category, Vec<&Item>> = HashMap::new();
            for item in &self.items {
                map.entry(item.category).or_insert_with(Vec::new).push(item);
            }
            map
        }

        pub fn totals(&self) -> Vec<(Category, u64)> {
            let mut totals: Vec<(Category, u64)> = self
                .by_category()
                .into_iter()
                .map(|(c, items)| (c, items.iter().map(|i| i.value_with_tax()).sum()))
                .collect();
            totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            totals
        }

        pub fn most_valuable(&self, n: usize) -> Vec<&Item> {
            let mut sorted: Vec<&Item> = self.items.iter().collect();
            sorted.sort_by_key(|i| std::cmp::Reverse(i.value()));
            sorted.into_iter().take(n).collect()
        }

        pub fn restock<F>(&mut self, mut rule: F) -> usize
        where
            F: FnMut(&Item) -> Option<u32>,
        {
            let mut changed = 0;
            for item in self.items.iter_mut() {
                if let Some(extra) = rule(item) {
                    item.quantity += extra;
                    changed += 1;
                }
            }
            changed
        }

        pub fn remove_empty(&mut self) -> Vec<Item> {
            let (empty, kept): (Vec<Item>, Vec<Item>) =
                self.items.drain(..).partition(|i| i.quantity == 0);
            self.items = kept;
            empty
        }
    }

    pub const SAMPLE: &str = "hammer, tool, 1299, 3
apple, food, 45, 120
novel, book, 899, 7
# a comment
broken, tool, x, 1
kite, toy, 1550, 0
atlas, books, 4200, 2
saw, tools, 2399, 0
pear, food, 60, 80
mystery, gadget, 100, 1
, food, 1, 1";
}

// =================================================================================================
// Expressions: a tokenizer, a recursive-descent parser, an evaluator with environments
// =================================================================================================

mod calc {
    use std::collections::HashMap;
    use std::fmt;

    #[derive(Debug, Clone, PartialEq)]
    pub enum Token {
        Num(f64),
        Ident(String),
        Op(char),
        LParen,
        RParen,
        Comma,
        Let,
        Eq,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub enum Expr {
        Num(f64),
        Var(String),
        Unary(char, Box<Expr>),
        Binary(Box<Expr>, char, Box<Expr>),
        Call(String, Vec<Expr>),
    }

    #[derive(Debug, Clone, PartialEq)]
    pub enum Stmt {
        Let(String, Expr),
        Expr(Expr),
    }

    #[derive(Debug, PartialEq)]
    pub enum CalcError {
        UnexpectedChar(char, usize),
        UnexpectedToken(Option<Token>),
        UnknownVariable(String),
        UnknownFunction(String),
        Arity { name: String, expected: usize, found: usize },
        DivisionByZero,
    }

    impl fmt::Display for CalcError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                CalcError::UnexpectedChar(c, at) => write!(f, "unexpected `{c}` at {at}"),
                CalcError::UnexpectedToken(Some(t)) => write!(f, "unexpected token {t:?}"),
                CalcError::UnexpectedToken(None) => write!(f, "unexpected end of input"),
                CalcError::UnknownVariable(v) => write!(f, "unknown variable `{v}`"),
                CalcError::UnknownFunction(v) => write!(f, "unknown function `{v}`"),
                CalcError::Arity { name, expected, found } => {
                    write!(f, "`{name}` takes {expected} arguments, {found} given")
                }
                CalcError::DivisionByZero => write!(f, "division by zero"),
            }
        }
    }

    pub fn tokenize(src: &str) -> Result<Vec<Token>, CalcError> {
        let chars: Vec<char> = src.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() {
                i += 1;
            } else if c.is_ascii_digit() || c == '.' {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let value = text.parse::<f64>().map_err(|_| CalcError::UnexpectedChar(c, start))?;
                out.push(Token::Num(value));
            } else if c.is_alphabetic() || c == '_' {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                out.push(if word == "let" { Token::Let } else { Token::Ident(word) });
            } else {
                let tok = match c {
                    '+' | '-' | '*' | '/' | '^' | '%' => Token::Op(c),
                    '(' => Token::LParen,
                    ')' => Token::RParen,
                    ',' => Token::Comma,
                    '=' => Token::Eq,
                    other => return Err(CalcError::UnexpectedChar(other, i)),
                };
                out.push(tok);
                i += 1;
            }
        }
        Ok(out)
    }

    pub struct Parser {
        tokens: Vec<Token>,
        pos: usize,
    }

    impl Parser {
        pub fn new(tokens: Vec<Token>) -> Parser {
            Parser { tokens, pos: 0 }
        }

        fn peek(&self) -> Option<&Token> {
            self.tokens.get(self.pos)
        }

        fn next(&mut self) -> Option<Token> {
            let t = self.tokens.get(self.pos).cloned();
            if t.is_some() {
                self.pos += 1;
            }
            t
        }

        fn expect(&mut self, want: Token) -> Result<(), CalcError> {
            match self.next() {
                Some(t) if t == want => Ok(()),
                other => Err(CalcError::UnexpectedToken(other)),
            }
        }

        pub fn statement(&mut self) -> Result<Stmt, CalcError> {
            if let Some(Token::Let) = self.peek() {
                self.next();
                let name = match self.next() {
                    Some(Token::Ident(n)) => n,
                    other => return Err(CalcError::UnexpectedToken(other)),
                };
                self.expect(Token::Eq)?;
                let value = self.expr(0)?;
                Ok(Stmt::Let(name, value))
            } else {
                Ok(Stmt::Expr(self.expr(0)?))
            }
        }

        fn precedence(op: char) -> (u8, bool) {
            match op {
                '+' | '-' => (1, false),
                '*' | '/' | '%' => (2, false),
                '^' => (3, true),
                _ => (0, false),
            }
        }

        pub fn expr(&mut self, min_prec: u8) -> Result<Expr, CalcError> {
            let mut lhs = self.atom()?;
            loop {
                let op = match self.peek() {
                    Some(Token::Op(op)) => *op,
                    _ => break,
                };
                let (prec, right_assoc) = Parser::precedence(op);
                if prec < min_prec || prec == 0 {
                    break;
                }
                self.next();
                let next_min = if right_assoc { prec } else { prec + 1 };
                let rhs = self.expr(next_min)?;
                lhs = Expr::Binary(Box::new(lhs), op, Box::new(rhs));
            }
            Ok(lhs)
        }

        fn atom(&mut self) -> Result<Expr, CalcError> {
            match self.next() {
                Some(Token::Num(n)) => Ok(Expr::Num(n)),
                Some(Token::Op('-')) => Ok(Expr::Unary('-', Box::new(self.expr(3)?))),
                Some(Token::LParen) => {
                    let e = self.expr(0)?;
                    self.expect(Token::RParen)?;
                    Ok(e)
                }
                Some(Token::Ident(name)) => {
                    if let Some(Token::LParen) = self.peek() {
                        self.next();
                        let mut args = Vec::new();
                        if let Some(Token::RParen) = self.peek() {
                            self.next();
                        } else {
                            loop {
                                args.push(self.expr(0)?);
                                match self.next() {
                                    Some(Token::Comma) => continue,
                                    Some(Token::RParen) => break,
                                    other => return Err(CalcError::UnexpectedToken(other)),
                                }
                            }
                        }
                        Ok(Expr::Call(name, args))
                    } else {
                        Ok(Expr::Var(name))
                    }
                }
                other => Err(CalcError::UnexpectedToken(other)),
            }
        }
    }

    type Builtin = fn(&[f64]) -> f64;

    pub struct Env {
        vars: HashMap<String, f64>,
        functions: HashMap<&'static str, (usize, Builtin)>,
    }

    fn max_of(args: &[f64]) -> f64 {
        args.iter().cloned().fold(f64::MIN, f64::max)
    }

    fn min_of(args: &[f64]) -> f64 {
        args.iter().cloned().fold(f64::MAX, f64::min)
    }

    impl Env {
        pub fn new() -> Env {
            let mut functions: HashMap<&'static str, (usize, Builtin)> = HashMap::new();
            functions.insert("sqrt", (1, |a| a[0].sqrt()));
            functions.insert("abs", (1, |a| a[0].abs()));
            functions.insert("max", (2, max_of));
            functions.insert("min", (2, min_of));
            functions.insert("hypot", (2, |a| (a[0] * a[0] + a[1] * a[1]).sqrt()));
            let mut vars = HashMap::new();
            vars.insert("pi".to_string(), std::f64::consts::PI);
            vars.insert("e".to_string(), std::f64::consts::E);
            Env { vars, functions }
        }

        pub fn eval(&self, e: &Expr) -> Result<f64, CalcError> {
            Ok(match e {
                Expr::Num(n) => *n,
                Expr::Var(v) => *self.vars.get(v).ok_or_else(|| CalcError::UnknownVariable(v.clone()))?,
                Expr::Unary(_, inner) => -self.eval(inner)?,
                Expr::Binary(l, op, r) => {
                    let (a, b) = (self.eval(l)?, self.eval(r)?);
                    match op {
                        '+' => a + b,
                        '-' => a - b,
                        '*' => a * b,
                        '/' if b == 0.0 => return Err(CalcError::DivisionByZero),
                        '/' => a / b,
                        '%' => a % b,
                        '^' => a.powf(b),
                        _ => unreachable!("unknown operator {}", op),
                    }
                }
                Expr::Call(name, args) => {
                    let (arity, f) = self
                        .functions
                        .get(name.as_str())
                        .copied()
                        .ok_or_else(|| CalcError::UnknownFunction(name.clone()))?;
                    if arity != args.len() {
                        return Err(CalcError::Arity {
                            name: name.clone(),
                            expected: arity,
                            found: args.len(),
                        });
                    }
                    let values = args.iter().map(|a| self.eval(a)).collect::<Result<Vec<f64>, _>>()?;
                    f(&values)
                }
            })
        }

        pub fn run(&mut self, line: &str) -> Result<Option<f64>, CalcError> {
            let tokens = tokenize(line)?;
            let mut parser = Parser::new(tokens);
            match parser.statement()? {
                Stmt::Let(name, value) => {
                    let v = self.eval(&value)?;
                    self.vars.insert(name, v);
                    Ok(None)
                }
                Stmt::Expr(e) => self.eval(&e).map(Some),
            }
        }
    }

    pub fn count_nodes(e: &Expr) -> usize {
        match e {
            Expr::Num(_) | Expr::Var(_) => 1,
            Expr::Unary(_, inner) => 1 + count_nodes(inner),
            Expr::Binary(l, _, r) => 1 + count_nodes(l) + count_nodes(r),
            Expr::Call(_, args) => 1 + args.iter().map(count_nodes).sum::<usize>(),
        }
    }
}

// =================================================================================================
// Graphs: adjacency lists, BFS, DFS, topological order, shortest paths
// =================================================================================================

mod graph {
    use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

    #[derive(Debug, Default)]
    pub struct Graph {
        names: Vec<String>,
        index: HashMap<String, usize>,
        edges: Vec<Vec<(usize, u32)>>,
    }

    impl Graph {
        pub fn new() -> Graph {
            Graph::default()
        }

        pub fn node(&mut self, name: &str) -> usize {
            if let Some(&i) = self.index.get(name) {
                return i;
            }
            let i = self.names.len();
            self.names.push(name.to_string());
            self.index.insert(name.to_string(), i);
            self.edges.push(Vec::new());
            i
        }

        pub fn edge(&mut self, from: &str, to: &str, weight: u32) {
            let a = self.node(from);
            let b = self.node(to);
            self.edges[a].push((b, weight));
        }

        pub fn name(&self, i: usize) -> &str {
            &self.names[i]
        }

        pub fn len(&self) -> usize {
            self.names.len()
        }

        pub fn bfs(&self, start: usize) -> Vec<usize> {
            let mut seen = vec![false; self.len()];
            let mut order = Vec::new();
            let mut queue = VecDeque::new();
            seen[start] = true;
            queue.push_back(start);
            while let Some(n) = queue.pop_front() {
                order.push(n);
                for &(m, _) in &self.edges[n] {
                    if !seen[m] {
                        seen[m] = true;
                        queue.push_back(m);
                    }
                }
            }
            order
        }

        pub fn dfs(&self, start: usize) -> Vec<usize> {
            let mut seen = HashSet::new();
            let mut order = Vec::new();
            let mut stack = vec![start];
            while let Some(n) = stack.pop() {
                if !seen.insert(n) {
                    continue;
                }
                order.push(n);
                for &(m, _) in self.edges[n].iter().rev() {
                    if !seen.contains(&m) {
                        stack.push(m);
                    }
                }
            }
            order
        }

        pub fn topological(&self) -> Option<Vec<usize>> {
            let mut indegree = vec![0usize; self.len()];
            for targets in &self.edges {
                for &(m, _) in targets {
                    indegree[m] += 1;
                }
            }
            let mut ready: VecDeque<usize> =
                (0..self.len()).filter(|&i| indegree[i] == 0).collect();
            let mut out = Vec::with_capacity(self.len());
            while let Some(n) = ready.pop_front() {
                out.push(n);
                for &(m, _) in &self.edges[n] {
                    indegree[m] -= 1;
                    if indegree[m] == 0 {
                        ready.push_back(m);
                    }
                }
            }
            if out.len() == self.len() {
                Some(out)
            } else {
                None
            }
        }

        pub fn shortest_paths(&self, start: usize) -> BTreeMap<usize, u32> {
            let mut dist: BTreeMap<usize, u32> = BTreeMap::new();
            let mut done = vec![false; self.len()];
            dist.insert(start, 0);
            loop {
                let next = dist
                    .iter()
                    .filter(|(n, _)| !done[**n])
                    .min_by_key(|(_, d)| **d)
                    .map(|(n, d)| (*n, *d));
                let (n, d) = match next {
                    Some(p) => p,
                    None => break,
                };
                done[n] = true;
                for &(m, w) in &self.edges[n] {
                    let candidate = d + w;
                    let entry = dist.entry(m).or_insert(u32::MAX);
                    if candidate < *entry {
                        *entry = candidate;
                    }
                }
            }
            dist
        }
    }

    pub fn sample() -> Graph {
        let mut g = Graph::new();
        let edges = [
            ("parse", "expand", 3),
            ("expand", "resolve", 2),
            ("resolve", "typeck", 5),
            ("typeck", "borrowck", 4),
            ("typeck", "mir", 2),
            ("mir", "borrowck", 1),
            ("borrowck", "codegen", 6),
            ("mir", "codegen", 7),
        ];
        for (a, b, w) in edges.iter() {
            g.edge(a, b, *w);
        }
        g
    }
}

// =================================================================================================
// Generic containers: a matrix with Index/IndexMut and generic arithmetic, a ring buffer,
// statistics over any numeric iterator
// =================================================================================================

#[derive(Debug, Clone, PartialEq)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy + Default> Matrix<T> {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![T::default(); rows * cols] }
    }

    fn from_fn<F: Fn(usize, usize) -> T>(rows: usize, cols: usize, f: F) -> Self {
        let mut m = Matrix::new(rows, cols);
        for r in 0..rows {
            for c in 0..cols {
                m[(r, c)] = f(r, c);
            }
        }
        m
    }

    fn transpose(&self) -> Self {
        Matrix::from_fn(self.cols, self.rows, |r, c| self[(c, r)])
    }

    fn row(&self, r: usize) -> &[T] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
}

impl<T> Index<(usize, usize)> for Matrix<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T {
        &self.data[r * self.cols + c]
    }
}

impl<T> IndexMut<(usize, usize)> for Matrix<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T {
        &mut self.data[r * self.cols + c]
    }
}

impl<T> Mul for &Matrix<T>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    type Output = Matrix<T>;
    fn mul(self, rhs: &Matrix<T>) -> Matrix<T> {
        assert_eq!(self.cols, rhs.rows, "dimension mismatch");
        Matrix::from_fn(self.rows, rhs.cols, |r, c| {
            let mut acc = T::default();
            for k in 0..self.cols {
                acc = acc + self[(r, k)] * rhs[(k, c)];
            }
            acc
        })
    }
}

impl<T: fmt::Display + Copy + Default> fmt::Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let cells: Vec<String> = self.row(r).iter().map(|v| format!("{v:>6}")).collect();
            writeln!(f, "[{}]", cells.join(" "))?;
        }
        Ok(())
    }
}

struct RingBuffer<T> {
    items: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T: Clone> RingBuffer<T> {
    fn with_capacity(capacity: usize) -> Self {
        RingBuffer { items: vec![None; capacity], head: 0, len: 0 }
    }

    fn push(&mut self, value: T) -> Option<T> {
        let cap = self.items.len();
        let tail = (self.head + self.len) % cap;
        let evicted = self.items[tail].take();
        self.items[tail] = Some(value);
        if self.len == cap {
            self.head = (self.head + 1) % cap;
        } else {
            self.len += 1;
        }
        evicted
    }

    fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.len).filter_map(move |i| self.items[(self.head + i) % self.items.len()].as_ref())
    }

    fn latest(&self) -> Option<&T> {
        if self.len == 0 {
            None
        } else {
            let cap = self.items.len();
            self.items[(self.head + self.len - 1) % cap].as_ref()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Summary {
    count: usize,
    mean: f64,
    min: f64,
    max: f64,
    stddev: f64,
}

fn summarize<I>(values: I) -> Option<Summary>
where
    I: IntoIterator<Item = f64>,
{
    let values: Vec<f64> = values.into_iter().collect();
    if values.is_empty() {
        return None;
    }
    let count = values.len();
    let mean = values.iter().sum::<f64>() / count as f64;
    let min = values.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = values.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / count as f64;
    Some(Summary { count, mean, min, max, stddev: var.sqrt() })
}

fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 0 {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    } else {
        values[mid] as f64
    })
}

fn histogram<T: std::hash::Hash + Eq + Clone + Ord>(items: &[T]) -> Vec<(T, usize)> {
    let mut counts: HashMap<T, usize> = HashMap::new();
    for item in items {
        *counts.entry(item.clone()).or_insert(0) += 1;
    }
    let mut out: Vec<(T, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

// =================================================================================================
// Text processing: words, frequencies, a tiny template engine, run-length encoding
// =================================================================================================

fn word_frequencies(text: &str) -> BTreeMap<String, usize> {
    let mut freq = BTreeMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
    {
        *freq.entry(word).or_insert(0) += 1;
    }
    freq
}

fn top_words(freq: &BTreeMap<String, usize>, n: usize) -> Vec<(&str, usize)> {
    let mut words: Vec<(&str, usize)> = freq.iter().map(|(w, c)| (w.as_str(), *c)).collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    words.truncate(n);
    words
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn title_case(text: &str) -> String {
    text.split_whitespace().map(capitalize).collect::<Vec<_>>().join(" ")
}

fn run_length_encode(s: &str) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::new();
    for c in s.chars() {
        match out.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => out.push((c, 1)),
        }
    }
    out
}

fn run_length_decode(runs: &[(char, usize)]) -> String {
    runs.iter().map(|&(c, n)| std::iter::repeat(c).take(n).collect::<String>()).collect()
}

fn render_template(template: &str, values: &HashMap<&str, String>) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| format!("unclosed tag after `{}`", &rest[..start]))?;
        let key = after[..end].trim();
        match values.get(key) {
            Some(v) => out.push_str(v),
            None => return Err(format!("no value for `{key}`")),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> =
        s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + shift) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

// =================================================================================================
// Accounts: trait objects, shared ownership with Rc<RefCell<_>>, an event log
// =================================================================================================

#[derive(Debug, Clone, PartialEq)]
enum TxError {
    Insufficient { needed: u64, available: u64 },
    Frozen(String),
    Limit(u64),
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TxError::Insufficient { needed, available } => {
                write!(f, "needs {needed}, only {available} available")
            }
            TxError::Frozen(owner) => write!(f, "account of {owner} is frozen"),
            TxError::Limit(limit) => write!(f, "over the limit of {limit}"),
        }
    }
}

trait Account {
    fn owner(&self) -> &str;
    fn balance(&self) -> u64;
    fn deposit(&mut self, amount: u64);
    fn withdraw(&mut self, amount: u64) -> Result<u64, TxError>;

    fn transfer_to(&mut self, other: &mut dyn Account, amount: u64) -> Result<(), TxError> {
        let taken = self.withdraw(amount)?;
        other.deposit(taken);
        Ok(())
    }
}

struct Checking {
    owner: String,
    balance: u64,
    overdraft: u64,
}

struct Savings {
    owner: String,
    balance: u64,
    withdrawals_left: u32,
    frozen: bool,
}

impl Account for Checking {
    fn owner(&self) -> &str {
        &self.owner
    }
    fn balance(&self) -> u64 {
        self.balance
    }
    fn deposit(&mut self, amount: u64) {
        self.balance += amount;
    }
    fn withdraw(&mut self, amount: u64) -> Result<u64, TxError> {
        if amount > self.balance + self.overdraft {
            return Err(TxError::Insufficient { needed: amount, available: self.balance + self.overdraft });
        }
        self.balance = self.balance.saturating_sub(amount);
        Ok(amount)
    }
}

impl Account for Savings {
    fn owner(&self) -> &str {
        &self.owner
    }
    fn balance(&self) -> u64 {
        self.balance
    }
    fn deposit(&mut self, amount: u64) {
        self.balance += amount;
    }
    fn withdraw(&mut self, amount: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen(self.owner.clone()));
        }
        if self.withdrawals_left == 0 {
            return Err(TxError::Limit(0));
        }
        if amount > self.balance {
            return Err(TxError::Insufficient { needed: amount, available: self.balance });
        }
        self.withdrawals_left -= 1;
        self.balance -= amount;
        Ok(amount)
    }
}

#[derive(Debug, Clone)]
enum Event {
    Opened(String),
    Moved { from: String, to: String, amount: u64 },
    Failed(String, TxError),
}

struct Bank {
    accounts: Vec<Box<dyn Account>>,
    log: Rc<RefCell<Vec<Event>>>,
}

impl Bank {
    fn new(log: Rc<RefCell<Vec<Event>>>) -> Bank {
        Bank { accounts: Vec::new(), log }
    }

    fn open(&mut self, account: Box<dyn Account>) -> usize {
        self.log.borrow_mut().push(Event::Opened(account.owner().to_string()));
        self.accounts.push(account);
        self.accounts.len() - 1
    }

    fn transfer(&mut self, from: usize, to: usize, amount: u64) -> Result<(), TxError> {
        assert_ne!(from, to);
        let (a, b) = if from < to {
            let (left, right) = self.accounts.split_at_mut(to);
            (&mut left[from], &mut right[0])
        } else {
            let (left, right) = self.accounts.split_at_mut(from);
            (&mut right[0], &mut left[to])
        };
        let result = a.transfer_to(b.as_mut(), amount);
        let event = match &result {
            Ok(()) => Event::Moved { from: a.owner().to_string(), to: b.owner().to_string(), amount },
            Err(e) => Event::Failed(a.owner().to_string(), e.clone()),
        };
        self.log.borrow_mut().push(event);
        result
    }

    fn total(&self) -> u64 {
        self.accounts.iter().map(|a| a.balance()).sum()
    }

    fn richest(&self) -> Option<&dyn Account> {
        self.accounts.iter().max_by_key(|a| a.balance()).map(|a| a.as_ref())
    }
}

// =================================================================================================
// A traffic-light state machine and a round-robin scheduler
// =================================================================================================

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Light {
    Red,
    Green,
    Yellow,
    Flashing(u8),
}

impl Light {
    fn next(self, emergency: bool) -> Light {
        match (self, emergency) {
            (_, true) => Light::Flashing(3),
            (Light::Flashing(0), false) => Light::Red,
            (Light::Flashing(n), false) => Light::Flashing(n - 1),
            (Light::Red, false) => Light::Green,
            (Light::Green, false) => Light::Yellow,
            (Light::Yellow, false) => Light::Red,
        }
    }

    fn duration(self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
            Light::Flashing(_) => 1,
        }
    }
}

#[derive(Debug)]
struct Task {
    id: u32,
    name: &'static str,
    remaining: u32,
    priority: u8,
}

fn schedule(mut tasks: Vec<Task>, quantum: u32) -> Vec<(u32, u32)> {
    tasks.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));
    let mut queue: VecDeque<Task> = tasks.into_iter().collect();
    let mut clock = 0;
    let mut finished = Vec::new();
    while let Some(mut task) = queue.pop_front() {
        let run = task.remaining.min(quantum);
        clock += run;
        task.remaining -= run;
        if task.remaining == 0 {
            finished.push((task.id, clock));
        } else {
            queue.push_back(task);
        }
    }
    finished
}

// =================================================================================================
// Sequences: iterators implemented by hand, generic adapters, primes, fibonacci, collatz
// =================================================================================================

struct Fibonacci {
    a: u64,
    b: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let next = self.a.checked_add(self.b)?;
        let out = self.a;
        self.a = self.b;
        self.b = next;
        Some(out)
    }
}

struct Collatz(u64);

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 1 {
            return None;
        }
        self.0 = if self.0 % 2 == 0 { self.0 / 2 } else { 3 * self.0 + 1 };
        Some(self.0)
    }
}

fn primes_below(n: usize) -> Vec<usize> {
    let mut sieve = vec![true; n.max(2)];
    sieve[0] = false;
    if n > 1 {
        sieve[1] = false;
    }
    let mut i = 2;
    while i * i < n {
        if sieve[i] {
            let mut j = i * i;
            while j < n {
                sieve[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    sieve.iter().enumerate().filter(|(_, &p)| p).map(|(i, _)| i).collect()
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn pairwise<T: Copy, U, F: Fn(T, T) -> U>(items: &[T], f: F) -> Vec<U> {
    items.windows(2).map(|w| f(w[0], w[1])).collect()
}

fn group_by_len(words: &[&str]) -> BTreeMap<usize, Vec<String>> {
    let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for w in words {
        groups.entry(w.len()).or_default().push(w.to_string());
    }
    for list in groups.values_mut() {
        list.sort();
        list.dedup();
    }
    groups
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl std::str::FromStr for Version {
    type Err = String;
    fn from_str(s: &str) -> Result<Version, String> {
        let parts: Vec<&str> = s.trim().split('.').collect();
        if parts.len() != 3 {
            return Err(format!("`{s}` is not MAJOR.MINOR.PATCH"));
        }
        let nums: Result<Vec<u32>, _> = parts.iter().map(|p| p.parse::<u32>()).collect();
        match nums {
            Ok(n) => Ok(Version { major: n[0], minor: n[1], patch: n[2] }),
            Err(e) => Err(format!("`{s}`: {e}")),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

fn newest_compatible(available: &[Version], wanted: Version) -> Option<Version> {
    available
        .iter()
        .filter(|v| v.major == wanted.major && **v >= wanted)
        .max()
        .copied()
}

// =================================================================================================
// main: exercise everything and print a report
// =================================================================================================

fn report_geometry() {
    use geometry::Vec2;
    let shapes = geometry::sample_shapes();
    println!("== geometry ==");
    for s in &shapes {
        println!("{}", s.describe());
    }
    if let Some(big) = geometry::largest(&shapes) {
        println!("largest: {}", big.name());
    }
    println!("total area: {:.3}", geometry::total_area(&shapes));
    let v = Vec2::new(3.0, 4.0);
    let turned = v.rotate(std::f64::consts::FRAC_PI_2);
    println!("{} has length {}, turned {}, normalized {:?}", v, v.length(), turned, v.normalized());
    println!("negated {} dot {:.1}", -v, v.dot(turned));
}

fn report_inventory() {
    use inventory::{Category, Inventory};
    println!("== inventory ==");
    let mut inv = Inventory::parse(inventory::SAMPLE);
    for item in inv.items() {
        println!("{item}");
    }
    for (line, err) in inv.errors() {
        println!("line {line}: {err}");
    }
    for (category, cents) in inv.totals() {
        println!("{:?}: {}.{:02}", category, cents / 100, cents % 100);
    }
    let top: Vec<String> = inv.most_valuable(3).iter().map(|i| i.name.clone()).collect();
    println!("most valuable: {}", top.join(", "));
    let restocked = inv.restock(|item| match item.category {
        Category::Food if item.quantity < 100 => Some(50),
        Category::Toy if item.quantity == 0 => Some(10),
        _ => None,
    });
    println!("restocked {restocked} items");
    let removed = inv.remove_empty();
    println!("removed {:?}", removed.iter().map(|i| &i.name).collect::<Vec<_>>());
    let groups = inv.by_category();
    let mut names: Vec<_> = groups.keys().collect();
    names.sort();
    println!("categories: {names:?}");
}

fn report_calc() {
    println!("== calc ==");
    let mut env = calc::Env::new();
    let program = [
        "let r = 2.5",
        "let area = pi * r ^ 2",
        "area",
        "hypot(3, 4) + max(1, 2) * -3",
        "sqrt(2) * sqrt(2) - 2",
        "10 / (5 - 5)",
        "unknown + 1",
        "max(1)",
        "2 ^ 3 ^ 2",
        "let x = (1 + 2) * 3 % 4",
        "x * e",
        "3 $ 4",
    ];
    for line in program.iter() {
        match env.run(line) {
            Ok(Some(v)) => println!("{line} = {v:.4}"),
            Ok(None) => println!("{line}"),
            Err(e) => println!("{line}: error: {e}"),
        }
    }
    let tokens = calc::tokenize("1 + 2 * (3 - f(4, 5))").unwrap_or_default();
    let mut parser = calc::Parser::new(tokens);
    if let Ok(e) = parser.expr(0) {
        println!("nodes: {}", calc::count_nodes(&e));
    }
}

fn report_graph() {
    println!("== graph ==");
    let g = graph::sample();
    let names = |order: Vec<usize>| order.iter().map(|&i| g.name(i).to_string()).collect::<Vec<_>>();
    println!("bfs: {:?}", names(g.bfs(0)));
    println!("dfs: {:?}", names(g.dfs(0)));
    match g.topological() {
        Some(order) => println!("topological: {}", names(order).join(" -> ")),
        None => println!("the graph has a cycle"),
    }
    for (node, dist) in g.shortest_paths(0) {
        println!("  {:<10} {}", g.name(node), dist);
    }
}

fn report_numbers() {
    println!("== numbers ==");
    let a = Matrix::from_fn(2, 3, |r, c| (r * 3 + c) as i64);
    let b = a.transpose();
    let product = &a * &b;
    print!("{product}");
    let mut ring = RingBuffer::with_capacity(3);
    let evicted: Vec<i32> = (1..=5).filter_map(|i| ring.push(i * 10)).collect();
    println!("evicted {:?}, kept {:?}, latest {:?}", evicted, ring.iter().collect::<Vec<_>>(), ring.latest());
    let fib: Vec<u64> = Fibonacci { a: 0, b: 1 }.take_while(|&x| x < 1000).collect();
    println!("fibonacci: {fib:?}");
    println!("fibonacci terms before overflow: {}", Fibonacci { a: 0, b: 1 }.count());
    let longest = (1..30u64).max_by_key(|&n| Collatz(n).count()).unwrap_or(1);
    println!("longest collatz below 30 starts at {longest}");
    let primes = primes_below(60);
    println!("primes: {primes:?}");
    let gaps = pairwise(&primes, |a, b| b - a);
    println!("gaps: {:?}", histogram(&gaps));
    if let Some(s) = summarize(primes.iter().map(|&p| p as f64)) {
        println!("mean {:.2} min {} max {} stddev {:.3} of {}", s.mean, s.min, s.max, s.stddev, s.count);
    }
    let mut values = vec![7, -3, 12, 5, 0, 9];
    println!("median {:?}, gcd {}", median(&mut values), gcd(462, 1071));
    let evens: HashSet<i64> = values.iter().copied().filter(|v| v % 2 == 0).collect();
    let mut evens: Vec<_> = evens.into_iter().collect();
    evens.sort();
    println!("evens {evens:?}");
}

fn report_text() {
    println!("== text ==");
    let text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
    let freq = word_frequencies(text);
    println!("top words: {:?}", top_words(&freq, 4));
    println!("{}", title_case("the quick brown fox jumps over the lazy dog"));
    let runs = run_length_encode("aaabccddddde");
    println!("runs {:?} -> {}", runs, run_length_decode(&runs));
    let mut values = HashMap::new();
    values.insert("name", "ferric".to_string());
    values.insert("lang", String::from("Rust"));
    println!("{:?}", render_template("{{ name }} checks {{lang}} programs", &values));
    println!("{:?}", render_template("{{ missing }}", &values));
    for s in ["A man, a plan, a canal: Panama", "not one"] {
        println!("{s:?} palindrome: {}", is_palindrome(s));
    }
    println!("{}", caesar("Hello, World", 13));
    let words = ["apple", "fig", "kiwi", "plum", "fig", "banana", "pear"];
    for (len, group) in group_by_len(&words) {
        println!("  {len}: {}", group.join("/"));
    }
    let versions: Vec<Version> =
        ["1.2.3", "1.4.0", "2.0.1", "1.10.2", "0.9.9"].iter().filter_map(|s| s.parse().ok()).collect();
    let wanted: Version = "1.3.0".parse().unwrap_or(Version { major: 1, minor: 0, patch: 0 });
    match newest_compatible(&versions, wanted) {
        Some(v) => println!("newest compatible with {wanted}: {v}"),
        None => println!("nothing compatible with {wanted}"),
    }
    println!("{:?}", "x.y".parse::<Version>());
}

fn report_bank() {
    println!("== bank ==");
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut bank = Bank::new(Rc::clone(&log));
    let alice = bank.open(Box::new(Checking { owner: "alice".into(), balance: 500, overdraft: 100 }));
    let bob = bank.open(Box::new(Savings {
        owner: "bob".into(),
        balance: 1000,
        withdrawals_left: 1,
        frozen: false,
    }));
    let carol = bank.open(Box::new(Savings {
        owner: "carol".into(),
        balance: 50,
        withdrawals_left: 3,
        frozen: true,
    }));
    let attempts = [(alice, bob, 550), (bob, alice, 200), (bob, carol, 10), (carol, alice, 5), (alice, carol, 1000)];
    for &(from, to, amount) in attempts.iter() {
        if let Err(e) = bank.transfer(from, to, amount) {
            println!("transfer of {amount} failed: {e}");
        }
    }
    println!("total {} richest {:?}", bank.total(), bank.richest().map(|a| a.owner().to_string()));
    for event in log.borrow().iter() {
        match event {
            Event::Opened(who) => println!("  opened {who}"),
            Event::Moved { from, to, amount } => println!("  {from} -> {to}: {amount}"),
            Event::Failed(who, e) => println!("  {who} failed: {e}"),
        }
    }
    println!("log entries: {}, owners: {}", log.borrow().len(), Rc::strong_count(&log));
}

fn report_machines() {
    println!("== machines ==");
    let mut light = Light::Red;
    let mut seen = HashMap::new();
    let mut elapsed = 0;
    for step in 0..12 {
        *seen.entry(light).or_insert(0u32) += 1;
        elapsed += light.duration();
        light = light.next(step == 5);
    }
    let mut counts: Vec<(String, u32)> = seen.iter().map(|(l, n)| (format!("{l:?}"), *n)).collect();
    counts.sort();
    println!("after {elapsed}s: {light:?}, visits {counts:?}");
    let tasks = vec![
        Task { id: 1, name: "compile", remaining: 7, priority: 2 },
        Task { id: 2, name: "test", remaining: 3, priority: 1 },
        Task { id: 3, name: "lint", remaining: 2, priority: 2 },
        Task { id: 4, name: "deploy", remaining: 4, priority: 0 },
    ];
    let names: HashMap<u32, &str> = tasks.iter().map(|t| (t.id, t.name)).collect();
    for (id, done_at) in schedule(tasks, 2) {
        println!("  {:<8} done at {done_at}", names[&id]);
    }
}

fn main() {
    report_geometry();
    report_inventory();
    report_calc();
    report_graph();
    report_numbers();
    report_text();
    report_bank();
    report_machines();
    let neg = -geometry::Vec2::new(1.0, -2.0) + geometry::Vec2::ZERO - geometry::Vec2::new(0.5, 0.5);
    let scaled: Vec<f64> = [1.0, 2.0, 3.0].iter().map(|x| x * 2.0).map(Neg::neg).map(|x: f64| x.sub(1.0)).collect();
    println!("done: {neg} {scaled:?}");
}
