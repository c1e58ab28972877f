fn f(x: Option<i32>, v: &[u8]) -> i32 {
    let Some(y) = x else { return 0 };
    let Some(z) = x else { return 0; };
    let Ok(n) = std::str::from_utf8(v) else { panic!("the bytes were not valid utf-8 at all") };
    let Some(value) = some_long_function_name_returning_option(argument_one, argument_two) else { return -1 };
    let [a, b] = v else {
        return 1;
    };
    let Some(w) = x else { println!("none"); return 2; };
    y + z
}
