// A `const`/`static` written without its type: the suggestion names the initializer's type.
const LIMIT = 10;
const RATES = [1.5, 2.0];
static NAME = "svc";
static ENTRY = main;
fn main() {}
