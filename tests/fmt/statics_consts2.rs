const A: u32 = 1;
static mut COUNTER: u32 = 0;
pub const NAMES: &[&str] = &["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
const LONG: u64 = SOME_BASE_CONSTANT_VALUE * ANOTHER_MULTIPLIER_CONSTANT + YET_ANOTHER_OFFSET_VAL;
static TABLE: [u8; 4] = [1, 2, 3, 4];
const _: () = assert!(true);
const F: fn(u32) -> u32 = |x| x;
pub static GLOBAL: std::sync::Mutex<Option<Vec<String>>> = std::sync::Mutex::new(None);
