//! Crate docs
//! more docs

/* A block comment
   spanning lines */

// Comment before fn
fn a() {} // trailing after fn

/// Doc for b
#[inline] // why inline
fn b() {}



// comment after blank lines
struct S; /* trailing block */

impl S {
    // comment at start of impl
    fn m(&self) {}

    // comment at end of impl
}

// Final comment at end of file
