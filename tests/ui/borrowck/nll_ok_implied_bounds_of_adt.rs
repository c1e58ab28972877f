// An ADT's own bounds hold of the arguments it has in a signature (implied bounds):
// `Pair<'a, 'b>` with `'b: 'a` declared on the struct lets `'b` data be returned as `'a`.
#[derive(Clone, Copy)]
struct Pair<'a, 'b: 'a> {
    short: &'a str,
    long: &'b str,
}

fn get_long<'a, 'b>(p: Pair<'a, 'b>) -> &'a str {
    p.long
}

struct Ref<'a, T: 'a> {
    r: &'a T,
}

fn deref_ref<'a, 'b>(r: Ref<'a, &'b str>) -> &'a str {
    r.r
}

struct Ctx<'a, 'b>
where
    'b: 'a,
{
    a: &'a u8,
    b: &'b u8,
}

impl<'a, 'b> Ctx<'a, 'b> {
    fn either(&self, first: bool) -> &'a u8 {
        if first { self.a } else { self.b }
    }
}

fn main() {
    let s = String::from("x");
    let l = String::from("long");
    let p = Pair { short: &s, long: &l };
    println!("{} {}", get_long(p), p.short);
    let st: &str = "q";
    println!("{}", deref_ref(Ref { r: &st }));
    let (x, y) = (1u8, 2u8);
    let c = Ctx { a: &x, b: &y };
    println!("{} {}", c.either(true), c.either(false));
}
