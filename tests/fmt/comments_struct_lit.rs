fn main() {
    let s = S {
        // leading comment
        a: 1, // trailing a
        b: 2,
        /* before c */ c: 3,
        // before rest
        ..Default::default()
    };
    let t = T { x: 1 /* inline */, y: 2 };
    let u = U {
        a: 1,
        // dangling comment at end
    };
}
