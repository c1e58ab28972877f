// A closure inside a closure assigning to a variable not declared `mut`: E0594 at the
// assignment (the outer closure's capture is where the inner one uses the variable).
fn main() {
    let counter = 0;
    std::thread::scope(|s| {
        s.spawn(|| {
            counter += 5;
        });
    });
    let total = 0;
    let mut outer = || {
        let mut inner = || total = 1;
        inner();
    };
    outer();
}
