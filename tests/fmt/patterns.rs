fn main() {
    let (a, b) = (1, 2);
    let Point { x, y: ref mut why, .. } = p;
    let [first, second, rest @ ..] = arr;
    let &(ref c, mut d) = &pair;
    match value {
        0 ..= 9 => {}
        10..=99 | 100..=999 => {}
        n @ 1000.. => {}
        Some(Inner { field_one, field_two, field_three, field_four, field_five, .. }) => {}
        (Some(aaaaaaaaaaaaaaa), Some(bbbbbbbbbbbbbbbbbbb), Some(cccccccccccccccc), Some(ddddddd)) => {}
        Enum::Variant(x) | Enum::Other(x) if x > 0 => {}
        box_like => {}
        _ => {}
    }
    if let Some(Ok(value)) = nested { }
    let Foo(bar, ..) = foo;
    let ((x1, y1), (x2, y2)) = line;
    let -1 = n else { return };
}
