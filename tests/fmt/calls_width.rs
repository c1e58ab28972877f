// Function calls around the fn_call_width (60) and max_width (100) boundaries.
fn main() {
    let a = foo(aaaaaaaaaaa, bbbbbbbbbbb, ccccccccccc, ddddddddddd, eeeeeeeeee);
    let b = foo(aaaaaaaaaaa, bbbbbbbbbbb, ccccccccccc, ddddddddddd, eeeeeeeeeee);
    let c = some_function_name(first_argument_value, second_argument_value, third_argument_value);
    call_with_a_really_long_name_here(argument_number_one, argument_number_two, argument_number_three, argument_four);
    outer(inner(1, 2), inner(3, 4), inner(5, 6), inner(7, 8), inner(9, 10), inner(11, 12), x);
    single(arg);
    f(|x| x + 1);
    g(1, 2, |x| { let y = x * 2; y + 1 });
    h(vec![1, 2, 3], Foo { a: 1, b: 2 }, "a string literal that is fairly long indeed", 42, 43);
    nested(a(b(c(d(e(f(g(h(i(j(k(l(m(n(o(p(q(r(s(t(u(v(w(x(y(z(1)))))))))))))))))))))))))));
    let v = Vec::with_capacity(some_capacity_computation(first_value, second_value) + 100);
    assert!(some_condition_holds(value_a, value_b), "message about {} and {}", value_a, value_b);
    let result = compute_the_thing(&mut state, &config.options, Some(default_value()), None)?;
    empty();
    std::process::exit(run_the_program(std::env::args().collect(), &mut std::io::stdout()));
}
