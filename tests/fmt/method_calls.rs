fn main() {
    x.foo();
    x.foo::<u32>();
    x.foo(1).bar(2);
    self.do_something_with_a_long_name(first_argument_here, second_argument_here, third_one);
    let s = String::from("hello").to_uppercase().chars().rev().collect::<String>();
    object.field.method(arg).other_field.another_method();
    let total: u64 = self.entries.values().filter(|e| e.is_active()).map(|e| e.size()).sum();
    Some(5).map(|x| x * 2).unwrap_or(0);
    a.b(c.d(e.f(g)));
    let response = client.get(url).header("Authorization", token).send().await?.json::<Response>().await?;
}
