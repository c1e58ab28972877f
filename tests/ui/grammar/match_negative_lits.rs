// Literal patterns: negative integers, floats-free numeric literals with
// suffixes and bases, booleans, chars, strings and byte strings.

fn sign_word(n: i32) -> &'static str {
    match n {
        -1 => "minus one",
        0 => "zero",
        1 => "one",
        -9..=-2 => "small negative",
        i32::MIN..=-10 => "big negative",
        _ => "positive",
    }
}

fn compare_result(ord: i8) -> &'static str {
    match ord {
        -1 => "less",
        0 => "equal",
        1 => "greater",
        _ => "invalid",
    }
}

fn opcode(b: u8) -> &'static str {
    match b {
        0x00 => "nop",
        0x01 | 0x02 => "load",
        0b0000_0011 => "store",
        0o17 => "jump",
        0xFF_u8 => "halt",
        _ => "unknown",
    }
}

fn keyword(s: &str) -> Option<u8> {
    match s {
        "if" => Some(1),
        "else" => Some(2),
        "while" | "loop" => Some(3),
        "" => None,
        _ => Some(0),
    }
}

fn main() {
    for n in [-1, 0, 1, -5, -100, 42, i32::MIN] {
        println!("{:>11} is {}", n, sign_word(n));
    }
    for o in [-1i8, 0, 1, -2] {
        println!("ord {:>2}: {}", o, compare_result(o));
    }
    let program = [0x01u8, 0x03, 0x0F, 0x02, 0x00, 0x7F, 0xFF];
    let decoded: Vec<&str> = program.iter().map(|&b| opcode(b)).collect();
    println!("decoded: {:?}", decoded);

    for w in ["if", "loop", "fn", ""] {
        println!("{:?} -> {:?}", w, keyword(w));
    }

    let flags = [(true, false), (false, false), (true, true)];
    for f in flags {
        let s = match f {
            (true, true) => "both",
            (true, false) | (false, true) => "one",
            (false, false) => "neither",
        };
        println!("{:?}: {}", f, s);
    }

    let frames: [&[u8]; 4] = [b"PING", b"PONG", b"\x00\x01", b"data"];
    for fr in frames {
        let kind = match fr {
            b"PING" => "ping",
            b"PONG" => "pong",
            [0, 1] => "handshake",
            _ => "payload",
        };
        println!("{:?} {}", fr, kind);
    }

    let temps: [i64; 5] = [-40, -1, 0, 37, 100];
    for t in temps {
        let note = match t {
            -40 => "same in C and F",
            -1 | 0 => "around freezing",
            37 => "body temperature",
            100 => "boiling",
            _ => "",
        };
        println!("{:>4}C {}", t, note);
    }
    let c = 'λ';
    let greek = match c {
        'α' => "alpha",
        'λ' => "lambda",
        '\u{3C9}' => "omega",
        _ => "other",
    };
    println!("{} is {}", c, greek);
}
