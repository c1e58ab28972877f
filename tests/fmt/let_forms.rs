fn main() {
    let x;
    let y: u32;
    let (a, b) = (1, 2);
    let Point { x, y } = p;
    let mut z = 5;
    let ref r = z;
    let [first, .., last] = arr;
    let very_long_variable_name_for_testing: HashMap<String, Vec<Option<u32>>> = HashMap::new();
    let another_long_variable_name_here = some_function_call_with_args(argument_one, argument_two);
    let result: Result<Vec<u32>, String> = input.iter().map(|x| x.parse().map_err(|e| format!("{}", e))).collect();
    let _ = ignored();
    let Some(v) = opt else { return };
    let Ok(value) = compute_something_that_might_fail(with_argument) else { panic!("failed") };
    let Some(x) = y else {
        return;
    };
}
