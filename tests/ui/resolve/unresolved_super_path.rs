// `super` beyond the crate root, and `crate::` paths to missing items.
use super::helpers;

mod net {
    pub fn connect() {}
}

fn main() {
    crate::net::connect();
    crate::net::disconnect();
    crate::storage::save();
}
