// Struct literals: field init shorthand, functional update with
// `..Default::default()` and `..base`, nested struct literals.

#[derive(Debug, Clone, Default)]
struct Window {
    title: String,
    width: u32,
    height: u32,
    resizable: bool,
    opacity: f32,
    position: Position,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Position {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Config {
    name: &'static str,
    retries: u8,
    verbose: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { name: "default", retries: 3, verbose: false }
    }
}

fn make_window(title: &str, width: u32, height: u32) -> Window {
    let title = title.to_string();
    // shorthand: `title` instead of `title: title`
    Window { title, width, height, ..Default::default() }
}

fn main() {
    let main_win = make_window("Main", 800, 600);
    println!("{:?}", main_win);

    let dialog = Window {
        title: String::from("Dialog"),
        resizable: true,
        ..main_win.clone()
    };
    println!("{} {}x{} resizable={}", dialog.title, dialog.width, dialog.height, dialog.resizable);

    let x = 40;
    let y = -12;
    let moved = Window {
        position: Position { x, y },
        opacity: 0.5,
        ..dialog
    };
    println!("{:?} opacity {}", moved.position, moved.opacity);

    let p = Position { y: 7, ..Position::default() };
    println!("{:?} equals (0,7): {}", p, p == Position { x: 0, y: 7 });

    let quiet = Config { name: "quiet", ..Default::default() };
    let loud = Config { verbose: true, retries: 5, ..quiet };
    let fallback = Config::default();
    for c in [&quiet, &loud, &fallback] {
        println!("{:<8} retries={} verbose={}", c.name, c.retries, c.verbose);
    }

    // fields can be listed in any order; all given fields are evaluated in source order
    let mut counter = 0;
    let mut next = || {
        counter += 1;
        counter
    };
    let q = Position { y: next(), x: next() };
    println!("evaluated in written order: {:?}", q);

    // tuple structs can be built with numeric field names in brace syntax
    #[derive(Debug)]
    struct Rgb(u8, u8, u8);
    let c = Rgb { 0: 255, 2: 10, 1: 128 };
    println!("{:?} -> #{:02x}{:02x}{:02x}", c, c.0, c.1, c.2);

    let windows: Vec<Window> = (1..=3)
        .map(|i| Window { width: 100 * i, height: 50 * i, ..make_window("tile", 0, 0) })
        .collect();
    let area: u32 = windows.iter().map(|w| w.width * w.height).sum();
    println!("total tile area = {}", area);
}
