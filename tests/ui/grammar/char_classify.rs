// A character-class lexer for a tiny assembly language: each char drives a
// match with char ranges, escapes and literal char patterns.

#[derive(Debug, PartialEq)]
enum Tok {
    Mnemonic(String),
    Register(u8),
    Imm(i64),
    Label(String),
    Comma,
    Newline,
    Char(char),
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' => i += 1,
            '\n' => {
                out.push(Tok::Newline);
                i += 1;
            }
            ';' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            '\'' => {
                // char literal like 'a' or '\n'
                let (value, len) = match (chars.get(i + 1), chars.get(i + 2)) {
                    (Some('\\'), Some('n')) => ('\n', 4),
                    (Some('\\'), Some('t')) => ('\t', 4),
                    (Some('\\'), Some('\'')) => ('\'', 4),
                    (Some('\\'), Some('\\')) => ('\\', 4),
                    (Some(&ch), _) => (ch, 3),
                    (None, _) => return Err("unterminated char".into()),
                };
                if chars.get(i + len - 1) != Some(&'\'') {
                    return Err(format!("bad char literal at {}", i));
                }
                out.push(Tok::Char(value));
                i += len;
            }
            '#' | '-' | '0'..='9' => {
                let start = if c == '#' { i + 1 } else { i };
                let mut j = start;
                if chars.get(j) == Some(&'-') {
                    j += 1;
                }
                while j < chars.len() && matches!(chars[j], '0'..='9' | 'a'..='f' | 'x') {
                    j += 1;
                }
                let text: String = chars[start..j].iter().collect();
                let (negative, body) = match text.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, text.as_str()),
                };
                let v = if let Some(hex) = body.strip_prefix("0x") {
                    i64::from_str_radix(hex, 16).map_err(|e| e.to_string())?
                } else {
                    body.parse::<i64>().map_err(|e| format!("{}: {:?}", e, text))?
                };
                out.push(Tok::Imm(if negative { -v } else { v }));
                i = j;
            }
            'a'..='z' | 'A'..='Z' | '_' | '.' => {
                let mut j = i;
                while j < chars.len() && matches!(chars[j], 'a'..='z' | 'A'..='Z' | '0'..='9' | '_' | '.') {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                if chars.get(j) == Some(&':') {
                    out.push(Tok::Label(word));
                    j += 1;
                } else if let Some(n) = word.strip_prefix('r').and_then(|d| d.parse::<u8>().ok()) {
                    out.push(Tok::Register(n));
                } else {
                    out.push(Tok::Mnemonic(word.to_uppercase()));
                }
                i = j;
            }
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        }
    }
    Ok(out)
}

fn main() {
    let program = "start:\n  mov r1, #10 ; counter\n  mov r2, '\\n'\nloop: sub r1, r1, #1\n  cmp r1, -0x1f\n  jne loop\n  out r2, 'A'\n";
    match lex(program) {
        Ok(toks) => {
            let mut line = Vec::new();
            for t in toks {
                if t == Tok::Newline {
                    println!("{}", line.join(" "));
                    line.clear();
                } else {
                    line.push(format!("{:?}", t));
                }
            }
        }
        Err(e) => println!("error: {}", e),
    }
    for bad in ["mov r1, @", "out 'ab'", "mov #12z", "add r1, #0xfg"] {
        println!("{:?} -> {:?}", bad, lex(bad).err());
    }
}
