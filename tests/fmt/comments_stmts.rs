// Comments between statements, trailing comments, and comments at the end of blocks.
fn main() {
    // leading comment
    let a = 1; // trailing comment
    let b = 2;   /* trailing block comment */



    // after blank lines
    let c = a + b;
    /* block comment
       on two lines */
    foo(a,   b);
        // misindented comment
    bar();
    // last comment in block
}

fn empty_with_comment() {
    // only a comment
}

fn comment_after_open() { // on the brace line
    let x = 1;
}

/// Doc comment
///   with indentation
fn documented() {}

/* a block comment between items */

// line comment before item
struct S; // trailing after item
