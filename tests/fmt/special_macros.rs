fn main() {
    println!("{}",x);
    println!("a very long format string that takes up a lot of room {} {}", first_value, second_value_here);
    let v = vec![1,2,3];
    let w = vec![0u8; 1024];
    let long = vec![first_element, second_element, third_element, fourth_element, fifth_elem];
    assert_eq!(compute(1,2),3);
    assert_eq!(some_long_function_name(argument_one), expected_value_one, "message {}", argument_one);
    assert!(x>0, "x must be positive");
    write!(f, "{}", self.0)?;
    format!("{a}{b}", a = 1, b = 2);
    panic!("oh no");
    let m = my_macro!(a b c);
    let n = my_macro![1, 2];
    my_macro!{ x => y }
    todo!();
    unreachable!("{}", 1);
    eprintln!("{:?} {:#?}", foo, bar);
    matches!(x, Some(1) | None);
    debug_assert_ne!(a, b);
    let s = stringify!(a + b);
    concat!("a", "b");
}
