// A reverse-Polish-notation calculator with variables, error handling via
// Result and `?`, and a shunting-yard converter from infix.

#[derive(Debug)]
enum CalcError {
    StackUnderflow(String),
    DivByZero,
    UnknownToken(String),
    Leftover(usize),
}

fn precedence(op: &str) -> (u8, bool) {
    match op {
        "^" => (4, true),
        "*" | "/" | "%" => (3, false),
        "+" | "-" => (2, false),
        _ => (0, false),
    }
}

fn to_rpn(infix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut ops: Vec<String> = Vec::new();
    for tok in infix.split_whitespace() {
        match tok {
            "(" => ops.push(tok.to_string()),
            ")" => {
                while let Some(top) = ops.pop() {
                    if top == "(" {
                        break;
                    }
                    out.push(top);
                }
            }
            "+" | "-" | "*" | "/" | "%" | "^" => {
                let (p, right) = precedence(tok);
                while let Some(top) = ops.last() {
                    let (tp, _) = precedence(top);
                    if top != "(" && (tp > p || (tp == p && !right)) {
                        out.push(ops.pop().unwrap());
                    } else {
                        break;
                    }
                }
                ops.push(tok.to_string());
            }
            _ => out.push(tok.to_string()),
        }
    }
    while let Some(op) = ops.pop() {
        out.push(op);
    }
    out
}

fn eval_rpn(tokens: &[String], vars: &[(&str, i64)]) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for tok in tokens {
        let t = tok.as_str();
        if let Ok(n) = t.parse::<i64>() {
            stack.push(n);
            continue;
        }
        if let Some(&(_, v)) = vars.iter().find(|(name, _)| *name == t) {
            stack.push(v);
            continue;
        }
        let b = stack.pop().ok_or_else(|| CalcError::StackUnderflow(t.to_string()))?;
        let a = stack.pop().ok_or_else(|| CalcError::StackUnderflow(t.to_string()))?;
        stack.push(match t {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" | "%" if b == 0 => return Err(CalcError::DivByZero),
            "/" => a / b,
            "%" => a % b,
            "^" => a.pow(b as u32),
            _ => return Err(CalcError::UnknownToken(t.to_string())),
        });
    }
    match stack.as_slice() {
        [v] => Ok(*v),
        rest => Err(CalcError::Leftover(rest.len())),
    }
}

fn main() {
    let vars = [("x", 7), ("y", -3)];
    let exprs = [
        "1 + 2 * 3",
        "( 1 + 2 ) * 3",
        "2 ^ 3 ^ 2",
        "100 / 10 / 5",
        "x * x - y * 4",
        "17 % 5 + 10 - 4 - 3",
        "8 / ( x - 7 )",
        "1 + foo",
        "3 4",
    ];
    for e in exprs {
        let rpn = to_rpn(e);
        match eval_rpn(&rpn, &vars) {
            Ok(v) => println!("{:<22} => {:<24} = {}", e, rpn.join(" "), v),
            Err(err) => println!("{:<22} => {:<24} ! {:?}", e, rpn.join(" "), err),
        }
    }
    let raw: Vec<String> = "5 1 2 + 4 * + 3 -".split(' ').map(String::from).collect();
    println!("classic RPN example = {:?}", eval_rpn(&raw, &[]).ok());
    let bad: Vec<String> = vec!["+".into()];
    println!("underflow: {:?}", eval_rpn(&bad, &[]).err());
}
