// `#[derive(Default)]` on a struct whose field type has no `Default`: E0277.
struct Connection {
    host: String,
}

#[derive(Default)]
struct Client {
    retries: u32,
    conn: Connection,
}

fn main() {
    let c = Client::default();
    println!("{}", c.retries);
}
