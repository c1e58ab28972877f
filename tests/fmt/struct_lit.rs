// Struct literals around struct_lit_width (18).
struct P { x: i32, y: i32 }
fn main() {
    let a = P { x: 1, y: 2 };
    let b = P { x: 10, y: 20 };
    let c = P { x: 100, y: 200 };
    let d = Point3 { x, y, z };
    let e = Config { name: String::from("server"), port: 8080, verbose: true, ..Default::default() };
    let f = Config { ..Default::default() };
    let g = Empty {};
    let h = Wrapper { inner: Inner { value: 1 } };
    let i = S { a: 1, /* comment */ b: 2 };
    let j = S {
        a: 1, // first
        b: 2,
    };
    foo(P { x: 1, y: 2 });
    let k = Foo { aaaa: aaaa, bbbb: bbbb };
}
