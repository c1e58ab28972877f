//! Module documentation.
//!
//! With a blank doc line.

/// A documented struct.
///
/// # Examples
/// ```
/// let s = S::new();
/// ```
pub struct S {
    /// The field.
    pub field: u32,
    /** Block doc */ pub other: u32,
}

/// Enum docs.
pub enum E {
    /// Variant A.
    A,
    /// Variant B.
    B(u32),
}

#[doc = "Attribute doc"]
fn f() {}

/**
 * Block doc comment
 */
fn g() {}

impl S {
    /// Creates.
    pub fn new() -> Self { S { field: 0, other: 0 } }
}
