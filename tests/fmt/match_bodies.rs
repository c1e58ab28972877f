fn main() {
    let x = match y { 1 => "one", 2 => "two", _ => "many" };
    match cmd {
        Command::Run => run_the_command_with_all_the_options(first_option, second_option, third),
        Command::Build => { build(); }
        Command::Test => { let r = test(); report(r) }
        Command::Long => if condition { something() } else { something_else() },
        Command::Other(a, b, c) if a > b && b > c && some_other_long_condition(a, b, c) => go(),
        Command::Nested => match inner { A => 1, B => 2 },
        Command::Closure => |x| x + 1,
        Command::Unit => (),
        Command::Empty => {}
        Command::Return => return,
        Command::Str => "a fairly long string literal that will not fit on the line with the pattern",
    }
}
