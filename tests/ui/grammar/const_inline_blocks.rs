// Inline const blocks, consts in patterns, and const items in impls and traits.

const LOW: u32 = 10;
const HIGH: u32 = 100;
const LARGE_LO: u32 = HIGH + 1;
const LARGE_HI: u32 = HIGH * 10;

#[derive(Debug, PartialEq, Eq)]
struct Version {
    major: u16,
    minor: u16,
}

const V1: Version = Version { major: 1, minor: 0 };

fn classify(n: u32) -> &'static str {
    match n {
        0 => "zero",
        1..LOW => "small",
        LOW..=HIGH => "medium",
        LARGE_LO..=LARGE_HI => "large",
        n if n == const { LARGE_HI + 1 } => "just over",
        _ => "huge",
    }
}

fn describe(v: &Version) -> &'static str {
    match *v {
        V1 => "first release",
        Version { major: 0, .. } => "pre-release",
        _ => "later release",
    }
}

trait Sized2D {
    const W: usize;
    const H: usize;
    const AREA: usize = Self::W * Self::H;
}

struct Tile;
impl Sized2D for Tile {
    const W: usize = 4;
    const H: usize = 3;
}

fn empty_rows<T: Sized2D>() -> Vec<[u8; 4]> {
    vec![[0; 4]; T::H]
}

fn main() {
    for n in [0, 3, 10, 55, 100, 101, 999, 1000, 1001] {
        println!("{:>5} {}", n, classify(n));
    }
    for v in [Version { major: 1, minor: 0 }, Version { major: 0, minor: 9 }, Version { major: 2, minor: 1 }] {
        println!("{}.{}: {}", v.major, v.minor, describe(&v));
    }
    let empties: [Vec<String>; 3] = [const { Vec::new() }; 3];
    println!("{} empty vectors, first len {}", empties.len(), empties[0].len());
    let size = const { std::mem::size_of::<(u8, u32)>() };
    println!("size of (u8, u32) = {}", size);
    println!("tile area {} rows {}", Tile::AREA, empty_rows::<Tile>().len());
    let mask = const {
        let mut m = 0u32;
        let mut i = 0;
        while i < 32 {
            m |= 1 << i;
            i += 4;
        }
        m
    };
    println!("mask {:#010x}", mask);
}
