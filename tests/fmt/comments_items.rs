//! Crate-level doc comment.
//! Second line.

// A regular comment at the top.

use std::io; // trailing on use

/// Documented struct.
#[derive(Debug)] // trailing on attribute
pub struct Point {
    /// The x coordinate.
    pub x: i32, // trailing on field
    // comment before y
    pub y: i32,
    /* block before z */
    pub z: i32,
}

enum E {
    // comment before A
    A, // trailing on A
    B(i32), /* block trailing */
    /// doc on C
    C { x: i32 },
}

impl Point {
    // comment before method
    pub fn new() -> Self { Point { x: 0, y: 0, z: 0 } }

    // comment at end of impl
}

trait T {
    // only comments here
}

fn params(a: i32, // first
          b: i32 /* second */) {}

// trailing comment at end of file
