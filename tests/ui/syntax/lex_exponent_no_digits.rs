fn main() {
    let avogadro = 6.022e;
    let moles = 2.0;
    println!("{}", avogadro * moles);
}
