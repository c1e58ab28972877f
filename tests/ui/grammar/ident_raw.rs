// Raw identifiers: keywords used as names via `r#`, for fields, functions,
// modules, variables, enum variants and methods; `r#foo` and `foo` are the
// same identifier when foo is not a keyword.

mod r#async {
    pub fn r#await(x: u32) -> u32 {
        x + 1
    }
}

#[derive(Debug)]
struct Token {
    r#type: &'static str,
    r#match: bool,
    r#loop: u32,
    value: String,
}

#[derive(Debug)]
enum Kind {
    r#Fn,
    r#Struct,
    Other,
}

impl Token {
    fn r#return(&self) -> String {
        format!("{}:{}", self.r#type, self.value)
    }

    fn r#in(&self, names: &[&str]) -> bool {
        names.contains(&self.value.as_str())
    }
}

fn r#match(pattern: &str, text: &str) -> bool {
    text.contains(pattern)
}

fn r#if(cond: bool) -> &'static str {
    if cond { "yes" } else { "no" }
}

fn main() {
    let r#let = 10;
    let r#fn = |r#x: i32| r#x * 2;
    let r#while = r#fn(r#let);
    println!("r#let = {}, r#while = {}", r#let, r#while);

    let t = Token { r#type: "ident", r#match: true, r#loop: 3, value: "main".to_string() };
    println!("{:?}", t);
    println!("type field {} match field {} loop field {}", t.r#type, t.r#match, t.r#loop);
    println!("return method: {}", t.r#return());
    println!("in method: {}", t.r#in(&["main", "init"]));

    println!("r#match fn: {} {}", r#match("ust", "rust"), r#match("x", "rust"));
    println!("r#if fn: {} {}", r#if(true), r#if(false));
    println!("r#async::r#await(41) = {}", r#async::r#await(41));

    for k in [Kind::r#Fn, Kind::Struct, Kind::Other] {
        let text = match k {
            Kind::Fn => "function",
            Kind::r#Struct => "structure",
            Kind::Other => "other",
        };
        println!("{:?} -> {}", k, text);
    }

    // a raw identifier for a non-keyword is just the plain identifier
    let r#total = 5;
    println!("total = {}", total + r#total);
    let Token { r#type: kind, value, .. } = t;
    println!("destructured {} {}", kind, value);
    let r#dyn = "dyn is a keyword in 2018+";
    let r#try = "try is reserved in 2018+";
    println!("{} / {}", r#dyn, r#try);
}
