fn main() {
    if let Some(x) = foo() { bar(x) }
    if let Some(x) = foo() { bar(x) } else if let Ok(y) = baz() { qux(y) } else { none() }
    let v = if cond { 1 } else { 2 };
    let w = if some_long_condition_expression && another_condition { first_value } else { second_value };
    if a { b } else if c { d } else if e { f } else { g }
    if let Some(ref mut inner) = self.inner_option_field_with_long_name { inner.update_everything(); }
    if x == 1 || y == 2 && z == 3 || some_function_call(with_args, and_more_args) && another_call() { go(); }
    let t = if let Some(v) = m.get(&k) { v.clone() } else { Default::default() };
    if !done {}
}
