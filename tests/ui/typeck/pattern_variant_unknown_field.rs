// A struct-variant pattern naming a field the variant does not have (so the real one is missing): E0026, E0027.
enum Event {
    Click { x: i32, y: i32 },
    Key { code: u32 },
}

fn log(e: &Event) {
    match e {
        Event::Click { x, y } => println!("click {x},{y}"),
        Event::Key { keycode } => println!("key {keycode}"),
    }
}

fn main() {
    log(&Event::Key { code: 13 });
}
