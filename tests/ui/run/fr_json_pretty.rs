use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

impl Json {
    fn write_pretty(&self, out: &mut String, indent: usize) -> fmt::Result {
        let pad = "  ".repeat(indent);
        match self {
            Json::Null => out.write_str("null"),
            Json::Bool(b) => write!(out, "{}", b),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(out, "{}", *n as i64),
            Json::Num(n) => write!(out, "{}", n),
            Json::Str(s) => write!(out, "\"{}\"", s.escape_default()),
            Json::Arr(v) if v.is_empty() => out.write_str("[]"),
            Json::Arr(v) => {
                out.write_str("[\n")?;
                for (i, x) in v.iter().enumerate() {
                    write!(out, "{}  ", pad)?;
                    x.write_pretty(out, indent + 1)?;
                    out.write_str(if i + 1 < v.len() { ",\n" } else { "\n" })?;
                }
                write!(out, "{}]", pad)
            }
            Json::Obj(m) => {
                out.write_str("{\n")?;
                let n = m.len();
                for (i, (k, v)) in m.iter().enumerate() {
                    write!(out, "{}  \"{}\": ", pad, k)?;
                    v.write_pretty(out, indent + 1)?;
                    out.push_str(if i + 1 < n { ",\n" } else { "\n" });
                }
                write!(out, "{}}}", pad)
            }
        }
    }
    fn depth(&self) -> usize {
        match self {
            Json::Arr(v) => 1 + v.iter().map(Json::depth).max().unwrap_or(0),
            Json::Obj(m) => 1 + m.values().map(|j| j.depth()).max().unwrap_or(0),
            _ => 0,
        }
    }
    fn get(&self, path: &str) -> Option<&Json> {
        path.split('.').filter(|p| !p.is_empty()).try_fold(self, |cur, key| match cur {
            Json::Obj(m) => m.get(key),
            Json::Arr(v) => key.parse::<usize>().ok().and_then(|i| v.get(i)),
            _ => None,
        })
    }
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> P<'a> {
    fn ws(&mut self) {
        while self.i < self.s.len() && (self.s[self.i] as char).is_whitespace() {
            self.i += 1;
        }
    }
    fn expect(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at {}, found {:?}", c as char, self.i, self.s.get(self.i).map(|&b| b as char)))
        }
    }
    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.s.get(self.i).copied() {
            None => Err("unexpected end".into()),
            Some(b'n') => self.lit("null", Json::Null),
            Some(b't') => self.lit("true", Json::Bool(true)),
            Some(b'f') => self.lit("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[') => {
                self.i += 1;
                let mut v = vec![];
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(v));
                }
                loop {
                    v.push(self.value()?);
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => { self.i += 1; break; }
                        _ => return Err(format!("bad array at {}", self.i)),
                    }
                }
                Ok(Json::Arr(v))
            }
            Some(b'{') => {
                self.i += 1;
                let mut m = BTreeMap::new();
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b'}') { self.i += 1; break; }
                    let k = self.string()?;
                    self.expect(b':')?;
                    let v = self.value()?;
                    m.insert(k, v);
                    self.ws();
                    if self.s.get(self.i) == Some(&b',') { self.i += 1; }
                }
                Ok(Json::Obj(m))
            }
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                let start = self.i;
                while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                let txt = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                txt.parse().map(Json::Num).map_err(|e| format!("{}: {:?}", e, txt))
            }
            Some(c) => Err(format!("unexpected '{}'", c as char)),
        }
    }
    fn lit(&mut self, word: &str, v: Json) -> Result<Json, String> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(format!("bad literal at {}", self.i))
        }
    }
    fn string(&mut self) -> Result<String, String> {
        self.expect(b'"')?;
        let mut out = String::new();
        while let Some(&c) = self.s.get(self.i) {
            self.i += 1;
            match c {
                b'"' => return Ok(out),
                b'\\' => {
                    let e = self.s.get(self.i).copied().ok_or("bad escape")?;
                    self.i += 1;
                    out.push(match e { b'n' => '\n', b't' => '\t', other => other as char });
                }
                _ => out.push(c as char),
            }
        }
        Err("unterminated string".to_string())
    }
}

fn parse(s: &str) -> Result<Json, String> {
    let mut p = P { s: s.as_bytes(), i: 0 };
    let v = p.value()?;
    p.ws();
    if p.i != s.len() { return Err(format!("trailing data at {}", p.i)); }
    Ok(v)
}

fn main() {
    let src = r#"{"name": "ferric", "version": 0.1, "tags": ["rust", "python", "compiler"],
        "deps": {"llvmlite": null, "pytest": {"dev": true, "min": 7}}, "stars": 1200, "ratio": -2.5e-3,
        "empty": [], "nested": [[1, 2], [3, [4, 5]]], "quote": "say \"hi\"\n"}"#;
    let j = parse(src).unwrap();
    let mut out = String::new();
    j.write_pretty(&mut out, 0).unwrap();
    println!("{}", out);
    println!("depth {}", j.depth());
    for path in ["name", "deps.pytest.min", "nested.1.1.0", "tags.5", "stars.x", ""] {
        println!("{:>16} => {:?}", path, j.get(path));
    }
    for bad in ["[1, 2", "{\"a\" 1}", "tru", "[1,]x", "\"abc", "-", "{}  "] {
        println!("{:>10} => {:?}", bad, parse(bad));
    }
    let round = parse(&out).unwrap();
    println!("roundtrip equal: {}", round == j);
}
