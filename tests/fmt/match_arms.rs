// Match arms: bodies on the `=>` line when they fit, blocks otherwise, alternatives wrapped.
fn f(x: Option<i32>, e: E) -> i32 {
    match x {
        Some(n) if n > 10 => n * 2,
        Some(n) => { n }
        None => { let y = 3; y + 1 }
    }
}
fn g(e: Event) -> &'static str {
    match e {
        Event::KeyPress(c) => "key",
        Event::MouseClick { x, y } if x > 100 && y > 100 => "click in the lower right quadrant of the screen",
        Event::Resize(w, h) => return_a_description_of_the_resize_event(w, h, "resize", true),
        Event::A | Event::B | Event::C | Event::D | Event::E | Event::F | Event::G | Event::H | Event::I => "letters",
        Event::Paste(s) => if s.is_empty() { "empty" } else { "paste" },
        Event::Quit => { println!("bye"); "quit" }
        _ => unreachable!(),
    }
}
fn h(n: u32) -> u32 {
    match n { 0 => 1, 1 | 2 => 2, _ => h(n - 1) + h(n - 2) }
}
fn k(v: &[i32]) {
    match v {
        [] => {}
        [first, .., last] => println!("{} {}", first, last),
        [x] => {
            // a comment
        }
    }
}
