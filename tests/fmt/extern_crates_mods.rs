extern crate serde;
extern crate alloc as a;
extern crate core;
mod z;
mod a;
pub mod m;

mod c;
mod b;
use std::fmt;
