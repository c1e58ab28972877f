//! OS-specific functionality (`std::os`). Only `raw`, the C types under their older
//! names, is declared; rustc's `unix`, `linux`, `fd` ... extension traits are not.

pub mod raw;
