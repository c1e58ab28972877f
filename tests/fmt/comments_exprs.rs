// Comments inside expressions: arguments, struct fields, match arms, chains.
fn main() {
    let v = foo(
        a, // first argument
        b, // second argument
    );
    let w = bar(/* inline */ x, y /* after y */);
    let s = S {
        // leading comment in struct literal
        a: 1,
        b: 2, // trailing comment on b
        /* block before c */ c: 3,
    };
    match x {
        // comment before first arm
        A => 1, // trailing on arm A
        B => {
            // comment inside arm block
            2
        }
        // comment before last arm
        _ => 3,
    }
    let chain = foo
        // comment in chain
        .bar()
        .baz(); // trailing
    let arr = [
        1, // one
        2, // two
        3,
    ];
    if x /* cond comment */ {
        y
    } else {
        // else comment
        z
    }
}
