// Renaming imports with `as`, glob-importing enum variants, and `use` inside fns.
use std::collections::BTreeMap as Map;
use std::fmt::Result as FmtResult;
use std::io::Result as IoResult;

mod color {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Color {
        Red,
        Green,
        Blue,
        Custom(u8, u8, u8),
    }

    pub fn parse(s: &str) -> Option<Color> {
        use Color::*;
        Some(match s {
            "red" => Red,
            "green" => Green,
            "blue" => Blue,
            hex if hex.len() == 7 && hex.starts_with('#') => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Custom(byte(1)?, byte(3)?, byte(5)?)
            }
            _ => return None,
        })
    }
}

use color::Color::{self, *};
use color::parse as parse_color;

fn rgb(c: Color) -> (u8, u8, u8) {
    match c {
        Red => (255, 0, 0),
        Green => (0, 255, 0),
        Blue => (0, 0, 255),
        Custom(r, g, b) => (r, g, b),
    }
}

struct Hex(Color);

impl std::fmt::Display for Hex {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> FmtResult {
        let (r, g, b) = rgb(self.0);
        write!(f, "#{:02x}{:02x}{:02x}", r, g, b)
    }
}

fn write_all(names: &[&str]) -> IoResult<usize> {
    use std::io::Write as IoWrite;
    let mut buf: Vec<u8> = Vec::new();
    for n in names {
        writeln!(buf, "{}", n)?;
    }
    Ok(buf.len())
}

fn main() {
    let mut palette: Map<&str, Color> = Map::new();
    for name in ["red", "#1e90ff", "blue", "mauve", "#zz0000", "green"] {
        match parse_color(name) {
            Some(c) => {
                palette.insert(name, c);
            }
            None => println!("cannot parse {:?}", name),
        }
    }
    for (name, c) in &palette {
        println!("{:>8} -> {:?} = {}", name, c, Hex(*c));
    }
    println!("bytes written: {:?}", write_all(&["a", "bc", "def"]));
    let warm: Vec<Color> = palette.values().copied().filter(|c| rgb(*c).0 > 100).collect();
    println!("warm: {:?}", warm);
    println!("red is Red: {}", parse_color("red") == Some(Color::Red));
}
