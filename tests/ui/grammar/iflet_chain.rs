// `if let ... else if let ... else` chains mixed with plain `else if`, over
// a small command/value model.

#[derive(Debug)]
enum Value {
    Int(i64),
    Text(String),
    List(Vec<Value>),
    Nothing,
}

fn describe(v: &Value) -> String {
    if let Value::Int(n) = v {
        format!("int {}", n)
    } else if let Value::Text(s) = v {
        format!("text of {} bytes", s.len())
    } else if let Value::List(items) = v {
        if let [Value::Int(first), ..] = items.as_slice() {
            format!("list of {} starting with int {}", items.len(), first)
        } else if items.is_empty() {
            "empty list".to_string()
        } else {
            format!("list of {}", items.len())
        }
    } else {
        "nothing".to_string()
    }
}

fn parse_setting(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("set ") {
        if let Some((key, value)) = rest.split_once('=') {
            if let Ok(n) = value.parse::<i32>() {
                format!("numeric setting {} = {}", key, n)
            } else if let Some(b) = match value { "on" => Some(true), "off" => Some(false), _ => None } {
                format!("flag {} = {}", key, b)
            } else {
                format!("string setting {} = {:?}", key, value)
            }
        } else {
            format!("malformed set: {:?}", rest)
        }
    } else if let Some(key) = line.strip_prefix("unset ") {
        format!("remove {}", key)
    } else if line.is_empty() {
        "blank".to_string()
    } else {
        format!("unknown command {:?}", line)
    }
}

fn main() {
    let values = vec![
        Value::Int(42),
        Value::Text("héllo".to_string()),
        Value::List(vec![Value::Int(1), Value::Nothing]),
        Value::List(vec![Value::Text("a".into())]),
        Value::List(vec![]),
        Value::Nothing,
    ];
    for v in &values {
        println!("{}", describe(v));
    }

    for line in ["set width=80", "set verbose=on", "set name=ferric", "set broken", "unset width", "", "reboot"] {
        println!("{:<18} => {}", line, parse_setting(line));
    }

    // if let with a binding @ and a guard-like nested if
    let maybe_age: Option<u32> = Some(17);
    if let Some(age @ 0..=17) = maybe_age {
        println!("minor aged {}", age);
    } else if let Some(age) = maybe_age {
        println!("adult aged {}", age);
    }

    // if let as an expression producing a value
    let pair: Result<(i32, i32), String> = Ok((3, 4));
    let hyp = if let Ok((a, b)) = pair { ((a * a + b * b) as f64).sqrt() } else { 0.0 };
    println!("hypotenuse {}", hyp);
}
