fn main() {
    let result = outer_function(inner_function_one(argument_a, argument_b), inner_function_two(argument_c));
    some_function(first_argument, |x| { x + 1 });
    another_function(first_argument_with_a_long_name, second_argument_with_a_long_name, |value| value * 2);
    let parsed = serde_json::from_str::<Configuration>(&std::fs::read_to_string(path_to_configuration_file)?)?;
    process(Config { name: "test".to_string(), value: 42, enabled: true, items: vec![1, 2, 3] });
    foo(bar(baz(qux(1, 2, 3), quux(4, 5, 6)), corge(7, 8, 9)), grault(10, 11, 12), garply(13, 14));
}
