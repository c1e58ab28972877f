use std::collections::HashMap;

#[derive(Debug, PartialEq, Clone)]
enum Json<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(&'a str),
    Arr(Vec<Json<'a>>),
    Obj(Vec<(&'a str, Json<'a>)>),
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

#[derive(Debug)]
struct ParseError {
    pos: usize,
    msg: String,
}

type PResult<'a> = Result<Json<'a>, ParseError>;

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser { src, pos: 0 }
    }
    fn err<T>(&self, msg: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError { pos: self.pos, msg: msg.into() })
    }
    fn ws(&mut self) {
        while self.src[self.pos..].starts_with(|c: char| c.is_whitespace()) {
            self.pos += 1;
        }
    }
    fn eat(&mut self, c: char) -> bool {
        self.ws();
        if self.src[self.pos..].starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }
    fn value(&mut self) -> PResult<'a> {
        self.ws();
        let rest = &self.src[self.pos..];
        match rest.chars().next() {
            None => self.err("unexpected end"),
            Some('n') if rest.starts_with("null") => { self.pos += 4; Ok(Json::Null) }
            Some('t') if rest.starts_with("true") => { self.pos += 4; Ok(Json::Bool(true)) }
            Some('f') if rest.starts_with("false") => { self.pos += 5; Ok(Json::Bool(false)) }
            Some('"') => {
                let end = rest[1..].find('"').ok_or(ParseError { pos: self.pos, msg: "unterminated string".into() })?;
                let s = &rest[1..1 + end];
                self.pos += end + 2;
                Ok(Json::Str(s))
            }
            Some('[') => {
                self.pos += 1;
                let mut items = vec![];
                if self.eat(']') { return Ok(Json::Arr(items)); }
                loop {
                    items.push(self.value()?);
                    if self.eat(']') { break; }
                    if !self.eat(',') { return self.err("expected , or ]"); }
                }
                Ok(Json::Arr(items))
            }
            Some('{') => {
                self.pos += 1;
                let mut fields = vec![];
                if self.eat('}') { return Ok(Json::Obj(fields)); }
                loop {
                    let key = match self.value()? { Json::Str(k) => k, other => return self.err(format!("bad key {:?}", other)) };
                    if !self.eat(':') { return self.err("expected :"); }
                    fields.push((key, self.value()?));
                    if self.eat('}') { break; }
                    if !self.eat(',') { return self.err("expected , or }"); }
                }
                Ok(Json::Obj(fields))
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let len = rest.find(|c: char| !(c == '-' || c == '.' || c == 'e' || c.is_ascii_digit())).unwrap_or(rest.len());
                let n: f64 = rest[..len].parse().map_err(|e| ParseError { pos: self.pos, msg: format!("{}", e) })?;
                self.pos += len;
                Ok(Json::Num(n))
            }
            Some(c) => self.err(format!("unexpected {:?}", c)),
        }
    }
}

fn longest_key<'a>(j: &Json<'a>) -> Option<&'a str> {
    match j {
        Json::Obj(fields) => fields.iter().map(|(k, v)| longest_key(v).filter(|lk| lk.len() > k.len()).unwrap_or(k)).max_by_key(|k| k.len()),
        Json::Arr(items) => items.iter().filter_map(longest_key).max_by_key(|k| k.len()),
        _ => None,
    }
}

fn render(j: &Json) -> String {
    match j {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) => format!("{}", n),
        Json::Str(s) => format!("{:?}", s),
        Json::Arr(v) => format!("[{}]", v.iter().map(render).collect::<Vec<_>>().join(",")),
        Json::Obj(f) => format!("{{{}}}", f.iter().map(|(k, v)| format!("{:?}:{}", k, render(v))).collect::<Vec<_>>().join(",")),
    }
}

fn main() {
    let docs = [
        r#"{"name": "ferris", "age": 7, "tags": ["crab", "rust"], "extra": {"nested_key": null, "ok": true}}"#,
        "[1, 2.5, -3e2, []]",
        r#"{"a": }"#,
        "[1 2]",
        r#""unterminated"#,
        "tru",
    ];
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for d in docs.iter() {
        let mut p = Parser::new(d);
        match p.value() {
            Ok(j) => {
                *counts.entry("ok").or_default() += 1;
                println!("{} | longest key {:?}", render(&j), longest_key(&j));
            }
            Err(e) => {
                *counts.entry("err").or_default() += 1;
                println!("error at {}: {}", e.pos, e.msg);
            }
        }
    }
    let mut cs: Vec<_> = counts.into_iter().collect();
    cs.sort();
    println!("{:?}", cs);
}
