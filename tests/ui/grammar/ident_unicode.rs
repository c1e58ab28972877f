// Non-ASCII identifiers (NFC, XID_Start/XID_Continue) for variables,
// functions, structs, fields and enum variants.
#![allow(non_snake_case, uncommon_codepoints, confusable_idents, mixed_script_confusables)]

#[derive(Debug)]
struct Größe {
    länge: f64,
    breite: f64,
}

impl Größe {
    fn fläche(&self) -> f64 {
        self.länge * self.breite
    }
}

#[derive(Debug, Clone, Copy)]
enum Température {
    Froid,
    Tiède,
    Chaud,
}

fn größe(l: f64, b: f64) -> Größe {
    Größe { länge: l, breite: b }
}

fn classer(degrés: i32) -> Température {
    match degrés {
        ..=10 => Température::Froid,
        11..=24 => Température::Tiède,
        _ => Température::Chaud,
    }
}

fn main() {
    let café = 1;
    let naïve = 2;
    let π = std::f64::consts::PI;
    let λ = |x: f64| x * 2.0;
    let 数 = 42;
    let ñandú = "bird";
    let _привет = "hello";
    let δx = 0.5;
    println!("café + naïve = {}", café + naïve);
    println!("π ≈ {:.5}, λ(π) = {:.5}", π, λ(π));
    println!("数 = {}, ñandú = {}, δx = {}", 数, ñandú, δx);

    let zimmer = größe(4.5, 3.2);
    println!("{:?} fläche = {:.2}", zimmer, zimmer.fläche());

    for d in [5, 18, 30] {
        println!("{}° -> {:?}", d, classer(d));
    }

    let mut über_zähler = 0u32;
    for wort in ["straße", "ökonomie", "café", "rust"] {
        if wort.chars().any(|c| !c.is_ascii()) {
            über_zähler += 1;
        }
    }
    println!("words with non-ASCII letters: {}", über_zähler);

    // identifiers differing only by case or script are distinct
    let a = 1;
    let A = 2;
    let α = 3;
    println!("a + A + α = {}", a + A + α);
    let _underscore_ünïcode = "ignored";
    let straße_länge = "straße".len();
    println!("\"straße\".len() = {}", straße_länge);
}
