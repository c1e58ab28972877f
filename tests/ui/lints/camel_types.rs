struct lower_s;
enum my_enum { a_variant, Good }
type my_alias = i32;
fn main() {
    let _ = lower_s;
    let _ = my_enum::a_variant;
    let _ = my_enum::Good;
    let _: my_alias = 1;
}
