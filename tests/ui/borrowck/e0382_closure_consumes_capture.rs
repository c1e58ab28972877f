// A closure that drops its captured String moves it in; the String is used afterwards: E0382.
fn main() {
    let message = String::from("bye");
    let finish = || {
        let owned = message;
        println!("{owned}");
    };
    finish();
    println!("{message}");
}
