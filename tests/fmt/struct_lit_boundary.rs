fn main() {
    let a = P { x: 1, y: 2 };
    let b = P { x: 10, y: 20 };
    let c = P { xx: 1, yy: 22 };
    let d = P { xx: 11, yy: 22 };
    let e = P { abcdef: 1 };
    let f = P { abcdefgh: 1234 };
    let g = P { abcdefghij: 12345 };
    let h = Point3 { x, y, z };
    let i = Point3 { x: 1, ..Default::default() };
    let j = S { ..s };
    let k = Nested { inner: Inner { a: 1, b: 2 }, other: 3 };
    let l = T {};
    let m = Tuple { 0: 1, 1: 2 };
    f(P { x: 1, y: 2 }, Q { a: 3 });
    let n = a::b::C { field_one: 1 };
}
