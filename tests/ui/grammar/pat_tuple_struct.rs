// Tuple-struct and tuple-variant patterns: newtypes, `..` in tuple structs,
// nested tuple structs, and unit-like matching.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

#[derive(Debug, Clone, Copy)]
struct Pixel(u16, u16, Rgb);

#[derive(Debug)]
enum Token {
    Num(i64),
    Op(char),
    Pair(Box<Token>, Box<Token>),
    Eof,
}

fn to_feet(Meters(m): Meters) -> f64 {
    m * 3.28084
}

fn brightness(c: Rgb) -> u32 {
    let Rgb(r, g, b) = c;
    (r as u32 + g as u32 + b as u32) / 3
}

fn describe(px: &Pixel) -> String {
    match *px {
        Pixel(0, 0, _) => "origin pixel".to_string(),
        Pixel(x, y, Rgb(255, 255, 255)) => format!("white at {},{}", x, y),
        Pixel(_, _, Rgb(r, 0, 0)) => format!("pure red {}", r),
        Pixel(x, .., Rgb(.., b)) if b > 200 => format!("bluish at column {}", x),
        Pixel(.., c) => format!("brightness {}", brightness(c)),
    }
}

fn render(t: &Token) -> String {
    match t {
        Token::Num(n) if *n < 0 => format!("({})", n),
        Token::Num(n) => n.to_string(),
        Token::Op(c) => c.to_string(),
        Token::Pair(a, b) => match (a.as_ref(), b.as_ref()) {
            (Token::Op(op), Token::Num(n)) => format!("[{}{}]", op, n),
            (l, r) => format!("<{} {}>", render(l), render(r)),
        },
        Token::Eof => "$".to_string(),
    }
}

fn main() {
    let runs = [Meters(5.0), Meters(42.195), Meters(0.0)];
    for r in runs {
        println!("{:?} = {:.2} ft", r, to_feet(r));
    }
    let Meters(total) = runs.iter().fold(Meters(0.0), |Meters(acc), &Meters(m)| Meters(acc + m));
    println!("total {:.3} m, equals marathon+5: {}", total, Meters(total) == Meters(47.195));

    let pixels = [
        Pixel(0, 0, Rgb(1, 2, 3)),
        Pixel(4, 7, Rgb(255, 255, 255)),
        Pixel(9, 9, Rgb(180, 0, 0)),
        Pixel(2, 5, Rgb(10, 20, 230)),
        Pixel(6, 1, Rgb(90, 120, 150)),
    ];
    for px in &pixels {
        println!("{:?}: {}", px, describe(px));
    }

    let tokens = vec![
        Token::Num(7),
        Token::Num(-3),
        Token::Op('+'),
        Token::Pair(Box::new(Token::Op('-')), Box::new(Token::Num(4))),
        Token::Pair(Box::new(Token::Num(1)), Box::new(Token::Pair(Box::new(Token::Eof), Box::new(Token::Op('*'))))),
        Token::Eof,
    ];
    let rendered: Vec<String> = tokens.iter().map(render).collect();
    println!("{}", rendered.join(" "));
    let nums: i64 = tokens.iter().map(|t| if let Token::Num(n) = t { *n } else { 0 }).sum();
    println!("sum of plain numbers {}", nums);
}
