// Type aliases, including generic ones, for a config-file parser.
use std::collections::BTreeMap;

#[derive(Debug)]
enum ParseError {
    MissingEquals(usize),
    EmptyKey(usize),
    BadNumber { line: usize, text: String },
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ParseError::MissingEquals(l) => write!(f, "line {}: missing '='", l),
            ParseError::EmptyKey(l) => write!(f, "line {}: empty key", l),
            ParseError::BadNumber { line, text } => write!(f, "line {}: bad number {:?}", line, text),
        }
    }
}

type Result<T, E = ParseError> = std::result::Result<T, E>;
type Section = BTreeMap<String, Value>;
type Sections = Vec<(String, Section)>;
type LineNo = usize;
type Pair<T> = (T, T);
type Callback<'a> = &'a dyn Fn(&str, &Value);

#[derive(Debug, Clone)]
enum Value {
    Int(i64),
    Text(String),
}

fn parse_value(line: LineNo, raw: &str) -> Result<Value> {
    if raw.starts_with('"') {
        return Ok(Value::Text(raw.trim_matches('"').to_string()));
    }
    raw.parse::<i64>()
        .map(Value::Int)
        .map_err(|_| ParseError::BadNumber { line, text: raw.to_string() })
}

fn parse(src: &str) -> Result<Sections> {
    let mut out: Sections = vec![("root".to_string(), Section::new())];
    for (i, line) in src.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            out.push((line.trim_matches(|c| c == '[' || c == ']').to_string(), Section::new()));
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(ParseError::MissingEquals(i))?;
        if k.trim().is_empty() {
            return Err(ParseError::EmptyKey(i));
        }
        let value = parse_value(i, v.trim())?;
        out.last_mut().unwrap().1.insert(k.trim().to_string(), value);
    }
    Ok(out)
}

fn min_max(v: &[i64]) -> Option<Pair<i64>> {
    Some((*v.iter().min()?, *v.iter().max()?))
}

fn visit(sections: &Sections, cb: Callback) {
    for (_, sec) in sections {
        for (k, v) in sec {
            cb(k, v);
        }
    }
}

fn main() {
    let src = "name = \"demo\"\n[server]\nport = 8080\nworkers = 4\n# comment\n[limits]\nmax = 100\nmin = -5\n";
    let parsed = parse(src).unwrap();
    for (name, sec) in &parsed {
        println!("[{}] {:?}", name, sec);
    }
    let mut ints = Vec::new();
    visit(&parsed, &|k, v| println!("  visit {} = {:?}", k, v));
    for (_, sec) in &parsed {
        for v in sec.values() {
            match v {
                Value::Int(n) => ints.push(*n),
                Value::Text(t) => println!("  text value of {} bytes", t.len()),
            }
        }
    }
    println!("min/max {:?}", min_max(&ints));
    for bad in ["x = 1\nnovalue", "= 3", "port = 80a"] {
        match parse(bad) {
            Ok(s) => println!("ok, {} sections", s.len()),
            Err(e) => println!("error: {} ({:?})", e, e),
        }
    }
    let ok: Result<u8, String> = Ok(1);
    println!("{:?}", ok);
}
