#!/usr/bin/env run-cargo-script
// The first line above is a shebang: the lexer skips it. (A line starting
// with `#![` would instead be an inner attribute.)
//! Inner doc comment for the crate, after the shebang.

/// A unit converter for lengths.
/// Doc comments are attributes, so they may appear on items and fields.
#[derive(Debug, Clone, Copy)]
enum Unit {
    /// metres
    M,
    /// kilometres
    Km,
    /// miles
    Mi,
    /// feet
    Ft,
}

impl Unit {
    fn metres(self) -> f64 {
        match self {
            Unit::M => 1.0,
            Unit::Km => 1000.0,
            Unit::Mi => 1609.344,
            Unit::Ft => 0.3048,
        }
    }
}

fn convert(value: f64, from: Unit, to: Unit) -> f64 {
    value * from.metres() / to.metres() // trailing line comment
}

fn main() {
    let table = [(5.0, Unit::Km, Unit::Mi), (26.2, Unit::Mi, Unit::Km), (1000.0, Unit::Ft, Unit::M), (1.0, Unit::M, Unit::Ft)];
    for (v, from, to) in table {
        println!("{} {:?} = {:.3} {:?}", v, from, convert(v, from, to), to);
    }
    let marathon = /* inline block comment */ convert(42.195, Unit::Km, Unit::Mi);
    println!("marathon in miles: {:.2}", marathon);
    let url = "http://example.com/#anchor // not a comment /* nor this */";
    println!("{}", url);
    // println!("this line is commented out");
    /* println!("so is this one"); */
    println!("done"); // the end
}
