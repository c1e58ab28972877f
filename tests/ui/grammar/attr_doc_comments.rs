//! Crate-level docs: a tiny temperature-conversion library.
//!
//! Every public item below carries documentation in one of Rust's doc syntaxes.
/*! A block inner doc comment also documents the crate. */

/// A temperature scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// Degrees Celsius.
    Celsius,
    /// Degrees Fahrenheit.
    Fahrenheit,
    #[doc = "Kelvin, the absolute scale."]
    Kelvin,
}

/**
 * A reading on some scale.
 *
 * Block outer doc comments work too.
 */
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    /// The numeric value.
    pub value: f64,
    /** The scale it is expressed in. */
    pub scale: Scale,
}

#[doc = "Converts a reading to Kelvin."]
#[doc = ""]
#[doc = "Two attributes produce two doc lines."]
pub fn to_kelvin(r: Reading) -> f64 {
    match r.scale {
        Scale::Celsius => r.value + 273.15,
        Scale::Fahrenheit => (r.value - 32.0) * 5.0 / 9.0 + 273.15,
        Scale::Kelvin => r.value,
    }
}

/// Converts from Kelvin into `scale`.
///
/// ```
/// // doc tests are not run for single files
/// ```
pub fn from_kelvin(k: f64, scale: Scale) -> Reading {
    let value = match scale {
        Scale::Celsius => k - 273.15,
        Scale::Fahrenheit => (k - 273.15) * 9.0 / 5.0 + 32.0,
        Scale::Kelvin => k,
    };
    Reading { value, scale }
}

pub mod format {
    //! Formatting helpers (inner doc comment on a module).

    use super::{Reading, Scale};

    /// Renders a reading with its unit suffix.
    pub fn show(r: &Reading) -> String {
        let unit = match r.scale {
            Scale::Celsius => "°C",
            Scale::Fahrenheit => "°F",
            Scale::Kelvin => "K",
        };
        format!("{:.1}{}", r.value, unit)
    }
}

fn main() {
    /* an ordinary block comment, /* nested */ and not documentation */
    let readings = [
        Reading { value: 100.0, scale: Scale::Celsius },
        Reading { value: -40.0, scale: Scale::Fahrenheit },
        Reading { value: 0.0, scale: Scale::Kelvin },
    ];
    for r in &readings {
        let k = to_kelvin(*r);
        let parts: Vec<String> = [Scale::Celsius, Scale::Fahrenheit, Scale::Kelvin]
            .iter()
            .map(|&s| format::show(&from_kelvin(k, s)))
            .collect();
        println!("{:>8} = {}", format::show(r), parts.join(" = "));
    }
    // line comment with /// inside is fine
    println!("{:?}", readings[0]);
}
