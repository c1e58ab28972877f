const MAX: usize = 100;
pub const NAME: &str = "name";
static COUNTER: AtomicUsize = AtomicUsize::new(0);
static mut GLOBAL: i32 = 0;
const TABLE: [u8; 8] = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77];
const LONG_COMPUTATION: u64 = FIRST_CONSTANT_VALUE * SECOND_CONSTANT_VALUE + THIRD_CONSTANT_VALUE_HERE;
pub(crate) const LOOKUP: &[(&str, u32)] = &[("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5)];
const _: () = assert!(MAX > 10);
fn main() { const LOCAL: i32 = 5; static S: &str = "s"; }
