fn main() {
    let value_with_a_long_name: i32 = 1; let another_value_with_a_long_name = value_with_a_long_name + 1; let third_one_to_make_it_long: u8 = another_value_with_a_long_name;
}
