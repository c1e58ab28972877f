fn is_vowel(c: char) -> bool {
    match c {
        'a' || 'e' || 'i' || 'o' || 'u' => true,
        _ => false,
    }
}

fn main() {
    println!("{}", is_vowel('e'));
}
