fn main() {
    println!("{}",x);
    println!("{} {} {} {}", first_value, second_value, third_value, fourth_value_that_is_long);
    println!("a format string that is long enough {} {} {}", aaaaaaaaaa, bbbbbbbbbb, cccccccccc);
    eprintln!("error: {}", some_function_returning_an_error_message(argument_one, argument_two));
    assert_eq!(compute(1, 2), 3);
    assert_eq!(some_function_with_a_long_name(argument), expected_value_with_a_long_name, "message");
    assert!(condition, "failed because {} was not equal to {}", left_hand_side, right_hand_side);
    let v = vec![1,2,3];
    let m = format!("{}-{}", a, b);
    write!(f, "{}", self.0)?;
    writeln!(out, "{:>width$} | {}", line_number, line_text, width = gutter_width).unwrap();
    my_macro!(a => b, c => d);
    other_macro! { some tokens here };
    matches!(x, Some(_));
    let t = thread_local! { static X: u8 = 0 };
    debug_assert!(x < 10);
    unreachable!("case {} should not happen with value {} and state {:?}", case, value, state);
    todo!();
    panic!();
    let x = vec![SomeStruct { field: 1 }, SomeStruct { field: 2 }, SomeStruct { field: 3 }];
}
